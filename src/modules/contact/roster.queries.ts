import { sql } from 'kysely';
import type { ContactLanguage } from './contact.domain.ts';
import type { ReadTx, WriteTx } from './contact.tables.ts';

export interface ShiftRow {
  id: string;
  personId: string;
  personName: string;
  organizationId: string;
  regionId: string;
  municipalityCode: string | null;
  language: ContactLanguage;
  startsAt: Date;
  endsAt: Date;
}

function shiftQuery(tx: ReadTx) {
  return tx
    .selectFrom('duty_shift as s')
    .innerJoin('person as p', 'p.id', 's.person_id')
    .select([
      's.id',
      's.person_id as personId',
      'p.name as personName',
      's.organization_id as organizationId',
      's.region_id as regionId',
      's.municipality_code as municipalityCode',
      's.language',
      's.starts_at as startsAt',
      's.ends_at as endsAt',
    ]);
}

/** Shifts of the region that end after `from` and start before `to`, in time order. */
export async function listShifts(tx: ReadTx, regionId: string, from: Date, to: Date): Promise<ShiftRow[]> {
  return shiftQuery(tx)
    .where('s.region_id', '=', regionId)
    .where('s.ends_at', '>', from)
    .where('s.starts_at', '<', to)
    .orderBy('s.starts_at')
    .execute();
}

/** Shifts that cover a request of this municipality and language (a shift without a municipality covers the region). */
export async function coveringShifts(
  tx: ReadTx,
  q: { regionId: string; municipalityCode: string; language: ContactLanguage; from: Date; to: Date },
) {
  return shiftQuery(tx)
    .where('s.region_id', '=', q.regionId)
    .where('s.language', '=', q.language)
    .where((eb) => eb.or([eb('s.municipality_code', 'is', null), eb('s.municipality_code', '=', q.municipalityCode)]))
    .where('s.ends_at', '>', q.from)
    .where('s.starts_at', '<', q.to)
    .orderBy('s.starts_at')
    .execute();
}

export async function insertShift(
  tx: WriteTx,
  s: {
    personId: string;
    organizationId: string;
    regionId: string;
    municipalityCode: string | null;
    language: ContactLanguage;
    startsAt: Date;
    endsAt: Date;
  },
): Promise<string> {
  const row = await tx
    .insertInto('duty_shift')
    .values({
      person_id: s.personId,
      organization_id: s.organizationId,
      region_id: s.regionId,
      municipality_code: s.municipalityCode,
      language: s.language,
      starts_at: s.startsAt,
      ends_at: s.endsAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function findShift(tx: ReadTx, id: string) {
  return tx.selectFrom('duty_shift').select(['id', 'person_id', 'organization_id', 'region_id']).where('id', '=', id).executeTakeFirst();
}

export async function deleteShift(tx: WriteTx, id: string): Promise<void> {
  await tx.deleteFrom('duty_shift').where('id', '=', id).execute();
}

export async function findOrganizationRegion(tx: ReadTx, id: string) {
  return tx.selectFrom('organization').select(['id', 'region_id']).where('id', '=', id).executeTakeFirst();
}

/** The demo's advisors of the region with these addresses, with their organisation. */
export async function findAdvisorsByEmail(tx: ReadTx, regionId: string, emails: string[]) {
  return tx
    .selectFrom('person as p')
    .innerJoin('membership as ms', 'ms.person_id', 'p.id')
    .innerJoin('organization as o', 'o.id', 'ms.organization_id')
    .select(['p.id', 'p.email', 'o.id as organizationId'])
    .where('ms.role', '=', 'familyAdvisor')
    .where('o.region_id', '=', regionId)
    .where('p.email', 'in', emails)
    .execute();
}

/** A shift, unless the person already has one of that language then (the exclusion constraint). Says whether it was added. */
export async function insertShiftUnlessOverlapping(
  tx: WriteTx,
  s: { personId: string; organizationId: string; regionId: string; language: string; startsAt: Date; endsAt: Date },
): Promise<boolean> {
  const result = await sql`
    insert into duty_shift (person_id, organization_id, region_id, municipality_code, language, starts_at, ends_at)
    values (${s.personId}, ${s.organizationId}, ${s.regionId}, null, ${s.language}, ${s.startsAt}, ${s.endsAt})
    on conflict do nothing`.execute(tx);
  return Number(result.numAffectedRows ?? 0n) > 0;
}
