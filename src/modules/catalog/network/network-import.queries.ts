import { refreshBaseForms } from '../search/base-forms.queries.ts';
import { finnishMorphology } from '../search/morphology.ts';
import { sql, type Insertable, type Selectable } from 'kysely';
import type { CatalogTables } from '../catalog.tables.ts';
import type { CatalogImportDb, ImportReadTx, ImportWriteTx } from './network-import.tables.ts';

/** All SQL of the import: reference lists, staging, provenance, the records' current state, writes. */

type Rows<T extends keyof CatalogImportDb> = Insertable<CatalogImportDb[T]>[];
type Row<T extends keyof CatalogImportDb> = Selectable<CatalogImportDb[T]>;
const CHUNK = 400;

export async function insertImportRows<T extends keyof CatalogImportDb>(tx: ImportWriteTx, table: T, rows: Rows<T>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await tx
      .insertInto(table)
      .values(rows.slice(i, i + CHUNK) as never)
      .execute();
  }
}

// ---- The national reference lists ----

export async function upsertReferenceLists(
  tx: ImportWriteTx,
  counties: Rows<'county_reference'>,
  municipalities: Rows<'municipality_reference'>,
): Promise<void> {
  await tx
    .insertInto('county_reference')
    .values(counties)
    .onConflict((oc) => oc.column('id').doUpdateSet((eb) => ({ code: eb.ref('excluded.code'), name: eb.ref('excluded.name') })))
    .execute();
  for (let i = 0; i < municipalities.length; i += CHUNK)
    await tx
      .insertInto('municipality_reference')
      .values(municipalities.slice(i, i + CHUNK))
      .onConflict((oc) =>
        oc.column('code').doUpdateSet((eb) => ({ county_id: eb.ref('excluded.county_id'), name: eb.ref('excluded.name') })),
      )
      .execute();
}

export function listCountyReference(tx: ImportReadTx) {
  return tx
    .selectFrom('county_reference as c')
    .leftJoin('region as r', 'r.id', 'c.id')
    .select(['c.id', 'c.code', 'c.name', 'r.name as network_name'])
    .orderBy('c.code')
    .execute();
}

export function listMunicipalityReference(tx: ImportReadTx) {
  return tx
    .selectFrom('municipality_reference as m')
    .fullJoin('municipality as n', 'n.code', 'm.code')
    .select([
      sql<string>`coalesce(m.code, n.code)`.as('code'),
      'm.county_id',
      'n.region_id',
      'm.name as reference_name',
      'n.name as network_name',
    ])
    .orderBy('code')
    .execute();
}

/** What the rules check references against. */
export async function loadRulesLists(tx: ImportReadTx) {
  const [categories, methods, municipalities, regions, referenceMunicipalities, counties] = await Promise.all([
    tx.selectFrom('category').select('code').execute(),
    tx.selectFrom('method').select('code').execute(),
    tx.selectFrom('municipality').select(['code', 'region_id']).execute(),
    tx.selectFrom('region').select('id').execute(),
    tx.selectFrom('municipality_reference').select(['code', 'county_id']).execute(),
    tx.selectFrom('county_reference').select('id').execute(),
  ]);
  return { categories, methods, municipalities, regions, referenceMunicipalities, counties };
}

// ---- Bringing counties and municipalities into the service network ----

export function findCounties(tx: ImportReadTx, ids: string[]) {
  if (!ids.length) return Promise.resolve([]);
  return tx.selectFrom('county_reference').where('id', 'in', ids).selectAll().execute();
}

export function findReferenceMunicipalities(tx: ImportReadTx, codes: string[]) {
  if (!codes.length) return Promise.resolve([]);
  return tx.selectFrom('municipality_reference').where('code', 'in', codes).selectAll().execute();
}

export async function regionCodeTaken(tx: ImportReadTx, code: string): Promise<boolean> {
  return (await tx.selectFrom('region').where('code', '=', code).select('id').executeTakeFirst()) !== undefined;
}

export async function insertRegion(tx: ImportWriteTx, row: Insertable<CatalogTables['region']>) {
  await tx.insertInto('region').values(row).execute();
}

export async function insertMunicipalities(tx: ImportWriteTx, rows: Insertable<CatalogTables['municipality']>[]) {
  if (rows.length) await tx.insertInto('municipality').values(rows).execute();
}

// ---- Staging: every record of the input, in a table that ends with the transaction ----

export async function createStaging(tx: ImportWriteTx): Promise<void> {
  await sql`create temporary table import_staging (
    seq bigserial primary key,
    kind text not null,
    source_id text not null,
    record jsonb not null,
    hash text not null,
    unique (kind, source_id)
  ) on commit drop`.execute(tx);
}

export interface StagedRow {
  seq: number;
  kind: string;
  source_id: string;
  record: unknown;
  hash: string;
}

