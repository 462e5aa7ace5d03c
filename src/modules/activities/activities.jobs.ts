import { systemActor } from '../../platform/actor.ts';
import { write } from '../../platform/db/transactions.ts';
import type { JobDefinition } from '../../platform/jobs/job-queue.ts';
import { ACTIVITY_EVENTS } from './activities.actions.ts';
import type { ActivitiesServices, ActivitiesWriteContext } from './activities.context.ts';
import { listSchedules, scheduleOf } from './activities.queries.ts';
import { materialise } from './organiser.ts';
import { anonymiseRegistrations, dueReminders, markReminded } from './registrations.queries.ts';
import { mailFamily } from './sign-up.ts';
import { createLogger } from '../../platform/logger.ts';

export const REMINDER_JOB = 'activities-reminders';
export const RETENTION_JOB = 'activities-retention';
export const HORIZON_JOB = 'activities-horizon';

/** A use-case context for a job: the system acting, no request. */
function jobContext(
  s: ActivitiesServices,
  name: string,
  tx: ActivitiesWriteContext['tx'],
  audit: ActivitiesWriteContext['audit'],
): ActivitiesWriteContext {
  const actor = systemActor(name);
  return {
    actor,
    clock: s.clock,
    requestId: `job:${name}`,
    lang: 'fi',
    logger: createLogger('silent'),
    clientAddress: null,
    tx,
    audit,
    services: s,
  };
}

/**
 * The day-before reminder (hourly: occurrences starting 23–25 hours from now, each sign-up once),
 * the retention of participants' personal data (nightly) and the occurrence horizon (nightly).
 */
export function activityJobs(s: ActivitiesServices): JobDefinition[] {
  return [
    {
      name: REMINDER_JOB,
      schedule: '5 * * * *',
      async handle() {
        const now = s.clock.now().getTime();
        await write(s.db, systemActor(REMINDER_JOB), async (tx, audit) => {
          const ctx = jobContext(s, REMINDER_JOB, tx, audit);
          const due = await dueReminders(tx, new Date(now + 23 * 3_600_000), new Date(now + 25 * 3_600_000));
          for (const r of due)
            await mailFamily(ctx, r, 'reminder', {
              activityName: r.activity_name,
              start: r.starts_at,
              placeName: r.place_name,
              streetAddress: r.street_address,
              onlineUrl: r.online_url,
            });
          await markReminded(
            tx,
            due.map((r) => r.id),
            s.clock.now(),
          );
        });
      },
    },
    {
      name: RETENTION_JOB,
      schedule: '40 3 * * *',
      async handle() {
        const now = s.clock.now();
        const before = new Date(now.getTime() - s.config.retentionDays * 86_400_000);
        await write(s.db, systemActor(RETENTION_JOB), async (tx, audit) => {
          const count = await anonymiseRegistrations(tx, before, now);
          if (count)
            audit.record({
              action: ACTIVITY_EVENTS.anonymise,
              target: { type: 'registration' },
              detail: { count, retentionDays: s.config.retentionDays },
            });
        });
      },
    },
    {
      name: HORIZON_JOB,
      schedule: '20 3 * * *',
      async handle() {
        await write(s.db, systemActor(HORIZON_JOB), async (tx, audit) => {
          const ctx = jobContext(s, HORIZON_JOB, tx, audit);
          for (const a of await listSchedules(tx)) await materialise(ctx, a.id, scheduleOf(a), a.capacity);
        });
      },
    },
  ];
}
