import { sql, type Kysely } from 'kysely';

/**
 * Empties every table but the migration runner's own and the public data version (whose one
 * row the TRUNCATE bumps, so no cached page survives the reset): the e2e reset, which then loads
 * the demo again. Never reachable in a deployment (see src/server/test-hooks.ts). The audit log refuses
 * TRUNCATE unless the transaction says it empties everything.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- all tables, by name from the catalog of the database
export async function truncateAllTables(db: Kysely<any>): Promise<string[]> {
  return db.transaction().execute(async (tx) => {
    const tables = await sql<{ name: string }>`
      select tablename as name from pg_tables where schemaname = current_schema() and tablename not in ('schema_migration', 'public_data_version')
      order by tablename`.execute(tx);
    const names = tables.rows.map((t) => t.name);
    await sql`select set_config('perhekeskus.truncate_all', 'on', true)`.execute(tx);
    if (names.length) await sql`truncate ${sql.join(names.map((n) => sql.table(n)))} restart identity cascade`.execute(tx);
    return names;
  });
}
