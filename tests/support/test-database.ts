import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { openDatabase, openPglite, pgliteExtensions, type DatabaseHandle } from '../../src/platform/db/database.ts';
import { adminQuery } from './postgres-admin.ts';
import { postgresUrl, snapshotFile, templateDatabase, withDatabase, type Fixture } from './test-env.ts';

/**
 * A database of its own for one test file: migrated, and with the Etelä-Savo demo region when the
 * fixture is 'demo'. PGlite by default; PostgreSQL when TEST_DATABASE_URL is set.
 */
export async function openTestDatabase(fixture: Fixture = 'empty'): Promise<DatabaseHandle> {
  if (postgresUrl) {
    const name = `perhekeskus_test_${randomBytes(6).toString('hex')}`;
    await adminQuery(`create database ${name} template ${templateDatabase(fixture)}`);
    const handle = await openDatabase({ kind: 'postgres', url: withDatabase(postgresUrl, name), poolSize: 4 });
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
  return openPglite(lite);
}

