import { sql } from 'kysely';
import type { I18nText } from '../../platform/i18n-text.ts';
import type { ConsentDataItem, DeclineReason, ReferralStatus } from './contact.domain.ts';
import type { ReadTx, WriteTx } from './contact.tables.ts';

export async function findServiceOwner(tx: ReadTx, serviceId: string) {
  return tx
    .selectFrom('service as s')
    .innerJoin('organization as o', 'o.id', 's.organization_id')
    .select(['s.id', 's.organization_id as organizationId', 'o.region_id as regionId', 's.name'])
    .where('s.id', '=', serviceId)
    .executeTakeFirst();
}

/** Services a family of the region can be referred to: the region's own and national ones. */
export async function listServicesOfRegion(tx: ReadTx, regionId: string) {
  return tx
    .selectFrom('service as s')
    .select(['s.id', 's.name'])
    .where((eb) => eb.or([eb('s.region_id', '=', regionId), eb('s.region_id', 'is', null)]))
    .orderBy(sql`s.name->>'fi'`)
    .limit(1000)
    .execute();
}

export async function insertConsent(
  tx: WriteTx,
  c: {
    requestId: string;
    givenBy: string;
    dataItems: ConsentDataItem[];
    organizationId: string;
    purpose: string;
    recordedBy: string;
    givenAt: Date;
    validUntil: Date;
  },
): Promise<string> {
  const row = await tx
    .insertInto('contact_consent')
    .values({
      request_id: c.requestId,
      given_by: c.givenBy,
      data_items: c.dataItems,
      organization_id: c.organizationId,
      purpose: c.purpose,
      recorded_by: c.recordedBy,
      given_at: c.givenAt,
      valid_until: c.validUntil,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertReferral(
  tx: WriteTx,
  r: { requestId: string; consentId: string; serviceId: string; organizationId: string; now: Date },
) {
  const row = await tx
    .insertInto('referral')
    .values({
      request_id: r.requestId,
      consent_id: r.consentId,
      service_id: r.serviceId,
      organization_id: r.organizationId,
      created_at: r.now,
      updated_at: r.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface ReferralRow {
  id: string;
  requestId: string;
  reference: string;
  serviceId: string;
  serviceName: I18nText;
  organizationId: string;
  organizationName: I18nText;
  regionId: string | null;
  status: ReferralStatus;
  declineReason: DeclineReason | null;
  outcome: string | null;
  createdAt: Date;
  updatedAt: Date;
  consentId: string;
  consentGivenBy: string;
  consentDataItems: ConsentDataItem[];
  consentPurpose: string;
  consentGivenAt: Date;
  consentValidUntil: Date;
  consentWithdrawnAt: Date | null;
}

function referralQuery(tx: ReadTx) {
  return tx
    .selectFrom('referral as rf')
    .innerJoin('contact_request as r', 'r.id', 'rf.request_id')
    .innerJoin('service as s', 's.id', 'rf.service_id')
    .innerJoin('organization as o', 'o.id', 'rf.organization_id')
    .innerJoin('contact_consent as c', 'c.id', 'rf.consent_id')
    .select([
      'rf.id',
      'rf.request_id as requestId',
      'r.reference',
      'rf.service_id as serviceId',
      's.name as serviceName',
      'rf.organization_id as organizationId',
      'o.name as organizationName',
      'o.region_id as regionId',
      'rf.status',
      'rf.decline_reason as declineReason',
      'rf.outcome',
      'rf.created_at as createdAt',
      'rf.updated_at as updatedAt',
      'c.id as consentId',
      'c.given_by as consentGivenBy',
      'c.data_items as consentDataItems',
      'c.purpose as consentPurpose',
      'c.given_at as consentGivenAt',
      'c.valid_until as consentValidUntil',
      'c.withdrawn_at as consentWithdrawnAt',
    ]);
}

export async function listReferralsOfRequest(tx: ReadTx, requestId: string): Promise<ReferralRow[]> {
  return (await referralQuery(tx).where('rf.request_id', '=', requestId).orderBy('rf.created_at').execute()) as ReferralRow[];
}

export async function listReferralsOfOrganizations(tx: ReadTx, organizationIds: readonly string[] | 'all'): Promise<ReferralRow[]> {
  let q = referralQuery(tx);
  if (organizationIds !== 'all')
    q = q.where('rf.organization_id', 'in', organizationIds.length ? [...organizationIds] : ['00000000-0000-0000-0000-000000000000']);
  return (await q.where('rf.status', '<>', 'closed').orderBy('rf.created_at').limit(200).execute()) as ReferralRow[];
}

export async function findReferral(tx: ReadTx, id: string): Promise<ReferralRow | null> {
  return ((await referralQuery(tx).where('rf.id', '=', id).executeTakeFirst()) as ReferralRow | undefined) ?? null;
}

export async function lockReferral(tx: WriteTx, id: string) {
  return tx.selectFrom('referral').select(['id', 'status']).where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function setReferralStatus(
  tx: WriteTx,
  id: string,
  values: { status: ReferralStatus; declineReason?: DeclineReason | null; outcome?: string | null; now: Date },
): Promise<void> {
  await tx
    .updateTable('referral')
    .set({
      status: values.status,
      ...(values.declineReason !== undefined ? { decline_reason: values.declineReason } : {}),
      ...(values.outcome !== undefined ? { outcome: values.outcome } : {}),
      updated_at: values.now,
    })
    .where('id', '=', id)
    .execute();
}

export async function withdrawConsents(tx: WriteTx, requestId: string, consentId: string, now: Date): Promise<number> {
  const result = await tx
    .updateTable('contact_consent')
    .set({ withdrawn_at: now })
    .where('request_id', '=', requestId)
    .where('id', '=', consentId)
    .where('withdrawn_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
