import { sql } from 'kysely';
import type { I18nText } from '../../../platform/i18n-text.ts';
import type { Reachable } from '../../../platform/authorization/actions.ts';
import { accessibilityOf, accessibilityRow, ACCESSIBILITY_COLUMNS } from '../row-mappers.ts';
import type { PlaceKind } from '../catalog.domain.ts';
import type { PlaceEdit, PlaceHoursEdit, ServiceOwner } from './editing.model.ts';
import type { ReadTx, WriteTx } from './editing.tables.ts';

const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

export async function findPlaceOwner(tx: ReadTx, id: string): Promise<ServiceOwner | null> {
  const row = await tx
    .selectFrom('place as p')
    .innerJoin('municipality as m', 'm.code', 'p.municipality_code')
    .where('p.id', '=', id)
    .select(['p.organization_id', 'm.region_id'])
    .executeTakeFirst();
  return row ? { organizationId: row.organization_id, regionId: row.region_id } : null;
}

export async function findPlaceForEdit(tx: ReadTx, id: string, forUpdate = false) {
  let query = tx
    .selectFrom('place as p')
    .innerJoin('organization as o', 'o.id', 'p.organization_id')
    .innerJoin('municipality as m', 'm.code', 'p.municipality_code')
    .selectAll('p')
    .select(['o.name as organization_name', 'm.name as municipality_name'])
    .where('p.id', '=', id);
  if (forUpdate) query = query.forUpdate('p');
  const r = await query.executeTakeFirst();
  if (!r) return null;
  const fields: PlaceEdit = {
    name: r.name,
    description: r.description,
    postOffice: r.post_office,
    transportNote: r.transport_note,
    accessibilityNote: r.accessibility_note,
    statusNote: r.status_note,
    streetAddress: r.street_address,
    postalCode: r.postal_code,
    latitude: r.latitude,
    longitude: r.longitude,
    accessibility: accessibilityOf(r),
    phone: r.phone,
    email: r.email,
    website: r.website,
    status: r.status,
  };
  return {
    id: r.id,
    version: r.version,
    kind: r.kind,
    lastChecked: r.last_checked,
    organization: { id: r.organization_id, name: r.organization_name },
    municipality: { code: r.municipality_code, name: r.municipality_name },
    fields,
  };
}

export async function findPlaceHours(tx: ReadTx, placeId: string) {
  const [weekly, exceptions] = await Promise.all([
    tx
      .selectFrom('opening_hours')
      .select(['weekday', 'opens', 'closes', 'valid_from', 'valid_to'])
      .where('place_id', '=', placeId)
      .orderBy('weekday')
      .orderBy('opens')
      .execute(),
    tx
      .selectFrom('opening_hours_exception')
      .select(['day', 'closed', 'opens', 'closes', 'note'])
      .where('place_id', '=', placeId)
      .orderBy('day')
      .execute(),
  ]);
  const hours: PlaceHoursEdit = {
    weekly: [1, 2, 3, 4, 5, 6, 7].map((d) =>
      weekly
        .filter((w) => w.weekday === d && !w.valid_from && !w.valid_to)
        .map((w) => ({ opens: w.opens.slice(0, 5), closes: w.closes.slice(0, 5) })),
    ),
    exceptions: exceptions.map((x) => ({
      day: x.day,
      intervals: x.closed ? [] : [{ opens: x.opens!.slice(0, 5), closes: x.closes!.slice(0, 5) }],
      note: x.note,
    })),
  };
  const seasonal = weekly
    .filter((w) => w.valid_from || w.valid_to)
    .map((w) => ({
      weekday: w.weekday,
      opens: w.opens.slice(0, 5),
      closes: w.closes.slice(0, 5),
      validFrom: w.valid_from,
      validTo: w.valid_to,
    }));
  return { hours, seasonal };
}

export async function updatePlaceRow(tx: WriteTx, id: string, edit: PlaceEdit, now: Date, today: string): Promise<number> {
  const facts = Object.fromEntries(Object.entries(edit.accessibility).filter(([, v]) => v !== null)) as Record<string, boolean>;
  const row = await tx
    .updateTable('place')
    .set({
      name: JSON.stringify(edit.name),
      description: json(edit.description),
      post_office: JSON.stringify(edit.postOffice),
      transport_note: json(edit.transportNote),
      accessibility_note: json(edit.accessibilityNote),
      status_note: json(edit.statusNote),
      street_address: edit.streetAddress,
      postal_code: edit.postalCode,
      latitude: edit.latitude,
      longitude: edit.longitude,
      ...accessibilityRow(facts),
      phone: edit.phone,
      email: edit.email,
      website: edit.website,
      status: edit.status,
      last_checked: today,
      updated_at: now,
      version: sql`version + 1`,
    })
    .where('id', '=', id)
    .returning('version')
    .executeTakeFirstOrThrow();
  return row.version;
}

