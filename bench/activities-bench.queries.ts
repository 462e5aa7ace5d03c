import { sql, type Kysely } from 'kysely';

/*
 * The SQL of the activities benchmark: generated activities over the national network, the
 * occurrences that sign-ups race for, and the integrity check after the race. Generated rows are
 * recognised by their English name, so a run replaces the previous run's and nothing else.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the bench speaks plain SQL to any schema
type Db = Kysely<any>;

export const GENERATED_PREFIX = 'Bench activity';
export const RACE_PREFIX = 'Bench sign-up race';

/** Removes what an earlier run generated (occurrences and registrations go with their activity). */
export async function dropGenerated(db: Db): Promise<void> {
  await sql`delete from activity where name ->> 'en' like ${`${GENERATED_PREFIX}%`} or name ->> 'en' like ${`${RACE_PREFIX}%`}`.execute(db);
}

/**
 * Weekly activities at up to `perMunicipality` places of every municipality, started two weeks
 * before `today`, with their occurrences written out `horizonDays` ahead in Helsinki wall-clock
 * time (as the horizon job would): a mix of types, languages, ages, costs and sign-up modes.
 */
export async function generateActivities(
  db: Db,
  today: string,
  perMunicipality: number,
  horizonDays: number,
): Promise<{ activities: number; occurrences: number }> {
  const inserted = await sql<{ n: number }>`
    with chosen as (
      select p.id as place_id, p.organization_id, p.municipality_code,
             (row_number() over (partition by p.municipality_code order by p.id))::int as n
      from place p where p.status = 'active'
    ), made as (
      insert into activity (organization_id, place_id, municipality_code, type, name, languages, age_min, age_max, cost,
                            sign_up, capacity, first_date, start_time, duration_minutes, rrule)
      select c.organization_id, c.place_id, c.municipality_code,
             (array['openActivity','peerGroup','club','themeEvening','event','groupService'])[1 + (c.n % 6)],
             jsonb_build_object('fi', 'Penkkitoiminta ' || c.n, 'en', ${GENERATED_PREFIX}::text || ' ' || c.n),
             case c.n % 4 when 0 then array['fi','sv'] when 1 then array['sv'] else array['fi'] end,
             (array[0, 0, 3, 7, null])[1 + (c.n % 5)::int], (array[2, 6, 12, 17, null])[1 + (c.n % 5)::int],
             case when c.n % 5 = 0 then 'paid' else 'free' end,
             (array['none','open','closed'])[1 + (c.n % 3)::int],
             case when c.n % 3 = 0 then null else 10 + (c.n % 4) * 5 end,
             date_trunc('week', ${today}::date)::date - 14 + (c.n % 7)::int,
             make_time(9 + (c.n % 9)::int, (c.n % 2) * 30, 0), 90,
             'FREQ=WEEKLY;BYDAY=' || (array['MO','TU','WE','TH','FR','SA','SU'])[1 + (c.n % 7)::int]
      from chosen c where c.n <= ${perMunicipality}
      returning id, first_date, start_time, duration_minutes, capacity
    ), occ as (
      insert into activity_occurrence (activity_id, starts_at, ends_at, local_date, capacity)
      select m.id, (d::date + m.start_time) at time zone 'Europe/Helsinki',
             (d::date + m.start_time) at time zone 'Europe/Helsinki' + make_interval(mins => m.duration_minutes),
             d::date, m.capacity
      from made m, generate_series(m.first_date, ${today}::date + ${horizonDays}::int, interval '7 days') d
      returning 1
    )
    select (select count(*) from made)::int as n, (select count(*) from occ)::int as o`.execute(db);
  await sql`analyze activity`.execute(db);
  await sql`analyze activity_occurrence`.execute(db);
  const row = inserted.rows[0] as unknown as { n: number; o: number };
  return { activities: row.n, occurrences: row.o };
}

