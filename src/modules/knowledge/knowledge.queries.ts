import { sql, type SqlBool } from 'kysely';
import type { Reachable } from '../../platform/authorization/actions.ts';
import type { I18nText } from '../../platform/i18n-text.ts';
import type { ArticleDetail, ArticleInput, ArticleListItem, ArticleSummary } from './knowledge.model.ts';
import type { ReadTx, WriteTx } from './knowledge.tables.ts';

const reviewDueDate = sql<string>`(a.reviewed_on + make_interval(months => a.review_interval_months))::date`;
const reviewDue = sql<string>`${reviewDueDate}::text`;

const summaryColumns = ['a.id', 'a.slug', 'a.title', 'a.summary', 'a.reviewed_on'] as const;
const toSummary = (r: { id: string; slug: string; title: I18nText; summary: I18nText; reviewed_on: string }): ArticleSummary => ({
  id: r.id,
  slug: r.slug,
  title: r.title,
  summary: r.summary,
  reviewedOn: r.reviewed_on,
});

/**
 * One typed word as a tsquery over the three stemmers: a prefix for words of four letters or
 * more ("vauva" finds "vauvan"), exact for shorter ones, which as prefixes would match half the
 * texts. A stop word of any of the three languages ("ei", "inte", "we") counts in none of them:
 * otherwise "inte" would match every Finnish text about an "inte…" word.
 */
function wordQuery(word: string) {
  const term = word.length >= 4 ? `${word}:*` : word;
  const stop = sql`numnode(to_tsquery('finnish', ${word})) = 0 or numnode(to_tsquery('swedish', ${word})) = 0 or numnode(to_tsquery('english', ${word})) = 0`;
  return sql`(case when ${stop} then to_tsquery('simple', '') else to_tsquery('finnish', ${term}) || to_tsquery('swedish', ${term}) || to_tsquery('english', ${term}) end)`;
}

/** Published articles that share any word with the question, the best first: ranking, not filtering. */
export async function searchArticleSummaries(
  tx: ReadTx,
  words: string[],
  limit: number,
): Promise<{ items: ArticleSummary[]; total: number }> {
  if (words.length === 0) return { items: [], total: 0 };
  const query = sql`(${sql.join(words.map(wordQuery), sql` || `)})`;
  const rows = await tx
    .selectFrom('article as a')
    .select([...summaryColumns, sql<number>`count(*) over ()`.as('total')])
    .where('a.status', '=', 'published')
    .where(sql<SqlBool>`a.search_document @@ ${query}`)
    .orderBy(sql`ts_rank(a.search_document, ${query})`, 'desc')
    .orderBy('a.slug')
    .limit(limit)
    .execute();
  return { items: rows.map(toSummary), total: rows[0]?.total ?? 0 };
}

/** Published articles of a life situation, the ones written for it alone first. */
export async function articlesOfLifeSituation(tx: ReadTx, code: string, limit: number): Promise<ArticleSummary[]> {
  const rows = await tx
    .selectFrom('article as a')
    .innerJoin('article_life_situation as als', 'als.article_id', 'a.id')
    .select(summaryColumns)
    .where('als.life_situation_code', '=', code)
    .where('a.status', '=', 'published')
    .orderBy(sql`(select count(*) from article_life_situation x where x.article_id = a.id)`)
    .orderBy('a.slug')
    .limit(limit)
    .execute();
  return rows.map(toSummary);
}

export async function listPublishedArticles(tx: ReadTx): Promise<ArticleSummary[]> {
  const rows = await tx.selectFrom('article as a').select(summaryColumns).where('a.status', '=', 'published').orderBy('a.slug').execute();
  return rows.map(toSummary);
}

export async function findPublishedArticle(tx: ReadTx, slug: string): Promise<ArticleDetail | null> {
  const row = await tx
    .selectFrom('article as a')
    .innerJoin('organization as o', 'o.id', 'a.organization_id')
    .select([...summaryColumns, 'a.body', 'o.id as organization_id', 'o.name as organization_name'])
    .select((eb) => [
      sql<
        { code: string; name: I18nText }[]
      >`coalesce((select jsonb_agg(jsonb_build_object('code', c.code, 'name', c.name) order by c.position, c.code)
        from article_category ac join category c on c.code = ac.category_code where ac.article_id = ${eb.ref('a.id')}), '[]')`.as(
        'categories',
      ),
      sql<
        { code: string; name: I18nText }[]
      >`coalesce((select jsonb_agg(jsonb_build_object('code', l.code, 'name', l.name) order by l.position, l.code)
        from article_life_situation al join life_situation l on l.code = al.life_situation_code where al.article_id = ${eb.ref('a.id')}), '[]')`.as(
        'life_situations',
      ),
      sql<
        { id: string; name: I18nText }[]
      >`coalesce((select jsonb_agg(jsonb_build_object('id', s.id, 'name', s.name) order by s.name ->> 'fi')
        from article_service asv join service s on s.id = asv.service_id where asv.article_id = ${eb.ref('a.id')} and s.status <> 'discontinued'), '[]')`.as(
        'services',
      ),
    ])
    .where('a.slug', '=', slug)
    .where('a.status', '=', 'published')
    .executeTakeFirst();
  if (!row) return null;
  return {
    ...toSummary(row),
    body: row.body,
    organization: { id: row.organization_id, name: row.organization_name },
    categories: row.categories,
    lifeSituations: row.life_situations,
    services: row.services,
  };
}

