import type { Grant } from '../../platform/actor.ts';
import type { SessionStage, SignInMethod } from './identity.domain.ts';
import type { ReadTx, WriteTx } from './identity.tables.ts';

export interface SessionRow {
  id: string;
  personId: string;
  stage: SessionStage;
  method: SignInMethod;
  csrfToken: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  failedCodes: number;
  personName: string | null;
}

export async function insertSession(
  tx: WriteTx,
  session: {
    tokenHash: string;
    personId: string;
    stage: SessionStage;
    method: SignInMethod;
    providerId: string | null;
    csrfToken: string;
    now: Date;
    expiresAt: Date;
    clientAddress: string | null;
    userAgent: string | null;
  },
): Promise<string> {
  const { id } = await tx
    .insertInto('staff_session')
    .values({
      token_hash: session.tokenHash,
      person_id: session.personId,
      stage: session.stage,
      method: session.method,
      provider_id: session.providerId,
      csrf_token: session.csrfToken,
      created_at: session.now,
      last_seen_at: session.now,
      expires_at: session.expiresAt,
      client_address: session.clientAddress,
      user_agent: session.userAgent?.slice(0, 300) ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function findSessionByTokenHash(tx: ReadTx, tokenHash: string): Promise<SessionRow | null> {
  return (
    (await tx
      .selectFrom('staff_session')
      .select([
        'id',
        'person_id as personId',
        (eb) => eb.selectFrom('person').whereRef('person.id', '=', 'staff_session.person_id').select('person.name').as('personName'),
        'stage',
        'method',
        'csrf_token as csrfToken',
        'created_at as createdAt',
        'last_seen_at as lastSeenAt',
        'expires_at as expiresAt',
        'failed_codes as failedCodes',
      ])
      .where('token_hash', '=', tokenHash)
      .executeTakeFirst()) ?? null
  );
}

/** The grants of a person's memberships; an organisation role carries its organisation's region along. */
export async function grantsOfPerson(tx: ReadTx, personId: string): Promise<Grant[]> {
  const rows = await tx
    .selectFrom('membership as m')
    .leftJoin('organization as o', 'o.id', 'm.organization_id')
    .select(['m.role', 'm.organization_id as organizationId', 'm.region_id as regionId', 'o.region_id as organizationRegionId'])
    .where('m.person_id', '=', personId)
    .orderBy('m.created_at')
    .execute();
  return rows.map((r): Grant => {
    if (r.role === 'platformAdmin') return { role: r.role, organizationId: null, regionId: null };
    if (r.role === 'regionalCoordinator') return { role: r.role, organizationId: null, regionId: r.regionId! };
    return { role: r.role, organizationId: r.organizationId!, regionId: r.organizationRegionId };
  });
}

export async function touchSession(tx: WriteTx, id: string, now: Date): Promise<void> {
  await tx.updateTable('staff_session').set({ last_seen_at: now }).where('id', '=', id).execute();
}

export async function deleteSession(tx: WriteTx, id: string): Promise<boolean> {
  const result = await tx.deleteFrom('staff_session').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function deleteSessionsOfPerson(tx: WriteTx, personId: string, exceptId: string | null = null): Promise<number> {
  let query = tx.deleteFrom('staff_session').where('person_id', '=', personId);
  if (exceptId) query = query.where('id', '<>', exceptId);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function recordFailedCode(tx: WriteTx, id: string): Promise<number> {
  const row = await tx
    .updateTable('staff_session')
    .set((eb) => ({ failed_codes: eb('failed_codes', '+', 1) }))
    .where('id', '=', id)
    .returning('failed_codes')
    .executeTakeFirst();
  return row?.failed_codes ?? Number.POSITIVE_INFINITY;
}

export async function listSessionsOfPerson(tx: ReadTx, personId: string) {
  return tx
    .selectFrom('staff_session')
    .select(['id', 'method', 'created_at as createdAt', 'last_seen_at as lastSeenAt', 'user_agent as userAgent'])
    .where('person_id', '=', personId)
    .where('stage', '=', 'signedIn')
    .orderBy('last_seen_at', 'desc')
    .execute();
}

/** Sessions past their absolute end; the idle ones are refused when seen and removed here later. */
export async function deleteExpiredSessions(tx: WriteTx, now: Date, idleSince: Date): Promise<number> {
  const result = await tx
    .deleteFrom('staff_session')
    .where((eb) => eb.or([eb('expires_at', '<=', now), eb('last_seen_at', '<=', idleSince)]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
