import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../platform/config.ts';
import { createTestApp } from '../../tests/support/test-app.ts';
import { openTestDatabase, type TestDatabase } from '../../tests/support/test-database.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase('demo');
});
afterAll(() => database?.close());

const post = (t: Awaited<ReturnType<typeof createTestApp>>, path: string, body?: unknown) =>
  t.app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? null : JSON.stringify(body),
  });

describe('e2e test hooks', () => {
  it('are absent unless the configuration enables them, and can never be enabled on an https deployment', async () => {
    expect(loadConfig({}).testHooks).toBe(false);
    expect(loadConfig({ TEST_HOOKS: 'enabled' }).testHooks).toBe(true);
    expect(() => loadConfig({ TEST_HOOKS: 'enabled', PUBLIC_ORIGIN: 'https://perhekeskus.example' })).toThrow(ConfigError);

    const t = await createTestApp(database);
    for (const path of ['/__test/clock', '/__test/reset']) {
      const res = await post(t, path, { at: '2027-12-06T10:00:00+02:00' });
      expect(res.status, path).toBe(404);
    }
  });

  it('set the server clock, which then keeps running, and return it to the real time', async () => {
    const t = await createTestApp(database, { testHooks: true });
    const before = t.clock.now().getTime();
    const set = await post(t, '/__test/clock', { at: '2027-12-06T21:30:00+02:00' });
    expect(set.status).toBe(200);
    expect(((await set.json()) as { now: string }).now).toBe('2027-12-06T19:30:00.000Z');
    expect(t.clock.now().toISOString()).toBe('2027-12-06T19:30:00.000Z');
    await post(t, '/__test/clock', { system: true });
    expect(t.clock.now().getTime()).toBe(before);
    expect((await post(t, '/__test/clock', { at: 'tomorrow' })).status).toBe(400);
  });

  it('reset the data to the demo region', async () => {
    const t = await createTestApp(database, { testHooks: true });
    const count = async () =>
      Number(
        (
          await database.db
            .selectFrom('service')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const demoServices = await count();
    await database.db.deleteFrom('service_contact').execute();
    await database.db.deleteFrom('service').where('status', '=', 'active').execute();
    expect(await count()).toBeLessThan(demoServices);
    const res = await post(t, '/__test/reset');
    expect(res.status).toBe(200);
    expect(await count()).toBe(demoServices);
    const search = await t.getJson<{ total: number }>('/api/v1/services?q=neuvola&municipality=491');
    expect(search.body.total).toBeGreaterThan(0);
  });
});
