import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Browser } from '../../../../tests/support/browser.ts';
import { networkBuilder } from '../../../../tests/support/network-builder.ts';
import { addStaff, sessionOf } from '../../../../tests/support/staff-fixtures.ts';
import { createTestApp } from '../../../../tests/support/test-app.ts';
import { openTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.ts';
import { DEMO_REGION_ID, organizationId } from '../../../modules/catalog/index.ts';
import type { Role } from '../../../platform/actor.ts';

/*
 * The import page of the staff workspace: who may open it, a dry run of an HSDS file with its
 * per-record report (nothing written), then the apply (written, on record); a coordinator only
 * for their own region; the file applied must be the one tried; addresses inside the network refused.
 */

let database: TestDatabase;
let t: Awaited<ReturnType<typeof createTestApp>>;
const cookies: Record<string, string> = {};
const MIKKELI = organizationId('kunta-mikkeli');
const NEW_SERVICE = '0badc0de-0000-4000-8000-00000000000a';
let file = '';

beforeAll(async () => {
  database = await openTestDatabase('demo');
  const b = networkBuilder();
  const region = b.region({ id: 'toinen-alue', code: 'T2' });
  b.municipality(region, { code: '902' });
  await b.load(database.db);
  t = await createTestApp(database, { pages: true });
  const people: Record<string, { role: Role; organizationId?: string; regionId?: string }[]> = {
    admin: [{ role: 'platformAdmin' }],
    coordinator: [{ role: 'regionalCoordinator', regionId: DEMO_REGION_ID }],
    orgAdmin: [{ role: 'organizationAdmin', organizationId: MIKKELI }],
  };
  for (const [name, memberships] of Object.entries(people)) {
    const personId = await addStaff(database.db, { email: `import.${name.toLowerCase()}@perhekeskus.example`, memberships });
    cookies[name] = await sessionOf(database.db, personId, t.clock.now());
  }
  // One of Mikkeli's services as HSDS, as another copy of it under a new id and name: one service to create.
  const exported = (await (await t.get(`/hsds/services?format=ndjson&full=true&organization_id=${MIKKELI}`)).text()).split('\n')[0]!;
  const service = JSON.parse(exported);
  file = JSON.stringify({ ...service, id: NEW_SERVICE, name: 'Tuotu <b>perhekahvila</b>' });
});
afterAll(async () => {
  await t?.close();
  await database?.close();
});

const as = async (name: string) => {
  const browser = new Browser(t.app);
  browser.setCookie('perhekeskus-session', cookies[name]!);
  return browser;
};
/** The hidden fields of the apply form, as a browser would send them. */
const hiddenFields = (page: string) =>
  Object.fromEntries(
    [
      ...(/<form[^>]*class="import-apply"[\s\S]*?<\/form>/.exec(page)?.[0] ?? '').matchAll(
        /<input type="hidden" name="([^"]+)" value="([^"]*)"/g,
      ),
    ].map((m) => [
      m[1]!,
      m[2]!.replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&#x27;', "'").replaceAll('&amp;', '&'),
    ]),
  );
const serviceCount = async () => (await database.db.selectFrom('service').where('id', '=', NEW_SERVICE).select('id').execute()).length;
const importEvents = () =>
  database.db.selectFrom('audit_event').where('action', 'in', ['Network.IMPORT', 'Import.RUN']).select(['action', 'outcome']).execute();

describe('the import page', () => {
  it('opens for platform admins and coordinators, in fi, sv and en, and for nobody else', async () => {
    for (const [lang, title] of [
      ['fi', 'Tietojen tuonti'],
      ['sv', 'Import av uppgifter'],
      ['en', 'Data import'],
    ] as const) {
      const page = await (await as('admin')).get(`/${lang}/staff/import`);
      expect(page.status, lang).toBe(200);
      expect(page.text).toContain(`<h1>${title}</h1>`);
      expect(page.text).toMatch(/<form method="post" encType="multipart\/form-data"|enctype="multipart\/form-data"/i);
    }
    expect((await (await as('coordinator')).get('/fi/staff/import')).status).toBe(200);
    expect((await (await as('orgAdmin')).get('/fi/staff/import')).status).toBe(403);
    expect((await new Browser(t.app).get('/fi/staff/import')).status).toBe(302);
  });

  it('tries a file first, then applies exactly that file, on record and listed', async () => {
    const browser = await as('admin');
    await browser.get('/fi/staff/import');
    const tried = await browser.postMultipart(
      '/fi/staff/import',
      { intent: 'dryRun', from: 'file', lang: 'fi', source: 'hsds:testi', region: '' },
      { file: { name: 'palvelut.ndjson', text: file } },
    );
    expect(tried.status).toBe(200);
    expect(tried.text).toContain('Koeajon tulos');
    expect(tried.text).toContain('Tuotu perhekahvila');
    // HTML in a name is cleaned, and said so.
    expect(tried.text).toContain('HTML-merkinnät poistettiin tekstistä');
    expect(await serviceCount()).toBe(0);

    const apply = hiddenFields(tried.text);
    expect(apply).toMatchObject({ intent: 'apply', from: 'file', source: 'hsds:testi' });
    expect(apply.content).toBe(file);
    // A different file under the dry run's checksum is refused, and nothing is written.
    const swapped = await browser.postMultipart('/fi/staff/import', { ...apply, content: file.replace('perhekahvila', 'toinen') });
    expect(swapped.status).toBe(400);
    expect(swapped.text).toContain('ei ole sama kuin koeajossa');
    expect(await serviceCount()).toBe(0);

    const applied = await browser.postMultipart('/fi/staff/import', apply);
    expect(applied.status).toBe(200);
    expect(applied.text).toContain('Tiedot on tuotu.');
    expect(await serviceCount()).toBe(1);
    expect(await importEvents()).toEqual(
      expect.arrayContaining([
        { action: 'Network.IMPORT', outcome: 'success' },
        { action: 'Network.IMPORT', outcome: 'success' },
      ]),
    );
    const listed = await browser.get('/fi/staff/import');
    expect(listed.text).toMatch(/<code>hsds:testi<\/code>[\s\S]*koeajo/);
    expect(listed.text).toContain('Uusia 1');
  });

  it('applies a file of several lines although the browser sends its lines back with CRLF', async () => {
    const browser = await as('admin');
    await browser.get('/fi/staff/import');
    const second = JSON.stringify({ ...JSON.parse(file), id: '0badc0de-0000-4000-8000-00000000000b', name: 'Toinen tuotu' });
    const tried = await browser.postMultipart(
      '/fi/staff/import',
      { intent: 'dryRun', from: 'file', lang: 'fi', source: 'hsds:rivit' },
      { file: { name: 'rivit.ndjson', text: `${file}\r\n${second}\r\n` } },
    );
    expect(tried.text).toContain('Toinen tuotu');
    const apply = hiddenFields(tried.text);
    const applied = await browser.postMultipart('/fi/staff/import', { ...apply, content: apply.content!.replace(/\n/g, '\r\n') });
    expect(applied.status).toBe(200);
    expect(applied.text).toContain('Tiedot on tuotu.');
  });

  it('refuses a post without the CSRF token, and addresses inside the network', async () => {
    const browser = await as('admin');
    await browser.get('/fi/staff/import');
    const forged = await browser.request('/fi/staff/import', {
      method: 'POST',
      body: new URLSearchParams({ intent: 'dryRun', from: 'url', url: 'https://example.org/hsds' }),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(forged.status).toBe(403);
    for (const url of ['http://example.org/hsds', 'https://127.0.0.1/hsds', 'https://[::1]/hsds', 'https://169.254.169.254/latest']) {
      const refused = await browser.postMultipart('/fi/staff/import', { intent: 'dryRun', from: 'url', url, lang: 'fi' });
      expect(refused.status, url).toBe(400);
      expect(refused.text, url).toContain('class="error-summary"');
      // What was typed stays.
      expect(refused.text).toContain(`value="${url}"`);
    }
  });

  it('lets a coordinator import for their own region only, and rejects what belongs to another', async () => {
    const coordinator = await as('coordinator');
    await coordinator.get('/fi/staff/import');
    const elsewhere = await coordinator.postMultipart(
      '/fi/staff/import',
      { intent: 'dryRun', from: 'file', lang: 'fi', region: 'toinen-alue' },
      { file: { name: 'x.ndjson', text: file } },
    );
    expect(elsewhere.status).toBe(403);
    expect(await importEvents()).toContainEqual({ action: 'Import.RUN', outcome: 'denied' });
    const whole = await coordinator.postMultipart(
      '/fi/staff/import',
      { intent: 'dryRun', from: 'file', lang: 'fi', region: '' },
      { file: { name: 'x.ndjson', text: file } },
    );
    expect(whole.status).toBe(403);
    const own = await coordinator.postMultipart(
      '/fi/staff/import',
      { intent: 'dryRun', from: 'file', lang: 'fi', region: DEMO_REGION_ID },
      { file: { name: 'x.ndjson', text: file } },
    );
    expect(own.status).toBe(200);
    expect(own.text).not.toContain('ei kuulu alueeseen');

    // A platform admin importing for the other region: Mikkeli's organisation and its service do not belong there.
    const admin = await as('admin');
    await admin.get('/fi/staff/import');
    const scoped = await admin.postMultipart(
      '/fi/staff/import',
      { intent: 'dryRun', from: 'file', lang: 'fi', region: 'toinen-alue' },
      { file: { name: 'x.ndjson', text: file } },
    );
    expect(scoped.status).toBe(200);
    expect(scoped.text).toContain('tietue ei kuulu alueeseen toinen-alue');
  });
});
