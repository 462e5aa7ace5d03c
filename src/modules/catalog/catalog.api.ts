import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import {
  idParam,
  json,
  langParam,
  listOf,
  notFoundResponse as notFound,
  problemResponses as problems,
  withLang,
} from '../../platform/http/api-contract.ts';
import { answerShows, scopeOf, type AppEnv } from '../../platform/http/app-env.ts';
import { validationHook } from '../../platform/http/openapi.ts';
import type { Lang } from '../../platform/i18n-text.ts';
import type { RequestScope } from '../../platform/request-context.ts';
import {
  municipalityCodeParam,
  municipalityListQuery,
  MunicipalitySchema,
  organizationListQuery,
  OrganizationSchema,
  placeListQuery,
  PlaceListItemSchema,
  PlaceSchema,
  serviceSearchQuery,
  ServiceSchema,
  ServiceSearchResultSchema,
  TaxonomySchema,
} from './catalog.schema.ts';
import {
  presentMunicipality,
  presentOrganization,
  presentPlace,
  presentPlaceListItem,
  presentService,
  presentServiceListItem,
  presentTaxonomy,
} from './catalog.presenter.ts';
import type { CatalogReadClient } from './index.ts';
import { organizationId, placeId, serviceId } from './network/network-loader.ts';

const tags = ['Service tray'];

// Demo-region ids are derived from their keys, so the documentation can point at real ones.
const examples = {
  service: serviceId('lastenneuvola-mikkeli'),
  place: placeId('perhekeskus-mikkeli'),
  organization: organizationId('esavo'),
};

/** The service tray's open JSON API. Handlers stay thin: parse, call the use case, present. */
export function catalogApi(clientFor: (scope: RequestScope) => CatalogReadClient) {
  const api = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const catalog = (c: { var: AppEnv['Variables'] }, lang?: Lang) => clientFor(scopeOf(c, lang));

  api.openapi(
    createRoute({
      method: 'get',
      path: '/services',
      tags,
      summary: 'Search services',
      description:
        'Full-text search over the service tray with the same filters as the search page. Services of the chosen municipality come first, then region-wide and national ones.',
      request: { query: withLang(serviceSearchQuery) },
      responses: { 200: json(ServiceSearchResultSchema, 'A page of services'), ...problems },
    }),
    async (c) => {
      const { lang = c.var.lang, ...query } = c.req.valid('query');
      const result = await catalog(c, lang).searchServices(query);
      // A list item has no hours: only "open now" and "open on" make the answer move with the clock.
      if (!query.openNow && !query.openOn) c.set('clockIndependent', true);
      // Matching and order never depend on a service's check date: only these items show theirs.
      answerShows(
        c,
        result.items.map((s) => s.id),
      );
      return c.json({ ...result, items: result.items.map((s) => presentServiceListItem(lang, s)) }, 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/services/{id}',
      tags,
      summary: 'A service',
      request: { params: idParam(examples.service), query: z.object({ lang: langParam }) },
      responses: { 200: json(ServiceSchema, 'The service with its places, hours and contacts'), ...problems, ...notFound },
    }),
    async (c) => {
      const lang = c.req.valid('query').lang ?? c.var.lang;
      return c.json(presentService(lang, await catalog(c, lang).getService(c.req.valid('param').id), c.var.clock.now()), 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/places',
      tags,
      summary: 'List places',
      description: 'Family centres, meeting places, youth ohjaamot and service points, filterable by accessibility.',
      request: { query: withLang(placeListQuery) },
      responses: { 200: json(listOf(PlaceListItemSchema, 'PlaceList'), 'A page of places'), ...problems },
    }),
    async (c) => {
      const { lang = c.var.lang, ...query } = c.req.valid('query');
      const result = await catalog(c, lang).listPlaces(query);
      return c.json({ ...result, items: result.items.map((p) => presentPlaceListItem(lang, p)) }, 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/places/{id}',
      tags,
      summary: 'A place',
      request: { params: idParam(examples.place), query: z.object({ lang: langParam }) },
      responses: { 200: json(PlaceSchema, 'The place with its hours, accessibility and services'), ...problems, ...notFound },
    }),
    async (c) => {
      const lang = c.req.valid('query').lang ?? c.var.lang;
      return c.json(presentPlace(lang, await catalog(c, lang).getPlace(c.req.valid('param').id), c.var.clock.now()), 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/municipalities',
      tags,
      summary: 'List municipalities',
      request: { query: municipalityListQuery },
      responses: { 200: json(listOf(MunicipalitySchema, 'MunicipalityList'), 'All municipalities'), ...problems },
    }),
    async (c) => {
      const { lang = c.var.lang, region } = c.req.valid('query');
      const items = (await catalog(c, lang).listMunicipalities({ regionId: region ?? null })).map((m) => presentMunicipality(lang, m));
      return c.json({ items, total: items.length, page: 1, pageSize: items.length }, 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/municipalities/{code}',
      tags,
      summary: 'A municipality',
      request: { params: municipalityCodeParam, query: z.object({ lang: langParam }) },
      responses: { 200: json(MunicipalitySchema, 'The municipality'), ...problems, ...notFound },
    }),
    async (c) => {
      const lang = c.req.valid('query').lang ?? c.var.lang;
      const network = await catalog(c, lang).getMunicipalityNetwork(c.req.valid('param').code);
      return c.json(presentMunicipality(lang, network.municipality), 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/organizations',
      tags,
      summary: 'List organisations',
      request: { query: withLang(organizationListQuery) },
      responses: { 200: json(listOf(OrganizationSchema, 'OrganizationList'), 'A page of organisations'), ...problems },
    }),
    async (c) => {
      const { lang = c.var.lang, ...query } = c.req.valid('query');
      const result = await catalog(c, lang).listOrganizations(query);
      return c.json({ ...result, items: result.items.map((o) => presentOrganization(lang, o)) }, 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/organizations/{id}',
      tags,
      summary: 'An organisation',
      request: { params: idParam(examples.organization), query: z.object({ lang: langParam }) },
      responses: { 200: json(OrganizationSchema, 'The organisation'), ...problems, ...notFound },
    }),
    async (c) => {
      const lang = c.req.valid('query').lang ?? c.var.lang;
      return c.json(presentOrganization(lang, await catalog(c, lang).getOrganization(c.req.valid('param').id)), 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/taxonomy',
      tags,
      summary: 'Categories, methods, life situations and enumerations',
      request: { query: z.object({ lang: langParam }) },
      responses: { 200: json(TaxonomySchema, 'The taxonomy'), ...problems },
    }),
    async (c) => {
      const lang = c.req.valid('query').lang ?? c.var.lang;
      return c.json(presentTaxonomy(lang, await catalog(c, lang).getTaxonomy()), 200);
    },
  );

  return api;
}
