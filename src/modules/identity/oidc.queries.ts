import type { ReadTx, WriteTx } from './identity.tables.ts';

export async function insertOidcSignIn(
  tx: WriteTx,
  row: {
    handleHash: string;
    providerId: string;
    state: string;
    nonce: string;
    codeVerifier: string;
    lang: 'fi' | 'sv' | 'en';
    now: Date;
    expiresAt: Date;
  },
): Promise<void> {
  await tx
    .insertInto('oidc_sign_in')
    .values({
      handle_hash: row.handleHash,
      provider_id: row.providerId,
      state: row.state,
      nonce: row.nonce,
      code_verifier: row.codeVerifier,
      lang: row.lang,
      created_at: row.now,
      expires_at: row.expiresAt,
    })
    .execute();
  // Abandoned attempts go with the next one.
  await tx.deleteFrom('oidc_sign_in').where('expires_at', '<=', row.now).execute();
}

/** The attempt behind a callback, used up: a callback URL cannot be replayed. */
export async function takeOidcSignIn(tx: WriteTx, handleHash: string, now: Date) {
  const row = await tx
    .deleteFrom('oidc_sign_in')
    .where('handle_hash', '=', handleHash)
    .returning(['provider_id as providerId', 'state', 'nonce', 'code_verifier as codeVerifier', 'lang', 'expires_at as expiresAt'])
    .executeTakeFirst();
  if (!row || row.expiresAt.getTime() <= now.getTime()) return null;
  return row;
}

export async function findExternalIdentity(tx: ReadTx, issuer: string, subject: string): Promise<string | null> {
  const row = await tx
    .selectFrom('external_identity')
    .select('person_id')
    .where('issuer', '=', issuer)
    .where('subject', '=', subject)
    .executeTakeFirst();
  return row?.person_id ?? null;
}

export async function linkExternalIdentity(
  tx: WriteTx,
  link: { issuer: string; subject: string; providerId: string; personId: string; now: Date },
): Promise<void> {
  await tx
    .insertInto('external_identity')
    .values({
      issuer: link.issuer,
      subject: link.subject,
      provider_id: link.providerId,
      person_id: link.personId,
      created_at: link.now,
      last_sign_in_at: link.now,
    })
    .onConflict((oc) => oc.columns(['issuer', 'subject']).doUpdateSet({ last_sign_in_at: link.now }))
    .execute();
}

/**
 * The person an identity provider's verified address may be linked to at a first sign-in: one
 * with that address who is a member of an organisation the provider serves. Nobody else.
 */
export async function findLinkablePerson(tx: ReadTx, email: string, organizationIds: readonly string[]): Promise<string | null> {
  if (!organizationIds.length) return null;
  const row = await tx
    .selectFrom('person as p')
    .innerJoin('membership as m', 'm.person_id', 'p.id')
    .select('p.id')
    .where('p.email', '=', email.trim().toLowerCase())
    .where('m.organization_id', 'in', organizationIds)
    .executeTakeFirst();
  return row?.id ?? null;
}
