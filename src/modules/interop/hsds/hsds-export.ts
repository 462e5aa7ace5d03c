import { InvalidInputError, NotFoundError } from '../../../platform/errors.ts';
import { helsinkiMoment } from '../../../platform/helsinki-time.ts';
import type { ReadContext } from '../../../platform/request-context.ts';
import {
  countServices,
  findSap,
  loadOrganizations,
  loadPlaces,
  loadServiceRows,
  loadServices,
  organizationExists,
  organizationPage,
  placesOfOrganization,
  postcodeCentroid,
  sapPage,
  serviceExists,
  serviceIds,
  servicesOfOrganization,
  serviceStamps,
  type InteropDb,
  type PlaceFilter,
  type ServiceFilter,
} from './hsds-export.queries.ts';
import {
  locationObject,
  organizationObject,
  serviceAtLocationObject,
  serviceListItem,
  serviceObject,
  type MapContext,
} from './hsds-map.ts';
import { taxonomyObject, termObject, tx, type Vocabulary } from './hsds-terms.ts';
import { TAXONOMY_KEYS, TAXONOMY_NAMES, taxonomyId, type TaxonomyKey } from './hsds-vocabulary.ts';

/**
 * The HSDS API's use cases: read-only, open to everyone. Lists are HSDS Pages in id order;
 * `format=ndjson` streams every match a chunk at a time (keyset over ids), so an export of the
 * whole country never sits in memory.
 */

export interface HsdsContext extends ReadContext<InteropDb> {
  vocabulary: () => Promise<Vocabulary>;
  /** Totals of recent lists by filter: paging through a list counts it once, not per page. */
  totals: TotalsCache;
  /** Absolute URL of the HSDS API (`https://host/hsds`). */
  base: string;
}

type Obj = Record<string, unknown>;

export interface PageRequest {
  page: number;
  perPage: number;
}

export interface ServiceQuery extends Omit<ServiceFilter, 'today' | 'terms' | 'taxonomy'> {
  taxonomyTermId?: string | undefined;
  taxonomyId?: string | undefined;
}

const STREAM_CHUNK = 100;

/** Counts kept for a few seconds: a page's `total_items` may be that old. */
export function totalsCache(ttlMs = 10_000, max = 500) {
  const entries = new Map<string, { at: number; total: Promise<number> }>();
  return (key: string, now: number, count: () => Promise<number>): Promise<number> => {
    const hit = entries.get(key);
    if (hit && now - hit.at < ttlMs) return hit.total;
    if (entries.size >= max) entries.clear();
    const total = count();
    entries.set(key, { at: now, total });
    total.catch(() => entries.delete(key));
    return total;
  };
}
export type TotalsCache = ReturnType<typeof totalsCache>;

export function pageOf(contents: unknown[], total: number, request: PageRequest): Obj {
  const pages = Math.ceil(total / request.perPage);
  return {
    total_items: total,
    total_pages: pages,
    page_number: request.page,
    size: contents.length,
    first_page: request.page === 1,
    last_page: request.page >= pages,
    empty: total === 0,
    contents,
  };
}

async function mapContext(ctx: HsdsContext): Promise<MapContext> {
  return { lang: ctx.lang, vocabulary: await ctx.vocabulary(), today: helsinkiMoment(ctx.clock.now()).date, base: ctx.base };
}

async function serviceFilter(ctx: HsdsContext, q: ServiceQuery): Promise<ServiceFilter> {
  const vocabulary = await ctx.vocabulary();
  const { taxonomyTermId, taxonomyId: wantedTaxonomy, ...rest } = q;
  const filter: ServiceFilter = { ...rest, today: helsinkiMoment(ctx.clock.now()).date };
  if (taxonomyTermId) {
    const term = vocabulary.terms.get(taxonomyTermId);
    if (!term) throw new InvalidInputError([{ field: 'taxonomy_term_id', key: 'unknownTerm', params: { value: taxonomyTermId } }]);
    filter.terms = [{ taxonomy: term.taxonomy, code: term.code }];
  }
  if (wantedTaxonomy) {
    const key = TAXONOMY_KEYS.find((k) => taxonomyId(k) === wantedTaxonomy);
    if (!key) throw new InvalidInputError([{ field: 'taxonomy_id', key: 'unknownTaxonomy', params: { value: wantedTaxonomy } }]);
    filter.taxonomy = key;
  }
  return filter;
}