export async function countOccurrences(db: Db): Promise<number> {
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from activity_occurrence`.execute(db);
  return rows[0]!.n;
}

/** `count` single-date occurrences with open sign-up for `capacity`, tomorrow at 10:00: the race. */
export async function raceOccurrences(db: Db, tomorrow: string, count: number, capacity: number): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`
    with places as (select id, organization_id, municipality_code from place where status = 'active' order by id limit ${count}),
    made as (
      insert into activity (organization_id, place_id, municipality_code, type, name, languages, sign_up, capacity,
                            first_date, start_time, duration_minutes)
      select organization_id, id, municipality_code, 'club',
             jsonb_build_object('fi', 'Ilmoittautumiskisa', 'en', ${RACE_PREFIX}::text), array['fi'], 'open', ${capacity}::int,
             ${tomorrow}::date, time '10:00', 60
      from places returning id, first_date, start_time, duration_minutes, capacity
    )
    insert into activity_occurrence (activity_id, starts_at, ends_at, local_date, capacity)
    select id, (first_date + start_time) at time zone 'Europe/Helsinki',
           (first_date + start_time) at time zone 'Europe/Helsinki' + make_interval(mins => duration_minutes), first_date, capacity
    from made returning id`.execute(db);
  return rows.map((r) => r.id);
}

/** Municipalities with generated activities, for realistic calendar filters. */
export async function municipalitiesWithActivities(db: Db): Promise<string[]> {
  const { rows } = await sql<{ code: string }>`
    select distinct municipality_code as code from activity where name ->> 'en' like ${`${GENERATED_PREFIX}%`} order by 1`.execute(db);
  return rows.map((r) => r.code);
}

/**
 * What must hold after the race, per occurrence: the counters equal the rows and stay within
 * capacity, every place was given before anyone waited (arrival order), one live registration per
 * contact, and every registration has its one mail in the outbox and its audit event.
 */
export async function raceIntegrity(db: Db, occurrenceIds: readonly string[]) {
  const { rows } = await sql<{
    id: string;
    capacity: number;
    confirmed_count: number;
    waitlisted_count: number;
    confirmed: number;
    waitlisted: number;
    late_confirmed: number;
    duplicates: number;
    without_mail: number;
    without_audit: number;
  }>`
    select o.id, o.capacity, o.confirmed_count, o.waitlisted_count,
      (select count(*) from registration r where r.occurrence_id = o.id and r.status = 'confirmed')::int as confirmed,
      (select count(*) from registration r where r.occurrence_id = o.id and r.status = 'waitlisted')::int as waitlisted,
      (select count(*) from registration c where c.occurrence_id = o.id and c.status = 'confirmed' and c.arrival >
         (select coalesce(min(w.arrival), 9223372036854775807) from registration w where w.occurrence_id = o.id and w.status = 'waitlisted'))::int as late_confirmed,
      (select count(*) - count(distinct contact_key) from registration r where r.occurrence_id = o.id and r.status in ('confirmed', 'waitlisted'))::int as duplicates,
      (select count(*) from registration r where r.occurrence_id = o.id and not exists (
         select 1 from outbox m where m.recipient = r.email and m.purpose in ('activities.confirmed', 'activities.waitlisted')))::int as without_mail,
      (select count(*) from registration r where r.occurrence_id = o.id and not exists (
         select 1 from audit_event e where e.target_id = r.id::text and e.action = 'Registration.CREATE'))::int as without_audit
    from activity_occurrence o where o.id = any(${occurrenceIds as string[]}::uuid[])`.execute(db);
  const problems: string[] = [];
  let confirmed = 0;
  let waitlisted = 0;
  for (const r of rows) {
    confirmed += r.confirmed;
    waitlisted += r.waitlisted;
    if (r.confirmed !== r.confirmed_count || r.waitlisted !== r.waitlisted_count) problems.push(`${r.id}: counters disagree with the rows`);
    if (r.confirmed > r.capacity) problems.push(`${r.id}: ${r.confirmed} confirmed for ${r.capacity} places`);
    if (r.waitlisted > 0 && r.confirmed < r.capacity) problems.push(`${r.id}: waiting while places are free`);
    if (r.late_confirmed) problems.push(`${r.id}: confirmed after someone who waits (arrival order)`);
    if (r.duplicates) problems.push(`${r.id}: ${r.duplicates} duplicate contacts`);
    if (r.without_mail) problems.push(`${r.id}: ${r.without_mail} registrations without their mail`);
    if (r.without_audit) problems.push(`${r.id}: ${r.without_audit} registrations without their audit event`);
  }
  return { ok: problems.length === 0, occurrences: rows.length, confirmed, waitlisted, problems };
}
