import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceId } from '../modules/catalog/network/network-loader.ts';
import { fixedClock } from '../platform/clock.ts';
import { openDatabase, type DatabaseHandle } from '../platform/db/database.ts';
import { mllMikkeli, staffBrowser } from '../../tests/support/contact-fixtures.ts';
import { demoMllOrganization, organizationId } from '../modules/catalog/index.ts';
import { adminQuery } from '../../tests/support/postgres-admin.ts';
import { createTestApp, DEFAULT_TEST_TIME } from '../../tests/support/test-app.ts';
import { postgresUrl, templateDatabase, withDatabase } from '../../tests/support/test-env.ts';
import type { TestTables } from '../../tests/support/test-tables.ts';

/*
 * Two instances on one PostgreSQL, as docs/scaling.md runs them behind a load balancer, each with
 * its own pool, reference caches and response cache; instance B reads the tray through a read pool
 * of its own (DATABASE_READ_URL, here the same database). An edit saved through instance A is
 * what instance B serves on its very next request: no cache of B keeps the old answer.
 */

const name = `perhekeskus_test_${randomBytes(6).toString('hex')}`;
const clock = fixedClock(DEFAULT_TEST_TIME);
const perhekahvila = serviceId('mll-perhekahvila-mikkeli');
let a: DatabaseHandle<TestTables>;
let b: DatabaseHandle<TestTables>;
let bReads: DatabaseHandle<TestTables>;
let appA: Awaited<ReturnType<typeof createTestApp>>;
let appB: Awaited<ReturnType<typeof createTestApp>>;

beforeAll(async () => {
  await adminQuery(`create database ${name} template ${templateDatabase('demo')}`);
  const url = withDatabase(postgresUrl!, name);
  a = await openDatabase<TestTables>({ kind: 'postgres', url, poolSize: 4 });
  b = await openDatabase<TestTables>({ kind: 'postgres', url, poolSize: 4 });
  bReads = await openDatabase<TestTables>({ kind: 'postgres', url, poolSize: 4 });
  appA = await createTestApp(a, { clock, pages: true });
  appB = await createTestApp(b, { clock, pages: true, readDatabase: bReads });
});
afterAll(async () => {
  await appA?.close();
  await appB?.close();
  for (const handle of [a, b, bReads]) await handle?.close();
  await adminQuery(`drop database if exists ${name} with (force)`);
});

const mllOrganizationOf = (town: string) => organizationId(demoMllOrganization(town));
const versionOf = async (id: string) =>
  (await sql<{ version: number }>`select version from service where id = ${id}`.execute(a.db)).rows[0]!.version;

describe('two instances on one PostgreSQL', () => {
  it('serve on instance B, at once, a service edit saved through instance A', async () => {
    const page = `/fi/services/${perhekahvila}`;
    const list = '/api/v1/services?q=perhekahvila&municipality=491&lang=fi';
    const search = '/fi/search?q=perhekahvila&municipality=491';
    // B has answered each once and keeps the answers.
    for (const path of [page, list, search]) {
      expect((await appB.get(path)).status, path).toBe(200);
      expect((await appB.get(path)).headers.get('x-response-cache'), path).toBe('hit');
    }
    const listed = (await (await appB.get(list)).json()) as { items: { id: string; status: string }[] };
    expect(listed.items.find((s) => s.id === perhekahvila)?.status).toBe('active');
    expect(await (await appB.get(search)).text()).not.toContain('Tilapäisesti suljettu');

    const editor = await staffBrowser(appA.app, a, clock.now(), [{ role: 'editor', organizationId: mllMikkeli }]);
    const saved = await editor.send('PUT', `/api/v1/staff/services/${perhekahvila}/status`, {
      version: await versionOf(perhekahvila),
      status: 'temporarilyClosed',
      statusNote: { fi: 'Tauolla remontin ajan', sv: 'Paus under renoveringen', en: 'Paused during the renovation' },
    });
    expect(saved.status).toBe(200);

    const pageAfter = await appB.get(page);
    expect(pageAfter.headers.get('x-response-cache')).toBe('miss');
    expect(await pageAfter.text()).toContain('Tauolla remontin ajan');
    const listAfter = (await (await appB.get(list)).json()) as { items: { id: string; status: string }[] };
    expect(listAfter.items.find((s) => s.id === perhekahvila)?.status).toBe('temporarilyClosed');
    // The result card says it is closed (the note is on the service page).
    expect(await (await appB.get(search)).text()).toContain('Tilapäisesti suljettu');
  });

  it('read the tray from the read pool and write through the primary', async () => {
    // A replica that has not replayed anything yet: its own copy of the demo data.
    const replicaName = `${name}_replica`;
    await adminQuery(`create database ${replicaName} template ${templateDatabase('demo')}`);
    const replica = await openDatabase<TestTables>({ kind: 'postgres', url: withDatabase(postgresUrl!, replicaName), poolSize: 2 });
    const primary = await openDatabase<TestTables>({ kind: 'postgres', url: withDatabase(postgresUrl!, name), poolSize: 2 });
    const appC = await createTestApp(primary, { clock, readDatabase: replica });
    try {
      const closed = serviceId('mll-perhekahvila-savonlinna');
      const editor = await staffBrowser(appC.app, primary, clock.now(), [
        { role: 'editor', organizationId: mllOrganizationOf('savonlinna') },
      ]);
      const saved = await editor.send('PUT', `/api/v1/staff/services/${closed}/status`, {
        version: await versionOf(closed),
        status: 'temporarilyClosed',
        statusNote: { fi: 'Kesätauko', sv: 'Sommarpaus', en: 'Summer break' },
      });
      expect(saved.status).toBe(200);
      const onPrimary = await sql<{ status: string }>`select status from service where id = ${closed}`.execute(a.db);
      expect(onPrimary.rows[0]!.status).toBe('temporarilyClosed');
      // The family side reads the replica, which has not seen the edit yet.
      const listed = (await (await appC.get('/api/v1/services?q=perhekahvila&municipality=740&lang=fi')).json()) as {
        items: { id: string; status: string }[];
      };
      expect(listed.items.find((s) => s.id === closed)?.status).toBe('active');
    } finally {
      await appC.close();
      await primary.close();
      await replica.close();
      await adminQuery(`drop database if exists ${replicaName} with (force)`);
    }
  });
});
