import { reachOf, reachesAnything, authorize } from '../../platform/authorization/actions.ts';
import { activityActions } from './activities.actions.ts';
import type { ActivitiesReadContext } from './activities.context.ts';
import { formChoiceRows } from './organiser.queries.ts';

/** The organisations an organiser may create activities for, and the places they may hold them at. */
export async function activityFormChoices(ctx: ActivitiesReadContext) {
  authorize(ctx, activityActions.CREATE);
  const reach = reachOf(ctx.actor, activityActions.CREATE);
  if (!reachesAnything(reach)) return { organizations: [], places: [], municipalities: [] };
  const { organizations, places, municipalities } = await formChoiceRows(ctx.tx, reach);
  return { organizations: organizations.map((o) => ({ id: o.id, name: o.name })), places, municipalities };
}
