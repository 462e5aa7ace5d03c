import type { StaffActor } from '../../platform/actor.ts';
import { authorize } from '../../platform/authorization/actions.ts';
import { write } from '../../platform/db/transactions.ts';
import type { InputIssue } from '../../platform/errors.ts';
import type { RequestScope } from '../../platform/request-context.ts';
import { randomToken, tokenHash } from '../../platform/secrets.ts';
import {
  findAccountByEmail,
  findAccountByPerson,
  recordFailedSignIn,
  recordSuccessfulSignIn,
  takeTotpStep,
  useRecoveryCode,
} from './accounts.queries.ts';
import { accountActions, IDENTITY_EVENTS } from './identity.actions.ts';
import type { SignInMethod } from './identity.domain.ts';
import { clientKey, emailInput, refuseIfAny, takeOrRefuse, textInput, type IdentityServices } from './identity.services.ts';
import type { WriteTx } from './identity.tables.ts';
import {
  deleteSession,
  deleteSessionsOfPerson,
  findSessionByTokenHash,
  grantsOfPerson,
  insertSession,
  recordFailedCode,
  touchSession,
} from './sessions.queries.ts';
import { looksLikeRecoveryCode, recoveryCodeHash } from './totp.ts';

/** The password was right; the code from the authenticator app is still to come, within this time. */
const SECOND_FACTOR_MINUTES = 5;
const MAX_FAILED_CODES = 5;
/** last_seen_at is written at most this often: a write per request would cost more than it tells. */
const TOUCH_AFTER_MS = 60_000;

export interface IssuedSession {
  readonly token: string;
  readonly sessionId: string;
}

/** A fresh session with a fresh id and token: sign-in never keeps an earlier session (no fixation). */
export async function openSession(
  tx: WriteTx,
  s: IdentityServices,
  scope: RequestScope,
  open: {
    personId: string;
    stage: 'signedIn' | 'secondFactor';
    method: SignInMethod;
    providerId?: string | null;
    userAgent?: string | null;
  },
): Promise<IssuedSession> {
  const token = randomToken();
  const now = scope.clock.now();
  const lifetimeMs = open.stage === 'secondFactor' ? SECOND_FACTOR_MINUTES * 60_000 : s.config.session.absoluteHours * 3_600_000;
  const sessionId = await insertSession(tx, {
    tokenHash: tokenHash(token),
    personId: open.personId,
    stage: open.stage,
    method: open.method,
    providerId: open.providerId ?? null,
    csrfToken: randomToken(24),
    now,
    expiresAt: new Date(now.getTime() + lifetimeMs),
    clientAddress: scope.clientAddress,
    userAgent: open.userAgent ?? null,
  });
  return { token, sessionId };
}

/** Ends the session a browser still carries, if any, before a new one starts. */
export async function endPresentedSession(tx: WriteTx, presentedToken: string | null | undefined) {
  if (!presentedToken) return;
  const earlier = await findSessionByTokenHash(tx, tokenHash(presentedToken));
  if (earlier) await deleteSession(tx, earlier.id);
}

export type SignInResult =
  | { readonly outcome: 'signedIn' | 'secondFactor'; readonly session: IssuedSession }
  | {
      readonly outcome: 'refused';
      readonly reason: 'invalidCredentials' | 'locked' | 'emailUnverified';
      readonly retryAfterMinutes?: number;
    };

/**
 * Password sign-in. Every attempt is on record. The address and the password are checked before
 * any transaction (argon2 takes tens of milliseconds, and on PGlite a transaction holds the one
 * connection); an unknown address costs the same hashing as a wrong password.
 */
