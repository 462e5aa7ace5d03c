import { sql } from 'kysely';
import type { I18nText } from '../../platform/i18n-text.ts';
import type { ContactChannel, ContactLanguage, ContactOutcome, ContactStatus, ContactTopic } from './contact.domain.ts';
import type { ReadTx, WriteTx } from './contact.tables.ts';

export interface NewContactRequest {
  reference: string;
  followTokenHash: Buffer;
  regionId: string;
  municipalityCode: string;
  topic: ContactTopic;
  language: ContactLanguage;
  channel: ContactChannel;
  contactName: string | null;
  contactPhone: string | null;
  now: Date;
}

/** NOTIFY in the transaction: delivered at COMMIT, never for a rollback. */
export async function notify(tx: WriteTx, channel: string, payload: string): Promise<void> {
  await sql`select pg_notify(${channel}, ${payload})`.execute(tx);
}

export async function findMunicipalityRegion(tx: ReadTx, code: string): Promise<string | null> {
  const row = await tx.selectFrom('municipality').select('region_id').where('code', '=', code).executeTakeFirst();
  return row?.region_id ?? null;
}

export async function insertContactRequest(tx: WriteTx, r: NewContactRequest): Promise<string> {
  const row = await tx
    .insertInto('contact_request')
    .values({
      reference: r.reference,
      follow_token_hash: r.followTokenHash,
      region_id: r.regionId,
      municipality_code: r.municipalityCode,
      topic: r.topic,
      language: r.language,
      channel: r.channel,
      contact_name: r.contactName,
      contact_phone: r.contactPhone,
      created_at: r.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertMessage(
  tx: WriteTx,
  m: { requestId: string; author: 'family' | 'advisor'; personId: string | null; body: string; now: Date },
): Promise<string> {
  const row = await tx
    .insertInto('contact_message')
    .values({ request_id: m.requestId, author: m.author, author_person_id: m.personId, body: m.body, created_at: m.now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface RequestRow {
  id: string;
  reference: string;
  regionId: string;
  municipalityCode: string;
  municipalityName: I18nText;
  topic: ContactTopic;
  language: ContactLanguage;
  channel: ContactChannel;
  contactName: string | null;
  contactPhone: string | null;
  anonymous: boolean;
  status: ContactStatus;
  claimedBy: string | null;
  claimedByName: string | null;
  claimedOrganizationId: string | null;
  offeredToOrganizationId: string | null;
  outcome: ContactOutcome | null;
  createdAt: Date;
  claimedAt: Date | null;
  firstResponseAt: Date | null;
  closedAt: Date | null;
  familyTypingAt: Date | null;
  advisorTypingAt: Date | null;
  familyReadAt: Date | null;
  advisorReadAt: Date | null;
}

function requestQuery(tx: ReadTx) {
  return tx
    .selectFrom('contact_request as r')
    .innerJoin('municipality as m', 'm.code', 'r.municipality_code')
    .leftJoin('person as p', 'p.id', 'r.claimed_by')
    .select([
      'r.id',
      'r.reference',
      'r.region_id as regionId',
      'r.municipality_code as municipalityCode',
      'm.name as municipalityName',
      'r.topic',
      'r.language',
      'r.channel',
      'r.contact_name as contactName',
      'r.contact_phone as contactPhone',
      'r.anonymous',
      'r.status',
      'r.claimed_by as claimedBy',
      'p.name as claimedByName',
      'r.claimed_organization_id as claimedOrganizationId',
      'r.offered_to_organization_id as offeredToOrganizationId',
      'r.outcome',
      'r.created_at as createdAt',
      'r.claimed_at as claimedAt',
      'r.first_response_at as firstResponseAt',
      'r.closed_at as closedAt',
      'r.family_typing_at as familyTypingAt',
      'r.advisor_typing_at as advisorTypingAt',
      'r.family_read_at as familyReadAt',
      'r.advisor_read_at as advisorReadAt',
    ]);
}

export async function findRequestByTokenHash(tx: ReadTx, hash: Buffer): Promise<RequestRow | null> {
  return ((await requestQuery(tx).where('r.follow_token_hash', '=', hash).executeTakeFirst()) as RequestRow | undefined) ?? null;
}

export async function findRequest(tx: ReadTx, id: string): Promise<RequestRow | null> {
  return ((await requestQuery(tx).where('r.id', '=', id).executeTakeFirst()) as RequestRow | undefined) ?? null;
}

/** The owner of a request, for authorizing before anything else is read. */
export async function findRequestOwner(tx: ReadTx, id: string): Promise<{ regionId: string } | null> {
  const row = await tx.selectFrom('contact_request').select('region_id').where('id', '=', id).executeTakeFirst();
  return row ? { regionId: row.region_id } : null;
}

export interface QueueFilter {
  regionIds: readonly string[] | 'all';
  municipalityCode?: string | undefined;
  topic?: ContactTopic | undefined;
  language?: ContactLanguage | undefined;
  waitingMinutesAtLeast?: number | undefined;
  status: 'open' | 'closed';
  now: Date;
}

/** The regional queue: waiting first (oldest first), then the ones being handled. */
export async function listQueue(tx: ReadTx, f: QueueFilter): Promise<RequestRow[]> {
  let q = requestQuery(tx);
  if (f.regionIds !== 'all') q = q.where('r.region_id', 'in', f.regionIds.length ? [...f.regionIds] : ['']);
  q = f.status === 'open' ? q.where('r.status', '<>', 'closed') : q.where('r.status', '=', 'closed');
  if (f.municipalityCode) q = q.where('r.municipality_code', '=', f.municipalityCode);
  if (f.topic) q = q.where('r.topic', '=', f.topic);
  if (f.language) q = q.where('r.language', '=', f.language);
  if (f.waitingMinutesAtLeast) q = q.where('r.created_at', '<=', new Date(f.now.getTime() - f.waitingMinutesAtLeast * 60_000));
  return (await q
    .orderBy(sql`r.status = 'waiting'`, 'desc')
    .orderBy('r.created_at', 'asc')
    .limit(200)
    .execute()) as RequestRow[];
}

export async function countWaitingAhead(tx: ReadTx, regionId: string, language: ContactLanguage, before: Date): Promise<number> {
  const row = await tx
    .selectFrom('contact_request')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('region_id', '=', regionId)
    .where('language', '=', language)
    .where('status', '=', 'waiting')
    .where('created_at', '<', before)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export interface MessageRow {
  id: string;
  author: 'family' | 'advisor';
  authorName: string | null;
  body: string;
  createdAt: Date;
}

export async function listMessages(tx: ReadTx, requestId: string): Promise<MessageRow[]> {
  return tx
    .selectFrom('contact_message as cm')
    .leftJoin('person as p', 'p.id', 'cm.author_person_id')
    .select(['cm.id', 'cm.author', 'p.name as authorName', 'cm.body', 'cm.created_at as createdAt'])
    .where('cm.request_id', '=', requestId)
    .orderBy('cm.seq')
    .execute();
}

export async function findMessage(tx: ReadTx, id: string): Promise<(MessageRow & { requestId: string }) | null> {
  const row = await tx
    .selectFrom('contact_message as cm')
    .leftJoin('person as p', 'p.id', 'cm.author_person_id')
    .select(['cm.id', 'cm.request_id as requestId', 'cm.author', 'p.name as authorName', 'cm.body', 'cm.created_at as createdAt'])
    .where('cm.id', '=', id)
    .executeTakeFirst();
  return row ?? null;
}

/**
 * The claim: one UPDATE that only a waiting request passes. Two advisors at once: the second
 * waits for the first's row lock, then finds the request claimed and updates nothing.
 */
export async function claimRequest(
  tx: WriteTx,
  c: { id: string; personId: string; organizationId: string; now: Date; offeredTo: readonly string[] | 'any' },
): Promise<boolean> {
  let q = tx
    .updateTable('contact_request')
    .set({
      status: 'claimed',
      claimed_by: c.personId,
      claimed_organization_id: c.organizationId,
      claimed_at: c.now,
      offered_to_organization_id: null,
    })
    .where('id', '=', c.id)
    .where('status', '=', 'waiting');
  if (c.offeredTo !== 'any') {
    const orgs = c.offeredTo;
    q = q.where((eb) =>
      eb.or([
        eb('offered_to_organization_id', 'is', null),
        eb('offered_to_organization_id', 'in', orgs.length ? [...orgs] : [c.organizationId]),
      ]),
    );
  }
  const result = await q.executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

/** Locks a request for a change by its advisor. */
export async function lockRequest(tx: WriteTx, id: string) {
  return tx
    .selectFrom('contact_request')
    .select(['id', 'status', 'claimed_by', 'first_response_at', 'region_id'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export async function updateRequest(
  tx: WriteTx,
  id: string,
  values: Partial<{
    status: ContactStatus;
    claimed_by: string | null;
    claimed_organization_id: string | null;
    claimed_at: Date | null;
    offered_to_organization_id: string | null;
    first_response_at: Date;
    closed_at: Date;
    outcome: ContactOutcome;
    outcome_service_id: string | null;
    family_typing_at: Date;
    advisor_typing_at: Date;
    family_read_at: Date;
    advisor_read_at: Date;
  }>,
): Promise<void> {
  await tx.updateTable('contact_request').set(values).where('id', '=', id).execute();
}

export async function insertNote(
  tx: WriteTx,
  n: { requestId: string; personId: string; kind: 'note' | 'transfer'; body: string; now: Date },
) {
  await tx
    .insertInto('contact_note')
    .values({ request_id: n.requestId, person_id: n.personId, kind: n.kind, body: n.body, created_at: n.now })
    .execute();
}

export async function listNotes(tx: ReadTx, requestId: string) {
  return tx
    .selectFrom('contact_note as n')
    .innerJoin('person as p', 'p.id', 'n.person_id')
    .select(['n.id', 'n.kind', 'n.body', 'n.created_at as createdAt', 'p.name as authorName'])
    .where('n.request_id', '=', requestId)
    .orderBy('n.created_at')
    .execute();
}

export async function deleteRequest(tx: WriteTx, id: string): Promise<void> {
  await tx.deleteFrom('contact_request').where('id', '=', id).execute();
}

/** Anonymous conversations older than the retention period, with their messages (on delete cascade). */
export async function deleteExpiredAnonymousRequests(tx: WriteTx, before: Date): Promise<number> {
  const result = await tx.deleteFrom('contact_request').where('anonymous', '=', true).where('created_at', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** The advisor's family-advisor memberships: which organisation a claim is made for. */
export async function advisorOrganizations(tx: ReadTx, personId: string, regionId: string): Promise<string[]> {
  const rows = await tx
    .selectFrom('membership as ms')
    .innerJoin('organization as o', 'o.id', 'ms.organization_id')
    .select('o.id')
    .where('ms.person_id', '=', personId)
    .where('ms.role', '=', 'familyAdvisor')
    .where('o.region_id', '=', regionId)
    .execute();
  return rows.map((r) => r.id);
}

export async function listAdvisorsOfRegion(tx: ReadTx, regionId: string) {
  return tx
    .selectFrom('membership as ms')
    .innerJoin('organization as o', 'o.id', 'ms.organization_id')
    .innerJoin('person as p', 'p.id', 'ms.person_id')
    .select(['p.id as personId', 'p.name', 'o.id as organizationId', 'o.name as organizationName'])
    .where('ms.role', '=', 'familyAdvisor')
    .where('o.region_id', '=', regionId)
    .orderBy('p.name')
    .execute();
}

export async function listOrganizationsOfRegion(tx: ReadTx, regionId: string) {
  return tx
    .selectFrom('organization')
    .select(['id', 'name'])
    .where('region_id', '=', regionId)
    .orderBy(sql`name->>'fi'`)
    .execute();
}