/** Replaces the hours without a validity period and every exception of the place. */
export async function replacePlaceHours(tx: WriteTx, id: string, hours: PlaceHoursEdit, now: Date, today: string): Promise<number> {
  await tx.deleteFrom('opening_hours').where('place_id', '=', id).where('valid_from', 'is', null).where('valid_to', 'is', null).execute();
  const weekly = hours.weekly.flatMap((intervals, i) => intervals.map((iv) => ({ place_id: id, weekday: i + 1, ...iv })));
  if (weekly.length) await tx.insertInto('opening_hours').values(weekly).execute();
  await tx.deleteFrom('opening_hours_exception').where('place_id', '=', id).execute();
  const exceptions = hours.exceptions.map((x) => ({
    place_id: id,
    day: x.day,
    closed: x.intervals.length === 0,
    opens: x.intervals[0]?.opens ?? null,
    closes: x.intervals[0]?.closes ?? null,
    note: json(x.note),
  }));
  if (exceptions.length) await tx.insertInto('opening_hours_exception').values(exceptions).execute();
  const row = await tx
    .updateTable('place')
    .set({ last_checked: today, updated_at: now, version: sql`version + 1` })
    .where('id', '=', id)
    .returning('version')
    .executeTakeFirstOrThrow();
  return row.version;
}

export async function insertPlace(
  tx: WriteTx,
  input: {
    organizationId: string;
    kind: PlaceKind;
    municipalityCode: string;
    name: I18nText;
    postOffice: I18nText;
    streetAddress: string;
    postalCode: string;
    today: string;
    now: Date;
  },
): Promise<string> {
  const { id } = await tx
    .insertInto('place')
    .values({
      organization_id: input.organizationId,
      kind: input.kind,
      municipality_code: input.municipalityCode,
      name: JSON.stringify(input.name),
      post_office: JSON.stringify(input.postOffice),
      street_address: input.streetAddress,
      postal_code: input.postalCode,
      last_checked: input.today,
      created_at: input.now,
      updated_at: input.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function findMunicipalityRegion(tx: ReadTx, code: string): Promise<string | null> {
  const row = await tx.selectFrom('municipality').select('region_id').where('code', '=', code).executeTakeFirst();
  return row?.region_id ?? null;
}

export async function findOrganizationOwner(tx: ReadTx, id: string): Promise<ServiceOwner | null> {
  const row = await tx.selectFrom('organization').select(['id', 'region_id']).where('id', '=', id).executeTakeFirst();
  return row ? { organizationId: row.id, regionId: row.region_id } : null;
}

export async function placesOfOrganization(tx: ReadTx, organizationId: string) {
  return tx
    .selectFrom('place')
    .select(['id', 'name'])
    .where('organization_id', '=', organizationId)
    .where('status', '<>', 'ended')
    .orderBy(sql`name ->> 'fi'`)
    .execute();
}

export interface PlaceListRow {
  id: string;
  name: I18nText;
  kind: PlaceKind;
  organization: { id: string; name: I18nText };
  municipality: { code: string; name: I18nText };
  status: PlaceEdit['status'];
  lastChecked: string;
}

export async function listPlacesWithin(tx: ReadTx, reach: Reachable, limit = 500): Promise<PlaceListRow[]> {
  let query = tx
    .selectFrom('place as p')
    .innerJoin('organization as o', 'o.id', 'p.organization_id')
    .innerJoin('municipality as m', 'm.code', 'p.municipality_code')
    .select(['p.id', 'p.name', 'p.kind', 'p.status', 'p.last_checked', 'o.id as oid', 'o.name as oname', 'm.code', 'm.name as mname']);
  if (!reach.everywhere) {
    query = query.where((eb) =>
      eb.or([
        ...(reach.organizationIds.length ? [eb('p.organization_id', 'in', reach.organizationIds)] : []),
        ...(reach.regionIds.length ? [eb('m.region_id', 'in', reach.regionIds)] : []),
        eb.val(false),
      ]),
    );
  }
  const rows = await query
    .orderBy(sql`o.name ->> 'fi'`)
    .orderBy(sql`p.name ->> 'fi'`)
    .orderBy('p.id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    kind: r.kind,
    status: r.status,
    lastChecked: r.last_checked,
    organization: { id: r.oid, name: r.oname },
    municipality: { code: r.code, name: r.mname },
  }));
}

export { ACCESSIBILITY_COLUMNS };
