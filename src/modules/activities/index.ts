import { withTables } from '../../platform/db/database.ts';
import { createRateLimiter } from '../../platform/http/rate-limit.ts';
import type { AppModule } from '../../platform/module.ts';
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
