import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../platform/clock.ts';
import { createLogger } from '../../platform/logger.ts';
import { Browser, type BrowserResponse } from '../../../tests/support/browser.ts';
import { addStaff, membershipIdOf } from '../../../tests/support/staff-fixtures.ts';
import { createTestApp, DEFAULT_TEST_TIME } from '../../../tests/support/test-app.ts';
import { openTestDatabase, type TestDatabase } from '../../../tests/support/test-database.ts';
import { DEMO_ORGANIZATIONS, DEMO_REGION_ID, demoMllOrganization, demoParishOrganization, organizationId } from '../catalog/index.ts';

/*
 * Members join by a mailed invitation and leave when an admin removes them, through the pages as
 * a browser without JavaScript uses them. Mail goes through the outbox and its job to an SMTP
 * sink; expiry runs on the test's clock; the identity provider is the demo's, in process.
 */

let database: TestDatabase;
let t: Awaited<ReturnType<typeof createTestApp>>;
const clock = fixedClock(DEFAULT_TEST_TIME);
const logLines: string[] = [];
const PASSWORD = 'pitkä ja hyvä salasana';
const mll = organizationId(demoMllOrganization('mikkeli'));
const parish = organizationId(demoParishOrganization('mikkeli'));
const county = organizationId(DEMO_ORGANIZATIONS.county);

