import { withTables } from '../../platform/db/database.ts';
import type { RequestScope } from '../../platform/request-context.ts';
import { bindReadUseCases, type BoundUseCases } from '../../platform/use-cases.ts';
import { createRateLimiter } from '../../platform/http/rate-limit.ts';
import type { AppModule, ModuleDeps } from '../../platform/module.ts';
import { searchActivities } from './activity-search.ts';
import { activitiesActions } from './activities.actions.ts';
import { activitiesApi, registrationApi } from './activities.api.ts';
import { activitiesClient, type ActivitiesClient } from './activities.client.ts';
import { loadActivitiesConfig } from './activities.config.ts';
import type { ActivitiesServices } from './activities.context.ts';
import { activityJobs } from './activities.jobs.ts';
import { activitiesProblemTexts } from './activities.problems.ts';
import { seedActivitiesDemo } from './activities.seed.ts';
import { activitiesStaffApi } from './activities.staff-api.ts';
import type { ActivitiesDb } from './activities.tables.ts';

/**
 * Open meeting places' activities: what is on, sign-up without an account with capacity and a
 * waiting list, reminders and calendar feeds; the organisers' rosters, head counts and figures;
 * proposals from families, volunteers and experts by experience.
 */
export const activitiesModule: AppModule<'activities', ActivitiesClient> = {
  name: 'activities',
  problemTexts: activitiesProblemTexts,
  actions: activitiesActions,
  create({ db: pool, clock, outbox, jobs, site }) {
    const db = withTables<ActivitiesDb>(pool);
    const config = loadActivitiesConfig(site.env);
    const limiter = (rule: typeof config.signUpRateLimit) => (rule ? createRateLimiter(rule, { clock }) : null);
    const services: ActivitiesServices = {
      db,
      clock,
      outbox,
      jobs,
      site,
      config,
      limits: { signUp: limiter(config.signUpRateLimit), proposal: limiter(config.proposalRateLimit) },
    };
    const client = activitiesClient(db, services);
    return {
      publicApi: activitiesApi(client, site),
      publicWriteApi: registrationApi(client, site),
      staffApi: activitiesStaffApi(client),
      client,
      jobs: activityJobs(services),
      seedDemo: (ctx, mode) => seedActivitiesDemo({ ...ctx, services } as never, mode),
    };
  },
};

export type { ActivitiesClient } from './activities.client.ts';
export type { ActivitiesTables } from './activities.tables.ts';
export { activitiesPaths, ACTIVITY_PAGES, ACTIVITY_STAFF_PAGES } from './activities.paths.ts';
export { activityActions, proposalActions } from './activities.actions.ts';
export { REMINDER_JOB, RETENTION_JOB, HORIZON_JOB } from './activities.jobs.ts';

const searchUseCases = { searchActivities };
export type ActivitySearchClient = BoundUseCases<typeof searchUseCases>;

/**
 * The activity search for another module's edges (the knowledge bank's mixed search,
 * GET /api/v1/search): the same reads the search page makes through the module's client, on the
 * same pool.
 */
export function activitySearchFor(deps: Pick<ModuleDeps, 'db'>): (scope: RequestScope) => ActivitySearchClient {
  return bindReadUseCases(withTables<ActivitiesDb>(deps.db), {}, searchUseCases);
}
export { ACTIVITIES_IN_MIXED_SEARCH, type ActivitySearchInput } from './activity-search.ts';
export { ActivitySearchHitSchema } from './activities.schema.ts';
export { presentActivitySearchHit } from './activities.presenter.ts';
export type { ActivitySearchHit } from './activities.domain.ts';
