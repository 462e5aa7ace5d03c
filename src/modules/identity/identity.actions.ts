import { actionsOf, defineActions } from '../../platform/authorization/actions.ts';

/** Members of an organisation: who they are is personal data, so listing them is audited. */
export const memberActions = defineActions('Member', {
  LIST: { platformAdmin: 'everywhere', regionalCoordinator: 'region', organizationAdmin: 'organization' },
  INVITE: { platformAdmin: 'everywhere', regionalCoordinator: 'region', organizationAdmin: 'organization' },
  REMOVE: { platformAdmin: 'everywhere', regionalCoordinator: 'region', organizationAdmin: 'organization' },
});

/** The audit log: coordinators see their region's events, organisation admins their organisation's. */
export const auditActions = defineActions('Audit', {
  READ: { platformAdmin: 'everywhere', regionalCoordinator: 'region', organizationAdmin: 'organization' },
  EXPORT: { platformAdmin: 'everywhere', regionalCoordinator: 'region', organizationAdmin: 'organization' },
});

/** A person's own account: password, second factor, sessions. */
export const accountActions = defineActions('Account', {
  UPDATE: { anyStaff: 'self' },
});

/** Events that are not permissions: what happened at sign-in and with mailed links, for the log. */
export const IDENTITY_EVENTS = {
  signIn: 'Session.SIGN_IN',
  secondFactor: 'Session.SECOND_FACTOR',
  signOut: 'Session.SIGN_OUT',
  signOutEverywhere: 'Session.SIGN_OUT_EVERYWHERE',
  requestPasswordReset: 'Account.REQUEST_PASSWORD_RESET',
  resetPassword: 'Account.RESET_PASSWORD',
  changePassword: 'Account.CHANGE_PASSWORD',
  requestEmailVerification: 'Account.REQUEST_EMAIL_VERIFICATION',
  verifyEmail: 'Account.VERIFY_EMAIL',
  enableTotp: 'Account.ENABLE_TOTP',
  disableTotp: 'Account.DISABLE_TOTP',
  linkIdentity: 'Account.LINK_IDENTITY',
  acceptInvitation: 'Member.ACCEPT_INVITATION',
  auditRetention: 'Audit.RETENTION_PURGE',
} as const;

export const identityActions = [...actionsOf(memberActions), ...actionsOf(auditActions), ...actionsOf(accountActions)];
