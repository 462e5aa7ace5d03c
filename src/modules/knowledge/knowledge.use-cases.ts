import { authorize, permittedActions, reachOf, reachesAnything, type ActionTarget } from '../../platform/authorization/actions.ts';
import { ConflictError, InvalidInputError, NotFoundError, type InputIssue } from '../../platform/errors.ts';
import type { ReadContext, WriteContext } from '../../platform/request-context.ts';
import { questionWords, readArticleInput, type ArticleFields } from './article-input.ts';
import { articleActions } from './knowledge.actions.ts';
import type {
  ArticleDetail,
  ArticleForEditing,
  ArticleFormChoices,
  ArticleInput,
  ArticleListItem,
  ArticleSummary,
} from './knowledge.model.ts';
import {
  articlesOfLifeSituation,
  findArticleForEditing,
  findArticleOwner,
  findOrganizationRegion,
  findPublishedArticle,
  insertArticle,
  knownCodes,
  knownServices,
  listArticlesWithin,
  listCategoriesAndSituations,
  listPublishedArticles,
  lockArticleVersion,
  organizationsWithin,
  reviewersFor,
  searchArticleSummaries,
  slugTaken,
  updateArticle as updateArticleRow,
} from './knowledge.queries.ts';
import type { KnowledgeDb, ReadTx } from './knowledge.tables.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EDITOR_ACTIONS = [articleActions.UPDATE];

export type KnowledgeReadContext = ReadContext<KnowledgeDb>;
export type KnowledgeWriteContext = WriteContext<KnowledgeDb>;

// ---- For families: published articles only, nothing to authorize ----

/** Family pages and the open API: the published use cases. */
export const publicUseCases = {
  /** Articles for a question in a family's own words, the best first (every word may count, none must). */
  async searchArticles(ctx: KnowledgeReadContext, input: { q?: string | undefined; limit?: number }) {
    return searchArticleSummaries(ctx.tx, questionWords(input.q ?? ''), Math.min(input.limit ?? 3, 20));
  },
  async getArticle(ctx: KnowledgeReadContext, slug: string): Promise<ArticleDetail> {
    const article = await findPublishedArticle(ctx.tx, slug);
    if (!article) throw new NotFoundError('article', slug);
    return article;
  },
  listArticles(ctx: KnowledgeReadContext): Promise<ArticleSummary[]> {
    return listPublishedArticles(ctx.tx);
  },
  articlesForSituation(ctx: KnowledgeReadContext, code: string, limit = 4): Promise<ArticleSummary[]> {
    return articlesOfLifeSituation(ctx.tx, code, limit);
  },
};

// ---- For editors: authorize → load → decide → write → audit ----

async function articleTarget(tx: ReadTx, id: string): Promise<ActionTarget> {
  const owner = UUID.test(id) ? await findArticleOwner(tx, id) : null;
  if (!owner) throw new NotFoundError('article', id);
  return { type: 'article', id, ...owner };
}

async function organizationTarget(tx: ReadTx, organizationId: string): Promise<ActionTarget> {
  const org = await findOrganizationRegion(tx, organizationId);
  if (!org) throw new InvalidInputError([{ field: 'organizationId', key: 'unknownOrganization' }]);
  return { type: 'organization', id: organizationId, organizationId, regionId: org.regionId };
}

/** What the database would refuse less kindly: unknown codes, a taken address, a reviewer outside reach. */
async function checkReferences(ctx: KnowledgeWriteContext, input: ArticleInput, ownerPersonId: string, exceptId: string | null) {
  const issues: InputIssue[] = [];
  const [categories, situations, services, taken, reviewers] = await Promise.all([
    knownCodes(ctx.tx, 'category', input.categoryCodes),
    knownCodes(ctx.tx, 'life_situation', input.lifeSituationCodes),
    knownServices(ctx.tx, input.serviceIds),
    slugTaken(ctx.tx, input.slug, exceptId),
    reviewersFor(ctx.tx, [input.organizationId]),
  ]);
  for (const c of input.categoryCodes)
    if (!categories.has(c)) issues.push({ field: 'categoryCodes', key: 'unknownCode', params: { value: c } });
  for (const c of input.lifeSituationCodes)
    if (!situations.has(c)) issues.push({ field: 'lifeSituationCodes', key: 'unknownCode', params: { value: c } });
  for (const s of input.serviceIds) if (!services.has(s)) issues.push({ field: 'serviceIds', key: 'unknownCode', params: { value: s } });
  if (taken) issues.push({ field: 'slug', key: 'slugTaken' });
  if (input.reviewerPersonId === ownerPersonId) issues.push({ field: 'reviewerPersonId', key: 'sameReviewer' });
  else if (!reviewers.some((r) => r.id === input.reviewerPersonId)) issues.push({ field: 'reviewerPersonId', key: 'unknownReviewer' });
  if (issues.length) throw new InvalidInputError(issues);
}

