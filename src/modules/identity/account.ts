import type { StaffActor } from '../../platform/actor.ts';
import { authorize } from '../../platform/authorization/actions.ts';
import { read, write } from '../../platform/db/transactions.ts';
import { UnauthorizedError, type InputIssue } from '../../platform/errors.ts';
import type { RequestScope } from '../../platform/request-context.ts';
import {
  countUnusedRecoveryCodes,
  disableTotp as clearTotp,
  enableTotp,
  findAccountByPerson,
  replaceRecoveryCodes,
  setPassword,
  setPendingTotp,
} from './accounts.queries.ts';
import { accountActions, IDENTITY_EVENTS } from './identity.actions.ts';
import { refuseIfAny, type IdentityServices } from './identity.services.ts';
import { passwordIssues } from './passwords.ts';
import { deleteSessionsOfPerson, listSessionsOfPerson } from './sessions.queries.ts';
import { newRecoveryCodes } from './totp.ts';

/** The signed-in person, allowed to manage their own account (401 without a session). */
function self(scope: RequestScope): StaffActor {
  if (scope.actor.kind !== 'staff') throw new UnauthorizedError();
  const actor = scope.actor;
  authorize(scope, accountActions.UPDATE, { personId: actor.personId, type: 'person', id: actor.personId });
  return actor;
}

export interface AccountOverview {
  person: { id: string; name: string; email: string };
  /** Only people with a local password manage a password and a second factor here; the others do it at their identity provider. */
  hasPassword: boolean;
  totp: 'off' | 'enrolling' | 'on';
  recoveryCodesLeft: number;
  sessions: { id: string; current: boolean; method: string; createdAt: Date; lastSeenAt: Date; userAgent: string | null }[];
}

export async function getAccount(s: IdentityServices, scope: RequestScope): Promise<AccountOverview> {
  const actor = self(scope);
  return read(s.db, async (tx) => {
    const account = await findAccountByPerson(tx, actor.personId);
    if (!account) throw new UnauthorizedError();
    const sessions = await listSessionsOfPerson(tx, actor.personId);
    return {
      person: { id: account.personId, name: account.name, email: account.email },
      hasPassword: account.passwordHash !== null,
      totp: account.totpSecret ? 'on' : account.totpPendingSecret ? 'enrolling' : 'off',
      recoveryCodesLeft: account.totpSecret ? await countUnusedRecoveryCodes(tx, actor.personId) : 0,
      sessions: sessions.map((x) => ({ ...x, current: x.id === actor.sessionId })),
    };
  });
}

/** A new password, after the current one; the person's other sessions end. */
export async function changePassword(
  s: IdentityServices,
  scope: RequestScope,
  input: { current: unknown; password: unknown; confirm: unknown },
): Promise<{ outcome: 'changed' } | { outcome: 'refused'; reason: 'wrongPassword' }> {
  const actor = self(scope);
  const account = await findAccountByPerson(s.db, actor.personId);
  if (!account?.passwordHash) throw new UnauthorizedError();
  const current = typeof input.current === 'string' ? input.current : '';
  const password = typeof input.password === 'string' ? input.password : '';
  const issues: InputIssue[] = current ? [] : [{ field: 'current', key: 'required' }];
  issues.push(
    ...passwordIssues('password', password, account.email, {
      field: 'confirm',
      value: typeof input.confirm === 'string' ? input.confirm : '',
    }),
  );
  refuseIfAny(issues);
  const correct = await s.hasher.verify(account.passwordHash, current);
  const passwordHash = correct ? await s.hasher.hash(password) : null;
  return write(s.db, scope, async (tx, audit) => {
    if (!passwordHash) {
      audit.record({
        action: IDENTITY_EVENTS.changePassword,
        outcome: 'failed',
        target: { personId: actor.personId },
        detail: { reason: 'wrongPassword' },
      });
      return { outcome: 'refused', reason: 'wrongPassword' };
    }
    await setPassword(tx, actor.personId, passwordHash, scope.clock.now());
    const ended = await deleteSessionsOfPerson(tx, actor.personId, actor.sessionId);
    audit.record({ action: IDENTITY_EVENTS.changePassword, target: { personId: actor.personId }, detail: { otherSessionsEnded: ended } });
    return { outcome: 'changed' };
  });
}

