import { read, write } from '../../platform/db/transactions.ts';
import { InvalidInputError, NotFoundError } from '../../platform/errors.ts';
import type { RequestScope } from '../../platform/request-context.ts';
import { randomToken } from '../../platform/secrets.ts';
import { FAMILY_EVENTS } from './contact.actions.ts';
import { FOLLOW_TOKEN, newReference, type ContactLanguage } from './contact.domain.ts';
import { signal } from './contact.realtime.ts';
import { MessageSchema, NewContactRequestSchema, parseInput } from './contact.schema.ts';
import { followTokenHash, takeOrRefuse, type ContactServices } from './contact.services.ts';
import type { ReadTx } from './contact.tables.ts';
import { expectedResponse } from './duty.ts';
import { listReferralsOfRequest, withdrawConsents } from './referral.queries.ts';
import {
  deleteRequest,
  findMunicipalityRegion,
  findRequestByTokenHash,
  insertContactRequest,
  insertMessage,
  listMessages,
  updateRequest,
  type RequestRow,
} from './requests.queries.ts';

const target = (r: { id: string; regionId: string }) => ({ type: 'contactRequest', id: r.id, regionId: r.regionId });

/**
 * A family's new request: no account, anonymous unless they give a name or a number. They get a
 * reference and a private link whose token only they hold (we keep its SHA-256).
 */
export async function createContactRequest(s: ContactServices, scope: RequestScope, raw: unknown) {
  takeOrRefuse(s.limits.newRequests, scope.clientAddress ?? 'unknown');
  const input = parseInput(NewContactRequestSchema, raw);
  const token = randomToken(32);
  const now = scope.clock.now();
  return write(s.db, scope, async (tx, audit) => {
    const regionId = await findMunicipalityRegion(tx, input.municipality);
    if (!regionId) throw new InvalidInputError([{ field: 'municipality', key: 'unknownMunicipality' }]);
    const reference = newReference();
    const id = await insertContactRequest(tx, {
      reference,
      followTokenHash: followTokenHash(token),
      regionId,
      municipalityCode: input.municipality,
      topic: input.topic,
      language: input.language,
      channel: input.channel,
      contactName: input.contact?.name ?? null,
      contactPhone: input.contact?.phone ?? null,
      now,
    });
    const messageId = await insertMessage(tx, { requestId: id, author: 'family', personId: null, body: input.message, now });
    await signal(tx, { k: 'message', r: id, region: regionId, m: messageId });
    audit.record({
      action: FAMILY_EVENTS.create,
      target: target({ id, regionId }),
      detail: { channel: input.channel, topic: input.topic },
    });
    return { id, reference, token };
  });
}

async function requestOfToken(tx: ReadTx, token: string): Promise<RequestRow> {
  // A malformed token is no request: the same 404 as a well-formed guess.
  const row = FOLLOW_TOKEN.test(token) ? await findRequestByTokenHash(tx, followTokenHash(token)) : null;
  if (!row) throw new NotFoundError('contactRequest', 'token');
  return row;
}

/** What the family sees through their link: the conversation, the referrals, and when to expect an answer. */
export async function followRequest(s: ContactServices, scope: RequestScope, token: string) {
  return read(s.db, async (tx) => {
    const request = await requestOfToken(tx, token);
    const [messages, referrals, expected] = await Promise.all([
      listMessages(tx, request.id),
      listReferralsOfRequest(tx, request.id),
      request.status === 'waiting' ? expectedResponse(tx, { ...request, now: scope.clock.now() }) : Promise.resolve(null),
    ]);
    return {
      reference: request.reference,
      status: request.status,
      topic: request.topic,
      channel: request.channel,
      language: request.language as ContactLanguage,
      municipalityName: request.municipalityName,
      anonymous: request.anonymous,
      createdAt: request.createdAt,
      advisorName: request.claimedByName,
      advisorTyping: isRecent(request.advisorTypingAt, scope.clock.now()),
      advisorReadAt: request.advisorReadAt,
      outcome: request.outcome,
      expected,
      messages: messages.map((m) => ({ ...m, authorName: m.author === 'advisor' ? m.authorName : null })),
      referrals: referrals.map((r) => ({
        id: r.id,
        serviceName: r.serviceName,
        organizationName: r.organizationName,
        status: r.status,
        declineReason: r.declineReason,
        consent: {
          id: r.consentId,
          dataItems: r.consentDataItems,
          purpose: r.consentPurpose,
          givenAt: r.consentGivenAt,
          validUntil: r.consentValidUntil,
          withdrawnAt: r.consentWithdrawnAt,
        },
      })),
    };
  });
}
export type FollowView = Awaited<ReturnType<typeof followRequest>>;

