import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { TestProject } from 'vitest/node';
import { openDatabase, openPglite, pgliteExtensions, type DatabaseHandle } from '../../src/platform/db/database.ts';
import { migrate } from '../../src/platform/db/migrate.ts';
import { createLogger } from '../../src/platform/logger.ts';
import { prepareData } from '../../src/server/demo-data.ts';
import { buildModules, jobDefinitions } from '../../src/server/modules.ts';
import { testModuleDeps } from './test-services.ts';
import { testClock } from './test-clock.ts';
import { precompileHsdsValidators } from './hsds-validators.ts';
import { adminQuery } from './postgres-admin.ts';
import {
  DEMO_HSDS_EXPORT_PATH,
  demoHsdsExportFile,
  postgresUrl,
  snapshotFile,
  templateDatabase,
  withDatabase,
  type Fixture,
} from './test-env.ts';
import { createTestApp } from './test-app.ts';

const FIXTURES: Fixture[] = ['empty', 'demo'];

/**
 * Builds each fixture database once per run: migrated with the shared taxonomy but no region
 * ('empty'), and with the Etelä-Savo demo region too ('demo'). Test files then copy them (a PostgreSQL template, or a PGlite data-directory snapshot),
 * which takes about a second instead of a migration and a seed each.
 */
export default async function setup(project: TestProject) {
  precompileHsdsValidators();
  const directory = await mkdtemp(join(tmpdir(), 'perhekeskus-test-'));
  const suffix = String(process.pid);
  project.provide('fixtureRun', { directory, suffix });
  const silent = createLogger('silent');
  const fill = async (handle: DatabaseHandle, fixture: Fixture) => {
    await migrate(handle.db);
    // Both carry the shared taxonomy; only 'demo' has the Etelä-Savo region.
    const clock = testClock();
    const deps = testModuleDeps(handle.db, clock, silent);
    const modules = buildModules(deps);
    // pg-boss's schema and every queue are part of the snapshot: tests enqueue without migrating.
    deps.jobs.register(jobDefinitions(modules, deps.outbox.jobs));
    await deps.jobs.prepare();
    await prepareData(
      handle,
      modules.map((m) => m.instance),
      { mode: fixture === 'demo' ? 'always' : 'never', clock, logger: silent },
    );
  };

  // After the fixture is saved: reading it changes nothing in the snapshot.
  const exportDemo = async (handle: DatabaseHandle) => {
    const app = await createTestApp(handle);
    try {
      const response = await app.get(DEMO_HSDS_EXPORT_PATH);
      if (response.status !== 200) throw new Error(`${DEMO_HSDS_EXPORT_PATH}: ${response.status}`);
      await writeFile(demoHsdsExportFile(directory), await response.text());
    } finally {
      await app.close();
    }
  };

  if (postgresUrl) {
    for (const fixture of FIXTURES) {
      const name = templateDatabase(fixture, suffix);
      await adminQuery(`drop database if exists ${name} with (force)`);
      await adminQuery(`create database ${name}`);
      const handle = await openDatabase({ kind: 'postgres', url: withDatabase(postgresUrl, name), poolSize: 2 });
      await fill(handle, fixture);
      if (fixture === 'demo') await exportDemo(handle);
      await handle.close();
    }
  } else {
    for (const fixture of FIXTURES) {
      const lite = await PGlite.create({ dataDir: 'memory://', extensions: pgliteExtensions });
      const handle = openPglite(lite);
      await fill(handle, fixture);
      const dump = await lite.dumpDataDir('none');
      await writeFile(snapshotFile(fixture, directory), Buffer.from(await dump.arrayBuffer()));
      if (fixture === 'demo') await exportDemo(handle);
      await handle.close();
    }
  }

  return async () => {
    await rm(directory, { recursive: true, force: true });
    if (postgresUrl)
      for (const fixture of FIXTURES) await adminQuery(`drop database if exists ${templateDatabase(fixture, suffix)} with (force)`);
  };
}
