import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Browser } from '../../../tests/support/browser.ts';
import { MLL_MIKKELI } from '../../../tests/support/activity-fixtures.ts';
import { addStaff, signedInBrowser } from '../../../tests/support/staff-fixtures.ts';
import { createTestApp } from '../../../tests/support/test-app.ts';
import { openTestDatabase, type TestDatabase } from '../../../tests/support/test-database.ts';
import { helsinkiMoment } from '../../platform/helsinki-time.ts';
import { DEMO_ACTIVITY } from './activities.demo.ts';
import { demoActivityId } from './activities.seed.ts';
import { centralMeetingPlaceKey, organizationId, DEMO_ORGANIZATIONS, placeId, serviceId } from '../catalog/index.ts';

let database: TestDatabase;
let t: Awaited<ReturnType<typeof createTestApp>>;
const swedishGroup = demoActivityId(DEMO_ACTIVITY.swedishToddlerGroup);

beforeAll(async () => {
  database = await openTestDatabase('demo');
  t = await createTestApp(database, { pages: true });
});
afterAll(async () => {
  await t?.close();
  await database?.close();
});

type Occurrence = {
  id: string;
  activityId: string;
  start: string;
  end: string;
  capacity: number | null;
  confirmed: number;
  waitlisted: number;
  url: string;
  icsUrl: string;
  registrationsUrl: string | null;
  signUpOpen: boolean;
};

async function upcomingOccurrencesOf(activityId: string): Promise<Occurrence[]> {
  return (await t.getJson<{ items: Occurrence[] }>(`/api/v1/occurrences?activity=${activityId}&days=14`)).body.items;
}

/** The first occurrence still open to sign-up: on a Wednesday afternoon, next week's. */
async function nextOccurrenceOf(activityId: string): Promise<Occurrence> {
  return (await upcomingOccurrencesOf(activityId)).find((o) => o.signUpOpen)!;
}

