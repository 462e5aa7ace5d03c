import { sql, type Insertable, type Kysely } from 'kysely';
import type { CatalogDb, ReadTx, WriteTx } from '../catalog.tables.ts';
import { refreshBaseForms } from '../search/base-forms.queries.ts';
import { finnishMorphology } from '../search/morphology.ts';

type Rows<T extends keyof CatalogDb> = Insertable<CatalogDb[T]>[];

/** Rows per INSERT: well under PostgreSQL's 65 535 bind parameters for the widest table. */
const CHUNK = 400;

export async function insertRows<T extends keyof CatalogDb>(tx: WriteTx, table: T, rows: Rows<T>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    // Kysely's generic insert typing cannot follow a table chosen at run time.
    await tx
      .insertInto(table)
      .values(rows.slice(i, i + CHUNK) as never)
      .execute();
  }
}

export async function upsertReferenceRows(
  tx: WriteTx,
  rows: {
    categories: Rows<'category'>;
    methods: Rows<'method'>;
    concepts: Rows<'search_concept'>;
    synonyms: Rows<'search_synonym'>;
    lifeSituations: Rows<'life_situation'>;
  },
): Promise<void> {
  // Parents before children: the taxonomy references itself.
  for (const row of rows.categories) {
    await tx
      .insertInto('category')
      .values(row)
      .onConflict((oc) =>
        oc.column('code').doUpdateSet((eb) => ({
          parent_code: eb.ref('excluded.parent_code'),
          name: eb.ref('excluded.name'),
          description: eb.ref('excluded.description'),
          position: eb.ref('excluded.position'),
        })),
      )
      .execute();
  }
  if (rows.methods.length)
    await tx
      .insertInto('method')
      .values(rows.methods)
      .onConflict((oc) =>
        oc.column('code').doUpdateSet((eb) => ({
          name: eb.ref('excluded.name'),
          description: eb.ref('excluded.description'),
          website: eb.ref('excluded.website'),
        })),
      )
      .execute();
  if (rows.concepts.length)
    await tx
      .insertInto('search_concept')
      .values(rows.concepts)
      .onConflict((oc) =>
        oc.column('code').doUpdateSet((eb) => ({ name: eb.ref('excluded.name'), category_codes: eb.ref('excluded.category_codes') })),
      )
      .execute();
  if (rows.synonyms.length)
    await tx
      .insertInto('search_synonym')
      .values(rows.synonyms)
      .onConflict((oc) =>
        oc.columns(['lang', 'term']).doUpdateSet((eb) => ({
          expansions: eb.ref('excluded.expansions'),
          concept_code: eb.ref('excluded.concept_code'),
        })),
      )
      .execute();
  if (rows.lifeSituations.length)
    await tx
      .insertInto('life_situation')
      .values(rows.lifeSituations)
      .onConflict((oc) =>
        oc.column('code').doUpdateSet((eb) => ({
          name: eb.ref('excluded.name'),
          description: eb.ref('excluded.description'),
          category_codes: eb.ref('excluded.category_codes'),
          target_group: eb.ref('excluded.target_group'),
          position: eb.ref('excluded.position'),
        })),
      )
      .execute();
}

export async function refreshServiceSearch(tx: WriteTx, serviceIds: string[] | null): Promise<void> {
  await sql`select refresh_service_search(${serviceIds}::uuid[])`.execute(tx);
  await refreshBaseForms(tx, serviceIds, finnishMorphology());
}

/**
 * After a bulk load: deriving the search columns rewrote every service row, so half the table is
 * dead rows until vacuumed; and the planner needs fresh statistics. Not inside a transaction.
 */
export async function analyzeCatalog(db: Kysely<CatalogDb>): Promise<void> {
  await sql`vacuum (analyze) service, service_area, service_category, service_at_place, place, opening_hours, search_vocabulary`.execute(
    db,
  );
  await sql`analyze`.execute(db);
}

export async function countRegions(tx: ReadTx): Promise<number> {
  const row = await tx
    .selectFrom('region')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function regionExists(tx: ReadTx, id: string): Promise<boolean> {
  return (await tx.selectFrom('region').where('id', '=', id).select('id').executeTakeFirst()) !== undefined;
}
