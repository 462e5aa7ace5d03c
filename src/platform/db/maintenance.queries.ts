import { sql, type Kysely } from 'kysely';

/**
 * Empties every table but the migration runner's own: the e2e reset, which then loads the demo
 * again. Never reachable in a deployment (see src/server/test-hooks.ts).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- all tables, by name from the catalog of the database
export async function truncateAllTables(db: Kysely<any>): Promise<string[]> {
  const tables = await sql<{ name: string }>`
    select tablename as name from pg_tables where schemaname = current_schema() and tablename <> 'schema_migration'
    order by tablename`.execute(db);
  const names = tables.rows.map((t) => t.name);
  if (names.length) await sql`truncate ${sql.join(names.map((n) => sql.table(n)))} restart identity cascade`.execute(db);
  return names;
}
