export { ROLES, ORGANIZATION_ROLES, type Role, type OrganizationRole } from '../../platform/actor.ts';

export const SESSION_STAGES = ['signedIn', 'secondFactor'] as const;
export type SessionStage = (typeof SESSION_STAGES)[number];

export const SIGN_IN_METHODS = ['password', 'oidc'] as const;
export type SignInMethod = (typeof SIGN_IN_METHODS)[number];

export const TOKEN_PURPOSES = ['passwordReset', 'emailVerification', 'invitation'] as const;
export type TokenPurpose = (typeof TOKEN_PURPOSES)[number];

/** Why a sign-in did not open a session, as the audit log and the sign-in page name it. */
export const SIGN_IN_FAILURES = ['invalidCredentials', 'locked', 'emailUnverified', 'noAccount', 'providerError', 'expired'] as const;
export type SignInFailure = (typeof SIGN_IN_FAILURES)[number];

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;
