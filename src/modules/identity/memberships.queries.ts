import { sql } from 'kysely';
import type { Role } from '../../platform/actor.ts';
import type { I18nText } from '../../platform/i18n-text.ts';
import type { ReadTx, WriteTx } from './identity.tables.ts';

export interface MembershipView {
  id: string;
  role: Role;
  organizationId: string | null;
  organizationName: I18nText | null;
  regionId: string | null;
  regionName: I18nText | null;
}

/** A person's memberships with the names of where they hold them; an organisation's region comes from the organisation. */
export async function membershipsOfPerson(tx: ReadTx, personId: string): Promise<MembershipView[]> {
  return tx
    .selectFrom('membership as m')
    .leftJoin('organization as o', 'o.id', 'm.organization_id')
    .leftJoin('region as r', (join) => join.on((eb) => eb('r.id', '=', eb.fn.coalesce('m.region_id', 'o.region_id'))))
    .select([
      'm.id',
      'm.role',
      'm.organization_id as organizationId',
      'o.name as organizationName',
      (eb) => eb.fn.coalesce('m.region_id', 'o.region_id').as('regionId'),
      'r.name as regionName',
    ])
    .where('m.person_id', '=', personId)
    .orderBy('m.created_at')
    .execute();
}

/** Who owns an organisation for the rules: its id and region. Null when there is no such organisation. */
export async function findOrganizationOwner(
  tx: ReadTx,
  id: string,
): Promise<{ organizationId: string; regionId: string | null; name: I18nText } | null> {
  const row = await tx.selectFrom('organization').select(['id', 'region_id', 'name']).where('id', '=', id).executeTakeFirst();
  return row ? { organizationId: row.id, regionId: row.region_id, name: row.name } : null;
}

export async function membersOfOrganization(tx: ReadTx, organizationId: string) {
  return tx
    .selectFrom('membership as m')
    .innerJoin('person as p', 'p.id', 'm.person_id')
    .select(['m.id', 'm.role', 'p.id as personId', 'p.name', 'p.email', 'm.created_at as since'])
    .where('m.organization_id', '=', organizationId)
    .orderBy('p.name')
    .orderBy('m.role')
    .execute();
}

/** Organisations an audit filter may offer: all, those of some regions, or some by id. */
export async function organizationsWithin(
  tx: ReadTx,
  reach: { everywhere: boolean; regionIds: readonly string[]; organizationIds: readonly string[] },
): Promise<{ id: string; name: I18nText }[]> {
  if (!reach.everywhere && !reach.regionIds.length && !reach.organizationIds.length) return [];
  let query = tx.selectFrom('organization').select(['id', 'name']);
  if (!reach.everywhere) {
    query = query.where((eb) =>
      eb.or([
        ...(reach.regionIds.length ? [eb('region_id', 'in', reach.regionIds)] : []),
        ...(reach.organizationIds.length ? [eb('id', 'in', reach.organizationIds)] : []),
      ]),
    );
  }
  return query.orderBy(sql`name ->> 'fi'`).execute();
}

export async function insertMembership(
  tx: WriteTx,
  m: { personId: string; role: Role; organizationId: string | null; regionId: string | null; now: Date; createdBy: string | null },
): Promise<string> {
  const { id } = await tx
    .insertInto('membership')
    .values({
      person_id: m.personId,
      role: m.role,
      organization_id: m.organizationId,
      region_id: m.regionId,
      created_at: m.now,
      created_by: m.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}
