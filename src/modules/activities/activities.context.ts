import type { Kysely } from 'kysely';
import type { Clock } from '../../platform/clock.ts';
import type { JobQueue } from '../../platform/jobs/job-queue.ts';
import type { Outbox } from '../../platform/mail/outbox.ts';
import type { RateLimiter } from '../../platform/http/rate-limit.ts';
import type { SiteSettings } from '../../platform/module.ts';
import type { ReadContext, WriteContext } from '../../platform/request-context.ts';
import { TooManyRequestsError } from '../../platform/errors.ts';
import type { Action, ActionTarget } from '../../platform/authorization/actions.ts';
import { authorize, isPermitted } from '../../platform/authorization/actions.ts';
import type { ActivitiesConfig } from './activities.config.ts';
import type { ActivitiesDb } from './activities.tables.ts';
import type { ActivityOwner } from './activities.queries.ts';

/** What the module's use cases get besides the request's scope and the transaction. */
export interface ActivitiesServices {
  readonly db: Kysely<ActivitiesDb>;
  readonly clock: Clock;
  readonly outbox: Outbox;
  readonly jobs: JobQueue;
  readonly site: SiteSettings;
  readonly config: ActivitiesConfig;
  readonly limits: { readonly signUp: RateLimiter | null; readonly proposal: RateLimiter | null };
}

export type ActivitiesReadContext = ReadContext<ActivitiesDb> & { readonly services: ActivitiesServices };
export type ActivitiesWriteContext = WriteContext<ActivitiesDb> & { readonly services: ActivitiesServices };

export function takeOrRefuse(limiter: RateLimiter | null, key: string | null): void {
  if (!limiter) return;
  const verdict = limiter.take(key ?? 'unknown');
  if (!verdict.allowed) throw new TooManyRequestsError(verdict.retryAfterSeconds);
}

/** Links in mail: the public origin, or in demo mode the origin the request came to. */
export function linkOrigin(site: SiteSettings, requestOrigin: string | undefined): string {
  return site.publicOrigin ? new URL(site.publicOrigin).origin : (requestOrigin ?? 'http://localhost:3000');
}

/**
 * Authorizes an action on an activity run by several organisations: permitted when any of them
 * lets the actor; otherwise refused against the owner (the first), which is what the log records.
 */
export function authorizeOnActivity(
  ctx: ActivitiesWriteContext | ActivitiesReadContext,
  action: Action,
  activityId: string,
  owners: readonly ActivityOwner[],
): ActionTarget {
  const targets = owners.map((o) => ({ type: 'activity', id: activityId, organizationId: o.organizationId, regionId: o.regionId }));
  const permitted = targets.find((t) => isPermitted(ctx.actor, action, t));
  if (permitted) return permitted;
  authorize(ctx, action, targets[0]);
  return targets[0]!;
}
