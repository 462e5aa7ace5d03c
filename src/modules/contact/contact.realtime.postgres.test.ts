import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../platform/clock.ts';
import { openDatabase, type DatabaseHandle } from '../../platform/db/database.ts';
import { advisorOf, familyRequest, mllMikkeli, parishMikkeli, staffBrowser } from '../../../tests/support/contact-fixtures.ts';
import { readEvents } from '../../../tests/support/event-stream.ts';
import { adminQuery } from '../../../tests/support/postgres-admin.ts';
import { createTestApp, DEFAULT_TEST_TIME } from '../../../tests/support/test-app.ts';
import { postgresUrl, templateDatabase, withDatabase } from '../../../tests/support/test-env.ts';
import type { TestTables } from '../../../tests/support/test-tables.ts';

/*
 * Two server instances on one PostgreSQL database, as a deployment behind a load balancer runs
 * them: the family's stream is open on instance A, the advisor writes through instance B, and
 * the message crosses over through LISTEN/NOTIFY. And two advisors claiming at once on two
 * instances (two real connections, real row locks): exactly one wins.
 */

const name = `perhekeskus_test_${randomBytes(6).toString('hex')}`;
const clock = fixedClock(DEFAULT_TEST_TIME);
let a: DatabaseHandle<TestTables>;
let b: DatabaseHandle<TestTables>;
let appA: Awaited<ReturnType<typeof createTestApp>>;
let appB: Awaited<ReturnType<typeof createTestApp>>;
const env = { CONTACT_REQUEST_RATE_LIMIT: '0', CONTACT_MESSAGE_RATE_LIMIT: '0' };

beforeAll(async () => {
  await adminQuery(`create database ${name} template ${templateDatabase('demo')}`);
  const url = withDatabase(postgresUrl!, name);
  a = await openDatabase<TestTables>({ kind: 'postgres', url, poolSize: 4 });
  b = await openDatabase<TestTables>({ kind: 'postgres', url, poolSize: 4 });
  appA = await createTestApp(a, { clock, env });
  appB = await createTestApp(b, { clock, env });
});
afterAll(async () => {
  await appA?.close();
  await appB?.close();
  await a?.close();
  await b?.close();
  await adminQuery(`drop database if exists ${name} with (force)`);
});

describe('two instances on one PostgreSQL', () => {
  it('fan out a message written on one instance to a stream open on the other', async () => {
    const advisor = await staffBrowser(appB.app, b, clock.now(), advisorOf(mllMikkeli));
    const created = await familyRequest(appA.app);
    const id = (await sql<{ id: string }>`select id from contact_request where reference = ${created.reference}`.execute(a.db)).rows[0]!.id;
    const stream = await appA.app.request(`/api/v1/contact-requests/follow/events?token=${created.token}`);
    const events = readEvents(stream);
    await events.next('ready');
    expect((await advisor.send('POST', `/api/v1/contact/requests/${id}/claim`)).status).toBe(204);
    expect(await events.next('status')).toMatchObject({ requestId: id });
    expect((await advisor.send('POST', `/api/v1/contact/requests/${id}/messages`, { message: 'Svar från instans B' })).status).toBe(201);
    expect(await events.next('message')).toMatchObject({ message: { author: 'advisor', body: 'Svar från instans B' } });
    events.close();
  });

  it('let exactly one of two advisors on two instances claim a request', async () => {
    const [first, second] = await Promise.all([
      staffBrowser(appA.app, a, clock.now(), advisorOf(mllMikkeli)),
      staffBrowser(appB.app, b, clock.now(), advisorOf(parishMikkeli)),
    ]);
    for (let round = 0; round < 5; round++) {
      const created = await familyRequest(appA.app);
      const id = (await sql<{ id: string }>`select id from contact_request where reference = ${created.reference}`.execute(a.db)).rows[0]!
        .id;
      const results = await Promise.all([
        first.send('POST', `/api/v1/contact/requests/${id}/claim`),
        second.send('POST', `/api/v1/contact/requests/${id}/claim`),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([204, 409]);
    }
  });
});
