import { actionsOf, defineActions } from '../../platform/authorization/actions.ts';

/**
 * What organisers may do with activities. Editing is as for services: the owner's (or a
 * co-organiser's) editors and admins, the region's coordinator, platform admins. Participants'
 * personal data is for the organisation that runs the activity only: a coordinator sees figures,
 * never a roster.
 */
export const activityActions = defineActions('Activity', {
  CREATE: { platformAdmin: 'everywhere', regionalCoordinator: 'region', organizationAdmin: 'organization', editor: 'organization' },
  UPDATE: { platformAdmin: 'everywhere', regionalCoordinator: 'region', organizationAdmin: 'organization', editor: 'organization' },
  READ_ROSTER: { platformAdmin: 'everywhere', organizationAdmin: 'organization', editor: 'organization' },
  MANAGE_PARTICIPANTS: { platformAdmin: 'everywhere', organizationAdmin: 'organization', editor: 'organization' },
  EXPORT_ROSTER: { platformAdmin: 'everywhere', organizationAdmin: 'organization', editor: 'organization' },
  READ_FIGURES: { platformAdmin: 'everywhere', regionalCoordinator: 'region', organizationAdmin: 'organization' },
});

/** Proposals land with the organisation that runs the meeting place. */
export const proposalActions = defineActions('Proposal', {
  ANSWER: { platformAdmin: 'everywhere', regionalCoordinator: 'region', organizationAdmin: 'organization', editor: 'organization' },
});

/** What families do without an account, for the audit log. */
export const ACTIVITY_EVENTS = {
  signUp: 'Registration.CREATE',
  read: 'Registration.READ',
  cancel: 'Registration.CANCEL',
  promote: 'Registration.PROMOTE',
  propose: 'Proposal.CREATE',
  listProposals: 'Proposal.LIST',
  anonymise: 'Registration.ANONYMISE',
  remind: 'Registration.REMIND',
} as const;

export const activitiesActions = [...actionsOf(activityActions), ...actionsOf(proposalActions)];
