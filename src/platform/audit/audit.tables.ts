import type { ColumnType, Generated } from 'kysely';
import type { Actor } from '../actor.ts';

export const AUDIT_OUTCOMES = ['success', 'denied', 'failed'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/** Small facts about an event (a reason, the fields changed); never a secret, a token or a link. */
export type AuditDetail = Record<string, string | number | boolean | null | string[]>;

/** One row per write, refusal, sign-in attempt and read of personal data; append-only (a trigger refuses the rest). */
export interface AuditEventTable {
  id: Generated<number>;
  occurred_at: ColumnType<Date, Date | string, never>;
  action: string;
  outcome: AuditOutcome;
  actor_kind: Actor['kind'];
  actor_person_id: string | null;
  actor_session_id: string | null;
  actor_process: string | null;
  organization_id: string | null;
  region_id: string | null;
  target_type: string | null;
  target_id: string | null;
  detail: ColumnType<AuditDetail | null, string | null, never>;
  client_address: string | null;
  request_id: string | null;
}

export interface AuditTables {
  audit_event: AuditEventTable;
}
