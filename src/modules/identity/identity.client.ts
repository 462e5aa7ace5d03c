import type { RequestScope } from '../../platform/request-context.ts';
import { beginTotp, changePassword, confirmTotp, disableTotp, getAccount } from './account.ts';
import type { AuditLogFilter } from './audit-log.queries.ts';
import { IDENTITY_EVENTS } from './identity.actions.ts';
import type { TokenPurpose } from './identity.domain.ts';
import type { IdentityServices } from './identity.services.ts';
import { linkIsUsable, requestEmailVerification, requestPasswordReset, resetPassword, verifyEmail } from './mailed-links.ts';
import { signInWithPassword, signOut, signOutEverywhere, verifySecondFactor } from './sign-in.ts';
import { acceptInvitation, inviteMember, removeMember, viewInvitation, type InviteInput } from './invitations.ts';
import { exportAuditLog, getWorkspace, listMembers, readAuditLog, type AuditLogQuery } from './workspace.ts';

/**
 * Identity's use cases bound to one request, for pages and the staff API. Most open their own
 * transactions: argon2 and calls to identity providers run outside any, and sign-in attempts
 * commit their audit record even when they are refused.
 */
export function identityClient(s: IdentityServices) {
  return (scope: RequestScope) => ({
    /** The identity providers the sign-in page offers. */
    providers: () => s.oidc.providers,
    signIn: (input: Parameters<typeof signInWithPassword>[2]) => signInWithPassword(s, scope, input),
    verifySecondFactor: (input: Parameters<typeof verifySecondFactor>[2]) => verifySecondFactor(s, scope, input),
    signOut: (presentedToken: string | null) => signOut(s, scope, presentedToken),
    signOutEverywhere: () => signOutEverywhere(s, scope),
    requestPasswordReset: (input: { email: unknown; requestOrigin: string }) => requestPasswordReset(s, scope, input),
    linkIsUsable: (token: string, purpose: TokenPurpose) => linkIsUsable(s, scope, { token, purpose }),
    resetPassword: (input: { token: string; password: unknown; confirm: unknown }) => resetPassword(s, scope, input),
    requestEmailVerification: (input: { email: unknown; requestOrigin: string }) => requestEmailVerification(s, scope, input),
    verifyEmail: (token: string) => verifyEmail(s, scope, { token }),
    getAccount: () => getAccount(s, scope),
    changePassword: (input: { current: unknown; password: unknown; confirm: unknown }) => changePassword(s, scope, input),
    beginTotp: () => beginTotp(s, scope),
    confirmTotp: (input: { code: unknown }) => confirmTotp(s, scope, input),
    disableTotp: (input: { current: unknown }) => disableTotp(s, scope, input),
    getWorkspace: () => getWorkspace(s, scope),
    listMembers: (organizationId: string) => listMembers(s, scope, organizationId),
    inviteMember: (organizationId: string, input: InviteInput) => inviteMember(s, scope, organizationId, input),
    removeMember: (organizationId: string, membershipId: string) => removeMember(s, scope, organizationId, membershipId),
    viewInvitation: (token: string) => viewInvitation(s, scope, token),
    acceptInvitation: (input: Parameters<typeof acceptInvitation>[2]) => acceptInvitation(s, scope, input),
    readAuditLog: (query: AuditLogQuery) => readAuditLog(s, scope, query),
    exportAuditLog: (filter: AuditLogFilter) => exportAuditLog(s, scope, filter),
    /** Every action name the log may hold, for the viewer's filter. */
    auditedActions: () => [...new Set([...s.catalogue.map((a) => a.name), ...Object.values(IDENTITY_EVENTS)])].sort(),
  });
}

export type IdentityClient = ReturnType<ReturnType<typeof identityClient>>;