beforeAll(async () => {
  database = await openTestDatabase('demo');
  const capture = new Writable({
    write(chunk, _encoding, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  t = await createTestApp(database, {
    pages: true,
    mail: true,
    oidc: true,
    clock,
    logger: createLogger('debug', capture),
    env: {
      ARGON2_MEMORY_KIB: '8192',
      ARGON2_TIME_COST: '1',
      SIGN_IN_RATE_LIMIT: '0',
      STAFF_WRITE_RATE_LIMIT: '0',
      JOIN_REQUEST_RATE_LIMIT: '0',
      INVITATION_TTL_HOURS: '48',
    },
  });
});
afterAll(async () => {
  await t?.close();
  await database?.close();
});

let people = 0;
async function staff(role: 'organizationAdmin' | 'editor' | 'regionalCoordinator', organization = mll) {
  const email = `kutsu.${++people}@perhekeskus.example`;
  const personId = await addStaff(
    database.db,
    {
      email,
      password: PASSWORD,
      memberships: [role === 'regionalCoordinator' ? { role, regionId: DEMO_REGION_ID } : { role, organizationId: organization }],
    },
    clock.now(),
  );
  const browser = new Browser(t.app);
  await browser.get('/fi/staff');
  expect((await browser.post('/fi/staff', { email, password: PASSWORD })).status).toBe(303);
  return { email, personId, browser };
}

const membersPage = (organization: string) => `/fi/staff/organizations/${organization}/members`;
const later = (hours: number) => clock.set(new Date(clock.now().getTime() + hours * 3_600_000));
const mailTo = async (email: string) => {
  const arriving = t.sink!.next((m) => m.to.includes(email));
  await t.jobs.runDue();
  return arriving;
};
const linkIn = (text: string) => new URL(/https?:\/\/\S+/.exec(text)![0]);

async function invite(browser: Browser, organization: string, fields: Record<string, string>): Promise<BrowserResponse> {
  await browser.get(membersPage(organization));
  return browser.post(membersPage(organization), { intent: 'invite', ...fields });
}

const eventsOf = (action: string) =>
  database.db
    .selectFrom('audit_event')
    .select(['outcome', 'organization_id', 'target_type', 'actor_person_id', 'detail'])
    .where('action', '=', action)
    .orderBy('id')
    .execute();

const membershipsOf = (email: string) =>
  database.db
    .selectFrom('membership as m')
    .innerJoin('person as p', 'p.id', 'm.person_id')
    .select(['m.role', 'm.organization_id'])
    .where('p.email', '=', email)
    .execute();

describe('inviting a member', () => {
  it('mails a single-use link; accepting sets a password, grants the role, and the link is never logged', async () => {
    const admin = await staff('organizationAdmin');
    const email = 'uusi.editori@perhekeskus.example';
    const sent = await invite(admin.browser, mll, { name: 'Uuno Uusi', email: ` ${email.toUpperCase()} `, role: 'editor' });
    expect(sent.status).toBe(200);
    expect(sent.text).toContain(`Kutsu lähetettiin osoitteeseen ${email}`);
    const mail = await mailTo(email);
    expect(mail.subject).toContain('Perhekeskus: kutsu työtilaan');
    expect(mail.text).toContain('Sisällön muokkaaja'.toLowerCase());
    const link = linkIn(mail.text);
    const token = link.searchParams.get('token')!;
    expect(link.pathname).toBe('/fi/staff/invitation');

    // Pending on the members page; nothing can be done with the person yet.
    expect((await admin.browser.get(membersPage(mll))).text).toContain('Uuno Uusi');
    expect(await membershipsOf(email)).toEqual([]);

    const browser = new Browser(t.app);
    const page = await browser.get(link.pathname + link.search);
    expect(page.text).toContain('Sinut on kutsuttu organisaatioon');
    const mismatch = await browser.post(link.pathname + link.search, { token, method: 'password', password: PASSWORD, confirm: 'toinen' });
    expect(mismatch.status).toBe(400);
    expect(mismatch.text).toContain('salasanat eivät ole samat');
    const done = await browser.post(link.pathname + link.search, { token, method: 'password', password: PASSWORD, confirm: PASSWORD });
    expect(done.text).toContain('Kutsu otettu vastaan');
    expect(await membershipsOf(email)).toEqual([{ role: 'editor', organization_id: mll }]);

    const signIn = new Browser(t.app);
    await signIn.get('/fi/staff');
    expect((await signIn.post('/fi/staff', { email, password: PASSWORD })).status).toBe(303);
    expect((await signIn.get('/fi/staff/catalog')).status).toBe(200);

    // Used once.
    expect((await browser.get(link.pathname + link.search)).text).toContain('Kutsulinkki on jo käytetty tai vanhentunut');
    const again = await browser.post(link.pathname + link.search, {
      token,
      method: 'password',
      password: 'kolmas hyvä salasana',
      confirm: 'kolmas hyvä salasana',
    });
    expect(again.text).toContain('Kutsulinkki on jo käytetty');

    expect((await eventsOf('Member.INVITE')).at(-1)).toMatchObject({
      outcome: 'success',
      organization_id: mll,
      actor_person_id: admin.personId,
    });
    const accepted = await eventsOf('Member.ACCEPT_INVITATION');
    expect(accepted.map((e) => e.outcome)).toEqual(['success', 'failed']);
    expect(accepted[0]!.detail).toMatchObject({ role: 'editor', method: 'newPassword' });
    const logged = logLines.join('\n');
    expect(logged.length).toBeGreaterThan(0);
    expect(logged).not.toContain(token);
    const outbox = await database.db.selectFrom('outbox').select('text_body').where('recipient', '=', email).execute();
    expect(outbox.every((o) => o.text_body === null)).toBe(true);
  });

  it('expires; a new invitation replaces the old link; an existing account only gains the role', async () => {
    const admin = await staff('organizationAdmin', parish);
    const other = await staff('editor');
    await invite(admin.browser, parish, { name: 'Ei Käytä', email: other.email, role: 'professional' });
    const first = linkIn((await mailTo(other.email)).text);
    later(49);
    expect((await new Browser(t.app).get(first.pathname + first.search)).text).toContain('Kutsulinkki on jo käytetty tai vanhentunut');

    // The admin's session has idled out meanwhile: a fresh admin sends the next ones.
    const next = await staff('organizationAdmin', parish);
    await invite(next.browser, parish, { name: 'Ei Käytä', email: other.email, role: 'professional' });
    const second = linkIn((await mailTo(other.email)).text);
    await invite(next.browser, parish, { name: 'Ei Käytä', email: other.email, role: 'professional' });
    const third = linkIn((await mailTo(other.email)).text);
    const browser = new Browser(t.app);
    expect((await browser.get(second.pathname + second.search)).text).toContain('Kutsulinkki on jo käytetty tai vanhentunut');
    const page = await browser.get(third.pathname + third.search);
    expect(page.text).toContain('Sinulla on jo tili');
    expect(page.text).not.toContain('name="password"');
    const done = await browser.post(third.pathname + third.search, { token: third.searchParams.get('token')!, method: 'password' });
    expect(done.text).toContain('Kutsu otettu vastaan');
    expect((await membershipsOf(other.email)).map((m) => `${m.role}@${m.organization_id}`).sort()).toEqual(
      [`editor@${mll}`, `professional@${parish}`].sort(),
    );
    // The existing password still works, and an invitation to a role held already is refused.
    const signIn = new Browser(t.app);
    await signIn.get('/fi/staff');
    expect((await signIn.post('/fi/staff', { email: other.email, password: PASSWORD })).status).toBe(303);
    const repeated = await invite(next.browser, parish, { name: 'Ei Käytä', email: other.email, role: 'professional' });
    expect(repeated.status).toBe(400);
    expect(repeated.text).toContain('Henkilöllä on jo tämä rooli organisaatiossa');
  });

  it('refuses editors and other organisations’ admins; bad input comes back with the error summary and the typed values', async () => {
    const editor = await staff('editor');
    expect((await editor.browser.get(membersPage(mll))).status).toBe(403);
    // Each post carries a valid CSRF token from a page the person may see: what refuses it is the rule.
    const postFrom = async (browser: Browser, organization: string) => {
      await browser.get('/fi/staff/workspace');
      return browser.post(membersPage(organization), { intent: 'invite', name: 'X', email: 'x@perhekeskus.example', role: 'editor' });
    };
    const deniedBefore = (await eventsOf('Member.INVITE')).filter((e) => e.outcome === 'denied').length;
    expect((await postFrom(editor.browser, mll)).status).toBe(403);
    const parishAdmin = await staff('organizationAdmin', parish);
    expect((await postFrom(parishAdmin.browser, mll)).status).toBe(403);
    expect((await postFrom(parishAdmin.browser, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
    const denied = (await eventsOf('Member.INVITE')).filter((e) => e.outcome === 'denied');
    expect(denied.length - deniedBefore).toBe(2);
    expect(await membershipsOf('x@perhekeskus.example')).toEqual([]);

    const admin = await staff('organizationAdmin');
    const bad = await invite(admin.browser, mll, { name: '<b>Nimi</b>', email: 'ei-osoite', role: 'platformAdmin' });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('Tarkista nämä kohdat');
    expect(bad.text).toContain('ei ole sähköpostiosoite');
    expect(bad.text).toContain('value="ei-osoite"');
    expect(bad.text).toContain('&lt;b&gt;Nimi&lt;/b&gt;');
    expect(bad.text).not.toContain('<b>Nimi</b>');
  });
});

describe('removing a member', () => {
  it('ends the membership and every session of the person, on record; nobody removes themself', async () => {
    const admin = await staff('organizationAdmin');
    const editor = await staff('editor');
    expect((await editor.browser.get('/fi/staff/catalog')).status).toBe(200);
    const page = await admin.browser.get(membersPage(mll));
    const id = await membershipIdOf(database.db, editor.personId, mll);
    expect(page.text).toContain(`value="${id}"`);
    const removed = await admin.browser.post(membersPage(mll), { intent: 'remove', membership: id });
    expect(removed.text).toContain('Jäsenyys poistettiin');
    expect(await membershipsOf(editor.email)).toEqual([]);
    expect((await editor.browser.get('/fi/staff/workspace')).status).toBe(302);
    expect((await eventsOf('Member.REMOVE')).at(-1)).toMatchObject({
      outcome: 'success',
      organization_id: mll,
      target_type: 'membership',
      detail: { role: 'editor', sessionsEnded: 1 },
    });

    const self = await membershipIdOf(database.db, admin.personId, mll);
    const refused = await admin.browser.post(membersPage(mll), { intent: 'remove', membership: self });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('Et voi poistaa omaa jäsenyyttäsi');
    // A membership of another organisation is not found through this one.
    const parishEditor = await staff('editor', parish);
    const other = await database.db
      .selectFrom('membership')
      .select('id')
      .where('person_id', '=', parishEditor.personId)
      .executeTakeFirstOrThrow();
    expect((await admin.browser.post(membersPage(mll), { intent: 'remove', membership: other.id })).status).toBe(404);
    expect((await parishEditor.browser.get('/fi/staff/workspace')).status).toBe(200);
  });
});

describe('the first admin of an organisation that joined', () => {
  it('is invited when the coordinator approves, and accepting makes them its admin', async () => {
    const anonymous = new Browser(t.app);
    await anonymous.get('/fi/staff/join');
    const asked = await anonymous.post('/fi/staff/join', {
      organizationName: 'Mikkelin Perhekerho ry',
      organizationType: 'ngo',
      municipality: '491',
      contactName: 'Outi Ojala',
      contactEmail: 'outi@perhekerho.example',
    });
    expect(asked.status).toBeLessThan(400);
    const coordinator = await staff('regionalCoordinator');
    const list = await coordinator.browser.get('/fi/staff/catalog/join-requests');
    const requestId = /name="request" value="([^"]+)"/.exec(list.text)![1]!;
    const approved = await coordinator.browser.post('/fi/staff/catalog/join-requests', { request: requestId, decision: 'approve' });
    expect(approved.text).toContain('outi@perhekerho.example');
    const mail = await mailTo('outi@perhekerho.example');
    expect(mail.text).toContain('Mikkelin Perhekerho ry');
    expect(mail.text).toContain('organisaation pääkäyttäjä');
    const link = linkIn(mail.text);
    const browser = new Browser(t.app);
    await browser.get(link.pathname + link.search);
    const token = link.searchParams.get('token')!;
    expect(
      (await browser.post(link.pathname + link.search, { token, method: 'password', password: PASSWORD, confirm: PASSWORD })).text,
    ).toContain('Kutsu otettu vastaan');
    const [membership] = await membershipsOf('outi@perhekerho.example');
    expect(membership!.role).toBe('organizationAdmin');
    await browser.get('/fi/staff');
    expect((await browser.post('/fi/staff', { email: 'outi@perhekerho.example', password: PASSWORD })).status).toBe(303);
    expect((await browser.get(membersPage(membership!.organization_id!))).status).toBe(200);
  });
});

describe('accepting through the organisation’s identity provider', () => {
  it('grants the role, then links the provider’s verified address at the first sign-in', async () => {
    const coordinator = await staff('regionalCoordinator');
    const email = 'ulla.uusitalo@perhekeskus.example';
    await invite(coordinator.browser, county, { name: 'Ulla Uusitalo', email, role: 'editor' });
    const link = linkIn((await mailTo(email)).text);
    const browser = new Browser(t.app);
    const page = await browser.get(link.pathname + link.search);
    expect(page.text).toContain('Ota vastaan ja kirjaudu: Demo-tunnistus');
    const accepted = await browser.post(link.pathname + link.search, {
      token: link.searchParams.get('token')!,
      method: 'oidc',
      provider: 'demo',
    });
    expect(accepted.status).toBe(302);
    expect(accepted.headers.get('location')).toBe('/staff/oidc/demo/start?lang=fi');
    expect(await membershipsOf(email)).toEqual([{ role: 'editor', organization_id: county }]);
    const form = await browser.follow(await browser.get(accepted.headers.get('location')!));
    expect(form.url.origin).toBe(t.idp!.issuer);
    const action = /<form[^>]*action="([^"]+)"/.exec(form.text)![1]!;
    const submitted = await browser.request(new URL(action, form.url), {
      method: 'POST',
      body: new URLSearchParams({ prompt: 'login', login: 'ulla', password: 'any' }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    const back = await browser.follow(submitted, (url) => url.origin === browser.appOrigin);
    const done = await browser.follow(await browser.get(back.url));
    expect(done.url.pathname).toBe('/fi/staff/workspace');
    expect(done.text).toContain('Ulla Uusitalo');
    expect((await eventsOf('Account.LINK_IDENTITY')).at(-1)).toMatchObject({ outcome: 'success' });
  });
});
