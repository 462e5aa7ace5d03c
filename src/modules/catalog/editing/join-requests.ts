import { authorize, reachOf } from '../../../platform/authorization/actions.ts';
import { ConflictError, NotFoundError, TooManyRequestsError } from '../../../platform/errors.ts';
import type { RateLimiter } from '../../../platform/http/rate-limit.ts';
import { organizationActions } from '../catalog.actions.ts';
import { JOIN_REQUEST_EVENTS, joinRequestActions } from './editing.actions.ts';
import type { EditingContext } from './editing.context.ts';
import { joinRequestSchema, parseForm } from './editing.schema.ts';
import type { JoinRequestTable } from './editing.tables.ts';
import { findMunicipalityRegion } from './places-editing.queries.ts';
import {
  insertJoinRequest,
  insertOrganization,
  lockJoinRequest,
  pendingJoinRequests,
  setJoinRequestDecision,
} from './join-requests.queries.ts';
import type { Selectable } from 'kysely';

export type JoinRequestContext = EditingContext & { readonly joinLimiter: RateLimiter | null };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The public "ask to join" form: anyone may ask, limited per client. Its record names no one:
 * the contact's name and address are in the request, which only the region's coordinators read.
 */
export async function submitJoinRequest(ctx: JoinRequestContext, fields: unknown): Promise<{ id: string }> {
  if (ctx.joinLimiter) {
    const verdict = ctx.joinLimiter.take(ctx.clientAddress ?? 'unknown');
    if (!verdict.allowed) throw new TooManyRequestsError(verdict.retryAfterSeconds);
  }
  const v = parseForm(joinRequestSchema, fields);
  const regionId = await findMunicipalityRegion(ctx.tx, v.municipality!);
  if (!regionId) throw new NotFoundError('municipality', v.municipality!);
  const id = await insertJoinRequest(ctx.tx, {
    created_at: ctx.clock.now(),
    region_id: regionId,
    municipality_code: v.municipality!,
    organization_type: v.organizationType!,
    organization_name: v.organizationName!,
    business_id: v.businessId ?? null,
    website: v.website ?? null,
    contact_name: v.contactName!,
    contact_email: v.contactEmail!.toLowerCase(),
    message: v.message ?? null,
  });
  ctx.audit.record({ action: JOIN_REQUEST_EVENTS.submit, target: { type: 'joinRequest', id, regionId } });
  return { id };
}

export interface JoinRequestView {
  id: string;
  createdAt: Date;
  regionId: string;
  municipalityCode: string;
  organizationType: JoinRequestTable['organization_type'];
  organizationName: string;
  businessId: string | null;
  website: string | null;
  contactName: string;
  contactEmail: string;
  message: string | null;
  status: Selectable<JoinRequestTable>['status'];
}

const toView = (r: Selectable<JoinRequestTable>): JoinRequestView => ({
  id: r.id,
  createdAt: r.created_at,
  regionId: r.region_id,
  municipalityCode: r.municipality_code,
  organizationType: r.organization_type,
  organizationName: r.organization_name,
  businessId: r.business_id,
  website: r.website,
  contactName: r.contact_name,
  contactEmail: r.contact_email,
  message: r.message,
  status: r.status,
});

/** Pending requests in the coordinator's reach: names and addresses, so the read is on record. */
export async function listJoinRequests(ctx: EditingContext): Promise<JoinRequestView[]> {
  authorize(ctx, joinRequestActions.DECIDE);
  const reach = reachOf(ctx.actor, joinRequestActions.DECIDE);
  const rows = await pendingJoinRequests(ctx.tx, reach.everywhere ? 'everywhere' : reach.regionIds);
  ctx.audit.record({ action: JOIN_REQUEST_EVENTS.list, detail: { results: rows.length } });
  return rows.map(toView);
}

/**
 * A coordinator approves (the organisation joins the tray; the caller then invites the contact as
 * its first admin through identity) or declines.
 */
export async function decideJoinRequest(
  ctx: EditingContext,
  id: string,
  decision: unknown,
): Promise<
  | { outcome: 'approved'; organizationId: string; organizationName: string; contactEmail: string; contactName: string }
  | { outcome: 'declined' }
> {
  const request = UUID.test(id) ? await lockJoinRequest(ctx.tx, id) : null;
  if (!request) throw new NotFoundError('joinRequest', id);
  const target = { type: 'joinRequest', id, regionId: request.region_id };
  authorize(ctx, joinRequestActions.DECIDE, target);
  if (request.status !== 'pending') throw new ConflictError('joinRequestDecided');
  const now = ctx.clock.now();
  if (decision !== 'approve') {
    await setJoinRequestDecision(ctx.tx, id, { status: 'declined', at: now, by: personOf(ctx), organizationId: null });
    ctx.audit.record({ action: joinRequestActions.DECIDE, target, detail: { decision: 'declined' } });
    return { outcome: 'declined' };
  }
  const organizationId = await insertOrganization(ctx.tx, {
    regionId: request.region_id,
    municipalityCode: request.municipality_code,
    type: request.organization_type,
    name: { fi: request.organization_name },
    website: request.website,
    businessId: request.business_id,
    now,
  });
  await setJoinRequestDecision(ctx.tx, id, { status: 'approved', at: now, by: personOf(ctx), organizationId });
  ctx.audit.record({ action: joinRequestActions.DECIDE, target, detail: { decision: 'approved', organizationId } });
  ctx.audit.record({
    action: organizationActions.UPDATE,
    target: { type: 'organization', id: organizationId, organizationId, regionId: request.region_id },
    detail: { created: 'fromJoinRequest' },
  });
  return {
    outcome: 'approved',
    organizationId,
    organizationName: request.organization_name,
    contactEmail: request.contact_email,
    contactName: request.contact_name,
  };
}

function personOf(ctx: EditingContext): string | null {
  return ctx.actor.kind === 'staff' ? ctx.actor.personId : null;
}
