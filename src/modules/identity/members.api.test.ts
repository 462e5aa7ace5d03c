import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../platform/clock.ts';
import { Browser } from '../../../tests/support/browser.ts';
import { mllMikkeli, parishMikkeli, staffBrowser } from '../../../tests/support/contact-fixtures.ts';
import { membershipIdOf } from '../../../tests/support/staff-fixtures.ts';
import { createTestApp, DEFAULT_TEST_TIME } from '../../../tests/support/test-app.ts';
import { openTestDatabase, type TestDatabase } from '../../../tests/support/test-database.ts';

/*
 * Inviting and removing members over the staff JSON API: the same use cases as the members page,
 * behind the cookie group (session, Origin and x-csrf-token). Refusals and bad input answer
 * problem+json; every attempt is on record.
 */

let database: TestDatabase;
let t: Awaited<ReturnType<typeof createTestApp>>;
const clock = fixedClock(DEFAULT_TEST_TIME);

beforeAll(async () => {
  database = await openTestDatabase('demo');
  t = await createTestApp(database, { clock, env: { STAFF_WRITE_RATE_LIMIT: '0' } });
});
afterAll(async () => {
  await t?.close();
  await database?.close();
});

const invitations = (organization: string) => `/api/v1/organizations/${organization}/invitations`;
const member = (organization: string, membershipId: string) => `/api/v1/organizations/${organization}/members/${membershipId}`;
const adminOf = (organization: string) =>
  staffBrowser(t.app, database, clock.now(), [{ role: 'organizationAdmin', organizationId: organization }]);
const editorOf = (organization: string) => staffBrowser(t.app, database, clock.now(), [{ role: 'editor', organizationId: organization }]);

let addresses = 0;
const newAddress = () => `api.kutsu.${++addresses}@perhekeskus.example`;

const eventsOf = (action: string, outcome?: string) => {
  let q = database.db
    .selectFrom('audit_event')
    .select(['outcome', 'organization_id', 'target_type', 'actor_person_id', 'detail'])
    .where('action', '=', action);
  if (outcome) q = q.where('outcome', '=', outcome as 'success');
  return q.orderBy('id').execute();
};

const membershipOf = (personId: string, organization: string) => membershipIdOf(database.db, personId, organization);

function expectProblem(response: { status: number; headers: Headers; text: string }, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toContain('application/problem+json');
  const problem = JSON.parse(response.text) as { status: number; errors?: { parameter: string }[] };
  expect(problem.status).toBe(status);
  return problem;
}

describe('POST /organizations/{id}/invitations', () => {
  it('mails the invitation through the outbox, on record, and never answers with the link', async () => {
    const admin = await adminOf(mllMikkeli);
    const email = newAddress();
    const res = await admin.send('POST', invitations(mllMikkeli), { email: ` ${email.toUpperCase()} `, name: 'Aino Api', role: 'editor' });
    expect(res.status).toBe(201);
    expect(JSON.parse(res.text)).toEqual({ email });

    const outbox = await database.db.selectFrom('outbox').select(['purpose', 'text_body']).where('recipient', '=', email).execute();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]!.purpose).toBe('identity.invitation');
    const token = new URL(/https?:\/\/\S+/.exec(outbox[0]!.text_body!)![0]).searchParams.get('token')!;
    expect(token.length).toBeGreaterThan(20);
    expect(res.text).not.toContain(token);
    expect((await eventsOf('Member.INVITE')).at(-1)).toMatchObject({
      outcome: 'success',
      organization_id: mllMikkeli,
      actor_person_id: admin.personId,
      detail: { role: 'editor', newPerson: true },
    });

    // Pending in the member list, which is itself a recorded read.
    const list = JSON.parse((await admin.browser.get(`/api/v1/organizations/${mllMikkeli}/members`)).text) as {
      invitations: { email: string; role: string; expiresAt: string }[];
      permittedActions: string[];
    };
    expect(list.invitations).toContainEqual(expect.objectContaining({ email, role: 'editor' }));
    expect(list.permittedActions).toEqual(expect.arrayContaining(['Member.INVITE', 'Member.REMOVE']));
  });

  it('refuses without a session or the CSRF token (403) and anyone outside the rule (403, on record)', async () => {
    const body = JSON.stringify({ email: newAddress(), name: 'Ei Kukaan', role: 'editor' });
    const anonymous = await new Browser(t.app).request(invitations(mllMikkeli), {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://localhost', 'sec-fetch-site': 'same-origin' },
      body,
    });
    // No session, so no token to send: the CSRF check refuses it before anything else runs.
    expectProblem(anonymous, 403);

    const admin = await adminOf(mllMikkeli);
    const noToken = await admin.browser.request(invitations(mllMikkeli), {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://localhost', 'sec-fetch-site': 'same-origin' },
      body,
    });
    expectProblem(noToken, 403);

    const deniedBefore = (await eventsOf('Member.INVITE', 'denied')).length;
    const editor = await editorOf(mllMikkeli);
    expectProblem(await editor.send('POST', invitations(mllMikkeli), JSON.parse(body)), 403);
    const otherAdmin = await adminOf(parishMikkeli);
    expectProblem(await otherAdmin.send('POST', invitations(mllMikkeli), JSON.parse(body)), 403);
    const denied = (await eventsOf('Member.INVITE', 'denied')).slice(deniedBefore);
    expect(denied.map((e) => e.actor_person_id)).toEqual([editor.personId, otherAdmin.personId]);
    expect(await database.db.selectFrom('outbox').select('id').where('recipient', '=', JSON.parse(body).email).execute()).toEqual([]);
  });

  it('answers bad input with 400 and the fields, an unknown organisation with 404, a role held already with 409', async () => {
    const admin = await adminOf(mllMikkeli);
    const badEmail = expectProblem(
      await admin.send('POST', invitations(mllMikkeli), { email: 'ei-osoite', name: 'X', role: 'editor' }),
      400,
    );
    expect(badEmail.errors!.map((e) => e.parameter)).toContain('email');
    const badRole = expectProblem(
      await admin.send('POST', invitations(mllMikkeli), { email: newAddress(), name: 'X', role: 'platformAdmin' }),
      400,
    );
    expect(badRole.errors!.map((e) => e.parameter)).toContain('role');
    expectProblem(await admin.send('POST', invitations(mllMikkeli), { email: newAddress(), name: '', role: 'editor' }), 400);
    expectProblem(await admin.send('POST', invitations(mllMikkeli)), 400);
    expectProblem(await admin.send('POST', invitations('not-an-id'), { email: newAddress(), name: 'X', role: 'editor' }), 400);
    expectProblem(
      await admin.send('POST', invitations('00000000-0000-4000-8000-000000000000'), { email: newAddress(), name: 'X', role: 'editor' }),
      404,
    );

    const editor = await editorOf(mllMikkeli);
    const email = (await database.db.selectFrom('person').select('email').where('id', '=', editor.personId).executeTakeFirstOrThrow())
      .email;
    expectProblem(await admin.send('POST', invitations(mllMikkeli), { email, name: 'X', role: 'editor' }), 409);
    // Text is stored as text: what the mail says is not markup the API interprets.
    const html = newAddress();
    expect((await admin.send('POST', invitations(mllMikkeli), { email: html, name: '<b>Nimi</b>', role: 'professional' })).status).toBe(
      201,
    );
    const person = await database.db.selectFrom('person').select('name').where('email', '=', html).executeTakeFirstOrThrow();
    expect(person.name).toBe('<b>Nimi</b>');
  });
});

