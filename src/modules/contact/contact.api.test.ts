import { Writable } from 'node:stream';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../platform/actor.ts';
import { fixedClock } from '../../platform/clock.ts';
import { write } from '../../platform/db/transactions.ts';
import { createLogger } from '../../platform/logger.ts';
import {
  advisorOf,
  familyCounsellingService,
  familyRequest,
  mllMikkeli,
  parishMikkeli,
  staffBrowser,
} from '../../../tests/support/contact-fixtures.ts';
import { networkBuilder } from '../../../tests/support/network-builder.ts';
import { createTestApp, DEFAULT_TEST_TIME } from '../../../tests/support/test-app.ts';
import { openTestDatabase, type TestDatabase } from '../../../tests/support/test-database.ts';
import { organizationId } from '../catalog/index.ts';
import { CONTACT_RETENTION_JOB } from './index.ts';

/*
 * The contact channel over HTTP, as the family's client and the advisors' workspace use it:
 * the follow link, the claim race, the conversation and its audit trail, referrals with consent,
 * privacy (enumeration, retention, deletion) and the limits on public writes.
 */

let database: TestDatabase;
let t: Awaited<ReturnType<typeof createTestApp>>;
const clock = fixedClock(DEFAULT_TEST_TIME);
const logLines: string[] = [];
let elsewhereOrganization: string;

