import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { advisorOf, coordinator, mllMikkeli, parishMikkeli, staffBrowser } from '../tests/support/contact-fixtures.ts';
import { helsinkiInstant } from '../src/modules/contact/index.ts';
import { createTestApp } from '../tests/support/test-app.ts';
import { addDays } from '../src/platform/helsinki-time.ts';
import { TEST_TODAY } from '../tests/support/test-clock.ts';
import { openTestDatabase, type TestDatabase } from '../tests/support/test-database.ts';
import { simulateDay, type DayDriver } from './contact-day.ts';

/*
 * A simulated day through the API with the clock moved step by step: the figures for leadership
 * must tell the same story as the simulation's own account of every request (how many, how many
 * answered, the median wait to the first answer and the share within the target, by channel and
 * by Helsinki hour), and every family is shown an answer time while advisors are on duty.
 */

let database: TestDatabase;
let t: Awaited<ReturnType<typeof createTestApp>>;
const TARGET = 15;

beforeAll(async () => {
  database = await openTestDatabase('demo');
  t = await createTestApp(database, {
    testHooks: true,
    env: {
      CONTACT_REQUEST_RATE_LIMIT: '0',
      CONTACT_MESSAGE_RATE_LIMIT: '0',
      CONTACT_TARGET_RESPONSE_MINUTES: String(TARGET),
      // The advisors keep one session through the whole day, quiet night hours included.
      SESSION_IDLE_MINUTES: '1440',
    },
  });
});
afterAll(async () => {
  await t?.close();
  await database?.close();
});

describe('a simulated day of contact requests', () => {
  it('gives figures that agree with what happened to every request', async () => {
    // Signed in an hour before the day starts, with the server's clock there too.
    const signedInAt = new Date(helsinkiInstant(TEST_TODAY, '00:00').getTime() - 3_600_000);
    await t.app.request('/__test/clock', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ at: signedInAt.toISOString() }),
    });
    const browser = (m: Parameters<typeof staffBrowser>[3]) => staffBrowser(t.app, database, signedInAt, m, 72);
    const [mll, parish, county] = await Promise.all([
      browser(advisorOf(mllMikkeli)),
      browser(advisorOf(parishMikkeli)),
      browser(advisorOf(parishMikkeli)),
    ]);
    const asClient = (s: typeof mll) => ({
      send: async (method: string, path: string, body?: unknown) => {
        const r = await (method === 'GET' ? s.browser.get(path) : s.send(method, path, body));
        return { status: r.status, text: r.text };
      },
    });
    const driver: DayDriver = {
      setClock: async (at) => {
        const r = await t.app.request('/__test/clock', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ at: at.toISOString() }),
        });
        expect(r.status).toBe(200);
      },
      family: {
        send: async (method, path, body) => {
          const r = await t.app.request(path, {
            method,
            headers: { 'content-type': 'application/json' },
            ...(body === undefined ? {} : { body: JSON.stringify(body) }),
          });
          return { status: r.status, text: await r.text() };
        },
      },
      advisors: [
        { name: 'MLL', languages: ['fi', 'en'], ...asClient(mll) },
        { name: 'Seurakunta', languages: ['fi', 'sv'], ...asClient(parish) },
        { name: 'Hyvinvointialue', languages: ['fi', 'sv'], ...asClient(county) },
      ],
      leadership: async () => asClient(await staffBrowser(t.app, database, helsinkiInstant(addDays(TEST_TODAY, 1), '00:00'), coordinator)),
    };
    const { requests, figures, summary } = await simulateDay(driver, { date: TEST_TODAY, requests: 24, seed: 7, targetMinutes: TARGET });

    expect(summary.requests).toBe(24);
    expect(summary.answered).toBe(24);
    expect(summary.closed).toBe(24);
    const sum = (rows: { requests: number }[]) => rows.reduce((n, r) => n + r.requests, 0);
    expect(sum(figures.byChannel)).toBe(24);
    expect(sum(figures.byHour)).toBe(24);
    expect(sum(figures.byTopic)).toBe(24);
    expect(figures.byChannel.reduce((n, r) => n + r.answeredWithinTarget, 0)).toBe(summary.answeredWithinTarget);
    for (const row of figures.byChannel) {
      const mine = requests.filter((r) => r.channel === row.key);
      expect(row.requests).toBe(mine.length);
      expect(row.answered).toBe(mine.length);
      const waits = mine.map((r) => (r.firstResponseAt!.getTime() - r.createdAt.getTime()) / 60_000).sort((a, b) => a - b);
      const mid = waits.length / 2;
      const median = waits.length % 2 ? waits[Math.floor(mid)]! : (waits[mid - 1]! + waits[mid]!) / 2;
      expect(row.medianFirstResponseMinutes).toBeCloseTo(median, 1);
    }
    for (const row of figures.byHour) {
      expect(row.requests).toBe(summary.byHour[Number(row.key)]!.requests);
    }
    // The demo roster is on duty round the clock: every family was told when to expect an answer.
    expect(requests.every((r) => r.shownBy !== null && r.shownBy > r.createdAt)).toBe(true);
  });
});
