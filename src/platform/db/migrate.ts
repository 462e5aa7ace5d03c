import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { Db } from './database.ts';

export const migrationsDirectory = fileURLToPath(new URL('../../../migrations/', import.meta.url));

const MIGRATION_LOCK = 727_274_001;

/** Applies the plain SQL files in migrations/ in name order, each in its own transaction. */
export async function migrate(db: Db, directory = migrationsDirectory): Promise<string[]> {
  const files = (await readdir(directory)).filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f)).sort();
  const applied: string[] = [];
  await db.connection().execute(async (conn) => {
    // Several instances may start at once against one PostgreSQL: one migrates, the others wait.
    await sql`select pg_advisory_lock(${MIGRATION_LOCK})`.execute(conn);
    try {
      await sql`create table if not exists schema_migration (
        version text primary key,
        applied_at timestamptz not null default now()
      )`.execute(conn);
      const done = new Set(
        (await sql<{ version: string }>`select version from schema_migration`.execute(conn)).rows.map((r) => r.version),
      );
      for (const file of files) {
        if (done.has(file)) continue;
        const text = await readFile(new URL(file, `file://${directory.endsWith('/') ? directory : directory + '/'}`), 'utf8');
        await conn.transaction().execute(async (tx) => {
          await sql.raw(text).execute(tx);
          await sql`insert into schema_migration (version) values (${file})`.execute(tx);
        });
        applied.push(file);
      }
    } finally {
      await sql`select pg_advisory_unlock(${MIGRATION_LOCK})`.execute(conn);
    }
  });
  return applied;
}
