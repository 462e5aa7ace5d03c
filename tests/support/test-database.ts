import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { openDatabase, openPglite, pgliteExtensions, type DatabaseHandle } from '../../src/platform/db/database.ts';
import { adminQuery } from './postgres-admin.ts';
import { postgresUrl, snapshotFile, templateDatabase, withDatabase, type Fixture } from './test-env.ts';
import type { TestTables } from './test-tables.ts';

/**
 * A database of its own for one test file: migrated, and with the Etelä-Savo demo region when the
 * fixture is 'demo'. PGlite by default; PostgreSQL when TEST_DATABASE_URL is set.
 */
/** A test file's own database, typed with every module's tables. */
export type TestDatabase = DatabaseHandle<TestTables>;

export async function openTestDatabase(fixture: Fixture = 'empty'): Promise<DatabaseHandle<TestTables>> {
  if (postgresUrl) {
    const name = `perhekeskus_test_${randomBytes(6).toString('hex')}`;
    await adminQuery(`create database ${name} template ${templateDatabase(fixture)}`);
    const handle = await openDatabase<TestTables>({ kind: 'postgres', url: withDatabase(postgresUrl, name), poolSize: 4 });
    return {
      ...handle,
      async close() {
        await handle.close();
        await adminQuery(`drop database if exists ${name} with (force)`);
      },
    };
  }
  const snapshot = await readFile(snapshotFile(fixture));
  const lite = await PGlite.create({ loadDataDir: new Blob([snapshot]), extensions: pgliteExtensions });
  return openPglite<TestTables>(lite);
}
