import type { Insertable, Selectable } from 'kysely';
import type { I18nText } from '../../../platform/i18n-text.ts';
import type { JoinRequestTable, ReadTx, WriteTx } from './editing.tables.ts';

export async function insertJoinRequest(tx: WriteTx, values: Insertable<JoinRequestTable>): Promise<string> {
  const { id } = await tx.insertInto('join_request').values(values).returning('id').executeTakeFirstOrThrow();
  return id;
}

export function pendingJoinRequests(tx: ReadTx, regionIds: readonly string[] | 'everywhere') {
  let query = tx.selectFrom('join_request').selectAll().where('status', '=', 'pending');
  if (regionIds !== 'everywhere') query = query.where('region_id', 'in', regionIds.length ? [...regionIds] : ['']);
  return query.orderBy('created_at').limit(200).execute();
}

export async function lockJoinRequest(tx: WriteTx, id: string): Promise<Selectable<JoinRequestTable> | null> {
  return (await tx.selectFrom('join_request').selectAll().where('id', '=', id).forUpdate().executeTakeFirst()) ?? null;
}

export async function setJoinRequestDecision(
  tx: WriteTx,
  id: string,
  decision: { status: 'approved' | 'declined'; at: Date; by: string | null; organizationId: string | null },
): Promise<void> {
  await tx
    .updateTable('join_request')
    .set({ status: decision.status, decided_at: decision.at, decided_by: decision.by, organization_id: decision.organizationId })
    .where('id', '=', id)
    .execute();
}

export async function insertOrganization(
  tx: WriteTx,
  o: {
    regionId: string;
    municipalityCode: string;
    type: JoinRequestTable['organization_type'];
    name: I18nText;
    website: string | null;
    businessId: string | null;
    now: Date;
  },
): Promise<string> {
  const { id } = await tx
    .insertInto('organization')
    .values({
      region_id: o.regionId,
      municipality_code: o.municipalityCode,
      type: o.type,
      name: JSON.stringify(o.name),
      website: o.website,
      business_id: o.businessId,
      created_at: o.now,
      updated_at: o.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}
