import { isStaff } from '../../platform/actor.ts';
import { authorize, isPermitted, reachOf } from '../../platform/authorization/actions.ts';
import { write } from '../../platform/db/transactions.ts';
import { ConflictError, InvalidInputError, NotFoundError, UnauthorizedError } from '../../platform/errors.ts';
import type { RequestScope } from '../../platform/request-context.ts';
import { contactActions, referralActions } from './contact.actions.ts';
import { canTransition, type ReferralStatus } from './contact.domain.ts';
import { signal } from './contact.realtime.ts';
import { parseInput, ReferralResponseSchema, ReferralSchema } from './contact.schema.ts';
import type { ContactServices } from './contact.services.ts';
import {
  findReferral,
  findServiceOwner,
  insertConsent,
  insertReferral,
  listReferralsOfOrganizations,
  lockReferral,
  setReferralStatus,
} from './referral.queries.ts';
import { findRequestOwner, lockRequest } from './requests.queries.ts';

/**
 * Refers the family to a service of the tray, with their consent recorded first: who gave it,
 * which data, to which organisation, for what purpose, when and until when.
 */
export async function referFamily(s: ContactServices, scope: RequestScope, requestId: string, raw: unknown) {
  const input = parseInput(ReferralSchema, raw);
  return write(s.db, scope, async (tx, audit) => {
    const owner = await findRequestOwner(tx, requestId);
    if (!owner) throw new NotFoundError('contactRequest', requestId);
    const target = { type: 'contactRequest', id: requestId, regionId: owner.regionId };
    authorize(scope, contactActions.REFER, target);
    if (!isStaff(scope.actor)) throw new UnauthorizedError();
    const locked = await lockRequest(tx, requestId);
    if (locked?.claimed_by !== scope.actor.personId) throw new ConflictError('notYourRequest', {});
    if (locked.status === 'closed') throw new ConflictError('requestClosed', {});
    const service = await findServiceOwner(tx, input.service);
    if (!service) throw new InvalidInputError([{ field: 'service', key: 'unknownService' }]);
    const now = scope.clock.now();
    const consentId = await insertConsent(tx, {
      requestId,
      givenBy: input.givenBy,
      dataItems: input.dataItems,
      organizationId: service.organizationId,
      purpose: input.purpose,
      recordedBy: scope.actor.personId,
      givenAt: now,
      validUntil: new Date(now.getTime() + input.validDays * 86_400_000),
    });
    const id = await insertReferral(tx, { requestId, consentId, serviceId: service.id, organizationId: service.organizationId, now });
    await signal(tx, { k: 'status', r: requestId, region: owner.regionId });
    audit.record({ action: contactActions.REFER, target, detail: { serviceId: service.id, dataItems: input.dataItems.join(',') } });
    return { id };
  });
}

/** The referrals waiting for the organisations the actor answers for; reading them is on record. */
export async function listIncomingReferrals(s: ContactServices, scope: RequestScope) {
  authorize(scope, referralActions.RESPOND);
  const reach = reachOf(scope.actor, referralActions.RESPOND);
  return write(s.db, scope, async (tx, audit) => {
    const rows = await listReferralsOfOrganizations(tx, reach.everywhere ? 'all' : reach.organizationIds);
    const visible = rows.filter((r) =>
      isPermitted(scope.actor, referralActions.RESPOND, { organizationId: r.organizationId, regionId: r.regionId }),
    );
    audit.record({ action: referralActions.RESPOND, detail: { read: visible.length } });
    return visible;
  });
}

const STEP_TO_STATUS: Record<'open' | 'accept' | 'decline' | 'recordOutcome' | 'close', ReferralStatus> = {
  open: 'opened',
  accept: 'accepted',
  decline: 'declined',
  recordOutcome: 'outcomeRecorded',
  close: 'closed',
};

/** The receiving service moves the referral on; an illegal step is 409 here and refused by the database too. */
export async function respondToReferral(s: ContactServices, scope: RequestScope, id: string, raw: unknown) {
  const input = parseInput(ReferralResponseSchema, raw);
  return write(s.db, scope, async (tx, audit) => {
    const referral = await findReferral(tx, id);
    if (!referral) throw new NotFoundError('referral', id);
    const target = { type: 'referral', id, organizationId: referral.organizationId, regionId: referral.regionId };
    authorize(scope, referralActions.RESPOND, target);
    const locked = (await lockReferral(tx, id))!;
    const to = STEP_TO_STATUS[input.step];
    if (!canTransition(locked.status, to)) throw new ConflictError('illegalReferralStep', { from: locked.status, to });
    if (to === 'accepted' && referral.consentWithdrawnAt) throw new ConflictError('consentWithdrawn', {});
    await setReferralStatus(tx, id, {
      status: to,
      now: scope.clock.now(),
      ...(to === 'declined' ? { declineReason: input.reason ?? null } : {}),
      ...(to === 'outcomeRecorded' ? { outcome: input.outcome ?? null } : {}),
    });
    const owner = await findRequestOwner(tx, referral.requestId);
    if (owner) await signal(tx, { k: 'status', r: referral.requestId, region: owner.regionId });
    audit.record({ action: referralActions.RESPOND, target, detail: { status: to, ...(input.reason ? { reason: input.reason } : {}) } });
  });
}
