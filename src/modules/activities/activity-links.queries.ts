import { sql } from 'kysely';
import type { ActivityLink } from './activities.domain.ts';
import type { ReadTx } from './activities.tables.ts';

/*
 * The activities a place or a service page links to. An activity names no service: a service's
 * activities are those its organisation runs (or co-organises) at one of the service's places,
 * which is how a family café service and its weekly cafés meet in the data.
 */

const LINK_LIMIT = 50;

function linkRows(tx: ReadTx, now: Date) {
  return tx
    .selectFrom('activity as a')
    .select(['a.id', 'a.type', 'a.name', 'a.languages'])
    .select((eb) =>
      eb
        .selectFrom('activity_occurrence as ao')
        .select((e) => e.fn.min('ao.starts_at').as('next'))
        .whereRef('ao.activity_id', '=', 'a.id')
        .where('ao.status', '=', 'scheduled')
        .where('ao.starts_at', '>=', now)
        .as('next_start'),
    )
    .where('a.status', '=', 'published')
    .orderBy(sql`a.name ->> 'fi'`)
    .orderBy('a.id')
    .limit(LINK_LIMIT);
}

const toLink = (r: {
  id: string;
  type: ActivityLink['type'];
  name: ActivityLink['name'];
  languages: string[];
  next_start: Date | null;
}) => ({
  id: r.id,
  type: r.type,
  name: r.name,
  languages: r.languages as ActivityLink['languages'],
  nextStart: r.next_start,
});

export async function activitiesAtPlace(tx: ReadTx, placeId: string, now: Date): Promise<ActivityLink[]> {
  const rows = await linkRows(tx, now).where('a.place_id', '=', placeId).execute();
  return rows.map(toLink);
}

export async function activitiesOfService(tx: ReadTx, serviceId: string, now: Date): Promise<ActivityLink[]> {
  const rows = await linkRows(tx, now)
    .innerJoin('service as s', (j) => j.on('s.id', '=', serviceId))
    .where((eb) =>
      eb.and([
        eb.exists(
          eb
            .selectFrom('service_at_place as sp')
            .select('sp.place_id')
            .whereRef('sp.service_id', '=', 's.id')
            .whereRef('sp.place_id', '=', 'a.place_id'),
        ),
        eb.or([
          eb('a.organization_id', '=', eb.ref('s.organization_id')),
          eb.exists(
            eb
              .selectFrom('activity_organizer as co')
              .select('co.activity_id')
              .whereRef('co.activity_id', '=', 'a.id')
              .whereRef('co.organization_id', '=', 's.organization_id'),
          ),
        ]),
      ]),
    )
    .execute();
  return rows.map(toLink);
}
