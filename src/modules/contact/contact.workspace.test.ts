import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../platform/clock.ts';
import { advisorOf, familyRequest, mllMikkeli, parishMikkeli, staffBrowser } from '../../../tests/support/contact-fixtures.ts';
import { createTestApp, DEFAULT_TEST_TIME } from '../../../tests/support/test-app.ts';
import { openTestDatabase, type TestDatabase } from '../../../tests/support/test-database.ts';

/*
 * The advisor's work on one request after the claim: internal notes and transfers the family
 * never sees, closing with an outcome, the queue's filters; and the family deleting their own
 * request through the link's page.
 */

let database: TestDatabase;
let t: Awaited<ReturnType<typeof createTestApp>>;
const clock = fixedClock(DEFAULT_TEST_TIME);

beforeAll(async () => {
  database = await openTestDatabase('demo');
  t = await createTestApp(database, { clock, pages: true, env: { CONTACT_REQUEST_RATE_LIMIT: '0', CONTACT_MESSAGE_RATE_LIMIT: '0' } });
});
afterAll(async () => {
  await t?.close();
  await database?.close();
});

const idOf = async (reference: string) =>
  (await sql<{ id: string }>`select id from contact_request where reference = ${reference}`.execute(database.db)).rows[0]!.id;
const followView = async (token: string) => (await t.app.request(`/api/v1/contact-requests/follow?token=${token}`)).text();
const familyWrites = (token: string, message: string) =>
  t.app.request(`/api/v1/contact-requests/follow/messages?token=${token}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ message }),
  });
const advisor = (organization: string) => staffBrowser(t.app, database, clock.now(), advisorOf(organization));

describe('an advisor with a claimed request', () => {
  it('writes internal notes and transfers it with a note; the family sees neither, and only the new holder may answer', async () => {
    const [stina, anni] = await Promise.all([advisor(mllMikkeli), advisor(parishMikkeli)]);
    const created = await familyRequest(t.app, { language: 'fi', message: '<b onmouseover="x()">Tarvitsemme</b> apua.' });
    const id = await idOf(created.reference);
    expect((await stina.send('POST', `/api/v1/contact/requests/${id}/claim`)).status).toBe(204);
    expect((await stina.send('POST', `/api/v1/contact/requests/${id}/notes`, { message: 'Sisäinen: soita iltapäivällä' })).status).toBe(
      204,
    );
    expect(
      (await stina.send('POST', `/api/v1/contact/requests/${id}/transfer`, { toPerson: '00000000-0000-4000-8000-000000000000', note: 'x' }))
        .status,
    ).toBe(400);
    expect(
      (
        await stina.send('POST', `/api/v1/contact/requests/${id}/transfer`, {
          toPerson: anni.personId,
          note: 'Seurakunnan perhetyö osaa tämän',
        })
      ).status,
    ).toBe(204);
    expect((await stina.send('POST', `/api/v1/contact/requests/${id}/messages`, { message: 'Minä vielä' })).status).toBe(409);
    expect(
      (await anni.send('POST', `/api/v1/contact/requests/${id}/messages`, { message: 'Hei, olen Anni. <script>x()</script>' })).status,
    ).toBe(201);
    // Plain text, escaped on both sides.
    const staffPage = await anni.browser.get(`/fi/staff/contact/requests/${id}`);
    expect(staffPage.status).toBe(200);
    expect(staffPage.text).toContain('&lt;b onmouseover=&quot;x()&quot;&gt;Tarvitsemme&lt;/b&gt; apua.');
    expect(staffPage.text).not.toContain('<b onmouseover');
    const familyPage = await (await t.app.request(`/fi/contact/follow?token=${created.token}`)).text();
    expect(familyPage).toContain('Hei, olen Anni. &lt;script&gt;x()&lt;/script&gt;');
    expect(familyPage).not.toContain('<script>x()');

    const conversation = JSON.parse((await anni.browser.get(`/api/v1/contact/requests/${id}`)).text) as {
      request: { claimedBy: string; mine: boolean };
      notes: { kind: string; body: string }[];
    };
    expect(conversation.request.mine).toBe(true);
    // Both written at the test clock's one instant: their order is not the point here.
    expect(conversation.notes.map((n) => [n.kind, n.body]).sort()).toEqual([
      ['note', 'Sisäinen: soita iltapäivällä'],
      ['transfer', 'Seurakunnan perhetyö osaa tämän'],
    ]);
    const family = await followView(created.token);
    expect(family).toContain('Hei, olen Anni.');
    expect(family).not.toContain('Sisäinen');
    expect(family).not.toContain('Seurakunnan perhetyö osaa');

    // Back to the queue, offered to one organisation of the region.
    expect(
      (await anni.send('POST', `/api/v1/contact/requests/${id}/transfer`, { toOrganization: mllMikkeli, note: 'MLL:lle' })).status,
    ).toBe(204);
    const row = await sql<{ status: string; claimed_by: string | null; offered_to_organization_id: string | null }>`
      select status, claimed_by, offered_to_organization_id from contact_request where id = ${id}`.execute(database.db);
    expect(row.rows[0]).toEqual({ status: 'waiting', claimed_by: null, offered_to_organization_id: mllMikkeli });
  });

  it('closes it with an outcome: a referral outcome needs a referral, and a closed request takes no more messages', async () => {
    const stina = await advisor(mllMikkeli);
    const created = await familyRequest(t.app, { language: 'en', channel: 'message', message: 'A question about sleep.' });
    const id = await idOf(created.reference);
    expect((await stina.send('POST', `/api/v1/contact/requests/${id}/close`, { outcome: 'adviceGiven' })).status).toBe(409);
    await stina.send('POST', `/api/v1/contact/requests/${id}/claim`);
    expect((await stina.send('POST', `/api/v1/contact/requests/${id}/close`, { outcome: 'referredWithConsent' })).status).toBe(400);
    expect((await stina.send('POST', `/api/v1/contact/requests/${id}/close`, { outcome: 'maybe' })).status).toBe(400);
    expect((await stina.send('POST', `/api/v1/contact/requests/${id}/close`, { outcome: 'adviceGiven' })).status).toBe(204);
    const view = JSON.parse(await followView(created.token)) as { status: string; outcome: string };
    expect(view).toMatchObject({ status: 'closed', outcome: 'adviceGiven' });
    const late = await familyWrites(created.token, 'One more thing');
    expect(late.status).toBe(400);
    expect((await stina.send('POST', `/api/v1/contact/requests/${id}/messages`, { message: 'Still here' })).status).toBe(409);
    const closed = await sql<{ closed_at: Date }>`select closed_at from contact_request where id = ${id}`.execute(database.db);
    expect(closed.rows[0]!.closed_at.toISOString()).toBe(clock.now().toISOString());
    const events = await sql<{ action: string; detail: Record<string, string> | null }>`
      select action, detail from audit_event where target_id = ${id} and action = 'Contact.REPLY' order by id`.execute(database.db);
    expect(events.rows.at(-1)!.detail).toEqual({ outcome: 'adviceGiven' });
  });

  it('sees the queue filtered by language, topic and municipality', async () => {
    const stina = await advisor(mllMikkeli);
    const swedish = await familyRequest(t.app, { language: 'sv', topic: 'parenting' });
    const finnish = await familyRequest(t.app, { language: 'fi', topic: 'parenting' });
    const queue = async (query: string) =>
      (JSON.parse((await stina.browser.get(`/api/v1/contact/queue?${query}`)).text) as { requests: { reference: string }[] }).requests.map(
        (r) => r.reference,
      );
    const sv = await queue('language=sv');
    expect(sv).toContain(swedish.reference);
    expect(sv).not.toContain(finnish.reference);
    const fi = await queue('language=fi&topic=parenting&municipality=491');
    expect(fi).toContain(finnish.reference);
    expect(fi).not.toContain(swedish.reference);
    expect(await queue('municipality=593')).not.toContain(finnish.reference);
    expect((await stina.browser.get('/api/v1/contact/queue?language=klingon')).status).toBe(400);
  });
});

describe('the family', () => {
  it('deletes their request through the link’s page after confirming; the conversation goes with it, on record', async () => {
    const created = await familyRequest(t.app, { language: 'fi', message: 'Poistettava viesti' });
    const id = await idOf(created.reference);
    const post = (fields: Record<string, string>) =>
      t.app.request(`/fi/contact/follow?token=${created.token}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(fields).toString(),
      });
    const unconfirmed = await post({ intent: 'delete' });
    expect(unconfirmed.status).toBe(400);
    expect(await unconfirmed.text()).toContain('error-summary');
    expect((await sql`select id from contact_request where id = ${id}`.execute(database.db)).rows).toHaveLength(1);
    const deleted = await post({ intent: 'delete', confirm: 'yes' });
    expect(deleted.status).toBe(303);
    expect(deleted.headers.get('location')).toBe('/fi/contact?deleted=1');
    expect((await sql`select id from contact_request where id = ${id}`.execute(database.db)).rows).toHaveLength(0);
    expect((await sql`select id from contact_message where request_id = ${id}`.execute(database.db)).rows).toHaveLength(0);
    expect((await t.app.request(`/api/v1/contact-requests/follow?token=${created.token}`)).status).toBe(404);
    expect((await t.app.request(`/fi/contact/follow?token=${created.token}`)).status).toBe(404);
    const events = await sql<{ action: string }>`select action from audit_event where target_id = ${id} order by id`.execute(database.db);
    expect(events.rows.map((e) => e.action)).toEqual(['ContactRequest.CREATE', 'ContactRequest.DELETE']);
    expect(JSON.stringify((await sql`select detail from audit_event where target_id = ${id}`.execute(database.db)).rows)).not.toContain(
      'Poistettava',
    );
  });
});