export async function signInWithPassword(
  s: IdentityServices,
  scope: RequestScope,
  input: { email: unknown; password: unknown; userAgent?: string | null; presentedToken?: string | null },
): Promise<SignInResult> {
  const issues: InputIssue[] = [];
  const email = emailInput('email', input.email, issues);
  const password = textInput('password', input.password, issues, 1000);
  refuseIfAny(issues);
  takeOrRefuse(s.limits.signIn, clientKey(scope));

  const now = scope.clock.now();
  const account = await findAccountByEmail(s.db, email);
  const failed = (reason: string, personId: string | null, extra: Record<string, string | number> = {}) => ({
    action: IDENTITY_EVENTS.signIn,
    outcome: 'failed' as const,
    ...(personId ? { target: { personId } } : {}),
    detail: { method: 'password', reason, ...extra },
  });
  const minutesUntil = (until: Date) => Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));

  if (account?.lockedUntil && account.lockedUntil > now) {
    await write(s.db, scope, async (_tx, audit) => audit.record(failed('locked', account.personId)));
    return { outcome: 'refused', reason: 'locked', retryAfterMinutes: minutesUntil(account.lockedUntil) };
  }
  const correct = await s.hasher.verify(account?.passwordHash ?? null, password);
  if (!account || !account.passwordHash) {
    await write(s.db, scope, async (_tx, audit) => audit.record(failed('invalidCredentials', null, { account: 'unknown' })));
    return { outcome: 'refused', reason: 'invalidCredentials' };
  }
  if (!correct) {
    const after = await write(s.db, scope, async (tx, audit) => {
      const counted = await recordFailedSignIn(tx, account.personId, now, s.config.lockout);
      const locked = counted.lockedUntil !== null && counted.lockedUntil > now;
      audit.record(
        failed('invalidCredentials', account.personId, { failures: counted.failedSignIns, ...(locked ? { locked: 'yes' } : {}) }),
      );
      return { ...counted, locked };
    });
    return after.locked
      ? { outcome: 'refused', reason: 'locked', retryAfterMinutes: minutesUntil(after.lockedUntil!) }
      : { outcome: 'refused', reason: 'invalidCredentials' };
  }
  if (!account.emailVerified) {
    await write(s.db, scope, async (tx, audit) => {
      await recordSuccessfulSignIn(tx, account.personId, null);
      audit.record(failed('emailUnverified', account.personId));
    });
    return { outcome: 'refused', reason: 'emailUnverified' };
  }

  const rehashed = s.hasher.needsRehash(account.passwordHash) ? await s.hasher.hash(password) : null;
  const stage = account.totpSecret ? 'secondFactor' : 'signedIn';
  return write(s.db, scope, async (tx, audit) => {
    await endPresentedSession(tx, input.presentedToken);
    await recordSuccessfulSignIn(tx, account.personId, rehashed);
    const session = await openSession(tx, s, scope, {
      personId: account.personId,
      stage,
      method: 'password',
      userAgent: input.userAgent ?? null,
    });
    audit.record({
      action: IDENTITY_EVENTS.signIn,
      actor: { personId: account.personId, sessionId: stage === 'signedIn' ? session.sessionId : null },
      target: { personId: account.personId },
      detail: { method: 'password', ...(stage === 'secondFactor' ? { next: 'secondFactor' } : {}) },
    });
    return { outcome: stage, session };
  });
}

export type SecondFactorResult =
  | { readonly outcome: 'signedIn'; readonly session: IssuedSession }
  | { readonly outcome: 'refused'; readonly reason: 'invalidCode' | 'expired' };