describe('DELETE /organizations/{id}/members/{membershipId}', () => {
  it('ends the membership and the person’s sessions, on record', async () => {
    const admin = await adminOf(mllMikkeli);
    const editor = await editorOf(mllMikkeli);
    const id = await membershipOf(editor.personId, mllMikkeli);
    const res = await admin.send('DELETE', member(mllMikkeli, id));
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toEqual({ sessionsEnded: 1 });
    expect(await database.db.selectFrom('membership').select('id').where('id', '=', id).execute()).toEqual([]);
    expect((await editor.browser.get('/api/v1/session')).status).toBe(401);
    expect((await eventsOf('Member.REMOVE')).at(-1)).toMatchObject({
      outcome: 'success',
      organization_id: mllMikkeli,
      target_type: 'membership',
      actor_person_id: admin.personId,
      detail: { role: 'editor', sessionsEnded: 1 },
    });
    // Gone is gone: a second removal finds nothing.
    expectProblem(await admin.send('DELETE', member(mllMikkeli, id)), 404);
  });

  it('refuses editors, other organisations and oneself; a guessed membership of another organisation is not found', async () => {
    const admin = await adminOf(mllMikkeli);
    const editor = await editorOf(mllMikkeli);
    const target = await membershipOf(editor.personId, mllMikkeli);
    const deniedBefore = (await eventsOf('Member.REMOVE', 'denied')).length;
    expectProblem(await editor.send('DELETE', member(mllMikkeli, target)), 403);
    const otherAdmin = await adminOf(parishMikkeli);
    expectProblem(await otherAdmin.send('DELETE', member(mllMikkeli, target)), 403);
    expect((await eventsOf('Member.REMOVE', 'denied')).length - deniedBefore).toBe(2);

    const self = await membershipOf(admin.personId, mllMikkeli);
    expectProblem(await admin.send('DELETE', member(mllMikkeli, self)), 409);
    const parishEditor = await editorOf(parishMikkeli);
    const elsewhere = await membershipOf(parishEditor.personId, parishMikkeli);
    expectProblem(await admin.send('DELETE', member(mllMikkeli, elsewhere)), 404);
    expectProblem(await admin.send('DELETE', member(mllMikkeli, 'not-an-id')), 400);

    // Nothing of that removed anything.
    expect((await editor.browser.get('/api/v1/session')).status).toBe(200);
    expect((await parishEditor.browser.get('/api/v1/session')).status).toBe(200);
    const anonymous = await new Browser(t.app).request(member(mllMikkeli, target), {
      method: 'DELETE',
      headers: { origin: 'http://localhost', 'sec-fetch-site': 'same-origin' },
    });
    expectProblem(anonymous, 403);
  });
});

describe('the staff OpenAPI document', () => {
  it('describes inviting and removing members', async () => {
    const admin = await adminOf(mllMikkeli);
    const doc = JSON.parse((await admin.browser.get('/api/v1/staff-openapi.json')).text) as {
      paths: Record<string, Record<string, unknown>>;
    };
    expect(Object.keys(doc.paths['/organizations/{id}/invitations'] ?? {})).toEqual(['post']);
    expect(Object.keys(doc.paths['/organizations/{id}/members/{membershipId}'] ?? {})).toEqual(['delete']);
    expect(Object.keys(doc.paths['/organizations/{id}/members'] ?? {})).toEqual(['get']);
  });
});
