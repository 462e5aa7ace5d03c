import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Kysely } from 'kysely';
import { NotFoundError } from '../../../platform/errors.ts';
import { scopeOf, type AppEnv } from '../../../platform/http/app-env.ts';
import type { Lang } from '../../../platform/i18n-text.ts';
import {
  getOrganization,
  getService,
  getServiceAtLocation,
  getTaxonomy,
  getTaxonomyTerm,
  listOrganizations,
  listServiceAtLocations,
  listServices,
  listTaxonomies,
  listTaxonomyTerms,
  streamServices,
  totalsCache,
  type HsdsContext,
} from './hsds-export.ts';
import type { InteropDb } from './hsds-export.queries.ts';
import { hsdsOpenApiDocument } from './hsds-openapi.ts';
import type { Vocabulary } from './hsds-terms.ts';
import {
  DEFAULT_PER_PAGE,
  idParam,
  isUuid,
  itemQuery,
  organizationQuery,
  organizationsQuery,
  parseQuery,
  serviceAtLocationsQuery,
  servicesQuery,
  taxonomiesQuery,
  taxonomyTermsQuery,
} from './hsds.schema.ts';

export const HSDS_PREFIX = '/hsds';
const NDJSON = 'application/x-ndjson; charset=utf-8';

/**
 * The Open Referral HSDS 3.0 API (HSDA) over the service network: read-only, open to any origin,
 * one language per response (`lang`, else Accept-Language, else Finnish; see the profile).
 */
export function hsdsApi(deps: {
  db: Kysely<InteropDb>;
  vocabulary: () => Promise<Vocabulary>;
  profileUrl: (origin: string, lang: Lang) => string;
}) {
  const api = new OpenAPIHono<AppEnv>();
  const totals = totalsCache();
  const context = (c: Context<AppEnv>, lang?: Lang): HsdsContext => ({
    ...scopeOf(c, lang),
    tx: deps.db,
    vocabulary: deps.vocabulary,
    totals,
    base: `${new URL(c.req.url).origin}${HSDS_PREFIX}`,
  });
  const query = <T extends Parameters<typeof parseQuery>[0]>(c: Context<AppEnv>, schema: T) =>
    parseQuery(schema, new URL(c.req.url).searchParams);
  const id = (c: Context<AppEnv>, resource: string) => {
    const raw = c.req.param('id') ?? '';
    if (!isUuid(raw)) throw new NotFoundError(resource, raw);
    return parseQuery(idParam, new URLSearchParams({ id: raw })).id!.toLowerCase();
  };
  const paging = (q: { page?: number | undefined; per_page?: number | undefined }) => ({
    page: q.page ?? 1,
    perPage: q.per_page ?? DEFAULT_PER_PAGE,
  });

  api.get('/', (c) => {
    const origin = new URL(c.req.url).origin;
    return c.json({ version: '3.0', profile: deps.profileUrl(origin, c.var.lang), openapi_url: `${origin}${HSDS_PREFIX}/openapi.json` });
  });

  api.get('/openapi.json', (c) => c.json(hsdsOpenApiDocument(new URL(c.req.url).origin)));

  api.get('/services', async (c) => {
    const q = query(c, servicesQuery);
    const ctx = context(c, q.lang);
    const filters = {
      search: q.search,
      taxonomyTermId: q.taxonomy_term_id,
      taxonomyId: q.taxonomy_id,
      organizationId: q.organization_id?.toLowerCase(),
      modifiedAfter: q.modified_after,
      minimumAge: q.minimum_age,
      maximumAge: q.maximum_age,
      day: q.day,
      startTime: q.start_time,
      endTime: q.end_time,
    };
    if (q.format === 'ndjson')
      return c.body(await streamServices(ctx, { ...filters, full: q.full ?? false }), 200, { 'content-type': NDJSON });
    return c.json(await listServices(ctx, { ...filters, ...paging(q), full: q.full ?? false, minimal: q.minimal ?? false }));
  });

  api.get('/services/:id', async (c) => {
    const q = query(c, itemQuery);
    return c.json(await getService(context(c, q.lang), id(c, 'service')));
  });

  api.get('/organizations', async (c) => {
    const q = query(c, organizationsQuery);
    return c.json(
      await listOrganizations(context(c, q.lang), {
        ...paging(q),
        search: q.search,
        full: q.full ?? false,
        fullService: q.full_service ?? false,
      }),
    );
  });

  api.get('/organizations/:id', async (c) => {
    const q = query(c, organizationQuery);
    return c.json(await getOrganization(context(c, q.lang), id(c, 'organization'), q.full_service ?? false));
  });

  api.get('/service_at_locations', async (c) => {
    const q = query(c, serviceAtLocationsQuery);
    return c.json(
      await listServiceAtLocations(context(c, q.lang), {
        ...paging(q),
        search: q.search,
        taxonomyTermId: q.taxonomy_term_id,
        taxonomyId: q.taxonomy_id,
        organizationId: q.organization_id?.toLowerCase(),
        modifiedAfter: q.modified_after,
        minimumAge: q.minimum_age,
        maximumAge: q.maximum_age,
        day: q.day,
        startTime: q.start_time,
        endTime: q.end_time,
        full: q.full ?? false,
        postcode: q.postcode,
        proximity: q.proximity,
      }),
    );
  });

  api.get('/service_at_locations/:id', async (c) => {
    const q = query(c, itemQuery);
    return c.json(await getServiceAtLocation(context(c, q.lang), id(c, 'serviceAtLocation')));
  });

  api.get('/taxonomies', (c) => {
    const q = query(c, taxonomiesQuery);
    return c.json(listTaxonomies(context(c, q.lang), { ...paging(q), search: q.search }));
  });

  api.get('/taxonomies/:id', (c) => {
    const q = query(c, itemQuery);
    return c.json(getTaxonomy(context(c, q.lang), id(c, 'taxonomy')));
  });

  api.get('/taxonomy_terms', async (c) => {
    const q = query(c, taxonomyTermsQuery);
    return c.json(
      await listTaxonomyTerms(context(c, q.lang), {
        ...paging(q),
        search: q.search,
        taxonomyId: q.taxonomy_id?.toLowerCase(),
        parentId: q.parent_id?.toLowerCase(),
        topOnly: q.top_only ?? false,
      }),
    );
  });

  api.get('/taxonomy_terms/:id', async (c) => {
    const q = query(c, itemQuery);
    return c.json(await getTaxonomyTerm(context(c, q.lang), id(c, 'taxonomyTerm')));
  });

  return api;
}
