import type { Role } from '../../platform/actor.ts';
import { authorize, isPermitted, permittedActions, reachOf, type Action, type ActionTarget } from '../../platform/authorization/actions.ts';
import type { AuditOutcome } from '../../platform/audit/audit.tables.ts';
import { read, write } from '../../platform/db/transactions.ts';
import { NotFoundError, UnauthorizedError } from '../../platform/errors.ts';
import type { I18nText } from '../../platform/i18n-text.ts';
import type { Page } from '../../platform/paging.ts';
import type { RequestScope } from '../../platform/request-context.ts';
import { findAccountByPerson } from './accounts.queries.ts';
import { searchAuditLog, type AuditLogFilter, type AuditLogRow } from './audit-log.queries.ts';
import { auditActions, memberActions } from './identity.actions.ts';
import type { IdentityServices } from './identity.services.ts';
import { pendingInvitationsOf } from './invitations.queries.ts';
import type { ReadTx } from './identity.tables.ts';
import { findOrganizationOwner, membershipsOfPerson, membersOfOrganization, organizationsWithin } from './memberships.queries.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface WorkspaceMembership {
  role: Role;
  organization: { id: string; name: I18nText } | null;
  region: { id: string; name: I18nText } | null;
  /** What this membership lets the person do there, by action name: the UI offers only these. */
  permittedActions: string[];
}

export interface Workspace {
  person: { id: string; name: string; email: string };
  memberships: WorkspaceMembership[];
  /** Whether the audit viewer has anything to show this person. */
  canReadAudit: boolean;
}

/** The signed-in person's organisations and roles, each with the actions they may take there. */
export async function getWorkspace(s: IdentityServices, scope: RequestScope): Promise<Workspace> {
  const actor = scope.actor;
  if (actor.kind !== 'staff') throw new UnauthorizedError();
  return read(s.db, async (tx) => {
    const account = await findAccountByPerson(tx, actor.personId);
    if (!account) throw new UnauthorizedError();
    const memberships = await membershipsOfPerson(tx, actor.personId);
    return {
      person: { id: account.personId, name: account.name, email: account.email },
      memberships: memberships.map((m) => {
        const target: ActionTarget =
          m.role === 'platformAdmin'
            ? {}
            : m.organizationId
              ? { organizationId: m.organizationId, regionId: m.regionId }
              : { regionId: m.regionId };
        return {
          role: m.role,
          organization: m.organizationId ? { id: m.organizationId, name: m.organizationName! } : null,
          region: m.regionId && m.regionName ? { id: m.regionId, name: m.regionName } : null,
          permittedActions: permittedActions(actor, s.catalogue, target),
        };
      }),
      canReadAudit: isPermitted(actor, auditActions.READ),
    };
  });
}

/** An organisation as an action's target, with its name; 404 for an id that is no organisation (or no id). */
export async function organizationTarget(tx: ReadTx, organizationId: string): Promise<ActionTarget & { name: I18nText }> {
  const owner = UUID.test(organizationId) ? await findOrganizationOwner(tx, organizationId) : null;
  if (!owner) throw new NotFoundError('organization', organizationId);
  return {
    type: 'organization',
    id: owner.organizationId,
    organizationId: owner.organizationId,
    regionId: owner.regionId,
    name: owner.name,
  };
}

export interface MemberList {
  organization: { id: string; name: I18nText };
  members: { id: string; role: Role; personId: string; name: string; email: string; since: Date }[];
  /** Invitations sent and neither accepted nor expired. */
  invitations: { name: string; email: string; role: Role; sentAt: Date; expiresAt: Date }[];
  permittedActions: string[];
}

/**
 * An organisation's members: names and addresses are personal data, so reading them is a write
 * that records its audit event. A guessed id of another organisation answers 403 (and is on
 * record as refused); an id that is no organisation, 404.
 */
export async function listMembers(s: IdentityServices, scope: RequestScope, organizationId: string): Promise<MemberList> {
  return write(s.db, scope, async (tx, audit) => {
    const { name, ...target } = await organizationTarget(tx, organizationId);
    authorize(scope, memberActions.LIST, target);
    const members = await membersOfOrganization(tx, target.organizationId!);
    const invitations = await pendingInvitationsOf(tx, target.organizationId!, scope.clock.now());
    audit.record({ action: memberActions.LIST, target, detail: { members: members.length, invitations: invitations.length } });
    return {
      organization: { id: target.organizationId!, name },
      members,
      invitations,
      permittedActions: permittedActions(scope.actor, [memberActions.INVITE, memberActions.REMOVE], target),
    };
  });
}

export interface AuditLogQuery extends AuditLogFilter {
  page: number;
  pageSize: number;
}

export interface AuditLogView extends Page<AuditLogRow> {
  /** The organisations the reader may filter by. */
  organizations: { id: string; name: I18nText }[];
}

/** Where the reader's view of the log is, for its own audit record: the filtered organisation, or their one region. */
async function auditScope(tx: ReadTx, scope: RequestScope, action: Action, filter: AuditLogFilter): Promise<ActionTarget> {
  if (filter.organizationId) {
    const { name: _name, ...target } = await organizationTarget(tx, filter.organizationId);
    authorize(scope, action, target);
    return target;
  }
  authorize(scope, action);
  const reach = reachOf(scope.actor, action);
  if (reach.everywhere) return {};
  if (reach.regionIds.length === 1 && reach.organizationIds.length === 0) return { regionId: reach.regionIds[0]! };
  if (reach.organizationIds.length === 1 && reach.regionIds.length === 0) return { organizationId: reach.organizationIds[0]! };
  return {};
}

/**
 * The audit log as far as the reader reaches: everything (platform admins), their region
 * (coordinators) or their organisations (organisation admins). Reading it is itself on record.
 */
export async function readAuditLog(s: IdentityServices, scope: RequestScope, query: AuditLogQuery): Promise<AuditLogView> {
  return write(s.db, scope, async (tx, audit) => {
    const target = await auditScope(tx, scope, auditActions.READ, query);
    const reach = reachOf(scope.actor, auditActions.READ);
    const { page, pageSize, ...filter } = query;
    const { rows, total } = await searchAuditLog(tx, filter, reach, { limit: pageSize, offset: (page - 1) * pageSize });
    audit.record({ action: auditActions.READ, target, detail: filterDetail(filter, total) });
    return { items: rows, total, page, pageSize, organizations: await organizationsWithin(tx, reach) };
  });
}

export const AUDIT_EXPORT_MAX_ROWS = 10_000;

/** The same rows for a CSV file, at most AUDIT_EXPORT_MAX_ROWS, newest first. */
export async function exportAuditLog(
  s: IdentityServices,
  scope: RequestScope,
  filter: AuditLogFilter,
): Promise<{ rows: AuditLogRow[]; total: number }> {
  return write(s.db, scope, async (tx, audit) => {
    const target = await auditScope(tx, scope, auditActions.EXPORT, filter);
    const reach = reachOf(scope.actor, auditActions.EXPORT);
    const result = await searchAuditLog(tx, filter, reach, { limit: AUDIT_EXPORT_MAX_ROWS, offset: 0 });
    audit.record({ action: auditActions.EXPORT, target, detail: filterDetail(filter, result.total) });
    return result;
  });
}

function filterDetail(filter: AuditLogFilter, total: number): Record<string, string | number> {
  const detail: Record<string, string | number> = { results: total };
  for (const [key, value] of Object.entries(filter) as [string, string | AuditOutcome | undefined][]) {
    if (value !== undefined && key !== 'actor') detail[key] = value;
  }
  if (filter.actor) detail.actorFilter = 'given';
  return detail;
}
