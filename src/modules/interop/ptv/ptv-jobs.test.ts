import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEFAULT_TEST_TIME } from '../../../../tests/support/test-app.ts';
import { openTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.ts';
import { systemActor } from '../../../platform/actor.ts';
import { fixedClock } from '../../../platform/clock.ts';
import { ConfigError } from '../../../platform/config.ts';
import { write } from '../../../platform/db/transactions.ts';
import { loadPtvJobsConfig } from '../interop.config.ts';
import { PTV_JOB_NAMES } from './ptv-jobs.ts';

/*
 * The PTV jobs on the queue: off without PTV_API_URL; with it, the weekly full read and the daily
 * changes run against a PTV v11 stand-in serving the fixtures, each leaving an import run.
 */

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), 'utf8');
const servicePage = JSON.parse(fixture('service-pages-area-491.json'));
const requests: string[] = [];
let ptv: Server;
let baseUrl: string;
let database: TestDatabase;

beforeAll(async () => {
  ptv = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://ptv');
    requests.push(`${url.pathname}${url.search}`);
    const answer = url.pathname.endsWith('/Service/list/area/Municipality/code/491')
      ? fixture('service-pages-area-491.json')
      : url.pathname.endsWith('/ServiceChannel/list')
        ? fixture('service-channels.json')
        : url.pathname.endsWith('/Organization/list')
          ? fixture('organizations.json')
          : url.pathname.endsWith('/Service/list')
            ? JSON.stringify(servicePage.itemList.filter((s: { id: string }) => url.searchParams.get('guids')!.split(',').includes(s.id)))
            : url.pathname.endsWith('/Service')
              ? fixture('changed-services-guid-page.json')
              : null;
    res.writeHead(answer ? 200 : 404, { 'content-type': 'application/json' }).end(answer ?? '{"message":"not found"}');
  });
  await new Promise<void>((resolve) => ptv.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(ptv.address() as AddressInfo).port}/api/v11`;
  database = await openTestDatabase('empty');
});
afterAll(async () => {
  await database?.close();
  await new Promise((resolve) => ptv?.close(resolve));
});

const ptvJobsOf = (t: Awaited<ReturnType<typeof createTestApp>>) =>
  t.modules.flatMap((m) => m.instance.jobs ?? []).filter((j) => j.name.startsWith('ptv-'));

describe('the PTV jobs', () => {
  it('are not on the queue without a PTV API address, and a bad setting stops the start', async () => {
    const t = await createTestApp(database);
    expect(ptvJobsOf(t)).toEqual([]);
    await t.close();
    expect(() => loadPtvJobsConfig({ PTV_API_URL: 'ftp://ptv' })).toThrow(ConfigError);
    expect(() => loadPtvJobsConfig({ PTV_API_URL: baseUrl, PTV_MUNICIPALITIES: '491,Tampere' })).toThrow(/PTV_MUNICIPALITIES/);
    expect(loadPtvJobsConfig({ PTV_API_URL: baseUrl, PTV_FULL_SCHEDULE: 'off' })?.fullSchedule).toBeNull();
  });

  it('read everything weekly and the changes nightly, on the schedules in Helsinki time', async () => {
    const clock = fixedClock(DEFAULT_TEST_TIME);
    const t = await createTestApp(database, { clock, env: { PTV_API_URL: baseUrl, PTV_MUNICIPALITIES: '491' } });
    try {
      // The fixture databases know the queues of a deployment without PTV: these two are new here.
      await t.jobs.prepare();
      expect(ptvJobsOf(t).map((j) => [j.name, j.schedule])).toEqual([
        [PTV_JOB_NAMES.changes, '20 4 * * *'],
        [PTV_JOB_NAMES.full, '20 3 * * 0'],
      ]);
      const runJob = async (name: string) => {
        await write(database.db, systemActor('test'), (tx) => t.jobs.enqueue(tx, name, {}), { unaudited: 'a test enqueues a job' });
        expect(await t.jobs.runDue(name)).toBe(1);
      };
      await runJob(PTV_JOB_NAMES.full);
      expect(requests.some((r) => r.includes('/Service/list/area/Municipality/code/491'))).toBe(true);
      const services = await database.db.selectFrom('service').select('id').execute();
      expect(services.length).toBeGreaterThan(0);

      requests.length = 0;
      clock.set(new Date(clock.now().getTime() + 24 * 3600_000));
      await runJob(PTV_JOB_NAMES.changes);
      // Changes since an hour before the full run, in PTV's UTC format.
      const since = new Date(clock.now().getTime() - 25 * 3600_000).toISOString().slice(0, 19);
      expect(requests[0]).toBe(`/api/v11/Service?date=${since}&page=1`);
      const runs = await database.db.selectFrom('import_run').select(['source', 'mode', 'dry_run']).orderBy('started_at').execute();
      expect(runs).toEqual([
        { source: 'ptv', mode: 'full', dry_run: false },
        { source: 'ptv', mode: 'changes', dry_run: false },
      ]);
    } finally {
      await t.close();
    }
  });
});
