import type { Reachable } from '../../platform/authorization/actions.ts';
import type { NewRegistration } from './registrations.queries.ts';
import type { ReadTx, WriteTx } from './activities.tables.ts';

/* The organisers' and the demo loader's smaller statements. */

export async function findOrganizationOwner(tx: ReadTx, id: string) {
  return tx.selectFrom('organization').select(['id', 'region_id']).where('id', '=', id).executeTakeFirst();
}

export async function organizationsInRegions(tx: ReadTx, regionIds: readonly string[]): Promise<string[]> {
  return (await tx.selectFrom('organization').select('id').where('region_id', 'in', regionIds).execute()).map((o) => o.id);
}

export async function activityVersion(tx: ReadTx, id: string): Promise<number> {
  return (await tx.selectFrom('activity').select('version').where('id', '=', id).executeTakeFirstOrThrow()).version;
}

export async function listRecentOccurrences(tx: ReadTx, activityId: string, since: Date) {
  return tx
    .selectFrom('activity_occurrence')
    .select(['id', 'starts_at', 'ends_at', 'capacity', 'confirmed_count', 'waitlisted_count', 'status'])
    .where('activity_id', '=', activityId)
    .where('starts_at', '>=', since)
    .orderBy('starts_at')
    .limit(40)
    .execute();
}

export async function headCountOf(tx: ReadTx, occurrenceId: string) {
  return tx
    .selectFrom('activity_occurrence')
    .select(['head_adults', 'head_children_0_2', 'head_children_3_6', 'head_children_7_12', 'head_children_13_17'])
    .where('id', '=', occurrenceId)
    .executeTakeFirstOrThrow();
}

export async function findMunicipality(tx: ReadTx, code: string) {
  return tx.selectFrom('municipality').select(['code', 'name']).where('code', '=', code).executeTakeFirst();
}

export async function demoRegionExists(tx: ReadTx): Promise<boolean> {
  return Boolean(await tx.selectFrom('region').select('id').where('id', '=', 'etela-savo').executeTakeFirst());
}

export async function anyActivityExists(tx: ReadTx): Promise<boolean> {
  return Boolean(await tx.selectFrom('activity').select('id').limit(1).executeTakeFirst());
}

export async function placeMunicipality(tx: ReadTx, placeId: string): Promise<string> {
  return (await tx.selectFrom('place').select('municipality_code').where('id', '=', placeId).executeTakeFirstOrThrow()).municipality_code;
}

export async function nextOccurrenceId(tx: ReadTx, activityId: string, after: Date): Promise<string> {
  const row = await tx
    .selectFrom('activity_occurrence')
    .select('id')
    .where('activity_id', '=', activityId)
    .where('starts_at', '>', after)
    .orderBy('starts_at')
    .limit(1)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** An invented sign-up of the demo, without the lock and the mail of a real one. */
export async function insertDemoRegistration(tx: WriteTx, r: NewRegistration & { created_at: Date; updated_at: Date }) {
  await tx.insertInto('registration').values(r).execute();
}

export async function formChoiceRows(tx: ReadTx, reach: Reachable) {
  const organizations = await tx
    .selectFrom('organization')
    .select(['id', 'name', 'region_id'])
    .$if(!reach.everywhere, (q) =>
      q.where((eb) =>
        eb.or([
          ...(reach.organizationIds.length ? [eb('id', 'in', reach.organizationIds)] : []),
          ...(reach.regionIds.length ? [eb('region_id', 'in', reach.regionIds)] : []),
          eb.val(false),
        ]),
      ),
    )
    .orderBy('id')
    .limit(500)
    .execute();
  const regions = [...new Set(organizations.map((o) => o.region_id).filter((r): r is string => r !== null))];
  const places = regions.length
    ? await tx
        .selectFrom('place as p')
        .innerJoin('municipality as m', 'm.code', 'p.municipality_code')
        .select(['p.id', 'p.name', 'm.name as municipality_name'])
        .where('m.region_id', 'in', regions)
        .where('p.kind', 'in', ['centralMeetingPlace', 'meetingPlace', 'familyCentre', 'library', 'youthOhjaamo'])
        .orderBy('m.code')
        .orderBy('p.id')
        .execute()
    : [];
  const municipalities = regions.length
    ? await tx.selectFrom('municipality').select(['code', 'name']).where('region_id', 'in', regions).orderBy('code').execute()
    : [];
  return { organizations, places, municipalities };
}

/**
 * Occurrences from `from` on that are no longer among `planned` but have sign-ups (confirmed,
 * waiting, applied, or since cancelled): an edit keeps them for the organiser to cancel or keep.
 * With `only`, just those ids (a page re-checking what its address names).
 */
export async function listKeptOutsideSchedule(
  tx: ReadTx,
  activityId: string,
  planned: readonly Date[],
  from: Date,
  only?: readonly string[],
) {
  if (only && only.length === 0) return [];
  return (
    tx
      .selectFrom('activity_occurrence as x')
      .select(['x.id', 'x.starts_at', 'x.ends_at', 'x.confirmed_count', 'x.waitlisted_count'])
      .where('x.activity_id', '=', activityId)
      .where('x.status', '=', 'scheduled')
      .where('x.starts_at', '>=', from)
      .$if(planned.length > 0, (q) => q.where('x.starts_at', 'not in', planned))
      .$if(only !== undefined, (q) => q.where('x.id', 'in', only!))
      // Exactly what syncOccurrences keeps: any registration, even one the family has since cancelled.
      .where((eb) =>
        eb.or([
          eb('x.confirmed_count', '>', 0),
          eb('x.waitlisted_count', '>', 0),
          eb.exists(eb.selectFrom('registration as r').select('r.id').whereRef('r.occurrence_id', '=', 'x.id')),
        ]),
      )
      .orderBy('x.starts_at')
      .limit(100)
      .execute()
  );
}
