import { sql } from 'kysely';
import type { ReadTx } from './catalog.tables.ts';
import type { Municipality, Organization, Region, Taxonomy } from './catalog.model.ts';
import type { OrganizationType } from './catalog.domain.ts';

export async function listRegions(tx: ReadTx): Promise<Region[]> {
  return tx
    .selectFrom('region')
    .select(['id', 'code', 'name', 'website'])
    .orderBy(sql`name ->> 'fi'`)
    .execute();
}

export async function listMunicipalities(tx: ReadTx, regionId: string | null): Promise<Municipality[]> {
  let query = tx.selectFrom('municipality').select(['code', 'name', 'region_id as regionId']);
  if (regionId) query = query.where('region_id', '=', regionId);
  return query.orderBy(sql`name ->> 'fi'`).execute();
}

export async function findMunicipality(tx: ReadTx, code: string): Promise<(Municipality & { region: Region }) | null> {
  const row = await tx
    .selectFrom('municipality as m')
    .innerJoin('region as r', 'r.id', 'm.region_id')
    .where('m.code', '=', code)
    .select(['m.code', 'm.name', 'm.region_id', 'r.code as region_code', 'r.name as region_name', 'r.website as region_website'])
    .executeTakeFirst();
  if (!row) return null;
  return {
    code: row.code,
    name: row.name,
    regionId: row.region_id,
    region: { id: row.region_id, code: row.region_code, name: row.region_name, website: row.region_website },
  };
}

export async function listOrganizations(
  tx: ReadTx,
  c: { regionId: string | null; types: OrganizationType[]; municipality: string | null; limit: number; offset: number },
): Promise<{ items: Organization[]; total: number }> {
  let query = tx.selectFrom('organization as o');
  if (c.regionId) query = query.where((eb) => eb.or([eb('o.region_id', '=', c.regionId), eb('o.region_id', 'is', null)]));
  if (c.types.length) query = query.where('o.type', 'in', c.types);
  if (c.municipality) {
    const code = c.municipality;
    query = query.where((eb) =>
      eb.or([
        eb('o.municipality_code', '=', code),
        eb.exists(eb.selectFrom('place as p').whereRef('p.organization_id', '=', 'o.id').where('p.municipality_code', '=', code)),
      ]),
    );
  }
  const rows = await query
    .select([
      'o.id',
      'o.type',
      'o.name',
      'o.region_id as regionId',
      'o.municipality_code as municipalityCode',
      'o.description',
      'o.website',
      'o.business_id as businessId',
      sql<number>`count(*) over ()`.as('total'),
    ])
    .orderBy(sql`o.name ->> 'fi'`)
    .orderBy('o.id')
    .limit(c.limit)
    .offset(c.offset)
    .execute();
  const total = rows[0]?.total ?? (c.offset > 0 ? (await listOrganizations(tx, { ...c, offset: 0, limit: 1 })).total : 0);
  return { items: rows.map(({ total: _, ...o }) => o), total: Number(total) };
}

export async function findOrganization(tx: ReadTx, id: string): Promise<Organization | null> {
  const row = await tx
    .selectFrom('organization as o')
    .where('o.id', '=', id)
    .select([
      'o.id',
      'o.type',
      'o.name',
      'o.region_id as regionId',
      'o.municipality_code as municipalityCode',
      'o.description',
      'o.website',
      'o.business_id as businessId',
    ])
    .executeTakeFirst();
  return row ?? null;
}

export async function findTaxonomy(tx: ReadTx): Promise<Taxonomy> {
  const [categories, methods, lifeSituations] = await Promise.all([
    tx.selectFrom('category').select(['code', 'parent_code as parentCode', 'name', 'description']).orderBy('position').execute(),
    tx
      .selectFrom('method')
      .select(['code', 'name', 'description', 'website'])
      .orderBy(sql`name ->> 'fi'`)
      .execute(),
    tx
      .selectFrom('life_situation')
      .select(['code', 'name', 'description', 'category_codes as categories', 'target_group as targetGroup'])
      .orderBy('position')
      .execute(),
  ]);
  return { categories, methods, lifeSituations };
}