const TYPING_SECONDS = 8;
export function isRecent(at: Date | null, now: Date): boolean {
  return at !== null && now.getTime() - at.getTime() < TYPING_SECONDS * 1000;
}

export async function postFamilyMessage(s: ContactServices, scope: RequestScope, token: string, raw: unknown) {
  takeOrRefuse(s.limits.messagesByClient, scope.clientAddress ?? 'unknown');
  const input = parseInput(MessageSchema, raw);
  return write(s.db, scope, async (tx, audit) => {
    const request = await requestOfToken(tx, token);
    takeOrRefuse(s.limits.messagesByToken, request.id);
    if (request.status === 'closed') throw new InvalidInputError([{ field: 'message', key: 'requestClosed' }]);
    const now = scope.clock.now();
    const id = await insertMessage(tx, { requestId: request.id, author: 'family', personId: null, body: input.message, now });
    await updateRequest(tx, request.id, { family_read_at: now });
    await signal(tx, { k: 'message', r: request.id, region: request.regionId, m: id });
    audit.record({ action: FAMILY_EVENTS.message, target: target(request) });
    return { id };
  });
}

/** Typing and read state: bookkeeping of the conversation, not events for the log. */
export async function familyPresence(s: ContactServices, scope: RequestScope, token: string, what: 'typing' | 'read') {
  return write(
    s.db,
    scope,
    async (tx) => {
      const request = await requestOfToken(tx, token);
      const now = scope.clock.now();
      await updateRequest(tx, request.id, what === 'typing' ? { family_typing_at: now } : { family_read_at: now });
      await signal(tx, { k: what, r: request.id, region: request.regionId, who: 'family' });
    },
    { unaudited: 'typing and read state of a conversation' },
  );
}

export async function withdrawConsent(s: ContactServices, scope: RequestScope, token: string, consentId: string) {
  return write(s.db, scope, async (tx, audit) => {
    const request = await requestOfToken(tx, token);
    const changed = await withdrawConsents(tx, request.id, consentId, scope.clock.now());
    if (changed === 0) throw new NotFoundError('consent', consentId);
    await signal(tx, { k: 'status', r: request.id, region: request.regionId });
    audit.record({ action: FAMILY_EVENTS.withdrawConsent, target: target(request), detail: { consentId } });
  });
}

/** The family deletes their request: the conversation, notes, consents and referrals go with it. */
export async function deleteOwnRequest(s: ContactServices, scope: RequestScope, token: string) {
  return write(s.db, scope, async (tx, audit) => {
    const request = await requestOfToken(tx, token);
    await deleteRequest(tx, request.id);
    await signal(tx, { k: 'status', r: request.id, region: request.regionId });
    audit.record({ action: FAMILY_EVENTS.delete, target: target(request) });
  });
}

/** A live stream's first check: which request (and region) a token follows. */
export async function requestIdOfToken(s: ContactServices, token: string) {
  return read(s.db, async (tx) => {
    const r = await requestOfToken(tx, token);
    return { id: r.id, regionId: r.regionId };
  });
}
