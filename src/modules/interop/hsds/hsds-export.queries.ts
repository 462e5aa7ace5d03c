import { sql, type ExpressionBuilder, type Kysely } from 'kysely';
import type { ReadTx as PlatformReadTx } from '../../../platform/db/transactions.ts';
import type { I18nText } from '../../../platform/i18n-text.ts';
import type { CatalogImportDb } from '../../catalog/index.ts';
import type { TaxonomyKey } from './hsds-vocabulary.ts';

/**
 * All SQL of the HSDS API: it reads the catalog's tables (declared in its Db type, never written)
 * in pages ordered by id, so a list is stable and an NDJSON export can walk it by keyset.
 */

export type InteropDb = CatalogImportDb;
export type ReadTx = PlatformReadTx<InteropDb>;
type ServiceEb = ExpressionBuilder<InteropDb & { s: InteropDb['service'] }, 's'>;

export interface ServiceFilter {
  search?: string | undefined;
  organizationId?: string | undefined;
  modifiedAfter?: Date | undefined;
  terms?: { taxonomy: TaxonomyKey; code: string }[] | undefined;
  taxonomy?: TaxonomyKey | undefined;
  minimumAge?: number | undefined;
  maximumAge?: number | undefined;
  /** ISO weekday with an opening between start and end ('HH:MM'). */
  day?: number | undefined;
  startTime?: string | undefined;
  endTime?: string | undefined;
  today: string;
}

function termCondition(eb: ServiceEb, taxonomy: TaxonomyKey, code: string) {
  switch (taxonomy) {
    case 'categories':
      return eb.exists(
        eb
          .selectFrom('service_category as sc')
          .innerJoin('category as c', 'c.code', 'sc.category_code')
          .whereRef('sc.service_id', '=', 's.id')
          .where((w) => w.or([w('c.code', '=', code), w('c.parent_code', '=', code)])),
      );
    case 'methods':
      return eb.exists(eb.selectFrom('service_method as sm').whereRef('sm.service_id', '=', 's.id').where('sm.method_code', '=', code));
    case 'levels':
      return eb('s.level', '=', code as never);
    case 'sectors':
      return eb('s.sector', '=', code as never);
    case 'cost':
      return eb('s.cost', '=', code as never);
    case 'statuses':
      return eb('s.status', '=', code as never);
    case 'target-groups':
      return sql<boolean>`${code} = any(s.target_groups)`;
    case 'delivery':
      return sql<boolean>`${code} = any(s.delivery)`;
    case 'access':
      return sql<boolean>`${code} = any(s.access)`;
    case 'organization-types':
      return eb.exists(
        eb
          .selectFrom('organization as o')
          .whereRef('o.id', '=', 's.organization_id')
          .where('o.type', '=', code as never),
      );
    case 'place-kinds':
      return eb.exists(
        eb
          .selectFrom('service_at_place as sap')
          .innerJoin('place as p', 'p.id', 'sap.place_id')
          .whereRef('sap.service_id', '=', 's.id')
          .where('p.kind', '=', code as never),
      );
    case 'areas':
      if (code === 'FI') return eb('s.scope', '=', 'national');
      if (/^\d{3}$/.test(code))
        return eb.or([
          eb('s.scope', '=', 'national'),
          eb.exists(eb.selectFrom('service_area as a').whereRef('a.service_id', '=', 's.id').where('a.municipality_code', '=', code)),
          eb.and([
            eb('s.scope', '=', 'region'),
            eb.exists(eb.selectFrom('municipality as m').whereRef('m.region_id', '=', 's.region_id').where('m.code', '=', code)),
          ]),
        ]);
      return eb('s.region_id', '=', code);
    default:
      return sql<boolean>`false`;
  }
}

