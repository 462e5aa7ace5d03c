import { sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { Reachable } from '../../../platform/authorization/actions.ts';
import type { I18nText } from '../../../platform/i18n-text.ts';
import { refreshBaseForms } from '../search/base-forms.queries.ts';
import { finnishMorphology } from '../search/morphology.ts';
import type { ServiceEdit, ServiceOwner } from './editing.model.ts';
import type { ReadTx, WriteTx } from './editing.tables.ts';

const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

/** Who owns a service: all that authorization needs, read before anything else. */
export async function findServiceOwner(tx: ReadTx, id: string): Promise<ServiceOwner | null> {
  const row = await tx
    .selectFrom('service as s')
    .innerJoin('organization as o', 'o.id', 's.organization_id')
    .where('s.id', '=', id)
    .select(['s.organization_id', sql<string | null>`coalesce(s.region_id, o.region_id)`.as('region_id')])
    .executeTakeFirst();
  return row ? { organizationId: row.organization_id, regionId: row.region_id } : null;
}

const editColumns = [
  's.id',
  's.version',
  's.name',
  's.summary',
  's.description',
  's.keywords',
  's.level',
  's.sector',
  's.target_groups',
  's.age_min',
  's.age_max',
  's.languages',
  's.delivery',
  's.access',
  's.cost',
  's.cost_note',
  's.status',
  's.status_note',
  's.last_checked',
  's.scope',
  's.organization_id',
] as const;

function serviceEditQuery(tx: ReadTx) {
  return tx
    .selectFrom('service as s')
    .innerJoin('organization as o', 'o.id', 's.organization_id')
    .select(editColumns)
    .select(['o.name as organization_name'])
    .select((eb) => [
      sql<string[]>`array(select sc.category_code from service_category sc where sc.service_id = s.id order by 1)`.as('categories'),
      jsonArrayFrom(
        eb
          .selectFrom('service_at_place as sap')
          .innerJoin('place as p', 'p.id', 'sap.place_id')
          .whereRef('sap.service_id', '=', 's.id')
          .select(['sap.id', 'p.id as placeId', 'p.name as placeName', 'sap.phone', 'sap.email', 'sap.note'])
          .orderBy(sql`p.name ->> 'fi'`),
      ).as('locations'),
    ]);
}

type EditRow = Awaited<ReturnType<ReturnType<typeof serviceEditQuery>['executeTakeFirstOrThrow']>>;

function toEdit(r: EditRow): ServiceEdit {
  return {
    name: r.name,
    summary: r.summary,
    description: r.description,
    keywords: r.keywords,
    costNote: r.cost_note,
    statusNote: r.status_note,
    level: r.level,
    sector: r.sector,
    targetGroups: r.target_groups,
    ageMin: r.age_min,
    ageMax: r.age_max,
    languages: r.languages,
    delivery: r.delivery,
    access: r.access,
    cost: r.cost,
    status: r.status,
    categories: r.categories,
  };
}

export async function findServiceForEdit(tx: ReadTx, id: string, forUpdate = false) {
  let query = serviceEditQuery(tx).where('s.id', '=', id);
  if (forUpdate) query = query.forUpdate('s');
  const r = await query.executeTakeFirst();
  if (!r) return null;
  return {
    id: r.id,
    version: r.version,
    scope: r.scope,
    lastChecked: r.last_checked,
    organization: { id: r.organization_id, name: r.organization_name },
    fields: toEdit(r),
    locations: r.locations,
  };
}

export async function updateServiceRow(tx: WriteTx, id: string, edit: ServiceEdit, now: Date, today: string): Promise<number> {
  const row = await tx
    .updateTable('service')
    .set({
      name: JSON.stringify(edit.name),
      summary: JSON.stringify(edit.summary),
      description: json(edit.description),
      keywords: json(edit.keywords),
      cost_note: json(edit.costNote),
      status_note: json(edit.statusNote),
      level: edit.level,
      sector: edit.sector,
      target_groups: edit.targetGroups,
      age_min: edit.ageMin,
      age_max: edit.ageMax,
      languages: edit.languages,
      delivery: edit.delivery,
      access: edit.access,
      cost: edit.cost,
      status: edit.status,
      // Saving is checking: whoever saved looked at the whole entry.
      last_checked: today,
      updated_at: now,
      version: sql`version + 1`,
    })
    .where('id', '=', id)
    .returning('version')
    .executeTakeFirstOrThrow();
  await tx.deleteFrom('service_category').where('service_id', '=', id).execute();
  if (edit.categories.length)
    await tx
      .insertInto('service_category')
      .values(edit.categories.map((code) => ({ service_id: id, category_code: code })))
      .execute();
  await tx.selectNoFrom(sql<void>`refresh_service_search(array[${id}]::uuid[])`.as('done')).execute();
  await refreshBaseForms(tx, [id], finnishMorphology());
  return row.version;
}

export async function insertService(
  tx: WriteTx,
  input: Omit<ServiceEdit, 'status'> & { organizationId: string; regionId: string | null; today: string; now: Date },
): Promise<string> {
  const { id } = await tx
    .insertInto('service')
    .values({
      organization_id: input.organizationId,
      region_id: input.regionId,
      scope: input.regionId ? 'region' : 'national',
      name: JSON.stringify(input.name),
      summary: JSON.stringify(input.summary),
      description: json(input.description),
      keywords: json(input.keywords),
      cost_note: json(input.costNote),
      status_note: json(input.statusNote),
      level: input.level,
      sector: input.sector,
      target_groups: input.targetGroups,
      age_min: input.ageMin,
      age_max: input.ageMax,
      languages: input.languages,
      delivery: input.delivery,
      access: input.access,
      cost: input.cost,
      last_checked: input.today,
      created_at: input.now,
      updated_at: input.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (input.categories.length)
    await tx
      .insertInto('service_category')
      .values(input.categories.map((code) => ({ service_id: id, category_code: code })))
      .execute();
  await tx.selectNoFrom(sql<void>`refresh_service_search(array[${id}]::uuid[])`.as('done')).execute();
  await refreshBaseForms(tx, [id], finnishMorphology());
  return id;
}

/** "Still correct": the date moves, nothing else; the version too, so an open form learns of it. */
export async function markServiceChecked(tx: WriteTx, id: string, today: string, now: Date): Promise<number> {
  const row = await tx
    .updateTable('service')
    .set({ last_checked: today, updated_at: now, version: sql`version + 1` })
    .where('id', '=', id)
    .returning('version')
    .executeTakeFirstOrThrow();
  return row.version;
}

export async function bumpServiceVersion(tx: WriteTx, id: string, now: Date): Promise<number> {
  const row = await tx
    .updateTable('service')
    .set({ updated_at: now, version: sql`version + 1` })
    .where('id', '=', id)
    .returning('version')
    .executeTakeFirstOrThrow();
  return row.version;
}

export async function insertLocation(
  tx: WriteTx,
  input: { serviceId: string; placeId: string; phone: string | null; email: string | null; note: I18nText | null },
): Promise<boolean> {
  const row = await tx
    .insertInto('service_at_place')
    .values({ service_id: input.serviceId, place_id: input.placeId, phone: input.phone, email: input.email, note: json(input.note) })
    .onConflict((oc) => oc.columns(['service_id', 'place_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return Boolean(row);
}

export async function deleteLocation(tx: WriteTx, serviceId: string, locationId: string): Promise<string | null> {
  const row = await tx
    .deleteFrom('service_at_place')
    .where('id', '=', locationId)
    .where('service_id', '=', serviceId)
    .returning('place_id')
    .executeTakeFirst();
  return row?.place_id ?? null;
}

export interface ServiceListRow {
  id: string;
  name: I18nText;
  organization: { id: string; name: I18nText };
  status: ServiceEdit['status'];
  lastChecked: string;
  version: number;
  municipalities: { code: string; name: I18nText }[];
}

/** The services an actor may edit: narrowed in SQL by where the action reaches. */
export async function listServicesWithin(
  tx: ReadTx,
  reach: Reachable,
  filter: { organizationId?: string | null; checkedBefore?: string | null },
  limit = 500,
): Promise<ServiceListRow[]> {
  let query = tx
    .selectFrom('service as s')
    .innerJoin('organization as o', 'o.id', 's.organization_id')
    .select(['s.id', 's.name', 's.status', 's.last_checked', 's.version', 'o.id as organization_id', 'o.name as organization_name'])
    .select((eb) =>
      jsonArrayFrom(
        eb
          .selectFrom('municipality as m')
          .whereRef('m.code', 'in', (sub) =>
            sub
              .selectFrom('service_at_place as sap')
              .innerJoin('place as p', 'p.id', 'sap.place_id')
              .whereRef('sap.service_id', '=', 's.id')
              .select('p.municipality_code')
              .union(sub.selectFrom('service_area as sa').whereRef('sa.service_id', '=', 's.id').select('sa.municipality_code')),
          )
          .select(['m.code', 'm.name'])
          .orderBy(sql`m.name ->> 'fi'`),
      ).as('municipalities'),
    );
  if (!reach.everywhere) {
    query = query.where((eb) =>
      eb.or([
        ...(reach.organizationIds.length ? [eb('s.organization_id', 'in', reach.organizationIds)] : []),
        ...(reach.regionIds.length ? [eb(sql`coalesce(s.region_id, o.region_id)`, 'in', reach.regionIds)] : []),
        eb.val(false),
      ]),
    );
  }
  if (filter.organizationId) query = query.where('s.organization_id', '=', filter.organizationId);
  if (filter.checkedBefore) query = query.where('s.last_checked', '<', filter.checkedBefore).where('s.status', '<>', 'ended');
  const rows = await query
    .orderBy(sql`o.name ->> 'fi'`)
    .orderBy(sql`s.name ->> 'fi'`)
    .orderBy('s.id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    organization: { id: r.organization_id, name: r.organization_name },
    status: r.status,
    lastChecked: r.last_checked,
    version: r.version,
    municipalities: r.municipalities,
  }));
}

export async function knownCategoryCodes(tx: ReadTx, codes: string[]): Promise<Set<string>> {
  if (!codes.length) return new Set();
  return new Set((await tx.selectFrom('category').select('code').where('code', 'in', codes).execute()).map((r) => r.code));
}
