import { z } from '@hono/zod-openapi';
import { listOf } from '../../platform/http/api-contract.ts';
import { ActivitySearchHitSchema } from '../activities/index.ts';
import { serviceSearchQuery, ServiceListItemSchema } from '../catalog/index.ts';
import { SLUG_MAX } from './knowledge.domain.ts';

const translation = {
  language: z.enum(['fi', 'sv', 'en']).openapi({ description: 'The language asked for.' }),
  untranslatedFields: z.array(z.string()).openapi({ description: 'Fields shown in Finnish because they are not translated.' }),
};

const articleCore = {
  id: z.uuid(),
  slug: z.string().openapi({ example: 'vauvan-uni' }),
  title: z.string(),
  summary: z.string(),
  reviewedOn: z.iso.date().openapi({ description: 'When the article was last checked by its reviewer (Europe/Helsinki date).' }),
  url: z.string().openapi({ description: 'The article page for families.', example: '/fi/articles/vauvan-uni' }),
};

export const ArticleListItemSchema = z.object({ ...articleCore, ...translation }).openapi('ArticleListItem');

export const ArticleSchema = z
  .object({
    ...articleCore,
    body: z
      .string()
      .openapi({ description: 'Sanitised HTML: h2, h3, p, ul, ol, li, strong, em, a (https, mailto, tel or a site path), br.' }),
    organization: z.object({ id: z.uuid(), name: z.string() }),
    categories: z.array(z.object({ code: z.string(), name: z.string() })),
    lifeSituations: z.array(z.object({ code: z.string(), name: z.string() })),
    services: z.array(z.object({ id: z.uuid(), name: z.string(), url: z.string() })),
    ...translation,
  })
  .openapi('Article');

export const ArticleListSchema = z.object({ items: z.array(ArticleListItemSchema) }).openapi('ArticleList');

export const slugParam = z.object({
  slug: z
    .string()
    .max(SLUG_MAX)
    .regex(/^[a-z0-9-]+$/)
    .openapi({ param: { name: 'slug', in: 'path' }, example: 'vauvan-uni' }),
});

/** The mixed search takes the service search's parameters; articles match on `q` alone, activities on `q`, `municipality` and `age`. */
export const mixedSearchQuery = serviceSearchQuery;

export const SearchHitSchema = z
  .discriminatedUnion('type', [
    ArticleListItemSchema.extend({ type: z.literal('article') }).openapi('ArticleHit'),
    ActivitySearchHitSchema.extend({ type: z.literal('activity') }).openapi('ActivityHit'),
    ServiceListItemSchema.extend({ type: z.literal('service') }).openapi('ServiceHit'),
  ])
  .openapi('SearchHit', { description: 'A service, an article or an activity, labelled by `type`.' });

export const MixedSearchResultSchema = listOf(SearchHitSchema, 'MixedSearchResult').extend({
  total: z.number().int().openapi({
    description: 'Matching services on all pages (articles and activities are counted in `articles.total` and `activities.total`).',
  }),
  articles: z.object({ total: z.number().int() }).openapi({ description: 'Matching articles; the best three lead the first page.' }),
  activities: z.object({ total: z.number().int() }).openapi({
    description:
      'Matching activities with an occurrence still ahead (in the municipality, for the age, when given); the best three follow the articles on the first page.',
  }),
  suggestedQuery: z.string().nullable().openapi({
    description: 'A likely spelling of words the services never use ("did you mean"); the items are what the question as typed found.',
  }),
});