beforeAll(async () => {
  database = await openTestDatabase('demo');
  const b = networkBuilder();
  const region = b.region({ id: 'toinen-alue', code: 'T2' });
  b.municipality(region, { code: '902' });
  elsewhereOrganization = organizationId(b.organization({ key: 'toisen-alueen-neuvojat', regionId: region.id }).key);
  await b.load(database.db);
  const capture = new Writable({
    write(chunk, _encoding, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  t = await createTestApp(database, {
    clock,
    pages: true,
    logger: createLogger('debug', capture),
    env: { CONTACT_REQUEST_RATE_LIMIT: '0', CONTACT_MESSAGE_RATE_LIMIT: '0' },
  });
});
afterAll(async () => {
  await t?.close();
  await database?.close();
});

const fetchApp = async (path: string, init?: RequestInit) => t.app.request(path, init);
const auditActions = async (targetId: string) =>
  (
    await sql<{ action: string }>`select action from audit_event where target_id = ${targetId} order by occurred_at, id`.execute(
      database.db,
    )
  ).rows.map((r) => r.action);
const requestIdOf = async (reference: string) =>
  (await sql<{ id: string }>`select id from contact_request where reference = ${reference}`.execute(database.db)).rows[0]!.id;

describe('a family contacts the network', () => {
  it('gets a reference and a private follow link that opens; a changed token is 404; the token is never logged', async () => {
    const created = await familyRequest(t.app);
    expect(created.response.status).toBe(201);
    expect(created.reference).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    // 32 bytes in base64url: 256 bits of randomness.
    expect(Buffer.from(created.token, 'base64url')).toHaveLength(32);
    const follow = await t.app.request(`/api/v1/contact-requests/follow?token=${created.token}`);
    expect(follow.status).toBe(200);
    const view = (await follow.json()) as { reference: string; messages: { body: string }[]; expected: { onDutyNow: boolean; by: string } };
    expect(view.reference).toBe(created.reference);
    expect(view.messages.map((m) => m.body)).toEqual(['Hej, vi behöver hjälp.']);
    // The demo roster has Swedish-speaking advisors on duty at the test's time.
    expect(view.expected.onDutyNow).toBe(true);
    expect(new Date(view.expected.by).getTime()).toBeGreaterThan(clock.now().getTime());
    const changed = created.token.slice(0, -1) + (created.token.endsWith('A') ? 'B' : 'A');
    expect((await t.app.request(`/api/v1/contact-requests/follow?token=${changed}`)).status).toBe(404);
    // The follow page and its API are the family's own: never kept by any cache.
    expect(follow.headers.get('cache-control')).toBe('no-store');
    const page = await t.app.request(`/sv/contact/follow?token=${created.token}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.headers.get('x-response-cache')).toBeNull();
    expect(await page.text()).toContain('Hej, vi behöver hjälp.');
    expect((await t.app.request(`/sv/contact/follow?token=${changed}`)).status).toBe(404);
    expect(logLines.join('')).not.toContain(created.token);
    const stored = await sql`select * from contact_request where reference = ${created.reference}`.execute(database.db);
    expect(JSON.stringify(stored.rows)).not.toContain(created.token);
  });

  it('refuses a message over 10 kB with a clear error, and never answers 500 to bad input', async () => {
    const tooLong = await familyRequest(t.app, { message: 'ä'.repeat(5121) });
    expect(tooLong.response.status).toBe(400);
    const problem = (await fetchApp('/api/v1/contact-requests', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'en' },
      body: JSON.stringify({ topic: 'parenting', municipality: '491', language: 'en', channel: 'chat', message: 'x'.repeat(10_241) }),
    }).then((r) => r.json())) as { errors: { parameter: string; message: string }[] };
    expect(problem.errors[0]).toMatchObject({ parameter: 'message' });
    expect(problem.errors[0]!.message).toMatch(/10240 bytes/);
    await fc.assert(
      fc.asyncProperty(fc.anything(), async (body) => {
        const response = await t.app.request('/api/v1/contact-requests', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body) ?? 'null',
        });
        expect([400, 201]).toContain(response.status);
      }),
      { numRuns: 40 },
    );
  });

  it('a link never reveals another request: guessed tokens are 404, and each link shows only its own', async () => {
    const a = await familyRequest(t.app, { message: 'Meidän asia A' });
    const b = await familyRequest(t.app, { message: 'Toinen asia B' });
    const viewA = await fetchApp(`/api/v1/contact-requests/follow?token=${a.token}`).then((r) => r.text());
    expect(viewA).toContain('Meidän asia A');
    expect(viewA).not.toContain('Toinen asia B');
    expect(viewA).not.toContain(b.reference);
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 32, maxLength: 32 }), async (bytes) => {
        const guess = Buffer.from(bytes).toString('base64url');
        expect((await t.app.request(`/api/v1/contact-requests/follow?token=${guess}`)).status).toBe(404);
      }),
      { numRuns: 30 },
    );
    for (const bad of ['', 'x', '..%2F', `${a.token}x`])
      expect((await t.app.request(`/api/v1/contact-requests/follow?token=${bad}`)).status).toBe(404);
  });
});

describe('the advisors', () => {
  it('exactly one of two advisors claiming at once wins; the other gets 409', async () => {
    const now = clock.now();
    const [first, second] = await Promise.all([
      staffBrowser(t.app, database, now, advisorOf(mllMikkeli)),
      staffBrowser(t.app, database, now, advisorOf(parishMikkeli)),
    ]);
    const created = await familyRequest(t.app);
    const id = await requestIdOf(created.reference);
    const results = await Promise.all([
      first.send('POST', `/api/v1/contact/requests/${id}/claim`),
      second.send('POST', `/api/v1/contact/requests/${id}/claim`),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([204, 409]);
    const row = await sql<{ claimed_by: string }>`select claimed_by from contact_request where id = ${id}`.execute(database.db);
    const winner = results[0]!.status === 204 ? first : second;
    expect(row.rows[0]!.claimed_by).toBe(winner.personId);
  });

  it('claim, reply and read: the family sees the answer; every opening of the conversation is on record', async () => {
    const advisor = await staffBrowser(t.app, database, clock.now(), advisorOf(mllMikkeli));
    const created = await familyRequest(t.app, { channel: 'message', language: 'fi', message: 'Tarvitsisin neuvoa.' });
    const id = await requestIdOf(created.reference);
    expect((await advisor.send('POST', `/api/v1/contact/requests/${id}/messages`, { message: 'Ei vielä' })).status).toBe(409);
    expect((await advisor.send('POST', `/api/v1/contact/requests/${id}/claim`)).status).toBe(204);
    expect((await advisor.browser.get(`/api/v1/contact/requests/${id}`)).status).toBe(200);
    expect(
      (await advisor.send('POST', `/api/v1/contact/requests/${id}/messages`, { message: '<b>Hei</b>, autan mielelläni.' })).status,
    ).toBe(201);
    const view = await fetchApp(`/api/v1/contact-requests/follow?token=${created.token}`).then(
      (r) => r.json() as Promise<{ status: string; messages: { author: string; body: string }[] }>,
    );
    expect(view.status).toBe('claimed');
    expect(view.messages.at(-1)).toMatchObject({ author: 'advisor', body: '<b>Hei</b>, autan mielelläni.' });
    expect(await auditActions(id)).toEqual(['ContactRequest.CREATE', 'Contact.CLAIM', 'Contact.READ', 'Contact.REPLY']);
    const first = await sql<{ first_response_at: Date }>`select first_response_at from contact_request where id = ${id}`.execute(
      database.db,
    );
    expect(first.rows[0]!.first_response_at.toISOString()).toBe(clock.now().toISOString());
  });

  it('staff of another region see no queue and may not open a request of this one; a guessed id is 404', async () => {
    const other = await staffBrowser(t.app, database, clock.now(), advisorOf(elsewhereOrganization));
    const created = await familyRequest(t.app);
    const id = await requestIdOf(created.reference);
    const queue = (await other.browser.get('/api/v1/contact/queue').then((r) => JSON.parse(r.text))) as { requests: unknown[] };
    expect(queue.requests).toEqual([]);
    expect((await other.browser.get(`/api/v1/contact/requests/${id}`)).status).toBe(403);
    expect((await other.send('POST', `/api/v1/contact/requests/${id}/claim`)).status).toBe(403);
    expect((await other.browser.get(`/api/v1/contact/requests/00000000-0000-4000-8000-000000000000`)).status).toBe(404);
    const anonymous = await t.app.request(`/api/v1/contact/requests/${id}`);
    expect(anonymous.status).toBe(401);
  });
});

describe('referral with consent', () => {
  it('records the consent, moves through the state machine, refuses illegal steps in code and in the database, and the family can withdraw', async () => {
    const advisor = await staffBrowser(t.app, database, clock.now(), advisorOf(mllMikkeli));
    const service = await familyCounsellingService(database);
    const receiver = await staffBrowser(t.app, database, clock.now(), [{ role: 'professional', organizationId: service.organization_id }]);
    const created = await familyRequest(t.app);
    const id = await requestIdOf(created.reference);
    await advisor.send('POST', `/api/v1/contact/requests/${id}/claim`);
    const referral = await advisor.send('POST', `/api/v1/contact/requests/${id}/referrals`, {
      service: service.id,
      givenBy: 'Perheen äiti (nimetön)',
      dataItems: ['topic', 'conversation'],
      purpose: 'Perheneuvolan ajanvaraus',
      validDays: 30,
    });
    expect(referral.status).toBe(201);
    const referralId = (JSON.parse(referral.text) as { id: string }).id;
    const consent = await sql<{ given_by: string; data_items: string[]; organization_id: string; valid_until: Date }>`
      select given_by, data_items, organization_id, valid_until from contact_consent where request_id = ${id}`.execute(database.db);
    expect(consent.rows[0]).toMatchObject({
      given_by: 'Perheen äiti (nimetön)',
      data_items: ['topic', 'conversation'],
      organization_id: service.organization_id,
    });
    expect(consent.rows[0]!.valid_until.getTime() - clock.now().getTime()).toBe(30 * 86_400_000);
    const step = (body: Record<string, string>) => receiver.send('POST', `/api/v1/contact/referrals/${referralId}/steps`, body);
    expect((await step({ step: 'accept' })).status).toBe(409);
    expect((await step({ step: 'open' })).status).toBe(204);
    expect((await step({ step: 'decline' })).status).toBe(400);
    expect((await step({ step: 'accept' })).status).toBe(204);
    // The advisor is not of the receiving organisation: 403.
    expect((await advisor.send('POST', `/api/v1/contact/referrals/${referralId}/steps`, { step: 'recordOutcome' })).status).toBe(403);
    await expect(sql`update referral set status = 'sent' where id = ${referralId}`.execute(database.db)).rejects.toThrow(
      /illegal referral transition/,
    );
    const family = (await fetchApp(`/api/v1/contact-requests/follow?token=${created.token}`).then((r) => r.json())) as {
      referrals: { id: string; status: string; consent: { id: string; withdrawnAt: string | null } }[];
    };
    expect(family.referrals[0]).toMatchObject({ id: referralId, status: 'accepted', consent: { withdrawnAt: null } });
    const withdraw = await t.app.request(`/fi/contact/follow?token=${created.token}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ intent: 'withdrawConsent', consent: family.referrals[0]!.consent.id }).toString(),
    });
    // The family withdraws through their link's page (a form post, no JavaScript needed).
    expect(withdraw.status).toBe(303);
    expect(withdraw.headers.get('location')).toBe(`/fi/contact/follow?token=${created.token}&done=withdrawn`);
    const consentId = family.referrals[0]!.consent.id;
    const withdrawn = await sql<{ withdrawn_at: Date | null }>`select withdrawn_at from contact_consent where id = ${consentId}`.execute(
      database.db,
    );
    expect(withdrawn.rows[0]!.withdrawn_at?.toISOString()).toBe(clock.now().toISOString());
    const events = await sql<{ action: string; detail: { consentId?: string } | null }>`
      select action, detail from audit_event where target_id = ${id} and action = 'ContactRequest.WITHDRAW_CONSENT'`.execute(database.db);
    expect(events.rows).toEqual([{ action: 'ContactRequest.WITHDRAW_CONSENT', detail: { consentId } }]);
    const after = (await fetchApp(`/api/v1/contact-requests/follow?token=${created.token}`).then((r) => r.json())) as typeof family;
    expect(after.referrals[0]).toMatchObject({ id: referralId, status: 'accepted', consent: { withdrawnAt: clock.now().toISOString() } });
    const withdrawAgain = (token: string) =>
      t.app.request(`/fi/contact/follow?token=${token}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ intent: 'withdrawConsent', consent: consentId }).toString(),
      });
    // Once is enough, and another family's link cannot touch this consent.
    expect((await withdrawAgain(created.token)).status).toBe(404);
    const other = await familyRequest(t.app);
    expect((await withdrawAgain(other.token)).status).toBe(404);
    expect(
      (
        await sql<{
          n: number;
        }>`select count(*)::int as n from audit_event where action = 'ContactRequest.WITHDRAW_CONSENT' and target_id = ${id}`.execute(
          database.db,
        )
      ).rows[0]!.n,
    ).toBe(1);
  });
});

describe('privacy', () => {
  it('deletes anonymous conversations after the retention period and keeps the others', async () => {
    const old = await familyRequest(t.app, { message: 'vanha' });
    const named = await familyRequest(t.app, { message: 'nimellä', contact: { name: 'Maija', phone: '040 123 4567' } });
    const fresh = await familyRequest(t.app, { message: 'uusi' });
    const ninetyOneDaysAgo = new Date(clock.now().getTime() - 91 * 86_400_000);
    await sql`update contact_request set created_at = ${ninetyOneDaysAgo} where reference in (${old.reference}, ${named.reference})`.execute(
      database.db,
    );
    await write(database.db, systemActor('test'), (tx) => t.jobs.enqueue(tx, CONTACT_RETENTION_JOB, {}));
    await t.jobs.runDue(CONTACT_RETENTION_JOB);
    const left = await sql<{
      reference: string;
    }>`select reference from contact_request where reference in (${old.reference}, ${named.reference}, ${fresh.reference})`.execute(
      database.db,
    );
    expect(left.rows.map((r) => r.reference).sort()).toEqual([named.reference, fresh.reference].sort());
    const oldMessages =
      await sql`select count(*)::int as n from contact_message m join contact_request r on r.id = m.request_id where r.reference = ${old.reference}`.execute(
        database.db,
      );
    expect(oldMessages.rows[0]).toEqual({ n: 0 });
  });
});