describe('the activities API', () => {
  it('lists the week from Pieksämäki in Swedish for toddlers, upcoming first, with Helsinki offsets and links', async () => {
    const { response, body } = await t.getJson<{ items: Occurrence[]; total: number }>(
      '/api/v1/occurrences?municipality=593&language=sv&age=2&lang=sv&days=14',
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=60');
    const group = body.items.find((o) => o.activityId === swedishGroup && o.signUpOpen)!;
    expect(group).toMatchObject({ capacity: 6, confirmed: 5, waitlisted: 0 });
    expect(group.start).toMatch(/^\d{4}-\d{2}-\d{2}T17:00:00\+0[23]:00$/);
    expect(group.url).toBe(`/sv/occurrences/${group.id}`);
    expect(group.icsUrl).toBe(`/api/v1/occurrences/${group.id}/calendar.ics`);
    const starts = body.items.map((o) => o.start);
    expect([...starts].sort()).toEqual(starts);
    const bad = await t.get('/api/v1/occurrences?age=vauva');
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
  });

  it('serves each occurrence and the feeds as iCalendar that ical.js reads back in Helsinki time', async () => {
    const group = await nextOccurrenceOf(swedishGroup);
    const ics = await t.get(group.icsUrl);
    expect(ics.status).toBe(200);
    expect(ics.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const calendar = new ICAL.Component(ICAL.parse(await ics.text()));
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(event.startDate.toJSDate().toISOString()).toBe(new Date(group.start).toISOString());
    expect(helsinkiMoment(event.startDate.toJSDate()).time).toBe('17:00');
    expect(event.summary).toBe('Småbarnsföräldrarnas kamratgrupp');

    const feed = await t.get(`/api/v1/municipalities/593/activities.ics`);
    const events = new ICAL.Component(ICAL.parse(await feed.text())).getAllSubcomponents('vevent');
    expect(events.length).toBeGreaterThan(10);
    expect((await t.get('/api/v1/municipalities/999/activities.ics')).status).toBe(404);
  });

  it('signs a family up with 201, answers the same e-mail with the existing one, and refuses bad input and closed sign-up', async () => {
    const group = await nextOccurrenceOf(swedishGroup);
    const post = (body: unknown, lang = 'sv') =>
      t.app.request(`${group.registrationsUrl}?lang=${lang}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const family = { name: 'Anna Andersson', email: 'anna@example.com', adults: 1, children: [{ age: 2 }], consent: true };
    const created = await post(family);
    expect(created.status).toBe(201);
    const body = (await created.json()) as { id: string; status: string; cancelUrl: string };
    expect(body.status).toBe('confirmed');
    expect(body.cancelUrl).toMatch(/^\/sv\/registrations\/[A-Za-z0-9_-]{40,}$/);
    const again = await post({ ...family, email: 'ANNA@example.com' });
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ id: body.id, status: 'confirmed', cancelUrl: null });
    const waiting = await post({ ...family, name: 'Berit', email: 'berit@example.com' });
    expect(await waiting.json()).toMatchObject({ status: 'waitlisted' });
    const bad = await post({ name: '', adults: 'två', children: [{ age: 40 }] });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    expect((await post('{not json')).status).toBe(400);
    const [dropIn] = await upcomingOccurrencesOf(demoActivityId('perhekahvila-pieksamaki'));
    const closed = await t.app.request(`/api/v1/occurrences/${dropIn!.id}/registrations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(family),
    });
    expect(closed.status).toBe(409);
    expect(((await closed.json()) as { detail: string }).detail).toMatch(/ilmoittauduta|come/);
  });
});

describe('the family pages', () => {
  it('show the calendar with its filters, the activity and the occurrence in fi, sv and en', async () => {
    const group = await nextOccurrenceOf(swedishGroup);
    for (const lang of ['fi', 'sv', 'en']) {
      const calendar = await t.get(`/${lang}/activities?municipality=593&language=sv&age=2&days=14`);
      expect(calendar.status).toBe(200);
      expect(await calendar.text()).toContain(`/${lang}/occurrences/${group.id}`);
      expect((await t.get(`/${lang}/activities/${swedishGroup}`)).status).toBe(200);
      const occurrence = await t.get(`/${lang}/occurrences/${group.id}`);
      expect(occurrence.status).toBe(200);
      expect(await occurrence.text()).toContain('name="consent"');
    }
    const bad = await t.get('/fi/activities?age=vauva&day=eilen');
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('error-summary');
    expect((await t.get('/fi/activities/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('take a sign-up without JavaScript, keep what was typed on a failed one, and cancel only on a confirmed POST', async () => {
    const group = await nextOccurrenceOf(demoActivityId('perhekerho-mikkeli'));
    const browser = new Browser(t.app);
    const failed = await browser.post(`/fi/occurrences/${group.id}`, {
      name: 'Liisa Virtanen',
      email: '',
      phone: '',
      adults: '1',
      childrenAges: '3, x',
      needs: 'pähkinäallergia',
    });
    expect(failed.status).toBe(400);
    expect(failed.text).toContain('error-summary');
    expect(failed.text).toContain('value="Liisa Virtanen"');
    expect(failed.text).toContain('pähkinäallergia');
    const ok = await browser.post(`/fi/occurrences/${group.id}`, {
      name: 'Liisa Virtanen',
      email: 'liisa@example.com',
      adults: '1',
      childrenAges: '3',
      consent: 'yes',
    });
    expect(ok.status).toBe(200);
    // What was typed and the private link are in the answers: no cache may keep them.
    expect(failed.headers.get('cache-control')).toBe('no-store');
    expect(ok.headers.get('cache-control')).toBe('no-store');
    const manage = /href="(\/fi\/registrations\/[^"]+)"/.exec(ok.text)![1]!;
    const view = await browser.get(manage);
    expect(view.status).toBe(200);
    expect(view.text).toContain('Liisa Virtanen');
    expect(view.headers.get('cache-control')).toBe('no-store');
    // The response cache is on in the test app: it answers the public occurrence page, never the private one.
    expect((await t.get(`/fi/occurrences/${group.id}`)).headers.get('x-response-cache')).toMatch(/hit|miss/);
    expect((await t.get(manage)).headers.get('x-response-cache')).toBeNull();
    expect((await browser.get(manage)).text).toContain('Vahvistettu');
    const cancel = await browser.post(manage, {});
    expect(cancel.status).toBe(200);
    expect(cancel.text).toContain('Ilmoittautuminen on peruttu');
    expect(cancel.headers.get('cache-control')).toBe('no-store');
    expect((await browser.get('/fi/registrations/not-a-real-token-at-all-really')).status).toBe(404);
  });

  it('show this week on the home, municipality and meeting-place pages, and take a proposal without an account', async () => {
    expect(await (await t.get('/fi')).text()).toContain('this-week-heading');
    expect(await (await t.get('/sv/municipalities/593')).text()).toContain('Småbarnsföräldrarnas kamratgrupp');
    const placeId = (await t.getJson<{ items: { place: { id: string } | null }[] }>(`/api/v1/activities?municipality=593`)).body.items.find(
      (a) => a.place,
    )!.place!.id;
    const place = await (await t.get(`/en/places/${placeId}`)).text();
    expect(place).toContain('This week');
    expect(place).toContain('Proposals received 0');
    const browser = new Browser(t.app);
    const sent = await browser.post(`/fi/places/${placeId}/proposals`, {
      kind: 'topic',
      proposerRole: 'expertByExperience',
      text: 'Vertaisilta isille',
    });
    expect(sent.status).toBe(200);
    expect(sent.text).toContain('Kiitos');
    expect(await (await t.get(`/fi/places/${placeId}`)).text()).toContain('Ehdotuksia vastaanotettu 1, käsitelty 0');
    const empty = await browser.post(`/fi/places/${placeId}/proposals`, { kind: 'topic', proposerRole: 'family', text: ' ' });
    expect(empty.status).toBe(400);
  });

  it('link a place and a service to their activities, each with when it is next on, in fi, sv and en', async () => {
    const pieksamaki = placeId(centralMeetingPlaceKey('pieksamaki'));
    const place = await (await t.get(`/en/places/${pieksamaki}`)).text();
    expect(place).toContain('Activities at this place');
    expect(place).toContain(`/en/activities/${swedishGroup}`);
    expect(place).toMatch(/next on [^<]+ at \d{2}:\d{2}/);
    // The open early education service of Pieksämäki: the municipality's own activities at its meeting place.
    const service = await (await t.get(`/sv/services/${serviceId('avoin-varhaiskasvatus-pieksamaki')}`)).text();
    expect(service).toContain('Tjänstens verksamhet');
    expect(service).toContain(`/sv/activities/${demoActivityId('avoin-varhaiskasvatus-pieksamaki')}`);
    // Folkhälsan's group is not the municipality's: the service does not claim it.
    expect(service).not.toContain(`/sv/activities/${swedishGroup}`);
    expect(await (await t.get(`/fi/services/${serviceId('avoin-varhaiskasvatus-pieksamaki')}`)).text()).toContain(
      'Tämän palvelun toiminta',
    );
  });
});

describe('the organiser pages', () => {
  it('show the roster to the organising editor (on record) and refuse another organisation with 403', async () => {
    const group = await nextOccurrenceOf(demoActivityId(DEMO_ACTIVITY.fullBabyMassage));
    const editor = await addStaff(database.db, {
      email: 'roster.editor@perhekeskus.example',
      memberships: [{ role: 'editor', organizationId: MLL_MIKKELI }],
    });
    const stranger = await addStaff(database.db, {
      email: 'roster.stranger@perhekeskus.example',
      memberships: [{ role: 'editor', organizationId: organizationId(DEMO_ORGANIZATIONS.folkhalsan) }],
    });
    const as = (personId: string) => signedInBrowser(t.app, database.db, personId, t.clock.now());
    const browser = await as(editor);
    const roster = await browser.get(`/fi/staff/occurrences/${group.id}`);
    expect(roster.status).toBe(200);
    expect(roster.text).toContain('demoperhe');
    const first = /name="attended" value="([^"]+)"/.exec(roster.text)![1]!;
    expect((await browser.post(`/fi/staff/occurrences/${group.id}`, { intent: 'attendance', attended: first })).status).toBe(200);
    const csv = await browser.get(`/api/v1/staff/occurrences/${group.id}/roster.csv`);
    expect(csv.status).toBe(200);
    expect(csv.text.split('\r\n').length).toBeGreaterThan(6);
    const other = await as(stranger);
    expect((await other.get(`/fi/staff/occurrences/${group.id}`)).status).toBe(403);
    expect((await other.get(`/api/v1/staff/occurrences/${group.id}/roster.csv`)).status).toBe(403);
    expect((await new Browser(t.app).get(`/api/v1/staff/occurrences/${group.id}/roster.csv`)).status).toBe(401);
    const reads = await database.db
      .selectFrom('audit_event')
      .select(['action', 'outcome'])
      .where('action', 'in', ['Activity.READ_ROSTER', 'Activity.EXPORT_ROSTER', 'Activity.MANAGE_PARTICIPANTS'])
      .execute();
    expect(new Set(reads.filter((r) => r.outcome === 'success').map((r) => r.action))).toEqual(
      new Set(['Activity.EXPORT_ROSTER', 'Activity.MANAGE_PARTICIPANTS', 'Activity.READ_ROSTER']),
    );
    expect(reads.some((r) => r.outcome === 'denied')).toBe(true);
  });
});
