import { ORGANIZATION_ROLES, type OrganizationRole } from '../../platform/actor.ts';
import { authorize } from '../../platform/authorization/actions.ts';
import { read, write } from '../../platform/db/transactions.ts';
import { ConflictError, NotFoundError, type InputIssue } from '../../platform/errors.ts';
import { localize, type I18nText } from '../../platform/i18n-text.ts';
import type { RequestScope } from '../../platform/request-context.ts';
import { randomToken, tokenHash } from '../../platform/secrets.ts';
import { insertPerson, markEmailVerified } from './accounts.queries.ts';
import { IDENTITY_EVENTS, memberActions } from './identity.actions.ts';
import { staffPaths } from './identity.paths.ts';
import { emailInput, linkOrigin, refuseIfAny, textInput, type IdentityServices } from './identity.services.ts';
import {
  deleteMembership,
  deleteOpenInvitations,
  findInvitation,
  findPersonByEmail,
  grantMembership,
  hasMembership,
  insertLocalAccount,
  lockMembership,
  replaceInvitation,
} from './invitations.queries.ts';
import { mailText, roleNames } from './mail-texts.ts';
import { passwordIssues } from './passwords.ts';
import { deleteSessionsOfPerson } from './sessions.queries.ts';
import { takeToken } from './tokens.queries.ts';
import { organizationTarget } from './workspace.ts';

/*
 * Members join an organisation by a mailed, single-use, expiring invitation: the admin names the
 * address and the role, the person row exists from then on (without an account or a membership,
 * so nothing can be done with it), and accepting the link grants the membership and, for a person
 * without an account, sets a local password, or sends them to the organisation's identity
 * provider, which links them by the now verified address. The link is in the mail only.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface InviteInput {
  email: unknown;
  name: unknown;
  role: unknown;
  requestOrigin: string;
}

/** Invites a person by address to a role in an organisation; a new invitation replaces their earlier unused one there. */
export async function inviteMember(
  s: IdentityServices,
  scope: RequestScope,
  organizationId: string,
  input: InviteInput,
): Promise<{ email: string }> {
  return write(s.db, scope, async (tx, audit) => {
    const { name: organizationName, ...target } = await organizationTarget(tx, organizationId);
    authorize(scope, memberActions.INVITE, target);
    const issues: InputIssue[] = [];
    const email = emailInput('email', input.email, issues);
    const name = textInput('name', typeof input.name === 'string' ? input.name.trim() : input.name, issues);
    const role = ORGANIZATION_ROLES.find((r) => r === input.role);
    if (!role) issues.push({ field: 'role', key: input.role ? 'invalid' : 'required' });
    refuseIfAny(issues);

    const now = scope.clock.now();
    const known = await findPersonByEmail(tx, email);
    if (known && (await hasMembership(tx, known.id, target.organizationId!, role!))) throw new ConflictError('alreadyMember');
    const personId = known?.id ?? (await insertPerson(tx, { name, email, verifiedAt: null, now }));
    const token = randomToken();
    const inviter = scope.actor.kind === 'staff' ? scope.actor : null;
    await replaceInvitation(tx, {
      tokenHash: tokenHash(token),
      personId,
      organizationId: target.organizationId!,
      role: role!,
      invitedBy: inviter?.personId ?? null,
      now,
      expiresAt: new Date(now.getTime() + s.config.links.invitationHours * 3_600_000),
    });
    const mail = mailText(scope.lang, 'invitation', {
      name: known?.name ?? name,
      inviter: inviter?.name ?? (scope.lang === 'en' ? 'The Perhekeskus coordinator' : 'Perhekeskus'),
      organization: localize(organizationName, scope.lang).text,
      role: roleNames[scope.lang][role!],
      link: `${linkOrigin(s.site, input.requestOrigin)}${staffPaths.invitation(scope.lang, token)}`,
      hours: s.config.links.invitationHours,
    });
    await s.outbox.send(tx, { to: email, toName: known?.name ?? name, ...mail, purpose: 'identity.invitation' }, scope.requestId);
    audit.record({ action: memberActions.INVITE, target: { ...target, personId }, detail: { role: role!, newPerson: !known } });
    return { email };
  });
}

export interface InvitationView {
  organization: { id: string; name: I18nText };
  role: OrganizationRole;
  name: string;
  email: string;
  /** Whether accepting needs a new password: the person has neither a password nor an identity provider of the organisation. */
  needsPassword: boolean;
  /** The identity providers that serve the organisation: accepting may go through one of them instead. */
  providers: { id: string; name: I18nText }[];
}

/** What an invitation link offers, while it is usable; null when it is unknown, used or expired. Uses nothing up. */
export async function viewInvitation(s: IdentityServices, scope: RequestScope, token: string): Promise<InvitationView | null> {
  if (!token || token.length > 100) return null;
  const invitation = await read(s.db, (tx) => findInvitation(tx, tokenHash(token)));
  if (!invitation || invitation.usedAt || invitation.expiresAt.getTime() <= scope.clock.now().getTime()) return null;
  return {
    organization: { id: invitation.organizationId, name: invitation.organizationName },
    role: invitation.role,
    name: invitation.name,
    email: invitation.email,
    needsPassword: !invitation.hasPassword,
    providers: providersOf(s, invitation.organizationId),
  };
}

