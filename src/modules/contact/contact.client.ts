import type { RequestScope } from '../../platform/request-context.ts';
import {
  addInternalNote,
  advisorTyping,
  claimContact,
  closeContact,
  listContactQueue,
  openConversation,
  replyToFamily,
  transferContact,
} from './advisor.ts';
import type { ContactLanguage } from './contact.domain.ts';
import type { ContactServices } from './contact.services.ts';
import {
  createContactRequest,
  deleteOwnRequest,
  familyPresence,
  followRequest,
  postFamilyMessage,
  requestIdOfToken,
  withdrawConsent,
} from './family.ts';
import { listIncomingReferrals, referFamily, respondToReferral } from './referrals.ts';
import { addShift, contactFigures, getRoster, liveChatStatus, removeShift } from './roster.ts';

/** The contact channel's use cases bound to one request, for pages and the API. */
export function contactClient(s: ContactServices) {
  return (scope: RequestScope) => ({
    // The family side: anonymous, through the follow link.
    createRequest: (raw: unknown) => createContactRequest(s, scope, raw),
    follow: (token: string) => followRequest(s, scope, token),
    postMessage: (token: string, raw: unknown) => postFamilyMessage(s, scope, token, raw),
    familyPresence: (token: string, what: 'typing' | 'read') => familyPresence(s, scope, token, what),
    withdrawConsent: (token: string, consentId: string) => withdrawConsent(s, scope, token, consentId),
    deleteRequest: (token: string) => deleteOwnRequest(s, scope, token),
    requestOfToken: (token: string) => requestIdOfToken(s, token),
    liveChatStatus: (q: { municipality: string; language: ContactLanguage }) => liveChatStatus(s, scope, q),
    // The advisor workspace.
    queue: (raw: unknown) => listContactQueue(s, scope, raw),
    conversation: (id: string) => openConversation(s, scope, id),
    claim: (id: string) => claimContact(s, scope, id),
    reply: (id: string, raw: unknown) => replyToFamily(s, scope, id, raw),
    typing: (id: string) => advisorTyping(s, scope, id),
    note: (id: string, raw: unknown) => addInternalNote(s, scope, id, raw),
    transfer: (id: string, raw: unknown) => transferContact(s, scope, id, raw),
    close: (id: string, raw: unknown) => closeContact(s, scope, id, raw),
    refer: (id: string, raw: unknown) => referFamily(s, scope, id, raw),
    incomingReferrals: () => listIncomingReferrals(s, scope),
    respondToReferral: (id: string, raw: unknown) => respondToReferral(s, scope, id, raw),
    roster: () => getRoster(s, scope),
    addShift: (raw: unknown) => addShift(s, scope, raw),
    removeShift: (id: string) => removeShift(s, scope, id),
    figures: (days?: number) => contactFigures(s, scope, days),
  });
}

export type ContactClient = ReturnType<ReturnType<typeof contactClient>>;
