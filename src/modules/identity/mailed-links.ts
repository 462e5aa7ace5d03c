import { read, write } from '../../platform/db/transactions.ts';
import type { InputIssue } from '../../platform/errors.ts';
import type { RequestScope } from '../../platform/request-context.ts';
import { randomToken, tokenHash } from '../../platform/secrets.ts';
import { findAccountByEmail, markEmailVerified, setPassword } from './accounts.queries.ts';
import { IDENTITY_EVENTS } from './identity.actions.ts';
import type { TokenPurpose } from './identity.domain.ts';
import { staffPaths } from './identity.paths.ts';
import { clientKey, emailInput, linkOrigin, refuseIfAny, takeOrRefuse, tookFrom, type IdentityServices } from './identity.services.ts';
import type { WriteTx } from './identity.tables.ts';
import { mailText } from './mail-texts.ts';
import { passwordIssues } from './passwords.ts';
import { deleteSessionsOfPerson } from './sessions.queries.ts';
import { personOfToken, replaceToken, takeToken, tokenIsUsable } from './tokens.queries.ts';

/*
 * Single-use links by mail: password reset and e-mail verification (invitations come next, on the
 * same table). The token is 32 random bytes; the database keeps only its SHA-256, and the link
 * appears only in the mail itself: never in a log line (the request log has no query strings, and
 * the outbox body is cleared once sent).
 */

/** Mails a single-use link to a person, inside the caller's transaction. The token is returned only to be mailed. */
export async function mailLink(
  tx: WriteTx,
  s: IdentityServices,
  scope: RequestScope,
  to: { personId: string; email: string; name: string },
  purpose: Extract<TokenPurpose, 'passwordReset' | 'emailVerification'>,
  requestOrigin: string,
): Promise<void> {
  const token = randomToken();
  const now = scope.clock.now();
  const ttlMs =
    purpose === 'passwordReset' ? s.config.links.passwordResetMinutes * 60_000 : s.config.links.emailVerificationHours * 3_600_000;
  await replaceToken(tx, { tokenHash: tokenHash(token), personId: to.personId, purpose, now, expiresAt: new Date(now.getTime() + ttlMs) });
  const path = purpose === 'passwordReset' ? staffPaths.resetPassword(scope.lang, token) : staffPaths.verifyEmail(scope.lang, token);
  const mail = mailText(scope.lang, purpose, {
    name: to.name,
    link: `${linkOrigin(s.site, requestOrigin)}${path}`,
    minutes: s.config.links.passwordResetMinutes,
    hours: s.config.links.emailVerificationHours,
  });
  await s.outbox.send(tx, { to: to.email, toName: to.name, ...mail, purpose: `identity.${purpose}` }, scope.requestId);
}

/**
 * "I forgot my password": the same answer whether or not the address has an account, so the form
 * tells nobody who works where. Limited per client (429) and, silently, per recipient.
 */
export async function requestPasswordReset(
  s: IdentityServices,
  scope: RequestScope,
  input: { email: unknown; requestOrigin: string },
): Promise<void> {
  const issues: InputIssue[] = [];
  const email = emailInput('email', input.email, issues);
  refuseIfAny(issues);
  takeOrRefuse(s.limits.mailLinks, clientKey(scope));
  const account = await findAccountByEmail(s.db, email);
  const withinRecipientLimit = tookFrom(s.limits.mailLinksPerRecipient, email);
  await write(s.db, scope, async (tx, audit) => {
    const event = { action: IDENTITY_EVENTS.requestPasswordReset } as const;
    if (!account?.passwordHash)
      return audit.record({ ...event, outcome: 'failed', detail: { reason: account ? 'noPassword' : 'unknownAddress' } });
    if (!withinRecipientLimit)
      return audit.record({ ...event, outcome: 'failed', target: { personId: account.personId }, detail: { reason: 'recipientLimit' } });
    await mailLink(
      tx,
      s,
      scope,
      { personId: account.personId, email: account.email, name: account.name },
      'passwordReset',
      input.requestOrigin,
    );
    audit.record({ ...event, target: { personId: account.personId } });
  });
}