const providersOf = (s: IdentityServices, organizationId: string) =>
  s.config.oidcProviders.filter((p) => p.organizations.includes(organizationId)).map((p) => ({ id: p.id, name: p.name }));

export type AcceptResult =
  | { readonly outcome: 'accepted'; readonly next: 'signIn' }
  | { readonly outcome: 'accepted'; readonly next: 'provider'; readonly providerId: string }
  | { readonly outcome: 'refused'; readonly reason: 'unknown' | 'used' | 'expired' };

/**
 * Accepts an invitation: the link is used up, the address counts as verified (the mail reached
 * it), the membership is granted, and the person gets a local password (when they had none and
 * chose one) or goes on to the organisation's identity provider. Sign-in follows as usual, so
 * a second factor and the lockout apply to it.
 */
export async function acceptInvitation(
  s: IdentityServices,
  scope: RequestScope,
  input: { token: string; method: unknown; provider?: unknown; password?: unknown; confirm?: unknown },
): Promise<AcceptResult> {
  const hash = tokenHash(input.token ?? '');
  const invitation = input.token ? await read(s.db, (tx) => findInvitation(tx, hash)) : null;
  const provider =
    input.method === 'oidc' && invitation ? providersOf(s, invitation.organizationId).find((p) => p.id === input.provider) : undefined;
  const setsPassword = Boolean(invitation && !invitation.hasPassword && !provider);
  let passwordHash: string | null = null;
  if (setsPassword) {
    const password = typeof input.password === 'string' ? input.password : '';
    const confirm = typeof input.confirm === 'string' ? input.confirm : '';
    refuseIfAny(passwordIssues('password', password, invitation!.email, { field: 'confirm', value: confirm }));
    passwordHash = await s.hasher.hash(password);
  }
  return write(s.db, scope, async (tx, audit) => {
    const now = scope.clock.now();
    const taken = await takeToken(tx, hash, 'invitation', now);
    const target = invitation
      ? { type: 'organization', id: invitation.organizationId, organizationId: invitation.organizationId, regionId: invitation.regionId }
      : {};
    if ('refused' in taken) {
      audit.record({ action: IDENTITY_EVENTS.acceptInvitation, outcome: 'failed', target, detail: { reason: taken.refused } });
      return { outcome: 'refused', reason: taken.refused };
    }
    const granted = await grantMembership(tx, {
      personId: taken.personId,
      role: invitation!.role,
      organizationId: invitation!.organizationId,
      now,
      createdBy: invitation!.invitedBy,
    });
    await markEmailVerified(tx, taken.personId, now);
    if (passwordHash) await insertLocalAccount(tx, taken.personId, passwordHash, now);
    audit.record({
      action: IDENTITY_EVENTS.acceptInvitation,
      actor: { personId: taken.personId },
      target: { ...target, personId: taken.personId },
      detail: {
        role: invitation!.role,
        method: provider ? 'oidc' : passwordHash ? 'newPassword' : 'existingAccount',
        granted: Boolean(granted),
      },
    });
    return provider ? { outcome: 'accepted', next: 'provider', providerId: provider.id } : { outcome: 'accepted', next: 'signIn' };
  });
}

/**
 * Removes a membership: its rights end with the next request (grants are read per request), and
 * every session of the person ends at once, so a removed member is signed out everywhere. Their
 * unused invitations to the organisation end too. Removing one's own membership is refused: an
 * admin would lock themself out; another admin or the coordinator does it.
 */
export async function removeMember(
  s: IdentityServices,
  scope: RequestScope,
  organizationId: string,
  membershipId: string,
): Promise<{ sessionsEnded: number }> {
  return write(s.db, scope, async (tx, audit) => {
    const { name: _name, ...target } = await organizationTarget(tx, organizationId);
    authorize(scope, memberActions.REMOVE, target);
    const membership = UUID.test(membershipId) ? await lockMembership(tx, membershipId, target.organizationId!) : null;
    if (!membership) throw new NotFoundError('membership', membershipId);
    if (scope.actor.kind === 'staff' && membership.personId === scope.actor.personId) throw new ConflictError('removeSelf');
    await deleteMembership(tx, membership.id);
    await deleteOpenInvitations(tx, membership.personId, target.organizationId!);
    const sessionsEnded = await deleteSessionsOfPerson(tx, membership.personId);
    audit.record({
      action: memberActions.REMOVE,
      target: { ...target, type: 'membership', id: membership.id, personId: membership.personId },
      detail: { role: membership.role, sessionsEnded },
    });
    return { sessionsEnded };
  });
}