// ---- The editors' side ----

/** Who owns an article, for authorize(): its organisation and that organisation's region. */
export async function findArticleOwner(tx: ReadTx, id: string): Promise<{ organizationId: string; regionId: string | null } | null> {
  const row = await tx
    .selectFrom('article as a')
    .innerJoin('organization as o', 'o.id', 'a.organization_id')
    .select(['a.organization_id', 'o.region_id'])
    .where('a.id', '=', id)
    .executeTakeFirst();
  return row ? { organizationId: row.organization_id, regionId: row.region_id } : null;
}

export async function findOrganizationRegion(tx: ReadTx, organizationId: string): Promise<{ regionId: string | null } | null> {
  const row = await tx.selectFrom('organization').select('region_id').where('id', '=', organizationId).executeTakeFirst();
  return row ? { regionId: row.region_id } : null;
}

/** Rows of organisations the reach covers (o is the organisation's alias), for lists that narrow in SQL. */
function within(reach: Reachable) {
  const parts = [];
  if (reach.organizationIds.length) parts.push(sql<SqlBool>`o.id = any(${[...reach.organizationIds]}::uuid[])`);
  if (reach.regionIds.length) parts.push(sql<SqlBool>`o.region_id = any(${[...reach.regionIds]}::text[])`);
  return parts.length ? sql<SqlBool>`(${sql.join(parts, sql` or `)})` : sql<SqlBool>`false`;
}

export async function listArticlesWithin(tx: ReadTx, reach: Reachable): Promise<ArticleListItem[]> {
  let query = tx
    .selectFrom('article as a')
    .innerJoin('organization as o', 'o.id', 'a.organization_id')
    .innerJoin('person as p', 'p.id', 'a.owner_person_id')
    .select(['a.id', 'a.slug', 'a.title', 'a.status', 'o.name as organization_name', 'p.name as owner_name', reviewDue.as('review_due')]);
  if (!reach.everywhere) query = query.where(within(reach));
  const rows = await query.orderBy('review_due').orderBy('a.slug').execute();
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    title: r.title,
    status: r.status,
    organizationName: r.organization_name,
    ownerName: r.owner_name,
    reviewDue: r.review_due,
  }));
}

export async function organizationsWithin(tx: ReadTx, reach: Reachable): Promise<{ id: string; name: I18nText }[]> {
  let query = tx.selectFrom('organization as o').select(['o.id', 'o.name']);
  if (!reach.everywhere) query = query.where(within(reach));
  return query.orderBy(sql`o.name ->> 'fi'`).execute();
}

/** People who may review an article of these organisations: their members and their regions' coordinators. */
export async function reviewersFor(tx: ReadTx, organizationIds: string[]): Promise<{ id: string; name: string }[]> {
  if (organizationIds.length === 0) return [];
  return tx
    .selectFrom('person as p')
    .select(['p.id', 'p.name'])
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('membership as m')
          .select(sql`1`.as('one'))
          .whereRef('m.person_id', '=', 'p.id')
          .where((w) =>
            w.or([
              w('m.organization_id', 'in', organizationIds),
              w.and([
                w('m.role', '=', 'regionalCoordinator'),
                w('m.region_id', 'in', w.selectFrom('organization').select('region_id').where('id', 'in', organizationIds)),
              ]),
            ]),
          ),
      ),
    )
    .orderBy('p.name')
    .execute();
}

export async function findArticleForEditing(tx: ReadTx, id: string) {
  return tx
    .selectFrom('article as a')
    .innerJoin('person as owner', 'owner.id', 'a.owner_person_id')
    .innerJoin('person as reviewer', 'reviewer.id', 'a.reviewer_person_id')
    .selectAll('a')
    .select(['owner.name as owner_name', 'reviewer.name as reviewer_name', reviewDue.as('review_due')])
    .select((eb) => [
      sql<string[]>`array(select category_code from article_category where article_id = ${eb.ref('a.id')} order by 1)`.as('category_codes'),
      sql<string[]>`array(select life_situation_code from article_life_situation where article_id = ${eb.ref('a.id')} order by 1)`.as(
        'life_situation_codes',
      ),
      sql<string[]>`array(select service_id::text from article_service where article_id = ${eb.ref('a.id')} order by 1)`.as('service_ids'),
    ])
    .where('a.id', '=', id)
    .executeTakeFirst();
}

export async function lockArticleVersion(tx: WriteTx, id: string): Promise<number | null> {
  const row = await tx.selectFrom('article').select('version').where('id', '=', id).forUpdate().executeTakeFirst();
  return row?.version ?? null;
}

