import { sql } from 'kysely';
import type { ReadTx, WriteTx } from '../catalog.tables.ts';

/** Empties the whole service network and the search vocabulary derived from it; keeps the taxonomy. */
export async function truncateCatalog(tx: WriteTx): Promise<void> {
  await sql`truncate region, municipality, organization, place, family_centre_area, service, service_area,
    service_category, service_method, service_contact, service_at_place, opening_hours, opening_hours_exception,
    search_vocabulary cascade`.execute(tx);
}

/** How many of the given regions exist: tells whether a dataset has already been loaded. */
export async function countRegionsById(tx: ReadTx, ids: string[]): Promise<number> {
  if (!ids.length) return 0;
  const row = await tx
    .selectFrom('region')
    .where('id', 'in', ids)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The catalog tables, in load order, for row-count reports. */
export const CATALOG_TABLES = [
  'category',
  'method',
  'life_situation',
  'search_synonym',
  'region',
  'municipality',
  'organization',
  'place',
  'family_centre_area',
  'service',
  'service_area',
  'service_category',
  'service_method',
  'service_contact',
  'service_at_place',
  'opening_hours',
  'opening_hours_exception',
  'search_vocabulary',
] as const;

/** Row counts of the catalog tables, for load reports. */
export async function catalogRowCounts(tx: ReadTx): Promise<Record<(typeof CATALOG_TABLES)[number], number>> {
  const parts = CATALOG_TABLES.map((t) => sql`select ${t}::text as table_name, count(*)::int as n from ${sql.table(t)}`);
  const result = await sql<{ table_name: string; n: number }>`${sql.join(parts, sql` union all `)}`.execute(tx);
  const counts = Object.fromEntries(result.rows.map((r) => [r.table_name, Number(r.n)]));
  return Object.fromEntries(CATALOG_TABLES.map((t) => [t, counts[t] ?? 0])) as Record<(typeof CATALOG_TABLES)[number], number>;
}

/** Services whose search document matches a Finnish tsquery such as 'neuvola:*': a load smoke test. */
export async function countServicesMatching(tx: ReadTx, tsquery: string): Promise<number> {
  const result = await sql<{ n: number }>`
    select count(*)::int as n from service where search_document @@ to_tsquery('finnish', ${tsquery})`.execute(tx);
  return Number(result.rows[0]?.n ?? 0);
}
