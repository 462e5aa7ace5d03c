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
  return shiftQuery(tx).where('s.region_id', '=', regionId).where('s.ends_at', '>', from).where('s.starts_at', '<', to).orderBy('s.starts_at').execute();
}

/** Shifts that cover a request of this municipality and language (a shift without a municipality covers the region). */
export async function coveringShifts(tx: ReadTx, q: { regionId: string; municipalityCode: string; language: ContactLanguage; from: Date; to: Date }) {
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
  s: { personId: string; organizationId: string; regionId: string; municipalityCode: string | null; language: ContactLanguage; startsAt: Date; endsAt: Date },
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