/** The TOTP code (or a recovery code) after the password: a new session replaces the pending one. */
export async function verifySecondFactor(
  s: IdentityServices,
  scope: RequestScope,
  input: { presentedToken: string | null; code: unknown; userAgent?: string | null },
): Promise<SecondFactorResult> {
  const issues: InputIssue[] = [];
  const code = textInput('code', input.code, issues, 20).trim().replace(/\s/g, '');
  refuseIfAny(issues);
  takeOrRefuse(s.limits.signIn, clientKey(scope));
  const now = scope.clock.now();
  const pending = input.presentedToken ? await findSessionByTokenHash(s.db, tokenHash(input.presentedToken)) : null;
  if (!pending || pending.stage !== 'secondFactor' || pending.expiresAt <= now) return { outcome: 'refused', reason: 'expired' };
  const account = await findAccountByPerson(s.db, pending.personId);
  if (!account?.totpSecret) return { outcome: 'refused', reason: 'expired' };
  const recovery = looksLikeRecoveryCode(code);
  const step = recovery ? null : s.totp.acceptedStep(account.totpSecret, code, now, account.totpLastStep);

  return write(s.db, scope, async (tx, audit) => {
    const accepted = recovery
      ? await useRecoveryCode(tx, account.personId, recoveryCodeHash(code), now)
      : step !== null && (await takeTotpStep(tx, account.personId, step));
    const detail = { method: recovery ? 'recoveryCode' : 'totp' };
    if (!accepted) {
      const failures = await recordFailedCode(tx, pending.id);
      const exhausted = failures >= MAX_FAILED_CODES;
      if (exhausted) await deleteSession(tx, pending.id);
      audit.record({
        action: IDENTITY_EVENTS.secondFactor,
        outcome: 'failed',
        target: { personId: account.personId },
        detail: { ...detail, failures },
      });
      return { outcome: 'refused', reason: exhausted ? 'expired' : 'invalidCode' };
    }
    await deleteSession(tx, pending.id);
    const session = await openSession(tx, s, scope, {
      personId: account.personId,
      stage: 'signedIn',
      method: 'password',
      userAgent: input.userAgent ?? null,
    });
    audit.record({
      action: IDENTITY_EVENTS.secondFactor,
      actor: { personId: account.personId, sessionId: session.sessionId },
      target: { personId: account.personId },
      detail,
    });
    return { outcome: 'signedIn', session };
  });
}

/** Signs this browser out: its session ends in the database, whatever happens to the cookie. */
export async function signOut(s: IdentityServices, scope: RequestScope, presentedToken: string | null): Promise<void> {
  if (!presentedToken) return;
  const session = await findSessionByTokenHash(s.db, tokenHash(presentedToken));
  if (!session) return;
  await write(s.db, scope, async (tx, audit) => {
    await deleteSession(tx, session.id);
    audit.record({
      action: IDENTITY_EVENTS.signOut,
      actor: { personId: session.personId, sessionId: session.id },
      target: { personId: session.personId },
    });
  });
}

/** Ends every session of the signed-in person, this one included. */
export async function signOutEverywhere(s: IdentityServices, scope: RequestScope): Promise<number> {
  const actor = scope.actor as StaffActor;
  authorize(scope, accountActions.UPDATE, { personId: actor.personId, type: 'person', id: actor.personId });
  return write(s.db, scope, async (tx, audit) => {
    const ended = await deleteSessionsOfPerson(tx, actor.personId);
    audit.record({ action: IDENTITY_EVENTS.signOutEverywhere, target: { personId: actor.personId }, detail: { sessions: ended } });
    return ended;
  });
}

export type ResolvedSession =
  | { readonly stage: 'signedIn'; readonly actor: StaffActor; readonly csrfToken: string }
  | { readonly stage: 'secondFactor'; readonly csrfToken: string };

/**
 * The session behind a cookie, or null when there is none or it has ended: past its absolute end,
 * or idle too long. An ended session is deleted at once. Memberships are read with it, so a role
 * taken away counts from the next request.
 */
export async function resolveSession(s: IdentityServices, presentedToken: string, scope: RequestScope): Promise<ResolvedSession | null> {
  const session = await findSessionByTokenHash(s.db, tokenHash(presentedToken));
  if (!session) return null;
  const now = scope.clock.now();
  const idleEnd = session.lastSeenAt.getTime() + s.config.session.idleMinutes * 60_000;
  if (now >= session.expiresAt || (session.stage === 'signedIn' && now.getTime() >= idleEnd)) {
    await write(s.db, scope, (tx) => deleteSession(tx, session.id), { unaudited: 'an ended session is removed' });
    return null;
  }
  if (session.stage === 'secondFactor') return { stage: 'secondFactor', csrfToken: session.csrfToken };
  const grants = await grantsOfPerson(s.db, session.personId);
  if (now.getTime() - session.lastSeenAt.getTime() >= TOUCH_AFTER_MS) {
    await write(s.db, scope, (tx) => touchSession(tx, session.id, now), { unaudited: 'session activity' });
  }
  return {
    stage: 'signedIn',
    actor: { kind: 'staff', personId: session.personId, sessionId: session.id, grants, name: session.personName ?? undefined },
    csrfToken: session.csrfToken,
  };
}
