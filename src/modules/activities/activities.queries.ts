import { sql, type Selectable } from 'kysely';
import type { I18nText } from '../../platform/i18n-text.ts';
import type { ActivitySummary, OccurrenceFilter, OccurrenceListItem, Schedule } from './activities.domain.ts';
import type { ActivityTable, ReadTx, WriteTx } from './activities.tables.ts';
import type { PlannedOccurrence } from './schedule.ts';

/* Every SQL statement about activities and their occurrences. */

export interface ActivityOwner {
  readonly organizationId: string;
  readonly regionId: string | null;
}

/** The organisations that run an activity (the owner first), for authorization. */
export async function findActivityOwners(tx: ReadTx, activityId: string): Promise<ActivityOwner[] | null> {
  const rows = await tx
    .selectFrom('activity as a')
    .innerJoin('organization as o', 'o.id', 'a.organization_id')
    .select(['o.id as organizationId', 'o.region_id as regionId'])
    .where('a.id', '=', activityId)
    .unionAll(
      tx
        .selectFrom('activity_organizer as ao')
        .innerJoin('organization as o', 'o.id', 'ao.organization_id')
        .select(['o.id as organizationId', 'o.region_id as regionId'])
        .where('ao.activity_id', '=', activityId),
    )
    .execute();
  return rows.length ? rows : null;
}

export async function findOccurrenceActivityId(tx: ReadTx, occurrenceId: string): Promise<string | null> {
  const row = await tx.selectFrom('activity_occurrence').select('activity_id').where('id', '=', occurrenceId).executeTakeFirst();
  return row?.activity_id ?? null;
}

export type NewActivity = Omit<Selectable<ActivityTable>, 'id' | 'version' | 'created_at' | 'updated_at' | 'status'> & {
  status?: ActivityTable['status']['__insert__'];
};

function activityRow(a: NewActivity) {
  return {
    ...a,
    name: JSON.stringify(a.name),
    description: a.description ? JSON.stringify(a.description) : null,
    accessibility_note: a.accessibility_note ? JSON.stringify(a.accessibility_note) : null,
    cost_note: a.cost_note ? JSON.stringify(a.cost_note) : null,
  };
}

