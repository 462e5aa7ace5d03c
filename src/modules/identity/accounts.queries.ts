import { sql } from 'kysely';
import type { ReadTx, WriteTx } from './identity.tables.ts';

/** A person with their local account, as sign-in and the account pages need them. */
export interface AccountRow {
  personId: string;
  name: string;
  email: string;
  emailVerified: boolean;
  passwordHash: string | null;
  failedSignIns: number;
  lockedUntil: Date | null;
  totpSecret: string | null;
  totpPendingSecret: string | null;
  totpLastStep: number | null;
}

function accountQuery(tx: ReadTx) {
  return tx
    .selectFrom('person as p')
    .leftJoin('local_account as a', 'a.person_id', 'p.id')
    .select([
      'p.id as personId',
      'p.name',
      'p.email',
      (eb) => eb('p.email_verified_at', 'is not', null).$castTo<boolean>().as('emailVerified'),
      'a.password_hash as passwordHash',
      (eb) => eb.fn.coalesce('a.failed_sign_ins', sql<number>`0`).as('failedSignIns'),
      'a.locked_until as lockedUntil',
      'a.totp_secret as totpSecret',
      'a.totp_pending_secret as totpPendingSecret',
      'a.totp_last_step as totpLastStep',
    ]);
}

export async function findAccountByEmail(tx: ReadTx, email: string): Promise<AccountRow | null> {
  return (await accountQuery(tx).where('p.email', '=', email.trim().toLowerCase()).executeTakeFirst()) ?? null;
}

export async function findAccountByPerson(tx: ReadTx, personId: string): Promise<AccountRow | null> {
  return (await accountQuery(tx).where('p.id', '=', personId).executeTakeFirst()) ?? null;
}

/**
 * One more failed password, counted in the database so that every instance sees it. From the
 * `afterFailures`-th failure on, the account is locked for base × 2^(failures − afterFailures)
 * minutes, at most `maxMinutes`.
 */
export async function recordFailedSignIn(
  tx: WriteTx,
  personId: string,
  now: Date,
  lockout: { afterFailures: number; baseMinutes: number; maxMinutes: number },
): Promise<{ failedSignIns: number; lockedUntil: Date | null }> {
  const failures = sql<number>`local_account.failed_sign_ins + 1`;
  return tx
    .updateTable('local_account')
    .set({
      failed_sign_ins: failures,
      locked_until: sql<Date | null>`case when ${failures} >= ${lockout.afterFailures}
        then ${now}::timestamptz + make_interval(secs => 60 * least(${lockout.maxMinutes}::float8,
          ${lockout.baseMinutes}::float8 * power(2, ${failures} - ${lockout.afterFailures})))
        else local_account.locked_until end`,
    })
    .where('person_id', '=', personId)
    .returning(['failed_sign_ins as failedSignIns', 'locked_until as lockedUntil'])
    .executeTakeFirstOrThrow();
}

export async function recordSuccessfulSignIn(tx: WriteTx, personId: string, rehashed: string | null): Promise<void> {
  await tx
    .updateTable('local_account')
    .set({ failed_sign_ins: 0, locked_until: null, ...(rehashed ? { password_hash: rehashed } : {}) })
    .where('person_id', '=', personId)
    .execute();
}

export async function setPassword(tx: WriteTx, personId: string, passwordHash: string, now: Date): Promise<void> {
  await tx
    .insertInto('local_account')
    .values({ person_id: personId, password_hash: passwordHash, password_changed_at: now })
    .onConflict((oc) =>
      oc.column('person_id').doUpdateSet({ password_hash: passwordHash, password_changed_at: now, failed_sign_ins: 0, locked_until: null }),
    )
    .execute();
}

export async function markEmailVerified(tx: WriteTx, personId: string, now: Date): Promise<void> {
  await tx
    .updateTable('person')
    .set({ email_verified_at: sql<Date>`coalesce(email_verified_at, ${now}::timestamptz)`, updated_at: now })
    .where('id', '=', personId)
    .execute();
}

export async function setPendingTotp(tx: WriteTx, personId: string, sealed: string | null): Promise<void> {
  await tx.updateTable('local_account').set({ totp_pending_secret: sealed }).where('person_id', '=', personId).execute();
}

export async function enableTotp(tx: WriteTx, personId: string, now: Date, step: number): Promise<void> {
  await tx
    .updateTable('local_account')
    .set({ totp_secret: sql<string>`totp_pending_secret`, totp_pending_secret: null, totp_enabled_at: now, totp_last_step: step })
    .where('person_id', '=', personId)
    .where('totp_pending_secret', 'is not', null)
    .execute();
}

export async function disableTotp(tx: WriteTx, personId: string): Promise<void> {
  await tx
    .updateTable('local_account')
    .set({ totp_secret: null, totp_pending_secret: null, totp_enabled_at: null, totp_last_step: null })
    .where('person_id', '=', personId)
    .execute();
  await tx.deleteFrom('recovery_code').where('person_id', '=', personId).execute();
}

/** Takes a time step as used; false when another request took this or a later one first. */
export async function takeTotpStep(tx: WriteTx, personId: string, step: number): Promise<boolean> {
  const result = await tx
    .updateTable('local_account')
    .set({ totp_last_step: step })
    .where('person_id', '=', personId)
    .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function replaceRecoveryCodes(tx: WriteTx, personId: string, hashes: readonly string[]): Promise<void> {
  await tx.deleteFrom('recovery_code').where('person_id', '=', personId).execute();
  if (hashes.length)
    await tx
      .insertInto('recovery_code')
      .values(hashes.map((code_hash) => ({ person_id: personId, code_hash })))
      .execute();
}

/** Uses up a recovery code; false when it is unknown or was used already. */
export async function useRecoveryCode(tx: WriteTx, personId: string, codeHash: string, now: Date): Promise<boolean> {
  const result = await tx
    .updateTable('recovery_code')
    .set({ used_at: now })
    .where('person_id', '=', personId)
    .where('code_hash', '=', codeHash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function countUnusedRecoveryCodes(tx: ReadTx, personId: string): Promise<number> {
  const row = await tx
    .selectFrom('recovery_code')
    .where('person_id', '=', personId)
    .where('used_at', 'is', null)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertPerson(
  tx: WriteTx,
  person: { name: string; email: string; verifiedAt: Date | null; now: Date },
): Promise<string> {
  const { id } = await tx
    .insertInto('person')
    .values({
      name: person.name,
      email: person.email.trim().toLowerCase(),
      email_verified_at: person.verifiedAt,
      created_at: person.now,
      updated_at: person.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function countPeople(tx: ReadTx): Promise<number> {
  const row = await tx
    .selectFrom('person')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