function linkDetail(input: ArticleInput) {
  return {
    status: input.status,
    languages: Object.keys(input.title).join(','),
    categories: input.categoryCodes.length,
    lifeSituations: input.lifeSituationCodes.length,
    services: input.serviceIds.length,
  };
}

/** The staff workspace's use cases: each a write() transaction, so that reads of staff names are on record too. */
export const editorUseCases = {
  /** The articles the editor may keep, due reviews first. */
  async listArticlesForEditing(ctx: KnowledgeWriteContext): Promise<{ items: ArticleListItem[]; canCreate: boolean }> {
    authorize(ctx, articleActions.LIST);
    const reach = reachOf(ctx.actor, articleActions.LIST);
    const items = await listArticlesWithin(ctx.tx, reach);
    ctx.audit.record({ action: articleActions.LIST, target: {}, detail: { results: items.length } });
    return { items, canCreate: reachesAnything(reachOf(ctx.actor, articleActions.CREATE)) };
  },

  /** What the form offers: organisations, reviewers, categories and life situations within reach. */
  async articleFormChoices(ctx: KnowledgeWriteContext, forArticleId?: string): Promise<ArticleFormChoices> {
    authorize(ctx, forArticleId ? articleActions.UPDATE : articleActions.CREATE);
    const reach = reachOf(ctx.actor, forArticleId ? articleActions.UPDATE : articleActions.CREATE);
    const organizations = await organizationsWithin(ctx.tx, reach);
    const [reviewers, taxonomy] = await Promise.all([
      reviewersFor(
        ctx.tx,
        organizations.map((o) => o.id),
      ),
      listCategoriesAndSituations(ctx.tx),
    ]);
    ctx.audit.record({ action: articleActions.LIST, target: {}, detail: { reviewers: reviewers.length } });
    return { organizations, reviewers, ...taxonomy };
  },

  async getArticleForEditing(ctx: KnowledgeWriteContext, id: string): Promise<ArticleForEditing> {
    const target = await articleTarget(ctx.tx, id);
    authorize(ctx, articleActions.UPDATE, target);
    const row = await findArticleForEditing(ctx.tx, id);
    if (!row) throw new NotFoundError('article', id);
    ctx.audit.record({ action: articleActions.LIST, target, detail: { results: 1 } });
    return {
      id: row.id,
      version: row.version,
      slug: row.slug,
      organizationId: row.organization_id,
      ownerPersonId: row.owner_person_id,
      ownerName: row.owner_name,
      reviewerPersonId: row.reviewer_person_id,
      reviewerName: row.reviewer_name,
      status: row.status,
      title: row.title,
      summary: row.summary,
      body: row.body,
      keywords: row.keywords,
      reviewedOn: row.reviewed_on,
      reviewIntervalMonths: row.review_interval_months,
      reviewDue: row.review_due,
      categoryCodes: row.category_codes,
      lifeSituationCodes: row.life_situation_codes,
      serviceIds: row.service_ids,
      permittedActions: permittedActions(ctx.actor, EDITOR_ACTIONS, target),
    };
  },

  /** A new article, owned by whoever writes it. */
  async createArticle(ctx: KnowledgeWriteContext, fields: ArticleFields): Promise<{ id: string; slug: string }> {
    authorize(ctx, articleActions.CREATE);
    const input = readArticleInput(fields);
    const target = await organizationTarget(ctx.tx, input.organizationId);
    authorize(ctx, articleActions.CREATE, target);
    const ownerPersonId = ctx.actor.kind === 'staff' ? ctx.actor.personId : '';
    await checkReferences(ctx, input, ownerPersonId, null);
    const id = await insertArticle(ctx.tx, { ...input, ownerPersonId }, ctx.clock.now());
    ctx.audit.record({ action: articleActions.CREATE, target: { ...target, type: 'article', id }, detail: linkDetail(input) });
    return { id, slug: input.slug };
  },

  /** Changes an article as last seen (`version`): a concurrent edit is refused, never overwritten. */
  async updateArticle(
    ctx: KnowledgeWriteContext,
    id: string,
    fields: ArticleFields & { version?: string },
  ): Promise<{ id: string; slug: string }> {
    const target = await articleTarget(ctx.tx, id);
    authorize(ctx, articleActions.UPDATE, target);
    const input = readArticleInput(fields);
    if (input.organizationId !== target.organizationId)
      authorize(ctx, articleActions.UPDATE, await organizationTarget(ctx.tx, input.organizationId));
    const version = await lockArticleVersion(ctx.tx, id);
    if (version === null) throw new NotFoundError('article', id);
    if (String(version) !== String(fields.version ?? '')) throw new ConflictError('staleArticle');
    const current = await findArticleForEditing(ctx.tx, id);
    await checkReferences(ctx, input, current!.owner_person_id, id);
    await updateArticleRow(ctx.tx, id, input, ctx.clock.now());
    ctx.audit.record({ action: articleActions.UPDATE, target, detail: linkDetail(input) });
    return { id, slug: input.slug };
  },
};
