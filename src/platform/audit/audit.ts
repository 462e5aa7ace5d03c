import type { Kysely } from 'kysely';
import type { Actor } from '../actor.ts';
import type { Action, ActionTarget } from '../authorization/actions.ts';
import { systemClock, type Clock } from '../clock.ts';
import type { ForbiddenError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import { insertAuditEvents, type AuditRow } from './audit.queries.ts';
import type { AuditDetail, AuditOutcome } from './audit.tables.ts';

/**
 * Who a write is recorded for and where it came from: the request's scope, or a bare actor for
 * jobs and loaders (they have no client address or request id).
 */
export interface AuditOrigin {
  readonly actor: Actor;
  readonly clock: Clock;
  readonly requestId?: string | undefined;
  readonly clientAddress?: string | null | undefined;
  readonly logger?: Logger | undefined;
}

export function originOf(who: Actor | AuditOrigin): AuditOrigin {
  return 'kind' in who ? { actor: who, clock: systemClock } : who;
}

/** What a use case records: `ctx.audit.record({ action: serviceActions.UPDATE, target })`. */
export interface AuditEvent {
  readonly action: Action | string;
  /** `failed` for an attempt that was refused by the rules of the domain (a wrong password); default `success`. */
  readonly outcome?: Exclude<AuditOutcome, 'denied'>;
  /** The target and its owner; the owner is what coordinators and admins filter the log by. */
  readonly target?: ActionTarget;
  readonly detail?: AuditDetail;
  /**
   * Who acted, when the request's actor is not (yet) them: a sign-in is made anonymously and
   * recorded for the person who signed in.
   */
  readonly actor?: { readonly personId: string; readonly sessionId?: string | null };
}

export interface AuditRecorder {
  record(event: AuditEvent): void;
  /** Events recorded so far; write() inserts them just before COMMIT. */
  readonly pending: readonly AuditRow[];
}

export function createAuditRecorder(origin: AuditOrigin): AuditRecorder {
  const pending: AuditRow[] = [];
  return {
    pending,
    record(event) {
      pending.push(rowOf(origin, event, event.outcome ?? 'success'));
    },
  };
}

function rowOf(origin: AuditOrigin, event: AuditEvent, outcome: AuditOutcome): AuditRow {
  const { actor } = origin;
  const target = event.target ?? {};
  return {
    occurred_at: origin.clock.now(),
    action: typeof event.action === 'string' ? event.action : event.action.name,
    outcome,
    actor_kind: event.actor ? 'staff' : actor.kind,
    actor_person_id: event.actor?.personId ?? (actor.kind === 'staff' ? actor.personId : null),
    actor_session_id: event.actor ? (event.actor.sessionId ?? null) : actor.kind === 'staff' ? actor.sessionId : null,
    actor_process: actor.kind === 'system' ? actor.process : null,
    organization_id: target.organizationId ?? null,
    region_id: target.regionId ?? null,
    target_type: target.type ?? (target.personId ? 'person' : null),
    target_id: target.id ?? target.personId ?? null,
    detail: event.detail ? JSON.stringify(event.detail) : null,
    client_address: origin.clientAddress ?? null,
    request_id: origin.requestId ?? null,
  };
}

/**
 * A refused action is on record even though its transaction rolled back: one row, written on its
 * own. A failure to write it is logged and does not hide the refusal from the caller.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the audit table, on any module's pool
export async function recordRefusal(db: Kysely<any>, origin: AuditOrigin, error: ForbiddenError): Promise<void> {
  try {
    await insertAuditEvents(db, [
      rowOf(origin, { action: error.action, target: { ...error.target, type: error.target.type, id: error.target.id } }, 'denied'),
    ]);
  } catch (failure) {
    origin.logger?.error({ err: failure, action: error.action }, 'could not record a refused action in the audit log');
  }
}

/**
 * A sign-in attempt or another event that must be on record whatever happens to the request:
 * written on its own, outside any transaction.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
export async function recordStandalone(db: Kysely<any>, origin: AuditOrigin, event: AuditEvent): Promise<void> {
  await insertAuditEvents(db, [rowOf(origin, event, event.outcome ?? 'success')]);
}

/** A write for a person or an anonymous request that recorded nothing: a bug, refused before COMMIT. */
export class UnauditedWriteError extends Error {
  override name = 'UnauditedWriteError';
  constructor(actor: Actor) {
    super(`A write for ${actor.kind} recorded no audit event; record one with ctx.audit.record() or pass { unaudited: reason }`);
  }
}
