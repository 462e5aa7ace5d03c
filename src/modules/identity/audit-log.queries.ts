import { sql, type ExpressionBuilder } from 'kysely';
import type { Reachable } from '../../platform/authorization/actions.ts';
import type { AuditDetail, AuditOutcome } from '../../platform/audit/audit.tables.ts';
import type { I18nText } from '../../platform/i18n-text.ts';
import type { IdentityDb, ReadTx, WriteTx } from './identity.tables.ts';

export interface AuditLogFilter {
  /** Helsinki dates, 'YYYY-MM-DD', both included. */
  from?: string | undefined;
  to?: string | undefined;
  /** Part of the actor's e-mail address or name. */
  actor?: string | undefined;
  organizationId?: string | undefined;
  action?: string | undefined;
  outcome?: AuditOutcome | undefined;
}

export interface AuditLogRow {
  id: number;
  occurredAt: Date;
  action: string;
  outcome: AuditOutcome;
  actorKind: 'anonymous' | 'system' | 'staff';
  actorPersonId: string | null;
  actorName: string | null;
  actorEmail: string | null;
  actorProcess: string | null;
  organizationId: string | null;
  organizationName: I18nText | null;
  regionId: string | null;
  targetType: string | null;
  targetId: string | null;
  detail: AuditDetail | null;
  clientAddress: string | null;
  requestId: string | null;
}

type From = ExpressionBuilder<IdentityDb & { e: IdentityDb['audit_event']; p: IdentityDb['person'] }, 'e' | 'p'>;

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The filter and the reader's reach, as one condition: rows outside the reach are never read. */
function conditions(filter: AuditLogFilter, reach: Reachable) {
  return (eb: From) => {
    const all = [];
    if (!reach.everywhere) {
      // The reader also sees the account events (sign-ins, password changes) of the members of
      // their organisations (or region): those carry no organisation of their own…
      const members = () =>
        eb
          .selectFrom('membership as mm')
          .leftJoin('organization as mo', 'mo.id', 'mm.organization_id')
          .select(sql<string>`mm.person_id::text`.as('person_id'))
          .where((w) =>
            w.or([
              ...(reach.organizationIds.length ? [w('mm.organization_id', 'in', reach.organizationIds)] : []),
              ...(reach.regionIds.length ? [w('mo.region_id', 'in', reach.regionIds), w('mm.region_id', 'in', reach.regionIds)] : []),
              sql<boolean>`false`,
            ]),
          );
      const reachesMembers = reach.organizationIds.length > 0 || reach.regionIds.length > 0;
      all.push(
        eb.or([
          ...(reach.regionIds.length ? [eb('e.region_id', 'in', reach.regionIds)] : []),
          ...(reach.organizationIds.length ? [eb('e.organization_id', 'in', reach.organizationIds)] : []),
          // …but only events of no organisation: what a member did in another organisation stays there.
          ...(reachesMembers
            ? [
                eb.and([
                  eb('e.organization_id', 'is', null),
                  eb.or([
                    eb(sql`e.actor_person_id::text`, 'in', members()),
                    eb.and([eb('e.target_type', '=', 'person'), eb('e.target_id', 'in', members())]),
                  ]),
                ]),
              ]
            : []),
          ...(reach.personId ? [eb('e.actor_person_id', '=', reach.personId)] : []),
          sql<boolean>`false`,
        ]),
      );
    }
    if (filter.from) all.push(eb('e.occurred_at', '>=', sql<Date>`(${filter.from}::date)::timestamp at time zone 'Europe/Helsinki'`));
    if (filter.to) all.push(eb('e.occurred_at', '<', sql<Date>`(${filter.to}::date + 1)::timestamp at time zone 'Europe/Helsinki'`));
    if (filter.organizationId) all.push(eb('e.organization_id', '=', filter.organizationId));
    if (filter.action) all.push(eb('e.action', '=', filter.action));
    if (filter.outcome) all.push(eb('e.outcome', '=', filter.outcome));
    if (filter.actor) {
      const pattern = likePattern(filter.actor.trim().toLowerCase());
      all.push(eb.or([eb('p.email', 'like', pattern), eb(sql`lower(p.name)`, 'like', pattern)]));
    }
    return eb.and(all);
  };
}

function base(tx: ReadTx) {
  return tx.selectFrom('audit_event as e').leftJoin('person as p', 'p.id', 'e.actor_person_id');
}

export async function searchAuditLog(
  tx: ReadTx,
  filter: AuditLogFilter,
  reach: Reachable,
  paging: { limit: number; offset: number },
): Promise<{ rows: AuditLogRow[]; total: number }> {
  const where = conditions(filter, reach);
  const [rows, count] = await Promise.all([
    base(tx)
      .leftJoin('organization as o', 'o.id', 'e.organization_id')
      .select([
        'e.id',
        'e.occurred_at as occurredAt',
        'e.action',
        'e.outcome',
        'e.actor_kind as actorKind',
        'e.actor_person_id as actorPersonId',
        'p.name as actorName',
        'p.email as actorEmail',
        'e.actor_process as actorProcess',
        'e.organization_id as organizationId',
        'o.name as organizationName',
        'e.region_id as regionId',
        'e.target_type as targetType',
        'e.target_id as targetId',
        'e.detail',
        'e.client_address as clientAddress',
        'e.request_id as requestId',
      ])
      .where(where as never)
      .orderBy('e.occurred_at', 'desc')
      .orderBy('e.id', 'desc')
      .limit(paging.limit)
      .offset(paging.offset)
      .execute(),
    base(tx)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where(where as never)
      .executeTakeFirstOrThrow(),
  ]);
  return { rows: rows as AuditLogRow[], total: Number(count.n) };
}

/**
 * Deletes up to `batch` audit events older than the cut-off: the only deletion the table's
 * trigger lets through, and only because this transaction names the cut-off
 * (migration 0011). Says how many went.
 */
export async function deleteAuditEventsBefore(tx: WriteTx, cutoff: Date, batch: number): Promise<number> {
  await sql`select set_config('perhekeskus.audit_retention_before', ${cutoff.toISOString()}, true)`.execute(tx);
  const result = await tx
    .deleteFrom('audit_event')
    .where('id', 'in', (eb) => eb.selectFrom('audit_event').select('id').where('occurred_at', '<', cutoff).orderBy('id').limit(batch))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
