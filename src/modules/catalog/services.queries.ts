import { sql, type ExpressionBuilder } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { CatalogDb, ReadTx } from './catalog.tables.ts';
import type { I18nText } from '../../platform/i18n-text.ts';
import type { Hours, ServiceAtPlace, ServiceDetail, ServiceSummary } from './catalog.model.ts';
import { CLOSED_ON_HOLIDAYS, type HoursPolicy } from './opening-hours.ts';
import { hoursFrom, PLACE_SUMMARY_COLUMNS, placeOf, serviceCoreOf } from './row-mappers.ts';

type ServiceScope = ExpressionBuilder<CatalogDb & { s: CatalogDb['service'] }, 's'>;

function areasOf(eb: ServiceScope) {
  return jsonArrayFrom(
    eb
      .selectFrom('service_area as sa')
      .innerJoin('municipality as m', 'm.code', 'sa.municipality_code')
      .whereRef('sa.service_id', '=', 's.id')
      .select(['m.code', 'm.name'])
      .orderBy(sql`m.name ->> 'fi'`),
  ).as('areas');
}

const summaryColumns = [
  's.id',
  's.name',
  's.summary',
  's.scope',
  's.region_id',
  's.level',
  's.sector',
  's.target_groups',
  's.age_min',
  's.age_max',
  's.languages',
  's.delivery',
  's.access',
  's.cost',
  's.status',
  's.status_note',
  's.last_checked',
  'o.id as organization_id',
  'o.type as organization_type',
  'o.name as organization_name',
] as const;

/**
 * The list view of services, without a condition yet: a caller joins what chooses the services
 * (a search) and keeps its order. Municipality names come from the caller's directory (reference
 * data it keeps at hand) rather than from a join per row.
 */
export function serviceSummarySelect(tx: ReadTx) {
  return tx
    .selectFrom('service as s')
    .innerJoin('organization as o', 'o.id', 's.organization_id')
    .select(summaryColumns)
    .select((eb) => [
      sql<string[]>`array(select sc.category_code from service_category sc where sc.service_id = s.id order by 1)`.as('categories'),
      sql<string[]>`array(select sa.municipality_code from service_area sa where sa.service_id = s.id)`.as('area_codes'),
      jsonArrayFrom(
        eb
          .selectFrom('service_at_place as sap')
          .innerJoin('place as p', 'p.id', 'sap.place_id')
          .whereRef('sap.service_id', '=', 's.id')
          .select(['p.id', 'p.kind', 'p.name', 'p.municipality_code as municipalityCode'])
          .orderBy(sql`p.name ->> 'fi'`),
      ).as('places'),
    ]);
}

type ServiceSummaryRow = Awaited<ReturnType<ReturnType<typeof serviceSummarySelect>['executeTakeFirstOrThrow']>>;

const finnishOrder = new Intl.Collator('fi');

export function toServiceSummary(r: ServiceSummaryRow, municipalityNames: ReadonlyMap<string, I18nText>): ServiceSummary {
  const municipality = (code: string) => ({ code, name: municipalityNames.get(code) ?? { fi: code } });
  return {
    ...serviceCoreOf(r),
    categories: r.categories,
    places: r.places.map((p) => ({ id: p.id, kind: p.kind, name: p.name, municipality: municipality(p.municipalityCode) })),
    areas: r.area_codes.map(municipality).sort((x, y) => finnishOrder.compare(x.name.fi, y.name.fi)),
  };
}

/** The list view of these services, by id (a search whose matches are known: search-hits-cache.ts). */
export async function findServiceSummaries(
  tx: ReadTx,
  ids: readonly string[],
  municipalityNames: ReadonlyMap<string, I18nText>,
): Promise<Map<string, ServiceSummary>> {
  if (ids.length === 0) return new Map();
  const rows = await serviceSummarySelect(tx)
    .where('s.id', 'in', [...ids])
    .execute();
  return new Map(rows.map((r) => [r.id, toServiceSummary(r, municipalityNames)]));
}