export async function insertActivity(
  tx: WriteTx,
  activity: NewActivity & { id?: string },
  now: Date,
  coOrganizers: readonly string[],
): Promise<string> {
  const { id } = await tx
    .insertInto('activity')
    .values({ ...activityRow(activity), ...(activity.id ? { id: activity.id } : {}), created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (coOrganizers.length)
    await tx
      .insertInto('activity_organizer')
      .values(coOrganizers.map((organization_id) => ({ activity_id: id, organization_id })))
      .execute();
  return id;
}

export async function lockActivity(tx: WriteTx, id: string) {
  return tx.selectFrom('activity').select(['id', 'version', 'capacity', 'sign_up']).where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function updateActivityRow(tx: WriteTx, id: string, activity: NewActivity, now: Date): Promise<void> {
  await tx
    .updateTable('activity')
    .set({ ...activityRow(activity), updated_at: now, version: sql<number>`version + 1` })
    .where('id', '=', id)
    .execute();
}

export function scheduleOf(
  row: Pick<Selectable<ActivityTable>, 'first_date' | 'start_time' | 'duration_minutes' | 'rrule' | 'exception_dates' | 'added_dates'>,
): Schedule {
  return {
    firstDate: row.first_date,
    startTime: row.start_time.slice(0, 5),
    durationMinutes: row.duration_minutes,
    rrule: row.rrule,
    exceptionDates: row.exception_dates,
    addedDates: row.added_dates,
  };
}

/** The activities whose schedules are materialised, for the horizon job. */
export async function listSchedules(tx: ReadTx) {
  return tx
    .selectFrom('activity')
    .select(['id', 'capacity', 'first_date', 'start_time', 'duration_minutes', 'rrule', 'exception_dates', 'added_dates'])
    .where('status', '=', 'published')
    .execute();
}

/**
 * Brings an activity's occurrences in [from, to] in line with its schedule: new dates are added,
 * dates no longer planned are removed when nobody is signed up (else they stay for the organiser
 * to cancel, so nobody loses a place silently). Capacity follows the activity, never below those confirmed.
 */
export async function syncOccurrences(
  tx: WriteTx,
  activityId: string,
  planned: readonly PlannedOccurrence[],
  capacity: number | null,
  from: Date,
) {
  if (planned.length)
    await tx
      .insertInto('activity_occurrence')
      .values(planned.map((o) => ({ activity_id: activityId, starts_at: o.start, ends_at: o.end, local_date: o.localDate, capacity })))
      .onConflict((oc) => oc.columns(['activity_id', 'starts_at']).doNothing())
      .execute();
  const keep = planned.map((o) => o.start);
  await tx
    .deleteFrom('activity_occurrence')
    .where('activity_id', '=', activityId)
    .where('starts_at', '>=', from)
    .$if(keep.length > 0, (q) => q.where('starts_at', 'not in', keep))
    .where('confirmed_count', '=', 0)
    .where('waitlisted_count', '=', 0)
    .where((eb) =>
      eb.not(eb.exists(eb.selectFrom('registration as r').select('r.id').whereRef('r.occurrence_id', '=', 'activity_occurrence.id'))),
    )
    .execute();
  await tx
    .updateTable('activity_occurrence')
    .set({ capacity: capacity === null ? null : sql<number>`greatest(${capacity}::int, confirmed_count, 1)` })
    .where('activity_id', '=', activityId)
    .where('starts_at', '>=', from)
    .execute();
}

const placeJson = sql<ActivitySummary['place']>`case when p.id is null then null else json_build_object(
  'id', p.id, 'name', p.name, 'streetAddress', p.street_address, 'accessibilityNote', p.accessibility_note, 'stepFreeAccess', p.step_free_access) end`;

export async function findActivity(tx: ReadTx, id: string): Promise<ActivitySummary | null> {
  const row = await tx
    .selectFrom('activity as a')
    .innerJoin('organization as o', 'o.id', 'a.organization_id')
    .innerJoin('municipality as m', 'm.code', 'a.municipality_code')
    .leftJoin('place as p', 'p.id', 'a.place_id')
    .selectAll('a')
    .select(['o.name as organization_name', 'm.name as municipality_name', placeJson.as('place')])
    .select((eb) =>
      eb
        .selectFrom('activity_organizer as ao')
        .innerJoin('organization as co', 'co.id', 'ao.organization_id')
        .select(sql<{ id: string; name: I18nText }[]>`coalesce(json_agg(json_build_object('id', co.id, 'name', co.name)), '[]')`.as('list'))
        .whereRef('ao.activity_id', '=', 'a.id')
        .as('co_organizers'),
    )
    .where('a.id', '=', id)
    .executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    type: row.type,
    name: row.name,
    description: row.description,
    organization: { id: row.organization_id, name: row.organization_name },
    coOrganizers: row.co_organizers ?? [],
    place: row.place,
    municipality: { code: row.municipality_code, name: row.municipality_name },
    onlineUrl: row.online_url,
    targetGroups: row.target_groups,
    ageMin: row.age_min,
    ageMax: row.age_max,
    languages: row.languages as ActivitySummary['languages'],
    accessibilityNote: row.accessibility_note,
    cost: row.cost,
    costNote: row.cost_note,
    signUp: row.sign_up,
    capacity: row.capacity,
    schedule: scheduleOf(row),
    status: row.status,
  };
}

/** Occurrences from `from` up to `to` (instants), upcoming first, with the filters of the calendar. */
export async function listOccurrences(
  tx: ReadTx,
  filter: OccurrenceFilter,
  range: { from: Date; to: Date },
  page: { limit: number; offset: number },
) {
  const base = tx
    .selectFrom('activity_occurrence as x')
    .innerJoin('activity as a', 'a.id', 'x.activity_id')
    .where('a.status', '=', 'published')
    .where('x.starts_at', '>=', range.from)
    .where('x.starts_at', '<', range.to)
    .$if(filter.municipality !== undefined, (q) => q.where('a.municipality_code', '=', filter.municipality!))
    .$if(filter.place !== undefined, (q) => q.where('a.place_id', '=', filter.place!))
    .$if(filter.activity !== undefined, (q) => q.where('a.id', '=', filter.activity!))
    .$if(filter.type !== undefined, (q) => q.where('a.type', '=', filter.type!))
    .$if(filter.language !== undefined, (q) => q.where(sql<boolean>`${filter.language!} = any(a.languages)`))
    .$if(filter.age !== undefined, (q) =>
      q.where((eb) =>
        eb.and([
          eb.or([eb('a.age_min', 'is', null), eb('a.age_min', '<=', filter.age!)]),
          eb.or([eb('a.age_max', 'is', null), eb('a.age_max', '>=', filter.age!)]),
        ]),
      ),
    )
    .$if(filter.free === true, (q) => q.where('a.cost', '=', 'free'))
    .$if(filter.placesLeft === true, (q) =>
      q
        .where('x.status', '=', 'scheduled')
        .where((eb) => eb.or([eb('x.capacity', 'is', null), eb('x.confirmed_count', '<', eb.ref('x.capacity'))])),
    );
  const [rows, count] = await Promise.all([
    base
      .innerJoin('municipality as m', 'm.code', 'a.municipality_code')
      .leftJoin('place as p', 'p.id', 'a.place_id')
      .select([
        'x.id',
        'x.activity_id',
        'x.starts_at',
        'x.ends_at',
        'x.local_date',
        'x.capacity',
        'x.confirmed_count',
        'x.waitlisted_count',
        'x.status',
        'a.type',
        'a.name',
        'a.languages',
        'a.sign_up',
        'a.cost',
        'a.age_min',
        'a.age_max',
        'a.sign_up_opens_days',
        'a.sign_up_closes_hours',
        'p.name as place_name',
        'm.code as municipality_code',
        'm.name as municipality_name',
      ])
      .orderBy('x.starts_at')
      .orderBy('x.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export type OccurrenceRow = Awaited<ReturnType<typeof listOccurrences>>['rows'][number];

export function occurrenceItem(row: OccurrenceRow, signUpOpen: boolean): OccurrenceListItem {
  return {
    id: row.id,
    activityId: row.activity_id,
    start: row.starts_at,
    end: row.ends_at,
    localDate: row.local_date,
    capacity: row.sign_up === 'none' ? null : row.capacity,
    confirmed: row.confirmed_count,
    waitlisted: row.waitlisted_count,
    cancelled: row.status === 'cancelled',
    signUpOpen,
    activity: {
      id: row.activity_id,
      type: row.type,
      name: row.name,
      languages: row.languages as OccurrenceListItem['activity']['languages'],
      signUp: row.sign_up,
      cost: row.cost,
      ageMin: row.age_min,
      ageMax: row.age_max,
      placeName: row.place_name,
      municipality: { code: row.municipality_code, name: row.municipality_name },
    },
  };
}

/** One occurrence with what sign-up decides on; `forUpdate` takes its row lock (the capacity lock). */
export async function findOccurrence(tx: ReadTx | WriteTx, id: string, forUpdate = false) {
  let q = tx
    .selectFrom('activity_occurrence as x')
    .innerJoin('activity as a', 'a.id', 'x.activity_id')
    .innerJoin('organization as o', 'o.id', 'a.organization_id')
    .leftJoin('place as p', 'p.id', 'a.place_id')
    .select([
      'x.id',
      'x.activity_id',
      'x.starts_at',
      'x.ends_at',
      'x.local_date',
      'x.capacity',
      'x.confirmed_count',
      'x.waitlisted_count',
      'x.status',
      'x.personal_data_deleted_at',
      'a.name',
      'a.type',
      'a.sign_up',
      'a.status as activity_status',
      'a.sign_up_opens_days',
      'a.sign_up_closes_hours',
      'a.organization_id',
      'a.online_url',
      'o.region_id',
      'p.name as place_name',
      'p.street_address',
    ])
    .where('x.id', '=', id);
  if (forUpdate) q = q.forUpdate('x') as typeof q;
  return q.executeTakeFirst();
}

export type OccurrenceDetail = NonNullable<Awaited<ReturnType<typeof findOccurrence>>>;

export async function markOccurrenceCancelled(tx: WriteTx, id: string, now: Date) {
  await tx.updateTable('activity_occurrence').set({ status: 'cancelled', cancelled_at: now }).where('id', '=', id).execute();
}

export async function setHeadCount(
  tx: WriteTx,
  id: string,
  counts: { adults: number; children: Record<'0-2' | '3-6' | '7-12' | '13-17', number> },
) {
  await tx
    .updateTable('activity_occurrence')
    .set({
      head_adults: counts.adults,
      head_children_0_2: counts.children['0-2'],
      head_children_3_6: counts.children['3-6'],
      head_children_7_12: counts.children['7-12'],
      head_children_13_17: counts.children['13-17'],
    })
    .where('id', '=', id)
    .execute();
}

/** The calendar feed of a place or a municipality: the next occurrences with their activity and place. */
export async function listFeedOccurrences(tx: ReadTx, where: { place?: string; municipality?: string }, from: Date, limit: number) {
  return tx
    .selectFrom('activity_occurrence as x')
    .innerJoin('activity as a', 'a.id', 'x.activity_id')
    .leftJoin('place as p', 'p.id', 'a.place_id')
    .select([
      'x.id',
      'x.starts_at',
      'x.ends_at',
      'x.status',
      'a.id as activity_id',
      'a.name',
      'a.description',
      'a.online_url',
      'p.name as place_name',
      'p.street_address',
    ])
    .where('a.status', '=', 'published')
    .where('x.starts_at', '>=', from)
    .$if(where.place !== undefined, (q) => q.where('a.place_id', '=', where.place!))
    .$if(where.municipality !== undefined, (q) => q.where('a.municipality_code', '=', where.municipality!))
    .orderBy('x.starts_at')
    .limit(limit)
    .execute();
}

export type FeedRow = Awaited<ReturnType<typeof listFeedOccurrences>>[number];

export async function listActivityRows(
  tx: ReadTx,
  filter: { municipality?: string; place?: string; organizationIds?: readonly string[]; allStatuses?: boolean },
  page: { limit: number; offset: number },
) {
  const base = tx
    .selectFrom('activity as a')
    .$if(filter.municipality !== undefined, (q) => q.where('a.municipality_code', '=', filter.municipality!))
    .$if(filter.place !== undefined, (q) => q.where('a.place_id', '=', filter.place!))
    .$if(filter.organizationIds !== undefined, (q) =>
      q.where((eb) =>
        eb.or([
          eb(
            'a.organization_id',
            'in',
            filter.organizationIds!.length ? filter.organizationIds! : ['00000000-0000-0000-0000-000000000000'],
          ),
          eb.exists(
            eb
              .selectFrom('activity_organizer as ao')
              .select('ao.activity_id')
              .whereRef('ao.activity_id', '=', 'a.id')
              .where(
                'ao.organization_id',
                'in',
                filter.organizationIds!.length ? filter.organizationIds! : ['00000000-0000-0000-0000-000000000000'],
              ),
          ),
        ]),
      ),
    )
    .$if(!filter.allStatuses, (q) => q.where('a.status', '=', 'published'));
  const [rows, count] = await Promise.all([
    base
      .select(['a.id'])
      .orderBy(sql`a.name ->> 'fi'`)
      .orderBy('a.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { ids: rows.map((r) => r.id), total: Number(count.n) };
}

export async function placeOwner(tx: ReadTx, placeId: string) {
  return tx
    .selectFrom('place as p')
    .innerJoin('organization as o', 'o.id', 'p.organization_id')
    .select(['p.id', 'p.organization_id as organizationId', 'o.region_id as regionId', 'p.municipality_code', 'p.name', 'p.kind'])
    .where('p.id', '=', placeId)
    .executeTakeFirst();
}
