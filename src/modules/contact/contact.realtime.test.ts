import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { fixedClock } from '../../platform/clock.ts';
import { advisorOf, familyRequest, mllMikkeli, staffBrowser } from '../../../tests/support/contact-fixtures.ts';
import { readEvents } from '../../../tests/support/event-stream.ts';
import { createTestApp, DEFAULT_TEST_TIME } from '../../../tests/support/test-app.ts';
import { openTestDatabase, type TestDatabase } from '../../../tests/support/test-database.ts';

/*
 * Live chat in one instance: the family's stream hears the advisor's reply and typing, the
 * advisor's stream the family's message, as Server-Sent Events through LISTEN/NOTIFY (PGlite's
 * in-process notifications, or PostgreSQL's with TEST_DATABASE_URL). The stream is never compressed.
 */

let database: TestDatabase;
let t: Awaited<ReturnType<typeof createTestApp>>;
const clock = fixedClock(DEFAULT_TEST_TIME);

beforeAll(async () => {
  database = await openTestDatabase('demo');
  t = await createTestApp(database, { clock, env: { CONTACT_REQUEST_RATE_LIMIT: '0', CONTACT_MESSAGE_RATE_LIMIT: '0' } });
});
afterAll(async () => {
  await t?.close();
  await database?.close();
});

describe('live chat', () => {
  it('delivers the advisor’s typing and reply to the family, and the family’s message to the advisor, uncompressed', async () => {
    const advisor = await staffBrowser(t.app, database, clock.now(), advisorOf(mllMikkeli));
    const created = await familyRequest(t.app);
    const id = (await sql<{ id: string }>`select id from contact_request where reference = ${created.reference}`.execute(database.db))
      .rows[0]!.id;
    expect((await advisor.send('POST', `/api/v1/contact/requests/${id}/claim`)).status).toBe(204);

    const family = await t.app.request(`/api/v1/contact-requests/follow/events?token=${created.token}`, {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(family.status).toBe(200);
    expect(family.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(family.headers.get('content-encoding')).toBeNull();
    const familyEvents = readEvents(family);
    await familyEvents.next('ready');

    const staff = await t.app.request(`/api/v1/contact/events?request=${id}`, {
      headers: { cookie: `perhekeskus-session=${advisor.browser.cookie('perhekeskus-session')}` },
    });
    expect(staff.status).toBe(200);
    const staffEvents = readEvents(staff);
    await staffEvents.next('ready');

    expect((await advisor.send('POST', `/api/v1/contact/requests/${id}/typing`)).status).toBe(204);
    expect(await familyEvents.next('typing')).toMatchObject({ who: 'advisor' });
    expect((await advisor.send('POST', `/api/v1/contact/requests/${id}/messages`, { message: 'Hej! Jag är här.' })).status).toBe(201);
    expect(await familyEvents.next('message')).toMatchObject({ message: { author: 'advisor', body: 'Hej! Jag är här.' } });
    expect(await staffEvents.next('message')).toMatchObject({ message: { author: 'advisor' } });
    const sent = await t.app.request(`/api/v1/contact-requests/follow/messages?token=${created.token}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ message: 'Tack! <script>alert(1)</script>' }),
    });
    expect(sent.status).toBe(201);
    expect(await staffEvents.next('message')).toMatchObject({ message: { author: 'family', body: 'Tack! <script>alert(1)</script>' } });
    familyEvents.close();
    staffEvents.close();
  });

  it('a changed token opens no stream', async () => {
    expect((await t.app.request('/api/v1/contact-requests/follow/events?token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')).status).toBe(
      404,
    );
  });
});