/** Full HSDS services (or their one-to-one items) for ids, in the ids' order. */
async function servicesByIds(ctx: HsdsContext, ids: string[], full: boolean, c: MapContext): Promise<Obj[]> {
  if (!full) {
    const rows = await loadServiceRows(ctx.tx, ids);
    const owners = new Map(rows.organizations.map((o) => [o.id, o]));
    const byId = new Map(rows.services.map((s) => [s.id, s]));
    return ids.flatMap((id) => (byId.has(id) ? [serviceListItem(byId.get(id)!, owners.get(byId.get(id)!.organization_id), c)] : []));
  }
  const loaded = await loadServices(ctx.tx, ids);
  if (!loaded) return [];
  const organizations = new Map(
    (await loadOrganizations(ctx.tx, [...new Set(loaded.services.map((s) => s.organization_id))])).map((o) => [o.id, o]),
  );
  const byId = new Map(loaded.services.map((s) => [s.id, s]));
  if (!full)
    return ids.flatMap((id) => (byId.has(id) ? [serviceListItem(byId.get(id)!, organizations.get(byId.get(id)!.organization_id), c)] : []));
  const places = await loadPlaces(ctx.tx, [...new Set(loaded.saps.map((s) => s.place_id))]);
  return ids.flatMap((id) => (byId.has(id) ? [serviceObject(byId.get(id)!, loaded, places, organizations, c)] : []));
}

export async function listServices(ctx: HsdsContext, q: ServiceQuery & PageRequest & { full: boolean; minimal: boolean }): Promise<Obj> {
  const filter = await serviceFilter(ctx, q);
  const offset = (q.page - 1) * q.perPage;
  const total = await ctx.totals(`services ${JSON.stringify(filter)}`, ctx.clock.now().getTime(), () => countServices(ctx.tx, filter));
  if (q.minimal) {
    const stamps = await serviceStamps(ctx.tx, filter, { limit: q.perPage, offset });
    return pageOf(
      stamps.map((s) => ({ id: s.id, last_modified: new Date(s.updated_at).toISOString() })),
      total,
      q,
    );
  }
  const ids = await serviceIds(ctx.tx, filter, { limit: q.perPage, offset });
  return pageOf(await servicesByIds(ctx, ids, q.full, await mapContext(ctx)), total, q);
}

export async function getService(ctx: HsdsContext, id: string): Promise<Obj> {
  const [service] = await servicesByIds(ctx, [id], true, await mapContext(ctx));
  if (!service) throw new NotFoundError('service', id);
  return service;
}

/**
 * Every matching service as NDJSON, one object a line, read in chunks of ids after the last one
 * sent: memory stays at one chunk however large the network is.
 */
export async function streamServices(ctx: HsdsContext, q: ServiceQuery & { full: boolean }): Promise<ReadableStream<Uint8Array>> {
  const filter = await serviceFilter(ctx, q);
  const c = await mapContext(ctx);
  const encoder = new TextEncoder();
  let after: string | undefined;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const ids = await serviceIds(ctx.tx, filter, { limit: STREAM_CHUNK, ...(after ? { afterId: after } : {}) });
      if (!ids.length) {
        controller.close();
        return;
      }
      after = ids.at(-1);
      const objects = await servicesByIds(ctx, ids, q.full, c);
      controller.enqueue(encoder.encode(objects.map((o) => `${JSON.stringify(o)}\n`).join('')));
    },
  });
}

// ---- Organisations ----

async function organizationsByIds(ctx: HsdsContext, ids: string[], full: boolean, fullService: boolean, c: MapContext): Promise<Obj[]> {
  const rows = new Map((await loadOrganizations(ctx.tx, ids)).map((o) => [o.id, o]));
  const out: Obj[] = [];
  for (const id of ids) {
    const o = rows.get(id);
    if (!o) continue;
    if (!full) {
      out.push(organizationObject(o, c));
      continue;
    }
    const [serviceRows, placeRows] = await Promise.all([servicesOfOrganization(ctx.tx, id), placesOfOrganization(ctx.tx, id)]);
    const places = await loadPlaces(
      ctx.tx,
      placeRows.map((p) => p.id),
    );
    const services = fullService
      ? await servicesByIds(
          ctx,
          serviceRows.map((s) => s.id),
          true,
          c,
        )
      : serviceRows.map((s) => ({ id: s.id }));
    out.push(organizationObject(o, c, { locations: places.places.map((p) => locationObject(p, places, c)), services }));
  }
  return out;
}

export async function listOrganizations(
  ctx: HsdsContext,
  q: PageRequest & { search?: string | undefined; full: boolean; fullService: boolean },
) {
  const { total, ids } = await organizationPage(ctx.tx, q.search, { limit: q.perPage, offset: (q.page - 1) * q.perPage });
  return pageOf(await organizationsByIds(ctx, ids, q.full, q.fullService, await mapContext(ctx)), total, q);
}

export async function getOrganization(ctx: HsdsContext, id: string, fullService: boolean): Promise<Obj> {
  if (!(await organizationExists(ctx.tx, id))) throw new NotFoundError('organization', id);
  const [organization] = await organizationsByIds(ctx, [id], true, fullService, await mapContext(ctx));
  return organization!;
}