/** Stages records; returns the keys of those that were already staged (duplicates). */
export async function stage<R extends { kind: string; sourceId: string; record: string; hash: string }>(
  tx: ImportWriteTx,
  rows: R[],
): Promise<R[]> {
  if (!rows.length) return [];
  const values = sql.join(rows.map((r) => sql`(${r.kind}, ${r.sourceId}, ${r.record}::jsonb, ${r.hash})`));
  const inserted = await sql<{ kind: string; source_id: string }>`
    insert into import_staging (kind, source_id, record, hash) values ${values}
    on conflict (kind, source_id) do nothing
    returning kind, source_id`.execute(tx);
  const fresh = new Set(inserted.rows.map((r) => `${r.kind}\u0000${r.source_id}`));
  return rows.filter((r) => !fresh.has(`${r.kind}\u0000${r.sourceId}`));
}

export async function stagedHash(tx: ImportWriteTx, kind: string, sourceId: string): Promise<string | null> {
  const result = await sql<{ hash: string }>`select hash from import_staging where kind = ${kind} and source_id = ${sourceId}`.execute(tx);
  return result.rows[0]?.hash ?? null;
}

/** The next records of a kind after `afterSeq`: keyset paging keeps memory bounded. */
export async function readStaged(tx: ImportWriteTx, kind: string, afterSeq: number, limit: number): Promise<StagedRow[]> {
  const result = await sql<StagedRow>`
    select seq, kind, source_id, record, hash from import_staging
    where kind = ${kind} and seq > ${afterSeq} order by seq limit ${limit}`.execute(tx);
  return result.rows.map((r) => ({ ...r, seq: Number(r.seq) }));
}

export async function stagedSourceIds(tx: ImportWriteTx, kind: string): Promise<string[]> {
  const result = await sql<{ source_id: string }>`select source_id from import_staging where kind = ${kind}`.execute(tx);
  return result.rows.map((r) => r.source_id);
}

// ---- Savepoints: one failing statement must not end the whole import's transaction ----

export async function savepoint(tx: ImportWriteTx, name: string) {
  await sql`savepoint ${sql.id(name)}`.execute(tx);
}
export async function releaseSavepoint(tx: ImportWriteTx, name: string) {
  await sql`release savepoint ${sql.id(name)}`.execute(tx);
}
export async function rollbackToSavepoint(tx: ImportWriteTx, name: string) {
  await sql`rollback to savepoint ${sql.id(name)}`.execute(tx);
}

// ---- Provenance and runs ----

export function findProvenance(tx: ImportReadTx, source: string, kind: 'organization' | 'place' | 'service', sourceIds: string[]) {
  if (!sourceIds.length) return Promise.resolve([] as Row<'import_provenance'>[]);
  return tx
    .selectFrom('import_provenance')
    .where('source', '=', source)
    .where('kind', '=', kind)
    .where('source_id', 'in', sourceIds)
    .selectAll()
    .execute();
}

export async function upsertProvenance(tx: ImportWriteTx, rows: Rows<'import_provenance'>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK)
    await tx
      .insertInto('import_provenance')
      .values(rows.slice(i, i + CHUNK))
      .onConflict((oc) =>
        oc.columns(['source', 'kind', 'source_id']).doUpdateSet((eb) => ({
          local_id: eb.ref('excluded.local_id'),
          imported_hash: eb.ref('excluded.imported_hash'),
          last_imported_at: eb.ref('excluded.last_imported_at'),
          last_run_id: eb.ref('excluded.last_run_id'),
        })),
      )
      .execute();
}

export async function insertRun(tx: ImportWriteTx, row: Insertable<CatalogImportDb['import_run']>) {
  await tx.insertInto('import_run').values(row).execute();
}

/** The last run of a source that wrote something, for "changes since" reads. */
export function lastAppliedRun(tx: ImportReadTx, source: string) {
  return tx
    .selectFrom('import_run')
    .where('source', '=', source)
    .where('dry_run', '=', false)
    .orderBy('started_at', 'desc')
    .selectAll()
    .limit(1)
    .executeTakeFirst();
}

export function listRuns(tx: ImportReadTx, limit: number) {
  return tx.selectFrom('import_run').orderBy('started_at', 'desc').selectAll().limit(limit).execute();
}

// ---- The records as they are now ----

export async function loadOrganizationRows(tx: ImportReadTx, ids: string[]) {
  if (!ids.length) return [];
  return tx.selectFrom('organization').where('id', 'in', ids).selectAll().execute();
}

async function hoursOf(tx: ImportReadTx, column: 'place_id' | 'service_id' | 'service_at_place_id', ids: string[]) {
  if (!ids.length) return { weekly: [], exceptions: [] };
  const [weekly, exceptions] = await Promise.all([
    tx.selectFrom('opening_hours').where(column, 'in', ids).selectAll().execute(),
    tx.selectFrom('opening_hours_exception').where(column, 'in', ids).selectAll().execute(),
  ]);
  return { weekly, exceptions };
}

