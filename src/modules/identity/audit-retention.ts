import { systemActor } from '../../platform/actor.ts';
import type { Clock } from '../../platform/clock.ts';
import { write } from '../../platform/db/transactions.ts';
import type { JobDefinition } from '../../platform/jobs/job-queue.ts';
import type { Kysely } from 'kysely';
import { deleteAuditEventsBefore } from './audit-log.queries.ts';
import { IDENTITY_EVENTS } from './identity.actions.ts';
import type { IdentityDb } from './identity.tables.ts';

export const AUDIT_RETENTION_JOB = 'audit-retention';

/** Rows per transaction: a first run over years of log must not hold one long transaction and its locks. */
const BATCH = 5_000;

/** The moment before which events go: `years` calendar years before now (29 February counts as 28 February). */
export function retentionCutoff(now: Date, years: number): Date {
  const cutoff = new Date(now);
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - years);
  if (cutoff.getUTCDate() !== now.getUTCDate()) cutoff.setUTCDate(0);
  return cutoff;
}

/**
 * The nightly job that keeps the audit log to its retention period (AUDIT_RETENTION_YEARS): it
 * deletes what is older in batches, through the one path the append-only trigger allows, and
 * records how many went and from before when. Nothing else ever deletes from the log.
 */
export function auditRetentionJob(db: Kysely<IdentityDb>, clock: Clock, years: number): JobDefinition {
  const origin = { actor: systemActor(AUDIT_RETENTION_JOB), clock };
  return {
    name: AUDIT_RETENTION_JOB,
    schedule: '40 3 * * *',
    retry: { limit: 3, delaySeconds: 600 },
    async handle() {
      const cutoff = retentionCutoff(clock.now(), years);
      let deleted = 0;
      for (let batch = BATCH; batch === BATCH; deleted += batch) {
        batch = await write(db, origin, (tx) => deleteAuditEventsBefore(tx, cutoff, BATCH));
      }
      if (deleted > 0) {
        await write(db, origin, async (_tx, audit) =>
          audit.record({ action: IDENTITY_EVENTS.auditRetention, detail: { deleted, before: cutoff.toISOString(), years } }),
        );
      }
    },
  };
}
