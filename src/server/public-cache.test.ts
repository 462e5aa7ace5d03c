import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEFAULT_TEST_TIME } from '../../tests/support/test-app.ts';
import { openTestDatabase, type TestDatabase } from '../../tests/support/test-database.ts';
import { adjustableClock, fixedClock } from '../platform/clock.ts';
import { helsinkiInstant } from '../platform/helsinki-time.ts';
import { serviceId } from '../modules/catalog/network/network-loader.ts';

/*
 * The response cache in front of the family pages and the open API: a repeated read is served
 * from it, an edit is served on the very next request after its commit, a minute later the page
 * is rendered again, and what belongs to one person is never kept.
 */

let database: TestDatabase;
const clock = adjustableClock(fixedClock(DEFAULT_TEST_TIME));
let t: Awaited<ReturnType<typeof createTestApp>>;
const perhekahvila = serviceId('mll-perhekahvila-mikkeli');

beforeAll(async () => {
  database = await openTestDatabase('demo');
  t = await createTestApp(database, { pages: true, clock });
});
afterAll(async () => {
  await t?.close();
  await database?.close();
});

/** The intervals the result cards show for today ("Auki tänään 9.00–11.30, 12.00–15.00"), as 'HH:MM'. */
function hoursShownToday(html: string): { opens: string; closes: string }[] {
  const time = (h: string, m: string) => `${h.padStart(2, '0')}:${m}`;
  return [...html.matchAll(/service-card__hours">Auki tänään ([^<]+)</g)].flatMap(([, hours]) =>
    [...hours!.matchAll(/(\d{1,2})\.(\d{2})\s*[–-]\s*(\d{1,2})\.(\d{2})/g)].map(([, oh, om, ch, cm]) => ({
      opens: time(oh!, om!),
      closes: time(ch!, cm!),
    })),
  );
}

const rename = (fi: string) =>
  sql`update service set name = jsonb_set(name, '{fi}', to_jsonb(${fi}::text)) where id = ${perhekahvila}`.execute(database.db);

describe('the public response cache', () => {
  it('serves a repeated page from the cache, and an edit on the next request after it commits', async () => {
    const path = `/fi/services/${perhekahvila}`;
    const first = await t.get(path);
    expect(first.status).toBe(200);
    expect(first.headers.get('x-response-cache')).toBe('miss');
    const again = await t.get(path);
    expect(again.headers.get('x-response-cache')).toBe('hit');
    expect(await again.text()).toBe(await first.text());

    await rename('Perhekahvila Uusi Nimi');
    const edited = await t.get(path);
    expect(edited.headers.get('x-response-cache')).toBe('miss');
    expect(await edited.text()).toContain('Perhekahvila Uusi Nimi');
  });

  it('answers If-None-Match with 304 while nothing changed, and with the new body after an edit', async () => {
    const path = '/api/v1/services?q=perhekahvila&municipality=491';
    const first = await t.get(path);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^W\/"/);
    const unchanged = await t.get(path, { 'if-none-match': etag! });
    expect(unchanged.status).toBe(304);
    expect(await unchanged.text()).toBe('');

    await rename('Perhekahvila Kolmas Nimi');
    const changed = await t.get(path, { 'if-none-match': etag! });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect(await changed.text()).toContain('Perhekahvila Kolmas Nimi');
  });

  it('keeps one entry for the same question asked with its parameters in another order', async () => {
    await t.get('/fi/search?q=neuvola&municipality=491&age=2');
    const reordered = await t.get('/fi/search?age=2&municipality=491&q=neuvola');
    expect(reordered.headers.get('x-response-cache')).toBe('hit');
  });

  it('renders a service page again in the next minute, because "open now" moves with the clock', async () => {
    const path = `/fi/services/${perhekahvila}`;
    await t.get(path);
    expect((await t.get(path)).headers.get('x-response-cache')).toBe('hit');
    clock.set(new Date(clock.now().getTime() + 60_000));
    expect((await t.get(path)).headers.get('x-response-cache')).toBe('miss');
  });

  it('keeps a search page until the first hours it shows today close, then renders it without them', async () => {
    clock.set(helsinkiInstant('2026-11-24', '08:00')); // a Tuesday morning
    const path = '/fi/search?q=neuvola&municipality=491';
    const morning = await t.get(path);
    expect(morning.headers.get('x-response-cache')).toBe('miss');
    const shown = hoursShownToday(await morning.text());
    expect(shown.length).toBeGreaterThan(0);
    const firstClose = shown.map((h) => h.closes).sort()[0]!;
    clock.set(new Date(helsinkiInstant('2026-11-24', firstClose).getTime() - 60_000));
    expect((await t.get(path)).headers.get('x-response-cache')).toBe('hit');
    clock.set(helsinkiInstant('2026-11-24', firstClose));
    const later = await t.get(path);
    expect(later.headers.get('x-response-cache')).toBe('miss');
    expect(hoursShownToday(await later.text()).filter((h) => h.closes <= firstClose)).toEqual([]);
  });

  it('keeps a search page with no hours left today until midnight, and one with "open now" for its minute', async () => {
    clock.set(helsinkiInstant('2026-11-24', '22:30'));
    const path = '/fi/search?q=neuvola&municipality=491';
    const openNow = `${path}&openNow=true`;
    const evening = await t.get(path);
    // Only what is open around the clock (shown as closing 23.59) is left of today's hours.
    expect(hoursShownToday(await evening.text()).filter((h) => h.closes < '23:59')).toEqual([]);
    await t.get(openNow);
    clock.set(helsinkiInstant('2026-11-24', '23:58'));
    expect((await t.get(path)).headers.get('x-response-cache')).toBe('hit');
    expect((await t.get(openNow)).headers.get('x-response-cache')).toBe('miss');
    clock.set(helsinkiInstant('2026-11-25', '00:00'));
    expect((await t.get(path)).headers.get('x-response-cache')).toBe('miss');
    clock.set(new Date(DEFAULT_TEST_TIME));
  });

  it('keeps an API list without "open now" across minutes until the data changes, and one with it for its minute', async () => {
    const steady = '/api/v1/services?q=kerho&municipality=491';
    const openNow = '/api/v1/services?q=kerho&municipality=491&openNow=true';
    await t.get(steady);
    expect((await t.get(openNow)).status).toBe(200);
    clock.set(new Date(clock.now().getTime() + 60_000));
    expect((await t.get(steady)).headers.get('x-response-cache')).toBe('hit');
    expect((await t.get(openNow)).headers.get('x-response-cache')).toBe('miss');
    await rename('Perhekahvila Neljäs Nimi');
    expect((await t.get(steady)).headers.get('x-response-cache')).toBe('miss');
  });

  it('keeps searches across a sign-up, and renders again what shows places left', async () => {
    const { rows } = await sql<{ activity: string; occurrence: string }>`
      select o.activity_id as activity, o.id as occurrence from registration r join activity_occurrence o on o.id = r.occurrence_id
      limit 1`.execute(database.db);
    const { activity, occurrence } = rows[0]!;
    const searches = ['/fi/search?q=vauva&municipality=491', '/api/v1/services?q=vauva&municipality=491', '/api/v1/search?q=vauva'];
    const withPlacesLeft = [`/fi/activities/${activity}`, `/fi/occurrences/${occurrence}`];
    for (const path of [...searches, ...withPlacesLeft]) expect((await t.get(path)).status, path).toBe(200);
    await sql`update registration set updated_at = updated_at where occurrence_id = ${occurrence}`.execute(database.db);
    for (const path of searches) expect((await t.get(path)).headers.get('x-response-cache'), path).toBe('hit');
    for (const path of withPlacesLeft) expect((await t.get(path)).headers.get('x-response-cache'), path).toBe('miss');
  });

  it('keeps the searches that do not show a service across its "still correct", and renders again those that do', async () => {
    const neuvola = serviceId('lastenneuvola-mikkeli');
    const showingIt = ['/api/v1/services?q=perhekahvila&municipality=491', '/fi/search?q=perhekahvila&municipality=491'];
    const notShowingIt = [
      '/fi/search?q=neuvola&municipality=491&age=1',
      '/api/v1/services?q=neuvola&municipality=491',
      '/api/v1/search?q=neuvola',
    ];
    for (const path of showingIt) expect(await (await t.get(path)).text(), path).toContain(perhekahvila);
    for (const path of notShowingIt) expect(await (await t.get(path)).text(), path).not.toContain(perhekahvila);
    await t.get(`/fi/services/${neuvola}`);
    // What "still correct" writes (markServiceChecked), on two days: the second time too leaves the others be.
    for (const day of ['2026-01-02', '2026-01-03']) {
      await sql`update service set last_checked = ${day}, updated_at = now(), version = version + 1 where id = ${perhekahvila}`.execute(
        database.db,
      );
      for (const path of notShowingIt) expect((await t.get(path)).headers.get('x-response-cache'), path).toBe('hit');
      for (const path of showingIt) expect((await t.get(path)).headers.get('x-response-cache'), path).toBe('miss');
    }
    expect(await (await t.get(showingIt[0]!)).text()).toContain('"lastChecked":"2026-01-03"');
    // Checked again the same day: only its modification time moves, which no search shows.
    await sql`update service set updated_at = now(), version = version + 1 where id = ${perhekahvila}`.execute(database.db);
    for (const path of [...showingIt, ...notShowingIt]) expect((await t.get(path)).headers.get('x-response-cache'), path).toBe('hit');
    // A page that did not say what it shows is rendered again, and any other edit renders all again.
    expect((await t.get(`/fi/services/${neuvola}`)).headers.get('x-response-cache')).toBe('miss');
    await sql`update service set last_checked = '2026-01-04' where id = ${neuvola}`.execute(database.db);
    await rename('Perhekahvila Viides Nimi');
    for (const path of notShowingIt) expect((await t.get(path)).headers.get('x-response-cache'), path).toBe('miss');
  });

  it('gives each language its own entry', async () => {
    await t.get('/api/v1/services?q=neuvola&lang=fi');
    const swedish = await t.get('/api/v1/services?q=neuvola&lang=sv');
    expect(swedish.headers.get('x-response-cache')).toBe('miss');
    expect(swedish.headers.get('content-language')).toBe('sv');
  });

  it('leaves alone a browser with a session cookie, pages behind a personal link and the staff workspace', async () => {
    const path = '/fi/search?q=perhetyö';
    await t.get(path);
    expect((await t.get(path, { cookie: 'perhekeskus-session=x' })).headers.get('x-response-cache')).toBeNull();
    for (const personal of ['/fi/registrations/not-a-real-token', '/fi/contact/follow', '/fi/contact', '/fi/staff']) {
      await t.get(personal);
      expect((await t.get(personal)).headers.get('x-response-cache'), personal).toBeNull();
    }
  });

  it('does not keep a failed answer', async () => {
    const missing = '/fi/services/00000000-0000-4000-8000-000000000000';
    expect((await t.get(missing)).status).toBe(404);
    expect((await t.get(missing)).headers.get('x-response-cache')).toBeNull();
  });

  it('serves the gzipped body from the cache to a client that accepts it', async () => {
    const path = '/fi/search?q=neuvola&municipality=491&age=3';
    await t.get(path, { 'accept-encoding': 'gzip' });
    const hit = await t.get(path, { 'accept-encoding': 'gzip' });
    expect(hit.headers.get('x-response-cache')).toBe('hit');
    expect(hit.headers.get('content-encoding')).toBe('gzip');
    expect(hit.headers.get('content-security-policy')).toMatch(/nonce-/);
  });
});