export async function loadPlaceRows(tx: ImportReadTx, ids: string[]) {
  if (!ids.length) return { places: [], hours: { weekly: [], exceptions: [] }, areas: [] };
  const [places, hours, areas] = await Promise.all([
    tx.selectFrom('place').where('id', 'in', ids).selectAll().execute(),
    hoursOf(tx, 'place_id', ids),
    tx.selectFrom('family_centre_area').where('family_centre_id', 'in', ids).select(['family_centre_id', 'municipality_code']).execute(),
  ]);
  return { places, hours, areas };
}

export async function loadServiceRows(tx: ImportReadTx, ids: string[]) {
  const empty = { weekly: [], exceptions: [] };
  if (!ids.length) return { services: [], areas: [], categories: [], methods: [], contacts: [], saps: [], hours: empty, sapHours: empty };
  const [services, areas, categories, methods, contacts, saps, hours] = await Promise.all([
    tx
      .selectFrom('service')
      .where('id', 'in', ids)
      .select([
        'id',
        'organization_id',
        'region_id',
        'scope',
        'name',
        'summary',
        'description',
        'keywords',
        'level',
        'sector',
        'target_groups',
        'age_min',
        'age_max',
        'languages',
        'delivery',
        'access',
        'cost',
        'cost_note',
        'status',
        'status_note',
        'last_checked',
        'created_at',
        'updated_at',
      ])
      .execute(),
    tx.selectFrom('service_area').where('service_id', 'in', ids).selectAll().execute(),
    tx.selectFrom('service_category').where('service_id', 'in', ids).selectAll().execute(),
    tx.selectFrom('service_method').where('service_id', 'in', ids).selectAll().execute(),
    tx.selectFrom('service_contact').where('service_id', 'in', ids).selectAll().orderBy('position').execute(),
    tx.selectFrom('service_at_place').where('service_id', 'in', ids).selectAll().execute(),
    hoursOf(tx, 'service_id', ids),
  ]);
  const sapHours = await hoursOf(
    tx,
    'service_at_place_id',
    saps.map((s) => s.id),
  );
  return { services, areas, categories, methods, contacts, saps, hours, sapHours };
}

// ---- Writes ----

export async function updateOrganization(tx: ImportWriteTx, id: string, row: Insertable<CatalogTables['organization']>) {
  await tx
    .updateTable('organization')
    .set({ ...row, updated_at: sql`now()` } as never)
    .where('id', '=', id)
    .execute();
}

export async function updatePlace(tx: ImportWriteTx, id: string, row: Insertable<CatalogTables['place']>) {
  await tx
    .updateTable('place')
    .set({ ...row, updated_at: sql`now()` } as never)
    .where('id', '=', id)
    .execute();
}

export async function updateService(tx: ImportWriteTx, id: string, row: Insertable<CatalogTables['service']>) {
  await tx
    .updateTable('service')
    .set({ ...row, updated_at: sql`now()` } as never)
    .where('id', '=', id)
    .execute();
}

/** Removes what a place's row owns, before it is written again. */
export async function clearPlaceParts(tx: ImportWriteTx, ids: string[]) {
  if (!ids.length) return;
  await tx.deleteFrom('opening_hours').where('place_id', 'in', ids).execute();
  await tx.deleteFrom('opening_hours_exception').where('place_id', 'in', ids).execute();
  await tx.deleteFrom('family_centre_area').where('family_centre_id', 'in', ids).execute();
}

/** Removes what a service's row owns (its places' own hours go with its service_at_place rows). */
export async function clearServiceParts(tx: ImportWriteTx, ids: string[]) {
  if (!ids.length) return;
  for (const table of ['service_area', 'service_category', 'service_method', 'service_contact', 'service_at_place'] as const)
    await tx.deleteFrom(table).where('service_id', 'in', ids).execute();
  await tx.deleteFrom('opening_hours').where('service_id', 'in', ids).execute();
  await tx.deleteFrom('opening_hours_exception').where('service_id', 'in', ids).execute();
}

export async function refreshSearch(tx: ImportWriteTx, ids: string[]) {
  if (!ids.length) return;
  await sql`select refresh_service_search(${ids}::uuid[])`.execute(tx);
  // The import's transaction sees the catalog's tables too; the base forms follow the same rows.
  await refreshBaseForms(tx, ids, finnishMorphology());
}

export async function existingIds(tx: ImportReadTx, table: 'organization' | 'place' | 'service', ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await tx.selectFrom(table).where('id', 'in', ids).select('id').execute();
  return new Set(rows.map((r) => r.id));
}

export async function updateRun(tx: ImportWriteTx, id: string, row: { finished_at: Date; counts: string; problems: string }) {
  await tx.updateTable('import_run').set(row).where('id', '=', id).execute();
}

/** Local records that already came from some source: one record has one origin. */
export async function importedLocalIds(
  tx: ImportReadTx,
  kind: 'organization' | 'place' | 'service',
  localIds: string[],
): Promise<Map<string, string>> {
  if (!localIds.length) return new Map();
  const rows = await tx
    .selectFrom('import_provenance')
    .where('kind', '=', kind)
    .where('local_id', 'in', localIds)
    .select(['local_id', 'source'])
    .execute();
  return new Map(rows.map((r) => [r.local_id, r.source]));
}