/** The key being enrolled, shown as text and as an otpauth:// URI (a new one if none is pending). */
export async function beginTotp(s: IdentityServices, scope: RequestScope): Promise<{ key: string; uri: string }> {
  const actor = self(scope);
  const account = await findAccountByPerson(s.db, actor.personId);
  if (!account?.passwordHash) throw new UnauthorizedError();
  if (account.totpPendingSecret)
    return (({ base32, uri }) => ({ key: base32, uri }))(s.totp.reveal(account.totpPendingSecret, account.email));
  const key = s.totp.newKey(account.email);
  await write(s.db, scope, (tx) => setPendingTotp(tx, actor.personId, key.sealed), {
    unaudited: 'an enrolment started; enabling it is recorded',
  });
  return { key: key.base32, uri: key.uri };
}

/** Turns TOTP on with a first code from the app; returns the recovery codes, shown once. */
export async function confirmTotp(
  s: IdentityServices,
  scope: RequestScope,
  input: { code: unknown },
): Promise<{ outcome: 'enabled'; recoveryCodes: string[] } | { outcome: 'refused'; reason: 'invalidCode' }> {
  const actor = self(scope);
  const code = typeof input.code === 'string' ? input.code.replace(/\s/g, '') : '';
  refuseIfAny(code ? [] : [{ field: 'code', key: 'required' }]);
  const account = await findAccountByPerson(s.db, actor.personId);
  if (!account?.totpPendingSecret) return { outcome: 'refused', reason: 'invalidCode' };
  const step = s.totp.acceptedStep(account.totpPendingSecret, code, scope.clock.now(), null);
  return write(s.db, scope, async (tx, audit) => {
    if (step === null) {
      audit.record({
        action: IDENTITY_EVENTS.enableTotp,
        outcome: 'failed',
        target: { personId: actor.personId },
        detail: { reason: 'invalidCode' },
      });
      return { outcome: 'refused', reason: 'invalidCode' };
    }
    await enableTotp(tx, actor.personId, scope.clock.now(), step);
    const recovery = newRecoveryCodes();
    await replaceRecoveryCodes(tx, actor.personId, recovery.hashes);
    audit.record({ action: IDENTITY_EVENTS.enableTotp, target: { personId: actor.personId } });
    return { outcome: 'enabled', recoveryCodes: recovery.codes };
  });
}

/** Turns TOTP off, after the password. */
export async function disableTotp(
  s: IdentityServices,
  scope: RequestScope,
  input: { current: unknown },
): Promise<{ outcome: 'disabled' } | { outcome: 'refused'; reason: 'wrongPassword' }> {
  const actor = self(scope);
  const current = typeof input.current === 'string' ? input.current : '';
  refuseIfAny(current ? [] : [{ field: 'current', key: 'required' }]);
  const account = await findAccountByPerson(s.db, actor.personId);
  if (!account?.passwordHash) throw new UnauthorizedError();
  const correct = await s.hasher.verify(account.passwordHash, current);
  return write(s.db, scope, async (tx, audit) => {
    if (!correct) {
      audit.record({
        action: IDENTITY_EVENTS.disableTotp,
        outcome: 'failed',
        target: { personId: actor.personId },
        detail: { reason: 'wrongPassword' },
      });
      return { outcome: 'refused', reason: 'wrongPassword' };
    }
    await clearTotp(tx, actor.personId);
    audit.record({ action: IDENTITY_EVENTS.disableTotp, target: { personId: actor.personId } });
    return { outcome: 'disabled' };
  });
}