export async function slugTaken(tx: ReadTx, slug: string, exceptId: string | null): Promise<boolean> {
  let query = tx.selectFrom('article').select('id').where('slug', '=', slug);
  if (exceptId) query = query.where('id', '<>', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

function articleColumns(input: ArticleInput, now: Date) {
  return {
    slug: input.slug,
    organization_id: input.organizationId,
    reviewer_person_id: input.reviewerPersonId,
    status: input.status,
    title: JSON.stringify(input.title),
    summary: JSON.stringify(input.summary),
    body: JSON.stringify(input.body),
    keywords: input.keywords ? JSON.stringify(input.keywords) : null,
    reviewed_on: input.reviewedOn,
    review_interval_months: input.reviewIntervalMonths,
    updated_at: now,
  };
}

export async function insertArticle(tx: WriteTx, input: ArticleInput & { ownerPersonId: string }, now: Date, id?: string): Promise<string> {
  const row = await tx
    .insertInto('article')
    .values({ ...(id ? { id } : {}), ...articleColumns(input, now), owner_person_id: input.ownerPersonId, created_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  await replaceArticleLinks(tx, row.id, input);
  return row.id;
}

export async function updateArticle(tx: WriteTx, id: string, input: ArticleInput, now: Date): Promise<void> {
  await tx
    .updateTable('article')
    .set({ ...articleColumns(input, now), version: sql`version + 1` })
    .where('id', '=', id)
    .execute();
  await replaceArticleLinks(tx, id, input);
}

async function replaceArticleLinks(
  tx: WriteTx,
  id: string,
  input: Pick<ArticleInput, 'categoryCodes' | 'lifeSituationCodes' | 'serviceIds'>,
) {
  await tx.deleteFrom('article_category').where('article_id', '=', id).execute();
  await tx.deleteFrom('article_life_situation').where('article_id', '=', id).execute();
  await tx.deleteFrom('article_service').where('article_id', '=', id).execute();
  if (input.categoryCodes.length)
    await tx
      .insertInto('article_category')
      .values(input.categoryCodes.map((category_code) => ({ article_id: id, category_code })))
      .execute();
  if (input.lifeSituationCodes.length)
    await tx
      .insertInto('article_life_situation')
      .values(input.lifeSituationCodes.map((life_situation_code) => ({ article_id: id, life_situation_code })))
      .execute();
  if (input.serviceIds.length)
    await tx
      .insertInto('article_service')
      .values(input.serviceIds.map((service_id) => ({ article_id: id, service_id })))
      .execute();
}

export async function knownCodes(tx: ReadTx, table: 'category' | 'life_situation', codes: string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await tx.selectFrom(table).select('code').where('code', 'in', codes).execute();
  return new Set(rows.map((r) => r.code));
}

export async function knownServices(tx: ReadTx, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await tx.selectFrom('service').select('id').where('id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
}

export async function listCategoriesAndSituations(tx: ReadTx) {
  const [categories, lifeSituations] = await Promise.all([
    tx.selectFrom('category').select(['code', 'parent_code', 'name']).orderBy('position').orderBy('code').execute(),
    tx.selectFrom('life_situation').select(['code', 'name']).orderBy('position').orderBy('code').execute(),
  ]);
  return {
    categories: categories.map((c) => ({ code: c.code, parentCode: c.parent_code, name: c.name })),
    lifeSituations: lifeSituations.map((l) => ({ code: l.code, name: l.name })),
  };
}

export async function countArticles(tx: ReadTx): Promise<number> {
  const row = await tx
    .selectFrom('article')
    .select(sql<number>`count(*)`.as('n'))
    .executeTakeFirstOrThrow();
  return row.n;
}

// ---- The review reminder ----

/** Articles whose review is due by `today` and whose owner has not been mailed for this due date. */
export async function findDueReviews(tx: ReadTx, today: string) {
  return tx
    .selectFrom('article as a')
    .innerJoin('person as p', 'p.id', 'a.owner_person_id')
    .select(['a.id', 'a.slug', 'a.title', 'p.name as owner_name', 'p.email as owner_email', reviewDue.as('review_due')])
    .where(sql<SqlBool>`${reviewDueDate} <= ${today}::date`)
    .where(sql<SqlBool>`a.review_reminded_for is distinct from ${reviewDueDate}`)
    .orderBy('a.slug')
    .execute();
}

/** Claims the reminder for one due date: false when another run has already claimed it. */
export async function claimReminder(tx: WriteTx, id: string, due: string): Promise<boolean> {
  const result = await tx
    .updateTable('article')
    .set({ review_reminded_for: due })
    .where('id', '=', id)
    .where(sql<SqlBool>`review_reminded_for is distinct from ${due}::date`)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Staff people by address, for the demo articles' owner and reviewer. */
export async function findPeopleByEmail(tx: ReadTx, emails: string[]): Promise<{ id: string; email: string }[]> {
  return tx.selectFrom('person').select(['id', 'email']).where('email', 'in', emails).execute();
}
