import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { stringify } from 'csv-stringify/sync';
import { DEFAULT_PAGE_SIZE, idParam, json, ProblemSchema } from '../../platform/http/api-contract.ts';
import { scopeOf, type AppEnv } from '../../platform/http/app-env.ts';
import { validationHook } from '../../platform/http/openapi.ts';
import { requestOrigin } from '../../platform/http/csrf.ts';
import type { SiteSettings } from '../../platform/module.ts';
import { UnauthorizedError } from '../../platform/errors.ts';
import { helsinkiMoment } from '../../platform/helsinki-time.ts';
import type { RequestScope } from '../../platform/request-context.ts';
import type { AuditLogRow } from './audit-log.queries.ts';
import {
  AuditEventListSchema,
  auditLogQuery,
  InvitationInputSchema,
  InvitationSentSchema,
  MemberListSchema,
  MemberRemovedSchema,
  membershipParams,
  SessionSchema,
  type AuditLogQueryParams,
} from './identity.schema.ts';
import type { IdentityClient } from './identity.client.ts';

const tags = ['Staff workspace'];
const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: ProblemSchema } } });
const guarded = { 400: problem('Invalid parameters'), 401: problem('Not signed in'), 403: problem('Not permitted') } as const;

export function presentAuditEvent(row: AuditLogRow) {
  return {
    id: row.id,
    occurredAt: row.occurredAt.toISOString(),
    action: row.action,
    outcome: row.outcome,
    actor: { kind: row.actorKind, personId: row.actorPersonId, name: row.actorName, email: row.actorEmail, process: row.actorProcess },
    organization: row.organizationId ? { id: row.organizationId, name: row.organizationName } : null,
    regionId: row.regionId,
    target: { type: row.targetType, id: row.targetId },
    detail: row.detail,
    clientAddress: row.clientAddress,
    requestId: row.requestId,
  };
}

export const auditFilterOf = (q: AuditLogQueryParams) => ({
  from: q.from,
  to: q.to,
  actor: q.actor,
  organizationId: q.organization,
  action: q.action,
  outcome: q.outcome,
});

/** A cell a spreadsheet would run as a formula (= + - @, a tab or CR first) starts with ' instead. */
const FORMULA = /^[=+\-@\t\r]/;

/** The audit rows as CSV for Finnish Excel: `;`, a BOM, CRLF, every text quoted, formulas defused. */
export function auditCsv(rows: readonly AuditLogRow[]): string {
  const helsinki = (d: Date) => {
    const m = helsinkiMoment(d);
    return `${m.date} ${m.time}:${String(d.getUTCSeconds()).padStart(2, '0')}`;
  };
  return stringify(
    rows.map((r) => ({
      time: helsinki(r.occurredAt),
      action: r.action,
      outcome: r.outcome,
      actorKind: r.actorKind,
      actorEmail: r.actorEmail ?? '',
      actorName: r.actorName ?? r.actorProcess ?? '',
      organization: r.organizationName?.fi ?? r.organizationId ?? '',
      targetType: r.targetType ?? '',
      targetId: r.targetId ?? '',
      clientAddress: r.clientAddress ?? '',
      requestId: r.requestId ?? '',
      detail: r.detail ? JSON.stringify(r.detail) : '',
    })),
    {
      header: true,
      columns: [
        { key: 'time', header: 'time (Europe/Helsinki)' },
        { key: 'action', header: 'action' },
        { key: 'outcome', header: 'outcome' },
        { key: 'actorKind', header: 'actor kind' },
        { key: 'actorEmail', header: 'actor e-mail' },
        { key: 'actorName', header: 'actor name' },
        { key: 'organization', header: 'organisation' },
        { key: 'targetType', header: 'target type' },
        { key: 'targetId', header: 'target id' },
        { key: 'clientAddress', header: 'client address' },
        { key: 'requestId', header: 'request id' },
        { key: 'detail', header: 'detail' },
      ],
      delimiter: ';',
      bom: true,
      record_delimiter: 'windows',
      quoted_string: true,
      cast: { string: (value) => (FORMULA.test(value) ? `'${value}` : value) },
    },
  );
}

/**
 * The staff API: the session, the audit log (and its CSV), an organisation's members, inviting
 * and removing them. Every route needs a session; the writes also the x-csrf-token header.
 */
