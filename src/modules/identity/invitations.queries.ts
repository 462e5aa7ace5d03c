import type { OrganizationRole } from '../../platform/actor.ts';
import type { I18nText } from '../../platform/i18n-text.ts';
import type { ReadTx, WriteTx } from './identity.tables.ts';

/** The person with this address, whether or not they have an account yet. */
export async function findPersonByEmail(tx: ReadTx, email: string): Promise<{ id: string; name: string; email: string } | null> {
  return (await tx.selectFrom('person').select(['id', 'name', 'email']).where('email', '=', email).executeTakeFirst()) ?? null;
}

/**
 * A new invitation link for (person, organisation) replaces an unused earlier one to the same
 * organisation: only the latest mail works. Invitations to other organisations stay.
 */
export async function replaceInvitation(
  tx: WriteTx,
  i: {
    tokenHash: string;
    personId: string;
    organizationId: string;
    role: OrganizationRole;
    invitedBy: string | null;
    now: Date;
    expiresAt: Date;
  },
): Promise<void> {
  await tx
    .deleteFrom('account_token')
    .where('purpose', '=', 'invitation')
    .where('person_id', '=', i.personId)
    .where('used_at', 'is', null)
    .where('token_hash', 'in', (eb) => eb.selectFrom('invitation').select('token_hash').where('organization_id', '=', i.organizationId))
    .execute();
  await tx
    .insertInto('account_token')
    .values({ token_hash: i.tokenHash, person_id: i.personId, purpose: 'invitation', created_at: i.now, expires_at: i.expiresAt })
    .execute();
  await tx
    .insertInto('invitation')
    .values({ token_hash: i.tokenHash, organization_id: i.organizationId, role: i.role, invited_by: i.invitedBy })
    .execute();
}

export interface InvitationRow {
  personId: string;
  name: string;
  email: string;
  emailVerified: boolean;
  hasPassword: boolean;
  organizationId: string;
  organizationName: I18nText;
  regionId: string | null;
  role: OrganizationRole;
  invitedBy: string | null;
  expiresAt: Date;
  usedAt: Date | null;
}

/** An invitation by its token's hash, whether or not it is still usable (the caller decides). */
export async function findInvitation(tx: ReadTx, tokenHash: string): Promise<InvitationRow | null> {
  const row = await tx
    .selectFrom('invitation as i')
    .innerJoin('account_token as t', 't.token_hash', 'i.token_hash')
    .innerJoin('person as p', 'p.id', 't.person_id')
    .innerJoin('organization as o', 'o.id', 'i.organization_id')
    .leftJoin('local_account as a', 'a.person_id', 'p.id')
    .select([
      'p.id as personId',
      'p.name',
      'p.email',
      (eb) => eb('p.email_verified_at', 'is not', null).$castTo<boolean>().as('emailVerified'),
      (eb) => eb('a.person_id', 'is not', null).$castTo<boolean>().as('hasPassword'),
      'i.organization_id as organizationId',
      'o.name as organizationName',
      'o.region_id as regionId',
      'i.role',
      'i.invited_by as invitedBy',
      't.expires_at as expiresAt',
      't.used_at as usedAt',
    ])
    .where('i.token_hash', '=', tokenHash)
    .where('t.purpose', '=', 'invitation')
    .executeTakeFirst();
  return row ?? null;
}

/** Invitations of an organisation not yet accepted nor expired, for its members page. */
export async function pendingInvitationsOf(tx: ReadTx, organizationId: string, now: Date) {
  return tx
    .selectFrom('invitation as i')
    .innerJoin('account_token as t', 't.token_hash', 'i.token_hash')
    .innerJoin('person as p', 'p.id', 't.person_id')
    .select(['p.name', 'p.email', 'i.role', 't.created_at as sentAt', 't.expires_at as expiresAt'])
    .where('i.organization_id', '=', organizationId)
    .where('t.used_at', 'is', null)
    .where('t.expires_at', '>', now)
    .orderBy('t.created_at', 'desc')
    .execute();
}

/** Adds the membership an invitation grants; one already there is kept as it is. */
export async function grantMembership(
  tx: WriteTx,
  m: { personId: string; role: OrganizationRole; organizationId: string; now: Date; createdBy: string | null },
): Promise<string | null> {
  const row = await tx
    .insertInto('membership')
    .values({
      person_id: m.personId,
      role: m.role,
      organization_id: m.organizationId,
      region_id: null,
      created_at: m.now,
      created_by: m.createdBy,
    })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? null;
}

export async function hasMembership(tx: ReadTx, personId: string, organizationId: string, role: OrganizationRole): Promise<boolean> {
  const row = await tx
    .selectFrom('membership')
    .select('id')
    .where('person_id', '=', personId)
    .where('organization_id', '=', organizationId)
    .where('role', '=', role)
    .executeTakeFirst();
  return Boolean(row);
}

/** A membership of an organisation, locked for its removal. */
export async function lockMembership(tx: WriteTx, membershipId: string, organizationId: string) {
  return (
    (await tx
      .selectFrom('membership')
      .select(['id', 'person_id as personId', 'role'])
      .where('id', '=', membershipId)
      .where('organization_id', '=', organizationId)
      .forUpdate()
      .executeTakeFirst()) ?? null
  );
}

export async function deleteMembership(tx: WriteTx, membershipId: string): Promise<void> {
  await tx.deleteFrom('membership').where('id', '=', membershipId).execute();
}

/** Unused invitations of a person to an organisation end with their membership there. */
export async function deleteOpenInvitations(tx: WriteTx, personId: string, organizationId: string): Promise<void> {
  await tx
    .deleteFrom('account_token')
    .where('purpose', '=', 'invitation')
    .where('person_id', '=', personId)
    .where('used_at', 'is', null)
    .where('token_hash', 'in', (eb) => eb.selectFrom('invitation').select('token_hash').where('organization_id', '=', organizationId))
    .execute();
}

/** Sets the first password of an invited person who had none. */
export async function insertLocalAccount(tx: WriteTx, personId: string, passwordHash: string, now: Date): Promise<void> {
  await tx
    .insertInto('local_account')
    .values({ person_id: personId, password_hash: passwordHash, password_changed_at: now })
    .onConflict((oc) => oc.column('person_id').doNothing())
    .execute();
}