function filtered(tx: ReadTx, f: ServiceFilter) {
  let q = tx.selectFrom('service as s');
  if (f.search) {
    const q2 = f.search;
    q = q.where(
      sql<boolean>`(s.search_document @@ plainto_tsquery('finnish', ${q2}) or s.search_document @@ plainto_tsquery('swedish', ${q2})
        or s.search_document @@ plainto_tsquery('english', ${q2}) or s.search_text like '%' || search_fold(${q2}) || '%')`,
    );
  }
  if (f.organizationId) q = q.where('s.organization_id', '=', f.organizationId);
  if (f.modifiedAfter) q = q.where('s.updated_at', '>=', f.modifiedAfter);
  for (const t of f.terms ?? []) q = q.where((eb) => termCondition(eb, t.taxonomy, t.code));
  if (f.taxonomy === 'categories')
    q = q.where((eb) => eb.exists(eb.selectFrom('service_category as sc').whereRef('sc.service_id', '=', 's.id')));
  if (f.taxonomy === 'methods')
    q = q.where((eb) => eb.exists(eb.selectFrom('service_method as sm').whereRef('sm.service_id', '=', 's.id')));
  if (f.minimumAge !== undefined) q = q.where((eb) => eb.or([eb('s.age_max', 'is', null), eb('s.age_max', '>=', f.minimumAge!)]));
  if (f.maximumAge !== undefined) q = q.where((eb) => eb.or([eb('s.age_min', 'is', null), eb('s.age_min', '<=', f.maximumAge!)]));
  if (f.day !== undefined || f.startTime || f.endTime) {
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('service_weekly_hours as h')
          .whereRef('h.service_id', '=', 's.id')
          .where((w) => w.or([w('h.valid_to', 'is', null), w('h.valid_to', '>=', f.today)]))
          .$if(f.day !== undefined, (w) => w.where('h.weekday', '=', f.day!))
          .$if(Boolean(f.endTime), (w) => w.where('h.opens', '<', f.endTime!))
          .$if(Boolean(f.startTime), (w) => w.where('h.closes', '>', f.startTime!)),
      ),
    );
  }
  return q;
}

