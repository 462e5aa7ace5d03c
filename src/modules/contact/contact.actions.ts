import { actionsOf, defineActions } from '../../platform/authorization/actions.ts';

/**
 * The contact channel's queue is regional, across organisations: an advisor of any organisation
 * of the region sees, claims and answers its requests; staff of other regions see nothing. Every
 * read of a conversation (personal data) is on record.
 */
const advisorsOfTheRegion = { platformAdmin: 'everywhere', regionalCoordinator: 'region', familyAdvisor: 'region' } as const;

export const contactActions = defineActions('Contact', {
  LIST: advisorsOfTheRegion,
  READ: advisorsOfTheRegion,
  CLAIM: advisorsOfTheRegion,
  REPLY: advisorsOfTheRegion,
  REFER: advisorsOfTheRegion,
  /** The figures for leadership: counts and times, no personal data. */
  FIGURES: { platformAdmin: 'everywhere', regionalCoordinator: 'region' },
  /** The duty roster: an advisor takes their own shifts, an admin their organisation's, a coordinator the region's. */
  ROSTER: { platformAdmin: 'everywhere', regionalCoordinator: 'region', organizationAdmin: 'organization', familyAdvisor: 'self' },
});

/** The receiving service's side of a referral: its own organisation's people. */
export const referralActions = defineActions('Referral', {
  RESPOND: {
    platformAdmin: 'everywhere',
    regionalCoordinator: 'region',
    organizationAdmin: 'organization',
    familyAdvisor: 'organization',
    professional: 'organization',
  },
});

/** What families do through their link: events for the log, not permissions (they have no session). */
export const FAMILY_EVENTS = {
  create: 'ContactRequest.CREATE',
  message: 'ContactRequest.MESSAGE',
  withdrawConsent: 'ContactRequest.WITHDRAW_CONSENT',
  delete: 'ContactRequest.DELETE',
} as const;

export const contactActionList = [...actionsOf(contactActions), ...actionsOf(referralActions)];
