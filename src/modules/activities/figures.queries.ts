import { sql } from 'kysely';
import type { Reachable } from '../../platform/authorization/actions.ts';
import type { ReadTx } from './activities.tables.ts';

/** Per municipality, over the occurrences that started in [from, to): counts only, no person. */
export async function figureRows(tx: ReadTx, reach: Reachable, from: Date, to: Date, now: Date) {
  return tx
    .selectFrom('activity_occurrence as x')
    .innerJoin('activity as a', 'a.id', 'x.activity_id')
    .innerJoin('organization as o', 'o.id', 'a.organization_id')
    .innerJoin('municipality as m', 'm.code', 'a.municipality_code')
    .leftJoin(
      sql<{ c02: number; c36: number; c712: number; c1317: number }>`lateral (
        select count(*) filter (where c.age <= 2) as c02, count(*) filter (where c.age between 3 and 6) as c36,
               count(*) filter (where c.age between 7 and 12) as c712, count(*) filter (where c.age >= 13) as c1317
        from registration r cross join unnest(r.children_ages) as c(age)
        where r.occurrence_id = x.id and r.status = 'confirmed')`.as('p'),
      (join) => join.onTrue(),
    )
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('registration as r')
          .select([
            // Apart from the children's lateral: joined with their ages, adults would count once per child.
            sql<number>`coalesce(sum(r.adults) filter (where r.status = 'confirmed'), 0)`.as('adults'),
            sql<number>`count(*) filter (where r.status = 'cancelled')`.as('cancelled'),
            sql<number>`count(*) filter (where r.status = 'confirmed' and r.attended = false)`.as('no_shows'),
          ])
          .whereRef('r.occurrence_id', '=', 'x.id')
          .as('k'),
      (join) => join.onTrue(),
    )
    .select([
      'm.code',
      'm.name',
      sql<number>`count(*) filter (where x.status = 'scheduled' and x.ends_at <= ${now})`.as('held'),
      sql<number>`count(*) filter (where x.status = 'cancelled')`.as('cancelled'),
      sql<number>`sum(k.adults + coalesce(x.head_adults, 0))`.as('adults'),
      sql<number>`sum(p.c02 + coalesce(x.head_children_0_2, 0))`.as('c02'),
      sql<number>`sum(p.c36 + coalesce(x.head_children_3_6, 0))`.as('c36'),
      sql<number>`sum(p.c712 + coalesce(x.head_children_7_12, 0))`.as('c712'),
      sql<number>`sum(p.c1317 + coalesce(x.head_children_13_17, 0))`.as('c1317'),
      sql<
        number | null
      >`sum(x.confirmed_count) filter (where x.capacity is not null)::float / nullif(sum(x.capacity) filter (where x.capacity is not null), 0)`.as(
        'fill',
      ),
      sql<number>`sum(x.waitlisted_count)`.as('waitlisted'),
      sql<number>`sum(k.cancelled)`.as('reg_cancelled'),
      sql<number>`sum(k.no_shows)`.as('no_shows'),
    ])
    .where('x.starts_at', '>=', from)
    .where('x.starts_at', '<', to)
    .$if(!reach.everywhere, (q) =>
      q.where((eb) =>
        eb.or([
          ...(reach.organizationIds.length ? [eb('a.organization_id', 'in', reach.organizationIds)] : []),
          ...(reach.regionIds.length ? [eb('o.region_id', 'in', reach.regionIds)] : []),
          eb.val(false),
        ]),
      ),
    )
    .groupBy(['m.code', 'm.name'])
    .orderBy('m.code')
    .execute();
}