export function identityApi(clientFor: (scope: RequestScope) => IdentityClient, site: Pick<SiteSettings, 'publicOrigin' | 'trustProxy'>) {
  const api = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const identity = (c: { var: AppEnv['Variables'] }) => clientFor(scopeOf(c));

  api.openapi(
    createRoute({
      method: 'get',
      path: '/session',
      tags,
      summary: 'The signed-in person, their grants and the CSRF token',
      responses: { 200: json(SessionSchema, 'The session'), 401: problem('Not signed in') },
    }),
    async (c) => {
      const actor = c.var.actor;
      if (actor.kind !== 'staff') throw new UnauthorizedError();
      const { person } = await identity(c).getWorkspace();
      return c.json({ person, grants: [...actor.grants], csrfToken: c.var.csrfToken ?? '' }, 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/audit',
      tags,
      summary: 'The audit log',
      description:
        'Events as far as the reader reaches: everything for platform admins, their region for coordinators, their organisations for organisation admins. Newest first. Reading the log is itself recorded.',
      request: { query: auditLogQuery },
      responses: { 200: json(AuditEventListSchema, 'A page of audit events'), ...guarded },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const view = await identity(c).readAuditLog({ ...auditFilterOf(q), page: q.page ?? 1, pageSize: q.pageSize ?? DEFAULT_PAGE_SIZE });
      return c.json({ items: view.items.map(presentAuditEvent), total: view.total, page: view.page, pageSize: view.pageSize }, 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/audit/export',
      tags,
      summary: 'The audit log as CSV',
      description: 'The same filters; at most 10 000 rows, newest first. Semicolon-separated, UTF-8 with BOM. The export is recorded.',
      request: { query: auditLogQuery.omit({ page: true, pageSize: true }) },
      responses: { 200: { description: 'CSV', content: { 'text/csv': { schema: z.string() } } }, ...guarded },
    }),
    async (c) => {
      const { rows } = await identity(c).exportAuditLog(auditFilterOf(c.req.valid('query')));
      const day = helsinkiMoment(c.var.clock.now()).date;
      return c.body(auditCsv(rows), 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="audit-${day}.csv"`,
      });
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/organizations/{id}/members',
      tags,
      summary: "An organisation's members",
      description: 'Names and addresses are personal data: the read is recorded.',
      request: { params: idParam('00000000-0000-4000-8000-000000000000') },
      responses: { 200: json(MemberListSchema, 'The members'), ...guarded, 404: problem('No such organisation') },
    }),
    async (c) => {
      const list = await identity(c).listMembers(c.req.valid('param').id);
      return c.json(
        {
          ...list,
          members: list.members.map((m) => ({ ...m, since: m.since.toISOString() })),
          invitations: list.invitations.map((i) => ({ ...i, sentAt: i.sentAt.toISOString(), expiresAt: i.expiresAt.toISOString() })),
        },
        200,
      );
    },
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/organizations/{id}/invitations',
      tags,
      summary: 'Invite a person to the organisation',
      description:
        'Mails the address a single-use link (valid INVITATION_TTL_HOURS) that grants the role when accepted. A new invitation replaces the earlier unused one of the same person there. The link is in the mail only, never in the answer or a log.',
      request: {
        params: idParam('00000000-0000-4000-8000-000000000000'),
        body: { required: true, content: { 'application/json': { schema: InvitationInputSchema } } },
      },
      responses: {
        201: json(InvitationSentSchema, 'The invitation is on its way'),
        ...guarded,
        404: problem('No such organisation'),
        409: problem('The person already has this role there'),
      },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const sent = await identity(c).inviteMember(c.req.valid('param').id, {
        ...body,
        requestOrigin: requestOrigin(c, site.publicOrigin, site.trustProxy),
      });
      return c.json(sent, 201);
    },
  );

  api.openapi(
    createRoute({
      method: 'delete',
      path: '/organizations/{id}/members/{membershipId}',
      tags,
      summary: 'Remove a membership',
      description:
        "The role's rights end with the next request and every session of the person ends at once; their unused invitations to the organisation end too. One's own membership cannot be removed (409).",
      request: { params: membershipParams },
      responses: {
        200: json(MemberRemovedSchema, 'Removed'),
        ...guarded,
        404: problem('No such organisation or membership'),
        409: problem("One's own membership"),
      },
    }),
    async (c) => {
      const { id, membershipId } = c.req.valid('param');
      return c.json(await identity(c).removeMember(id, membershipId), 200);
    },
  );

  return api;
}