/** Whether a mailed link still works, for the page to show its form or say it has expired. Uses nothing up. */
export async function linkIsUsable(
  s: IdentityServices,
  scope: RequestScope,
  input: { token: string; purpose: TokenPurpose },
): Promise<boolean> {
  if (!input.token || input.token.length > 100) return false;
  return read(s.db, (tx) => tokenIsUsable(tx, tokenHash(input.token), input.purpose, scope.clock.now()));
}

export type LinkResult = { readonly outcome: 'done' } | { readonly outcome: 'refused'; readonly reason: 'unknown' | 'used' | 'expired' };

/**
 * A new password through a reset link. The link is used up, the address counts as verified (the
 * mail reached it), a lockout ends, and every session of the person ends: whoever knew the old
 * password is signed out.
 */
export async function resetPassword(
  s: IdentityServices,
  scope: RequestScope,
  input: { token: string; password: unknown; confirm: unknown },
): Promise<LinkResult> {
  const hash = tokenHash(input.token ?? '');
  const owner = input.token ? await personOfToken(s.db, hash) : null;
  const password = typeof input.password === 'string' ? input.password : '';
  const confirm = typeof input.confirm === 'string' ? input.confirm : '';
  refuseIfAny(passwordIssues('password', password, owner?.email ?? null, { field: 'confirm', value: confirm }));
  if (!owner) return { outcome: 'refused', reason: 'unknown' };
  const passwordHash = await s.hasher.hash(password);
  return write(s.db, scope, async (tx, audit) => {
    const now = scope.clock.now();
    const taken = await takeToken(tx, hash, 'passwordReset', now);
    if ('refused' in taken) {
      audit.record({
        action: IDENTITY_EVENTS.resetPassword,
        outcome: 'failed',
        target: { personId: owner.personId },
        detail: { reason: taken.refused },
      });
      return { outcome: 'refused', reason: taken.refused };
    }
    await setPassword(tx, taken.personId, passwordHash, now);
    await markEmailVerified(tx, taken.personId, now);
    const ended = await deleteSessionsOfPerson(tx, taken.personId);
    audit.record({
      action: IDENTITY_EVENTS.resetPassword,
      actor: { personId: taken.personId },
      target: { personId: taken.personId },
      detail: { sessionsEnded: ended },
    });
    return { outcome: 'done' };
  });
}

/** Sends a new verification link to an address not yet verified; the same answer for any address. */
export async function requestEmailVerification(
  s: IdentityServices,
  scope: RequestScope,
  input: { email: unknown; requestOrigin: string },
): Promise<void> {
  const issues: InputIssue[] = [];
  const email = emailInput('email', input.email, issues);
  refuseIfAny(issues);
  takeOrRefuse(s.limits.mailLinks, clientKey(scope));
  const account = await findAccountByEmail(s.db, email);
  const withinRecipientLimit = tookFrom(s.limits.mailLinksPerRecipient, email);
  await write(s.db, scope, async (tx, audit) => {
    const event = { action: IDENTITY_EVENTS.requestEmailVerification } as const;
    if (!account || account.emailVerified)
      return audit.record({ ...event, outcome: 'failed', detail: { reason: account ? 'alreadyVerified' : 'unknownAddress' } });
    if (!withinRecipientLimit)
      return audit.record({ ...event, outcome: 'failed', target: { personId: account.personId }, detail: { reason: 'recipientLimit' } });
    await mailLink(
      tx,
      s,
      scope,
      { personId: account.personId, email: account.email, name: account.name },
      'emailVerification',
      input.requestOrigin,
    );
    audit.record({ ...event, target: { personId: account.personId } });
  });
}

/** Confirms an address through its link (a POST from the page: mail scanners that follow links use nothing up). */
export async function verifyEmail(s: IdentityServices, scope: RequestScope, input: { token: string }): Promise<LinkResult> {
  const hash = tokenHash(input.token ?? '');
  return write(s.db, scope, async (tx, audit) => {
    const now = scope.clock.now();
    const taken = await takeToken(tx, hash, 'emailVerification', now);
    if ('refused' in taken) {
      audit.record({ action: IDENTITY_EVENTS.verifyEmail, outcome: 'failed', detail: { reason: taken.refused } });
      return { outcome: 'refused', reason: taken.refused };
    }
    await markEmailVerified(tx, taken.personId, now);
    audit.record({ action: IDENTITY_EVENTS.verifyEmail, actor: { personId: taken.personId }, target: { personId: taken.personId } });
    return { outcome: 'done' };
  });
}
