import { z } from '@hono/zod-openapi';
import { ORGANIZATION_ROLES, ROLES } from '../../platform/actor.ts';
import { AUDIT_OUTCOMES } from '../../platform/audit/audit.tables.ts';
import { listOf, pagingParams } from '../../platform/http/api-contract.ts';
import { codeParam, enumParam, textParam } from '../../platform/http/query-schema.ts';

const date = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The audit viewer's filters, shared by its page and the staff API. */
export const auditLogQuery = z.object({
  from: codeParam(date).openapi({ description: 'From this Helsinki date (YYYY-MM-DD), included.', example: '2026-11-01' }),
  to: codeParam(date).openapi({ description: 'Up to this Helsinki date (YYYY-MM-DD), included.', example: '2026-11-30' }),
  actor: textParam(100).openapi({ description: "Part of the actor's e-mail address or name." }),
  organization: codeParam(uuid).openapi({ description: 'Events about this organisation.' }),
  action: codeParam(/^[A-Z][A-Za-z]*\.[A-Z][A-Z_]*$/).openapi({
    description: 'An action of the catalogue, e.g. Member.LIST.',
    example: 'Session.SIGN_IN',
  }),
  outcome: enumParam(AUDIT_OUTCOMES).openapi({ description: 'success, denied or failed.' }),
  ...pagingParams,
});

export type AuditLogQueryParams = z.infer<typeof auditLogQuery>;

const I18nTextSchema = z.object({ fi: z.string(), sv: z.string().optional(), en: z.string().optional() });

export const GrantSchema = z
  .object({ role: z.enum(ROLES), organizationId: z.string().nullable(), regionId: z.string().nullable() })
  .openapi('Grant');

export const SessionSchema = z
  .object({
    person: z.object({ id: z.string(), name: z.string(), email: z.string() }),
    grants: z.array(GrantSchema),
    csrfToken: z.string().openapi({ description: 'Send it back in the x-csrf-token header of every state-changing request.' }),
  })
  .openapi('StaffSession');

export const AuditEventSchema = z
  .object({
    id: z.number().int(),
    occurredAt: z.string(),
    action: z.string(),
    outcome: z.enum(AUDIT_OUTCOMES),
    actor: z.object({
      kind: z.enum(['anonymous', 'system', 'staff']),
      personId: z.string().nullable(),
      name: z.string().nullable(),
      email: z.string().nullable(),
      process: z.string().nullable(),
    }),
    organization: z.object({ id: z.string(), name: I18nTextSchema.nullable() }).nullable(),
    regionId: z.string().nullable(),
    target: z.object({ type: z.string().nullable(), id: z.string().nullable() }),
    detail: z.record(z.string(), z.unknown()).nullable(),
    clientAddress: z.string().nullable(),
    requestId: z.string().nullable(),
  })
  .openapi('AuditEvent');

export const AuditEventListSchema = listOf(AuditEventSchema, 'AuditEventList');

export const MemberListSchema = z
  .object({
    organization: z.object({ id: z.string(), name: I18nTextSchema }),
    members: z.array(
      z.object({ id: z.string(), role: z.enum(ROLES), personId: z.string(), name: z.string(), email: z.string(), since: z.string() }),
    ),
    invitations: z.array(z.object({ name: z.string(), email: z.string(), role: z.enum(ROLES), sentAt: z.string(), expiresAt: z.string() })),
    permittedActions: z.array(z.string()),
  })
  .openapi('MemberList');

export const InvitationInputSchema = z
  .object({
    email: z.string().max(254).openapi({ example: 'uusi.jasen@example.fi' }),
    name: z.string().max(200).openapi({ example: 'Uuno Uusi' }),
    role: z.enum(ORGANIZATION_ROLES),
  })
  .openapi('InvitationInput');

export const InvitationSentSchema = z.object({ email: z.string() }).openapi('InvitationSent');

export const membershipParams = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' }, example: '00000000-0000-4000-8000-000000000000' }),
  membershipId: z.uuid().openapi({ param: { name: 'membershipId', in: 'path' }, example: '00000000-0000-4000-8000-000000000001' }),
});

export const MemberRemovedSchema = z
  .object({ sessionsEnded: z.number().int().openapi({ description: 'Sessions of the person that ended with the removal.' }) })
  .openapi('MemberRemoved');
