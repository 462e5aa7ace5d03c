import { isStaff } from '../../platform/actor.ts';
import { authorize, reachOf, permittedActions } from '../../platform/authorization/actions.ts';
import { write } from '../../platform/db/transactions.ts';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError, UnauthorizedError } from '../../platform/errors.ts';
import type { RequestScope } from '../../platform/request-context.ts';
import { contactActionList, contactActions } from './contact.actions.ts';
import { signal } from './contact.realtime.ts';
import { CloseSchema, MessageSchema, parseInput, QueueQuerySchema, TransferSchema } from './contact.schema.ts';
import type { ContactServices } from './contact.services.ts';
import type { WriteTx } from './contact.tables.ts';
import { REPLY_TEMPLATES } from './reply-templates.ts';
import { listReferralsOfRequest, listServicesOfRegion } from './referral.queries.ts';
import {
  advisorOrganizations,
  claimRequest,
  findRequest,
  findRequestOwner,
  insertMessage,
  insertNote,
  listAdvisorsOfRegion,
  listMessages,
  listNotes,
  listOrganizationsOfRegion,
  listQueue,
  lockRequest,
  updateRequest,
} from './requests.queries.ts';
import { isRecent } from './family.ts';

const requestTarget = (id: string, regionId: string) => ({ type: 'contactRequest', id, regionId });

function staffOf(scope: RequestScope) {
  if (!isStaff(scope.actor)) throw new UnauthorizedError();
  return scope.actor;
}

/** Authorize on the request's region before anything else of it is read: a guess that exists is 403, else 404. */
async function authorizedRequest(tx: WriteTx, scope: RequestScope, id: string, action: (typeof contactActionList)[number]) {
  const owner = await findRequestOwner(tx, id);
  if (!owner) throw new NotFoundError('contactRequest', id);
  const target = requestTarget(id, owner.regionId);
  authorize(scope, action, target);
  return target;
}

/** The regional queue across organisations, narrowed in SQL to the regions the actor reaches. */
export async function listContactQueue(s: ContactServices, scope: RequestScope, raw: unknown) {
  const filter = parseInput(QueueQuerySchema, raw);
  authorize(scope, contactActions.LIST);
  const reach = reachOf(scope.actor, contactActions.LIST);
  return write(s.db, scope, async (tx, audit) => {
    const rows = await listQueue(tx, {
      regionIds: reach.everywhere ? 'all' : reach.regionIds,
      municipalityCode: filter.municipality,
      topic: filter.topic,
      language: filter.language,
      waitingMinutesAtLeast: filter.waiting,
      status: filter.status,
      now: scope.clock.now(),
    });
    // The queue shows no contact details, but who waits for what is about people: on record.
    audit.record({ action: contactActions.LIST, detail: { count: rows.length, status: filter.status } });
    return {
      filter,
      regionIds: reach.everywhere ? null : reach.regionIds,
      requests: rows.map((r) => ({
        id: r.id,
        reference: r.reference,
        municipalityCode: r.municipalityCode,
        municipalityName: r.municipalityName,
        topic: r.topic,
        language: r.language,
        channel: r.channel,
        anonymous: r.anonymous,
        status: r.status,
        claimedByName: r.claimedByName,
        mine: r.claimedBy === staffOf(scope).personId,
        createdAt: r.createdAt,
        permittedActions: permittedActions(scope.actor, contactActionList, requestTarget(r.id, r.regionId)),
      })),
    };
  });
}

/** One conversation for an advisor: every opening is on record (the messages are personal data). */
export async function openConversation(s: ContactServices, scope: RequestScope, id: string) {
  return write(s.db, scope, async (tx, audit) => {
    const target = await authorizedRequest(tx, scope, id, contactActions.READ);
    const request = (await findRequest(tx, id))!;
    const me = staffOf(scope).personId;
    const now = scope.clock.now();
    if (request.claimedBy === me) {
      await updateRequest(tx, id, { advisor_read_at: now });
      await signal(tx, { k: 'read', r: id, region: request.regionId, who: 'advisor' });
    }
    const [messages, notes, referrals, advisors, organizations, services] = await Promise.all([
      listMessages(tx, id),
      listNotes(tx, id),
      listReferralsOfRequest(tx, id),
      listAdvisorsOfRegion(tx, request.regionId),
      listOrganizationsOfRegion(tx, request.regionId),
      listServicesOfRegion(tx, request.regionId),
    ]);
    audit.record({ action: contactActions.READ, target, detail: { messages: messages.length } });
    return {
      request: { ...request, mine: request.claimedBy === me, familyTyping: isRecent(request.familyTypingAt, now) },
      messages,
      notes,
      referrals,
      advisors: advisors.filter((a) => a.personId !== me),
      organizations,
      services,
      templates: REPLY_TEMPLATES,
      permittedActions: permittedActions(scope.actor, contactActionList, target),
    };
  });
}
export type Conversation = Awaited<ReturnType<typeof openConversation>>;

/**
 * Claims a waiting request for the advisor's organisation. Two advisors at once: the database
 * lets exactly one UPDATE through (requests.queries.ts), the other gets 409.
 */