export async function countServices(tx: ReadTx, f: ServiceFilter): Promise<number> {
  const row = await filtered(tx, f)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Ids of a page (offset) or of the next chunk after `afterId` (keyset), in id order. */
export async function serviceIds(
  tx: ReadTx,
  f: ServiceFilter,
  page: { limit: number; offset?: number; afterId?: string },
): Promise<string[]> {
  let q = filtered(tx, f).select('s.id').orderBy('s.id').limit(page.limit);
  if (page.afterId) q = q.where('s.id', '>', page.afterId);
  if (page.offset) q = q.offset(page.offset);
  return (await q.execute()).map((r) => r.id);
}

/** Minimal rows for `/services?minimal=true`: id and last change. */
export async function serviceStamps(tx: ReadTx, f: ServiceFilter, page: { limit: number; offset: number }) {
  return filtered(tx, f).select(['s.id', 's.updated_at']).orderBy('s.id').limit(page.limit).offset(page.offset).execute();
}

// ---- Loading what an HSDS service nests ----

async function hours(tx: ReadTx, column: 'place_id' | 'service_id' | 'service_at_place_id', ids: string[]) {
  if (!ids.length) return { weekly: [], exceptions: [] };
  const [weekly, exceptions] = await Promise.all([
    tx.selectFrom('opening_hours').where(column, 'in', ids).selectAll().orderBy('weekday').orderBy('opens').execute(),
    tx.selectFrom('opening_hours_exception').where(column, 'in', ids).selectAll().orderBy('day').execute(),
  ]);
  return { weekly, exceptions };
}

/** A service's own columns, without the search columns (a tsvector is large and never shown). */
export const SERVICE_COLUMNS = [
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
] as const;

/** Just the services' rows and their organisations': the one-to-one list items. */
export async function loadServiceRows(tx: ReadTx, ids: string[]) {
  if (!ids.length) return { services: [], organizations: [] };
  const services = await tx.selectFrom('service').where('id', 'in', ids).select(SERVICE_COLUMNS).execute();
  const organizations = await loadOrganizations(tx, [...new Set(services.map((s) => s.organization_id))]);
  return { services, organizations };
}

export async function loadServices(tx: ReadTx, ids: string[]) {
  if (!ids.length) return null;
  const [services, areas, categories, methods, contacts, saps, own] = await Promise.all([
    tx.selectFrom('service').where('id', 'in', ids).select(SERVICE_COLUMNS).execute(),
    tx.selectFrom('service_area').where('service_id', 'in', ids).selectAll().orderBy('municipality_code').execute(),
    tx.selectFrom('service_category').where('service_id', 'in', ids).selectAll().orderBy('category_code').execute(),
    tx.selectFrom('service_method').where('service_id', 'in', ids).selectAll().orderBy('method_code').execute(),
    tx.selectFrom('service_contact').where('service_id', 'in', ids).selectAll().orderBy('service_id').orderBy('position').execute(),
    tx.selectFrom('service_at_place').where('service_id', 'in', ids).selectAll().orderBy('service_id').orderBy('place_id').execute(),
    hours(tx, 'service_id', ids),
  ]);
  const sapHours = await hours(
    tx,
    'service_at_place_id',
    saps.map((s) => s.id),
  );
  return { services, areas, categories, methods, contacts, saps, own, sapHours };
}

export async function loadPlaces(tx: ReadTx, ids: string[]) {
  if (!ids.length) return { places: [], hours: { weekly: [], exceptions: [] }, areas: [] };
  const [places, placeHours, areas] = await Promise.all([
    tx
      .selectFrom('place as p')
      .innerJoin('municipality as m', 'm.code', 'p.municipality_code')
      .innerJoin('region as r', 'r.id', 'm.region_id')
      .where('p.id', 'in', ids)
      .selectAll('p')
      .select(['m.name as municipality_name', 'r.id as region_id', 'r.name as region_name'])
      .execute(),
    hours(tx, 'place_id', ids),
    tx.selectFrom('family_centre_area').where('family_centre_id', 'in', ids).selectAll().orderBy('municipality_code').execute(),
  ]);
  return { places, hours: placeHours, areas };
}

export function loadOrganizations(tx: ReadTx, ids: string[]) {
  if (!ids.length) return Promise.resolve([]);
  return tx.selectFrom('organization').where('id', 'in', ids).selectAll().execute();
}

// ---- Organisations, services at places ----

export async function organizationPage(tx: ReadTx, search: string | undefined, page: { limit: number; offset?: number; afterId?: string }) {
  let q = tx.selectFrom('organization as o');
  if (search) q = q.where(sql<boolean>`search_fold(i18n_all(o.name)) like '%' || search_fold(${search}) || '%'`);
  const count = page.afterId ? 0 : Number((await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  let ids = q.select('o.id').orderBy('o.id').limit(page.limit);
  if (page.afterId) ids = ids.where('o.id', '>', page.afterId);
  if (page.offset) ids = ids.offset(page.offset);
  return { total: count, ids: (await ids.execute()).map((r) => r.id) };
}

export function servicesOfOrganization(tx: ReadTx, organizationId: string) {
  return tx.selectFrom('service').where('organization_id', '=', organizationId).select('id').orderBy('id').execute();
}

export function placesOfOrganization(tx: ReadTx, organizationId: string) {
  return tx.selectFrom('place').where('organization_id', '=', organizationId).select('id').orderBy('id').execute();
}

export interface PlaceFilter {
  postcode?: string | undefined;
  /** Metres from the point, with the point (the centroid of the postcode's places). */
  near?: { latitude: number; longitude: number; metres: number } | undefined;
}

/** The services at places of a page: the services' filter, and where the place is. */
export async function sapPage(
  tx: ReadTx,
  f: ServiceFilter,
  where: PlaceFilter,
  page: { limit: number; offset?: number; afterId?: string },
) {
  const services = filtered(tx, f).select('s.id');
  let q = tx.selectFrom('service_at_place as sap').innerJoin('place as p', 'p.id', 'sap.place_id').where('sap.service_id', 'in', services);
  if (where.postcode && !where.near) q = q.where('p.postal_code', '=', where.postcode);
  if (where.near) {
    const { latitude, longitude, metres } = where.near;
    // Haversine on a sphere of 6 371 km: good to a few metres at these distances.
    q = q.where(
      sql<boolean>`p.latitude is not null and 2 * 6371000 * asin(sqrt(
        power(sin(radians(p.latitude - ${latitude}) / 2), 2)
        + cos(radians(${latitude})) * cos(radians(p.latitude)) * power(sin(radians(p.longitude - ${longitude}) / 2), 2)
      )) <= ${metres}`,
    );
  }
  const total = page.afterId ? 0 : Number((await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  let ids = q.select(['sap.id', 'sap.service_id', 'sap.place_id']).orderBy('sap.id').limit(page.limit);
  if (page.afterId) ids = ids.where('sap.id', '>', page.afterId);
  if (page.offset) ids = ids.offset(page.offset);
  return { total, rows: await ids.execute() };
}

export function findSap(tx: ReadTx, id: string) {
  return tx.selectFrom('service_at_place').where('id', '=', id).select(['id', 'service_id', 'place_id']).executeTakeFirst();
}

/** The centre of the places with a postal code: where `proximity` is measured from. */
export async function postcodeCentroid(tx: ReadTx, postcode: string) {
  const row = await tx
    .selectFrom('place')
    .where('postal_code', '=', postcode)
    .where('latitude', 'is not', null)
    .select([sql<number | null>`avg(latitude)`.as('latitude'), sql<number | null>`avg(longitude)`.as('longitude')])
    .executeTakeFirst();
  return row?.latitude != null && row.longitude != null ? { latitude: Number(row.latitude), longitude: Number(row.longitude) } : null;
}

// ---- The vocabularies ----

export async function loadVocabularyRows(db: Kysely<InteropDb>) {
  const [categories, methods, counties, municipalities, regions] = await Promise.all([
    db.selectFrom('category').select(['code', 'parent_code', 'name', 'description', 'position']).orderBy('position').execute(),
    db.selectFrom('method').select(['code', 'name', 'description']).orderBy('code').execute(),
    db.selectFrom('county_reference').selectAll().orderBy('code').execute(),
    db
      .selectFrom('municipality_reference as r')
      .fullJoin('municipality as m', 'm.code', 'r.code')
      .select([
        sql<string>`coalesce(r.code, m.code)`.as('code'),
        'r.name as reference_name',
        'm.name as network_name',
        'r.county_id',
        'm.region_id',
      ])
      .orderBy('code')
      .execute(),
    db.selectFrom('region').select(['id', 'code', 'name']).execute(),
  ]);
  return { categories, methods, counties, municipalities, regions };
}

export function serviceExists(tx: ReadTx, id: string) {
  return tx.selectFrom('service').where('id', '=', id).select('id').executeTakeFirst();
}

export function organizationExists(tx: ReadTx, id: string) {
  return tx.selectFrom('organization').where('id', '=', id).select('id').executeTakeFirst();
}

/** The network's municipalities: what the PTV jobs read when no list is configured. */
export async function listNetworkMunicipalityCodes(tx: ReadTx): Promise<string[]> {
  return (await tx.selectFrom('municipality').select('code').orderBy('code').execute()).map((r) => r.code);
}

/** Regions by id (all of them with null), for choosing what an import is for. */
export async function listRegionNames(tx: ReadTx, ids: readonly string[] | null) {
  if (ids && !ids.length) return [];
  let query = tx.selectFrom('region').select(['id', 'name']).orderBy('code');
  if (ids) query = query.where('id', 'in', ids);
  return (await query.execute()).map((r) => ({ id: r.id, name: r.name as I18nText }));
}
