import { sql } from 'kysely';
import type { ReadTx } from './catalog.tables.ts';
import type { PlaceDetail, PlaceRef, PlaceSummary } from './catalog.model.ts';
import type { AccessibilityFact, PlaceKind } from './catalog.domain.ts';
import { ACCESSIBILITY_COLUMNS, hoursFrom, PLACE_SUMMARY_COLUMNS, placeOf } from './row-mappers.ts';

export interface PlaceListCriteria {
  municipality: string | null;
  kinds: PlaceKind[];
  accessibility: AccessibilityFact[];
  /** Folded words that must all occur in the place's name. */
  nameWords: string[];
  limit: number;
  offset: number;
}

function placeSummaryQuery(tx: ReadTx) {
  return tx
    .selectFrom('place as p')
    .innerJoin('municipality as m', 'm.code', 'p.municipality_code')
    .innerJoin('organization as o', 'o.id', 'p.organization_id')
    .select(PLACE_SUMMARY_COLUMNS)
    .select(['o.id as organization_id', 'o.type as organization_type', 'o.name as organization_name']);
}

type SummaryRow = Awaited<ReturnType<ReturnType<typeof placeSummaryQuery>['executeTakeFirstOrThrow']>>;

function toSummary(r: SummaryRow): PlaceSummary {
  return { ...placeOf(r), organization: { id: r.organization_id, type: r.organization_type, name: r.organization_name } };
}

const KIND_ORDER = sql`array_position(array['familyCentre', 'centralMeetingPlace', 'meetingPlace', 'youthOhjaamo', 'servicePoint', 'school', 'daycare', 'library'], p.kind)`;

export async function listPlaces(tx: ReadTx, c: PlaceListCriteria): Promise<{ items: PlaceSummary[]; total: number }> {
  let query = placeSummaryQuery(tx).where('p.status', '<>', 'ended');
  if (c.municipality) query = query.where('p.municipality_code', '=', c.municipality);
  if (c.kinds.length) query = query.where('p.kind', 'in', c.kinds);
  for (const fact of c.accessibility) query = query.where(`p.${ACCESSIBILITY_COLUMNS[fact]}`, 'is', true);
  for (const word of c.nameWords) {
    query = query.where(sql<boolean>`search_fold(i18n_all(p.name)) like '%' || search_fold(${word}) || '%'`);
  }
  const rows = await query
    .select(sql<number>`count(*) over ()`.as('total'))
    .orderBy(KIND_ORDER)
    .orderBy(sql`m.name ->> 'fi'`)
    .orderBy(sql`p.name ->> 'fi'`)
    .orderBy('p.id')
    .limit(c.limit)
    .offset(c.offset)
    .execute();
  const total = rows[0]?.total ?? (c.offset > 0 ? await countPlaces(tx, c) : 0);
  return { items: rows.map(toSummary), total: Number(total) };
}

async function countPlaces(tx: ReadTx, c: PlaceListCriteria): Promise<number> {
  const { total } = await listPlaces(tx, { ...c, offset: 0, limit: 1 });
  return total;
}

export async function findPlaceDetail(tx: ReadTx, id: string): Promise<PlaceDetail | null> {
  const row = await placeSummaryQuery(tx)
    .where('p.id', '=', id)
    .select([
      'p.description',
      'p.transport_note',
      'p.accessibility_note',
      'p.phone',
      'p.email',
      'p.website',
      'p.status_note',
      'p.last_checked',
    ])
    .executeTakeFirst();
  if (!row) return null;
  const [weekly, exceptions, services, servesMunicipalities, familyCentres] = await Promise.all([
    tx.selectFrom('opening_hours').where('place_id', '=', id).selectAll().execute(),
    tx.selectFrom('opening_hours_exception').where('place_id', '=', id).selectAll().execute(),
    tx
      .selectFrom('service_at_place as sap')
      .innerJoin('service as s', 's.id', 'sap.service_id')
      .where('sap.place_id', '=', id)
      .where('s.status', '<>', 'ended')
      .select(['s.id', 's.name', 's.summary', 's.level', 's.status', 'sap.note'])
      .orderBy(sql`array_position(array['universal', 'basic', 'special'], s.level)`)
      .orderBy(sql`s.name ->> 'fi'`)
      .execute(),
    tx
      .selectFrom('family_centre_area as a')
      .innerJoin('municipality as m', 'm.code', 'a.municipality_code')
      .where('a.family_centre_id', '=', id)
      .select(['m.code', 'm.name'])
      .orderBy(sql`m.name ->> 'fi'`)
      .execute(),
    findFamilyCentresServing(tx, row.municipality_code),
  ]);
  return {
    ...toSummary(row),
    description: row.description,
    transportNote: row.transport_note,
    accessibilityNote: row.accessibility_note,
    phone: row.phone,
    email: row.email,
    website: row.website,
    statusNote: row.status_note,
    lastChecked: row.last_checked,
    hours: hoursFrom(weekly, exceptions),
    services,
    servesMunicipalities,
    familyCentres: familyCentres.filter((f) => f.id !== id),
  };
}

export async function findFamilyCentresServing(tx: ReadTx, municipalityCode: string): Promise<PlaceRef[]> {
  const rows = await tx
    .selectFrom('family_centre_area as a')
    .innerJoin('place as p', 'p.id', 'a.family_centre_id')
    .innerJoin('municipality as m', 'm.code', 'p.municipality_code')
    .where('a.municipality_code', '=', municipalityCode)
    .where('p.status', '<>', 'ended')
    .select(['p.id', 'p.kind', 'p.name', 'm.code as municipality_code', 'm.name as municipality_name'])
    .orderBy(sql`p.name ->> 'fi'`)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    name: r.name,
    municipality: { code: r.municipality_code, name: r.municipality_name },
  }));
}