export async function claimContact(s: ContactServices, scope: RequestScope, id: string) {
  return write(s.db, scope, async (tx, audit) => {
    const target = await authorizedRequest(tx, scope, id, contactActions.CLAIM);
    const me = staffOf(scope);
    const organizations = await advisorOrganizations(tx, me.personId, target.regionId);
    const organizationId = organizations[0] ?? me.grants.find((g) => g.organizationId)?.organizationId;
    if (!organizationId) throw new ForbiddenError(contactActions.CLAIM.name, { type: target.type, id });
    const claimed = await claimRequest(tx, {
      id,
      personId: me.personId,
      organizationId,
      now: scope.clock.now(),
      offeredTo: organizations.length ? organizations : 'any',
    });
    if (!claimed) throw new ConflictError('alreadyClaimed', {});
    await signal(tx, { k: 'status', r: id, region: target.regionId });
    audit.record({ action: contactActions.CLAIM, target: { ...target, organizationId } });
  });
}

async function lockMine(tx: WriteTx, scope: RequestScope, id: string) {
  const locked = await lockRequest(tx, id);
  if (!locked) throw new NotFoundError('contactRequest', id);
  if (locked.status === 'closed') throw new ConflictError('requestClosed', {});
  if (locked.claimed_by !== staffOf(scope).personId) throw new ConflictError('notYourRequest', {});
  return locked;
}

export async function replyToFamily(s: ContactServices, scope: RequestScope, id: string, raw: unknown) {
  const input = parseInput(MessageSchema, raw);
  return write(s.db, scope, async (tx, audit) => {
    const target = await authorizedRequest(tx, scope, id, contactActions.REPLY);
    const locked = await lockMine(tx, scope, id);
    const now = scope.clock.now();
    const messageId = await insertMessage(tx, {
      requestId: id,
      author: 'advisor',
      personId: staffOf(scope).personId,
      body: input.message,
      now,
    });
    await updateRequest(tx, id, { advisor_read_at: now, ...(locked.first_response_at ? {} : { first_response_at: now }) });
    await signal(tx, { k: 'message', r: id, region: target.regionId, m: messageId });
    audit.record({ action: contactActions.REPLY, target });
    return { id: messageId };
  });
}

export async function advisorTyping(s: ContactServices, scope: RequestScope, id: string) {
  return write(
    s.db,
    scope,
    async (tx) => {
      const target = await authorizedRequest(tx, scope, id, contactActions.REPLY);
      await lockMine(tx, scope, id);
      await updateRequest(tx, id, { advisor_typing_at: scope.clock.now() });
      await signal(tx, { k: 'typing', r: id, region: target.regionId, who: 'advisor' });
    },
    { unaudited: 'typing state of a conversation' },
  );
}

export async function addInternalNote(s: ContactServices, scope: RequestScope, id: string, raw: unknown) {
  const input = parseInput(MessageSchema, raw);
  return write(s.db, scope, async (tx, audit) => {
    const target = await authorizedRequest(tx, scope, id, contactActions.REPLY);
    await insertNote(tx, { requestId: id, personId: staffOf(scope).personId, kind: 'note', body: input.message, now: scope.clock.now() });
    audit.record({ action: contactActions.REPLY, target, detail: { note: true } });
  });
}

/** Hands the request to another advisor of the region, or back to the queue for one organisation, with a note. */
export async function transferContact(s: ContactServices, scope: RequestScope, id: string, raw: unknown) {
  const input = parseInput(TransferSchema, raw);
  return write(s.db, scope, async (tx, audit) => {
    const target = await authorizedRequest(tx, scope, id, contactActions.REPLY);
    await lockMine(tx, scope, id);
    const now = scope.clock.now();
    if (input.toPerson) {
      const organizations = await advisorOrganizations(tx, input.toPerson, target.regionId);
      if (!organizations[0]) throw new InvalidInputError([{ field: 'toPerson', key: 'notAnAdvisor' }]);
      await updateRequest(tx, id, { claimed_by: input.toPerson, claimed_organization_id: organizations[0], claimed_at: now });
    } else {
      const organizations = await listOrganizationsOfRegion(tx, target.regionId);
      if (!organizations.some((o) => o.id === input.toOrganization))
        throw new InvalidInputError([{ field: 'toOrganization', key: 'notOneOf', params: { allowed: '…' } }]);
      await updateRequest(tx, id, {
        status: 'waiting',
        claimed_by: null,
        claimed_organization_id: null,
        claimed_at: null,
        offered_to_organization_id: input.toOrganization!,
      });
    }
    await insertNote(tx, { requestId: id, personId: staffOf(scope).personId, kind: 'transfer', body: input.note, now });
    await signal(tx, { k: 'status', r: id, region: target.regionId });
    audit.record({ action: contactActions.REPLY, target, detail: { transferTo: input.toPerson ? 'person' : 'organization' } });
  });
}

export async function closeContact(s: ContactServices, scope: RequestScope, id: string, raw: unknown) {
  const input = parseInput(CloseSchema, raw);
  return write(s.db, scope, async (tx, audit) => {
    const target = await authorizedRequest(tx, scope, id, contactActions.REPLY);
    await lockMine(tx, scope, id);
    if (input.outcome === 'referredWithConsent' && (await listReferralsOfRequest(tx, id)).length === 0)
      throw new InvalidInputError([{ field: 'outcome', key: 'noReferral' }]);
    await updateRequest(tx, id, {
      status: 'closed',
      closed_at: scope.clock.now(),
      outcome: input.outcome,
      outcome_service_id: input.service ?? null,
    });
    await signal(tx, { k: 'status', r: id, region: target.regionId });
    audit.record({ action: contactActions.REPLY, target, detail: { outcome: input.outcome } });
  });
}