// ---- Services at locations ----

export async function listServiceAtLocations(
  ctx: HsdsContext,
  q: ServiceQuery & PageRequest & { full: boolean; postcode?: string | undefined; proximity?: number | undefined },
): Promise<Obj> {
  const filter = await serviceFilter(ctx, q);
  const where: PlaceFilter = { postcode: q.postcode };
  if (q.proximity !== undefined) {
    if (!q.postcode) throw new InvalidInputError([{ field: 'proximity', key: 'proximityNeedsPostcode' }]);
    const centre = await postcodeCentroid(ctx.tx, q.postcode);
    if (!centre) throw new InvalidInputError([{ field: 'postcode', key: 'unknownPostcode', params: { value: q.postcode } }]);
    where.near = { ...centre, metres: q.proximity };
  }
  const { total, rows } = await sapPage(ctx.tx, filter, where, { limit: q.perPage, offset: (q.page - 1) * q.perPage });
  const c = await mapContext(ctx);
  const services = new Map(
    (await servicesByIds(ctx, [...new Set(rows.map((r) => r.service_id))], true, c)).map((s) => [s.id as string, s]),
  );
  const contents = rows.flatMap((r) => {
    const sal = services.get(r.service_id) && serviceAtLocationObject(r.id, services.get(r.service_id)!, q.full);
    return sal ? [sal] : [];
  });
  return pageOf(contents, total, q);
}

export async function getServiceAtLocation(ctx: HsdsContext, id: string): Promise<Obj> {
  const sap = await findSap(ctx.tx, id);
  const [service] = sap ? await servicesByIds(ctx, [sap.service_id], true, await mapContext(ctx)) : [];
  const sal = service ? serviceAtLocationObject(id, service, true) : null;
  if (!sal) throw new NotFoundError('serviceAtLocation', id);
  return sal;
}

// ---- Taxonomies ----

const matches = (search: string | undefined, ...texts: (string | undefined)[]) =>
  !search || texts.some((t) => t?.toLocaleLowerCase('fi').includes(search.toLocaleLowerCase('fi')));

export function listTaxonomies(ctx: HsdsContext, q: PageRequest & { search?: string | undefined }): Obj {
  const all = TAXONOMY_KEYS.filter((k) => matches(q.search, tx(TAXONOMY_NAMES[k].name, ctx.lang), k)).map((k) =>
    taxonomyObject(k, ctx.lang),
  );
  return pageOf(all.slice((q.page - 1) * q.perPage, q.page * q.perPage), all.length, q);
}

export function getTaxonomy(ctx: HsdsContext, id: string): Obj {
  const key = TAXONOMY_KEYS.find((k) => taxonomyId(k) === id);
  if (!key) throw new NotFoundError('taxonomy', id);
  return taxonomyObject(key, ctx.lang);
}

export async function listTaxonomyTerms(
  ctx: HsdsContext,
  q: PageRequest & { search?: string | undefined; taxonomyId?: string | undefined; topOnly: boolean; parentId?: string | undefined },
): Promise<Obj> {
  const vocabulary = await ctx.vocabulary();
  let key: TaxonomyKey | undefined;
  if (q.taxonomyId) {
    key = TAXONOMY_KEYS.find((k) => taxonomyId(k) === q.taxonomyId);
    if (!key) throw new InvalidInputError([{ field: 'taxonomy_id', key: 'unknownTaxonomy', params: { value: q.taxonomyId } }]);
  }
  const parent = q.parentId ? vocabulary.terms.get(q.parentId) : undefined;
  if (q.parentId && !parent) throw new InvalidInputError([{ field: 'parent_id', key: 'unknownTerm', params: { value: q.parentId } }]);
  const terms = [...vocabulary.terms.values()].filter(
    (t) =>
      (!key || t.taxonomy === key) &&
      (!q.topOnly || t.parent === null) &&
      (!parent || (t.taxonomy === parent.taxonomy && t.parent === parent.code)) &&
      matches(q.search, tx(t.name, ctx.lang), t.code),
  );
  return pageOf(
    terms.slice((q.page - 1) * q.perPage, q.page * q.perPage).map((t) => termObject(t, ctx.lang, true)),
    terms.length,
    q,
  );
}

export async function getTaxonomyTerm(ctx: HsdsContext, id: string): Promise<Obj> {
  const term = (await ctx.vocabulary()).terms.get(id);
  if (!term) throw new NotFoundError('taxonomyTerm', id);
  return termObject(term, ctx.lang, true);
}

export async function serviceIsPublished(ctx: HsdsContext, id: string): Promise<boolean> {
  return (await serviceExists(ctx.tx, id)) !== undefined;
}