export async function findServiceDetail(tx: ReadTx, id: string): Promise<ServiceDetail | null> {
  const row = await tx
    .selectFrom('service as s')
    .innerJoin('organization as o', 'o.id', 's.organization_id')
    .where('s.id', '=', id)
    .select(summaryColumns)
    .select(['s.description', 's.keywords', 's.cost_note'])
    .select((eb) => [
      areasOf(eb),
      jsonArrayFrom(
        eb
          .selectFrom('service_category as sc')
          .innerJoin('category as c', 'c.code', 'sc.category_code')
          .whereRef('sc.service_id', '=', 's.id')
          .select(['c.code', 'c.parent_code as parentCode', 'c.name'])
          .orderBy('c.position'),
      ).as('categories'),
      jsonArrayFrom(
        eb
          .selectFrom('service_method as sm')
          .innerJoin('method as m', 'm.code', 'sm.method_code')
          .whereRef('sm.service_id', '=', 's.id')
          .select(['m.code', 'm.name', 'm.website'])
          .orderBy(sql`m.name ->> 'fi'`),
      ).as('methods'),
      jsonArrayFrom(
        eb
          .selectFrom('service_contact as c')
          .whereRef('c.service_id', '=', 's.id')
          .select(['c.kind', 'c.value', 'c.label', 'c.hours_note as hoursNote'])
          .orderBy('c.position'),
      ).as('contacts'),
    ])
    .executeTakeFirst();
  if (!row) return null;
  const [locations, ownHours] = await Promise.all([findServiceLocations(tx, id), findServiceOwnHours(tx, id)]);
  return {
    ...serviceCoreOf(row),
    description: row.description,
    keywords: row.keywords,
    costNote: row.cost_note,
    areas: row.areas,
    categories: row.categories,
    methods: row.methods,
    contacts: row.contacts,
    hours: ownHours,
    places: locations.map((l) => ({ id: l.place.id, kind: l.place.kind, name: l.place.name, municipality: l.place.municipality })),
    locations,
  };
}

async function findServiceOwnHours(tx: ReadTx, serviceId: string): Promise<Hours> {
  const [weekly, exceptions, policy] = await Promise.all([
    tx.selectFrom('opening_hours').where('service_id', '=', serviceId).selectAll().execute(),
    tx.selectFrom('opening_hours_exception').where('service_id', '=', serviceId).selectAll().execute(),
    tx.selectFrom('service').where('id', '=', serviceId).select(['around_the_clock', 'open_on_holidays']).executeTakeFirst(),
  ]);
  return hoursFrom(weekly, exceptions, policyOf(policy));
}

async function findServiceLocations(tx: ReadTx, serviceId: string): Promise<ServiceAtPlace[]> {
  const rows = await tx
    .selectFrom('service_at_place as sap')
    .innerJoin('place as p', 'p.id', 'sap.place_id')
    .innerJoin('municipality as m', 'm.code', 'p.municipality_code')
    .where('sap.service_id', '=', serviceId)
    .select(['sap.id as service_at_place_id', 'sap.phone', 'sap.email', 'sap.note'])
    .select(PLACE_SUMMARY_COLUMNS)
    .orderBy(sql`m.name ->> 'fi'`)
    .orderBy(sql`p.name ->> 'fi'`)
    .execute();
  if (rows.length === 0) return [];
  const ownerIds = rows.map((r) => r.service_at_place_id);
  const [weekly, exceptions, policies] = await Promise.all([
    tx.selectFrom('service_weekly_hours').where('owner_id', 'in', ownerIds).selectAll().execute(),
    tx.selectFrom('service_hours_exception').where('owner_id', 'in', ownerIds).selectAll().execute(),
    tx.selectFrom('service_hours_policy').where('owner_id', 'in', ownerIds).selectAll().execute(),
  ]);
  return rows.map((r) => ({
    id: r.service_at_place_id,
    phone: r.phone,
    email: r.email,
    note: r.note,
    place: placeOf(r),
    hours: hoursFrom(
      weekly.filter((w) => w.owner_id === r.service_at_place_id),
      exceptions.filter((x) => x.owner_id === r.service_at_place_id),
      policyOf(policies.find((p) => p.owner_id === r.service_at_place_id)),
    ),
  }));
}

const policyOf = (row: { around_the_clock: boolean; open_on_holidays: boolean } | undefined): HoursPolicy =>
  row ? { aroundTheClock: row.around_the_clock, openOnHolidays: row.open_on_holidays } : CLOSED_ON_HOLIDAYS;

export async function serviceExists(tx: ReadTx, id: string): Promise<boolean> {
  return (await tx.selectFrom('service').where('id', '=', id).select('id').executeTakeFirst()) !== undefined;
}

/** Every owner's hours (the service itself and each of its places) for a page of services. */
export async function findHoursOfServices(tx: ReadTx, serviceIds: string[]): Promise<Map<string, Hours[]>> {
  const result = new Map<string, Hours[]>();
  if (serviceIds.length === 0) return result;
  const [weekly, exceptions, policies] = await Promise.all([
    tx.selectFrom('service_weekly_hours').where('service_id', 'in', serviceIds).selectAll().execute(),
    tx.selectFrom('service_hours_exception').where('service_id', 'in', serviceIds).selectAll().execute(),
    tx.selectFrom('service_hours_policy').where('service_id', 'in', serviceIds).selectAll().execute(),
  ]);
  for (const p of policies) {
    const own = weekly.filter((w) => w.owner_id === p.owner_id);
    if (own.length === 0 && !p.around_the_clock) continue;
    const hours = hoursFrom(
      own,
      exceptions.filter((x) => x.owner_id === p.owner_id),
      policyOf(p),
    );
    result.set(p.service_id, [...(result.get(p.service_id) ?? []), hours]);
  }
  return result;
}
