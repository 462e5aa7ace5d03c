import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { json, langParam, notFoundResponse as notFound, problemResponses as problems, withLang } from '../../platform/http/api-contract.ts';
import { answerShows, scopeOf, type AppEnv } from '../../platform/http/app-env.ts';
import { validationHook } from '../../platform/http/openapi.ts';
import type { Lang } from '../../platform/i18n-text.ts';
import type { RequestScope } from '../../platform/request-context.ts';
import { ACTIVITIES_IN_MIXED_SEARCH, presentActivitySearchHit, type ActivitySearchClient } from '../activities/index.ts';
import { presentServiceListItem, type CatalogReadClient } from '../catalog/index.ts';
import { presentArticle, presentArticleListItem } from './knowledge.presenter.ts';
import { ArticleListSchema, ArticleSchema, MixedSearchResultSchema, mixedSearchQuery, slugParam } from './knowledge.schema.ts';
import type { KnowledgeClient } from './index.ts';

const tags = ['Knowledge bank'];
/** How many articles lead the first page of a mixed search: a family reads a few, then looks for help. */
export const ARTICLES_IN_MIXED_SEARCH = 3;

/** The knowledge bank's open API: its articles, and the search that mixes them with the tray's services and the activities. */
export function knowledgeApi(
  clientFor: (scope: RequestScope) => KnowledgeClient,
  catalogFor: (scope: RequestScope) => CatalogReadClient,
  activitiesFor: (scope: RequestScope) => ActivitySearchClient,
) {
  const api = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const scope = (c: { var: AppEnv['Variables'] }, lang?: Lang) => scopeOf(c, lang);

  api.openapi(
    createRoute({
      method: 'get',
      path: '/search',
      tags,
      summary: 'Search services, articles and activities',
      description:
        'One search over the service tray, the knowledge bank and the activities, each hit labelled by `type`. The first page starts with the best matching articles (at most three), then the best matching activities that are still on (at most three; in the municipality and for the age when given; each with its next occurrence in Helsinki time, never its places left, so sign-ups do not change what a search finds), then the services as `GET /services` ranks them with the same filters. Later pages hold services only.',
      request: { query: withLang(mixedSearchQuery) },
      responses: { 200: json(MixedSearchResultSchema, 'Articles, activities and a page of services'), ...problems },
    }),
    async (c) => {
      const { lang = c.var.lang, ...query } = c.req.valid('query');
      const s = scope(c, lang);
      const firstPage = (query.page ?? 1) === 1;
      const [services, articles, activities] = await Promise.all([
        catalogFor(s).searchServices(query),
        clientFor(s).searchArticles({ q: query.q, limit: ARTICLES_IN_MIXED_SEARCH }),
        activitiesFor(s).searchActivities({
          q: query.q,
          municipality: query.municipality,
          age: query.age,
          limit: ACTIVITIES_IN_MIXED_SEARCH,
        }),
      ]);
      // Articles and activities show no service's check date: a "still correct" elsewhere leaves the answer be.
      answerShows(
        c,
        services.items.map((sv) => sv.id),
      );
      const items = [
        ...(firstPage ? articles.items.map((a) => ({ type: 'article' as const, ...presentArticleListItem(lang, a) })) : []),
        ...(firstPage ? activities.items.map((a) => ({ type: 'activity' as const, ...presentActivitySearchHit(lang, a) })) : []),
        ...services.items.map((sv) => ({ type: 'service' as const, ...presentServiceListItem(lang, sv) })),
      ];
      return c.json(
        {
          items,
          total: services.total,
          page: services.page,
          pageSize: services.pageSize,
          articles: { total: articles.total },
          activities: { total: activities.total },
          suggestedQuery: services.suggestedQuery,
        },
        200,
      );
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/articles',
      tags,
      summary: 'Published articles',
      request: { query: z.object({ lang: langParam }) },
      responses: { 200: json(ArticleListSchema, 'Every published article'), ...problems },
    }),
    async (c) => {
      const lang = c.req.valid('query').lang ?? c.var.lang;
      const items = await clientFor(scope(c, lang)).listArticles();
      return c.json({ items: items.map((a) => presentArticleListItem(lang, a)) }, 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/articles/{slug}',
      tags,
      summary: 'An article',
      request: { params: slugParam, query: z.object({ lang: langParam }) },
      responses: { 200: json(ArticleSchema, 'The article with its links'), ...problems, ...notFound },
    }),
    async (c) => {
      const lang = c.req.valid('query').lang ?? c.var.lang;
      return c.json(presentArticle(lang, await clientFor(scope(c, lang)).getArticle(c.req.valid('param').slug)), 200);
    },
  );

  return api;
}
