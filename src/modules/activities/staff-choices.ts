import { reachOf, reachesAnything, authorize } from '../../platform/authorization/actions.ts';
import { activityActions } from './activities.actions.ts';
import type { ActivitiesReadContext } from './activities.context.ts';

/** The organisations an organiser may create activities for, and the places they may hold them at. */
export async function activityFormChoices(ctx: ActivitiesReadContext) {
  authorize(ctx, activityActions.CREATE);
  const reach = reachOf(ctx.actor, activityActions.CREATE);
  if (!reachesAnything(reach)) return { organizations: [], places: [], municipalities: [] };
  const organizations = await ctx.tx
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
    ? await ctx.tx
        .selectFrom('place as p')
        .innerJoin('municipality as m', 'm.code', 'p.municipality_code')
        .select(['p.id', 'p.name', 'm.name as municipality_name'])
        .where('m.region_id', 'in', regions)
        .where('p.kind', 'in', ['centralMeetingPlace', 'meetingPlace', 'familyCentre', 'library', 'youthOhjaamo'])
        .orderBy('m.code')
        .orderBy('p.id')
        .execute()
    : [];
  const municipalities = regions.length ? await ctx.tx.selectFrom('municipality').select(['code', 'name']).where('region_id', 'in', regions).orderBy('code').execute() : [];
  return { organizations: organizations.map((o) => ({ id: o.id, name: o.name })), places, municipalities };
}
