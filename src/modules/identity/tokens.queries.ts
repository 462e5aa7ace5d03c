import type { TokenPurpose } from './identity.domain.ts';
import type { ReadTx, WriteTx } from './identity.tables.ts';

/** A new single-use link replaces any unused one of the same purpose: only the latest mail works. */
export async function replaceToken(
  tx: WriteTx,
  token: { tokenHash: string; personId: string; purpose: TokenPurpose; now: Date; expiresAt: Date },
): Promise<void> {
  await tx
    .deleteFrom('account_token')
    .where('person_id', '=', token.personId)
    .where('purpose', '=', token.purpose)
    .where('used_at', 'is', null)
    .execute();
  await tx
    .insertInto('account_token')
    .values({
      token_hash: token.tokenHash,
      person_id: token.personId,
      purpose: token.purpose,
      created_at: token.now,
      expires_at: token.expiresAt,
    })
    .execute();
}

/**
 * Uses up a token: its person when it is of this purpose, unused and unexpired, else why not.
 * The row lock makes two requests with one link race to a single winner.
 */
export async function takeToken(
  tx: WriteTx,
  tokenHash: string,
  purpose: TokenPurpose,
  now: Date,
): Promise<{ personId: string } | { refused: 'unknown' | 'used' | 'expired' }> {
  const row = await tx
    .selectFrom('account_token')
    .select(['person_id', 'used_at', 'expires_at'])
    .where('token_hash', '=', tokenHash)
    .where('purpose', '=', purpose)
    .forUpdate()
    .executeTakeFirst();
  if (!row) return { refused: 'unknown' };
  if (row.used_at) return { refused: 'used' };
  if (row.expires_at.getTime() <= now.getTime()) return { refused: 'expired' };
  await tx.updateTable('account_token').set({ used_at: now }).where('token_hash', '=', tokenHash).execute();
  return { personId: row.person_id };
}

/** Whether a token would be accepted, without using it: the page shows its form only then. */
export async function tokenIsUsable(tx: ReadTx, tokenHash: string, purpose: TokenPurpose, now: Date): Promise<boolean> {
  const row = await tx
    .selectFrom('account_token')
    .select('token_hash')
    .where('token_hash', '=', tokenHash)
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return Boolean(row);
}

/** The person a token belongs to, without using it (the reset form checks the new password against their address). */
export async function personOfToken(tx: ReadTx, tokenHash: string): Promise<{ personId: string; email: string } | null> {
  const row = await tx
    .selectFrom('account_token as t')
    .innerJoin('person as p', 'p.id', 't.person_id')
    .select(['p.id', 'p.email'])
    .where('t.token_hash', '=', tokenHash)
    .executeTakeFirst();
  return row ? { personId: row.id, email: row.email } : null;
}
