import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/database.ts';
import { InvalidInputError, NotFoundError, type InputIssue } from '../../platform/errors.ts';
import { helsinkiMoment, type LocalMoment } from '../../platform/helsinki-time.ts';
import { cachedFor } from '../../platform/ttl-cache.ts';
import type { Lang } from '../../platform/i18n-text.ts';
import type {
  Municipality,
  Organization,
  PlaceDetail,
  PlaceSummary,
  Region,
  ServiceDetail,
  ServiceSummary,
  Taxonomy,
} from './catalog.model.ts';
import { DEFAULT_PAGE_SIZE, type OrganizationListQuery, type PlaceListQuery, type ServiceSearchQuery } from './catalog.schema.ts';
import type { ServiceLevel } from './catalog.tables.ts';
import {
  findMunicipality,
  findOrganization,
  findTaxonomy,
  listMunicipalities,
  listOrganizations,
  listRegions,
} from './directory.queries.ts';
import { closedDayOn } from './opening-hours.ts';
import { findFamilyCentresServing, findPlaceDetail, listPlaces } from './places.queries.ts';
import { buildSearchWords, tokenize } from './search/search-terms.ts';
import {
  closestVocabularyWords,
  countServices,
  listSynonyms,
  searchServiceSummaries,
  type ServiceSearchCriteria,
} from './search/service-search.queries.ts';
import { findServiceDetail } from './services.queries.ts';

export type Locality = 'municipality' | 'region' | 'national';
const LOCALITIES: Locality[] = ['municipality', 'region', 'national'];

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface ServiceSearchResult extends Page<ServiceSummary & { locality: Locality }> {
  /** Set when nothing matched as typed and the corrected words found something. */
  correctedQuery: string | null;
}

export interface MunicipalityNetwork {
  municipality: Municipality & { region: Region };
  familyCentres: PlaceDetail['familyCentres'];
  meetingPlaces: PlaceSummary[];
  youthPlaces: PlaceSummary[];
  otherPlaces: PlaceSummary[];
  localServices: Record<ServiceLevel, ServiceSummary[]>;
  regionWideServiceCount: number;
}

const REFERENCE_TTL_MS = 60_000;

export type CatalogService = ReturnType<typeof createCatalogService>;

/** The service tray: read-only use cases over the service network, open to everyone. */
export function createCatalogService({ db, clock }: { db: Db; clock: Clock }) {
  // Rarely changing reference data, read on every search: kept for a minute.
  const currentSynonyms = cachedFor(REFERENCE_TTL_MS, () => listSynonyms(db));
  const municipalities = cachedFor(REFERENCE_TTL_MS, () => listMunicipalities(db, null));
  const municipalityNames = cachedFor(REFERENCE_TTL_MS, async () => new Map((await municipalities()).map((m) => [m.code, m.name])));
  const taxonomy = cachedFor(REFERENCE_TTL_MS, () => findTaxonomy(db));
  const regions = cachedFor(REFERENCE_TTL_MS, () => listRegions(db));
  const categoryCodes = cachedFor(REFERENCE_TTL_MS, async () => new Set((await taxonomy()).categories.map((c) => c.code)));

  const paging = (q: { page?: number | undefined; pageSize?: number | undefined }) => {
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? DEFAULT_PAGE_SIZE;
    return { page, pageSize, limit: pageSize, offset: (page - 1) * pageSize };
  };

  async function requireMunicipalities(codes: (string | undefined)[]) {
    const wanted = codes.filter((c): c is string => Boolean(c));
    if (wanted.length === 0) return;
    const known = await municipalityNames();
    const issues: InputIssue[] = wanted
      .filter((c) => !known.has(c))
      .map((value) => ({ field: 'municipality', key: 'unknownMunicipality', params: { value } }));
    if (issues.length) throw new InvalidInputError(issues);
  }

  async function requireCategories(codes: string[]) {
    if (codes.length === 0) return;
    const known = await categoryCodes();
    const issues: InputIssue[] = codes
      .filter((c) => !known.has(c))
      .map((value) => ({ field: 'topic', key: 'unknownCategory', params: { value } }));
    if (issues.length) throw new InvalidInputError(issues);
  }

  async function searchOnce(criteria: ServiceSearchCriteria, page: number, pageSize: number): Promise<ServiceSearchResult> {
    const hits = await searchServiceSummaries(db, criteria, await municipalityNames());
    const total = hits[0]?.total ?? (criteria.offset > 0 ? await countServices(db, criteria) : 0);
    return {
      items: hits.map((h) => ({ ...h.summary, locality: LOCALITIES[h.locality] ?? 'national' })),
      total,
      page,
      pageSize,
      correctedQuery: null,
    };
  }

  return {
    now(): LocalMoment {
      return helsinkiMoment(clock.now());
    },

    async searchServices(query: ServiceSearchQuery, lang: Lang): Promise<ServiceSearchResult> {
      await Promise.all([requireMunicipalities([query.municipality]), requireCategories(query.topic ?? [])]);
      const { page, pageSize, limit, offset } = paging(query);
      // Formatting the local time costs more than the rest of building the query; only when asked.
      const moment = query.openNow || query.openOn ? helsinkiMoment(clock.now()) : null;
      const synonymList = await currentSynonyms();
      const criteria: ServiceSearchCriteria = {
        words: buildSearchWords(query.q ?? '', synonymList),
        municipality: query.municipality ?? null,
        age: query.age ?? null,
        group: query.group ?? null,
        categories: query.topic ?? [],
        levels: query.level ?? [],
        languages: query.language ?? [],
        delivery: query.delivery ?? [],
        costs: query.cost ?? [],
        accessibility: query.accessibility ?? [],
        openAt: query.openNow && moment ? { ...moment, closedDay: closedDayOn(moment.date) !== null } : null,
        openOn: query.openOn && moment ? { weekday: query.openOn, date: moment.date } : null,
        sortLang: lang,
        limit,
        offset,
      };
      const result = await searchOnce(criteria, page, pageSize);
      if (result.total > 0 || criteria.words.length === 0) return result;

      // Nothing matched: try the closest known word for each word the services never use.
      const typed = tokenize(query.q ?? '');
      const corrections = await closestVocabularyWords(db, typed);
      if (corrections.size === 0) return result;
      const correctedQuery = typed.map((w) => corrections.get(w) ?? w).join(' ');
      const corrected = await searchOnce({ ...criteria, words: buildSearchWords(correctedQuery, synonymList) }, page, pageSize);
      return corrected.total > 0 ? { ...corrected, correctedQuery } : result;
    },

    async getService(id: string): Promise<ServiceDetail> {
      const service = await findServiceDetail(db, id);
      if (!service) throw new NotFoundError('service', id);
      return service;
    },

    async listPlaces(query: PlaceListQuery): Promise<Page<PlaceSummary>> {
      await requireMunicipalities([query.municipality]);
      const { page, pageSize, limit, offset } = paging(query);
      const { items, total } = await listPlaces(db, {
        municipality: query.municipality ?? null,
        kinds: query.kind ?? [],
        accessibility: query.accessibility ?? [],
        nameWords: tokenize(query.q ?? ''),
        limit,
        offset,
      });
      return { items, total, page, pageSize };
    },

    async getPlace(id: string): Promise<PlaceDetail> {
      const place = await findPlaceDetail(db, id);
      if (!place) throw new NotFoundError('place', id);
      return place;
    },

    listRegions(): Promise<Region[]> {
      return regions();
    },

    async listMunicipalities(regionId: string | null = null): Promise<Municipality[]> {
      const all = await municipalities();
      return regionId ? all.filter((m) => m.regionId === regionId) : all;
    },

    async getMunicipalityNetwork(code: string): Promise<MunicipalityNetwork> {
      const municipality = await findMunicipality(db, code);
      if (!municipality) throw new NotFoundError('municipality', code);
      const [familyCentres, places, local] = await Promise.all([
        findFamilyCentresServing(db, code),
        listPlaces(db, { municipality: code, kinds: [], accessibility: [], nameWords: [], limit: 200, offset: 0 }),
        searchOnce(
          {
            words: [],
            municipality: code,
            age: null,
            group: null,
            categories: [],
            levels: [],
            languages: [],
            delivery: [],
            costs: [],
            accessibility: [],
            openAt: null,
            openOn: null,
            sortLang: 'fi',
            limit: 500,
            offset: 0,
          },
          1,
          500,
        ),
      ]);
      const localServices: Record<ServiceLevel, ServiceSummary[]> = { universal: [], basic: [], special: [] };
      for (const s of local.items) if (s.locality === 'municipality') localServices[s.level].push(s);
      const byKind = (kinds: string[]) => places.items.filter((p) => kinds.includes(p.kind));
      return {
        municipality,
        familyCentres,
        meetingPlaces: byKind(['centralMeetingPlace', 'meetingPlace']),
        youthPlaces: byKind(['youthOhjaamo']),
        otherPlaces: byKind(['familyCentre', 'servicePoint', 'school', 'daycare', 'library']),
        localServices,
        regionWideServiceCount: local.items.filter((s) => s.locality !== 'municipality').length,
      };
    },

    async listOrganizations(query: OrganizationListQuery): Promise<Page<Organization>> {
      await requireMunicipalities([query.municipality]);
      const { page, pageSize, limit, offset } = paging(query);
      const { items, total } = await listOrganizations(db, {
        regionId: query.region ?? null,
        types: query.type ?? [],
        municipality: query.municipality ?? null,
        limit,
        offset,
      });
      return { items, total, page, pageSize };
    },

    async getOrganization(id: string): Promise<Organization> {
      const organization = await findOrganization(db, id);
      if (!organization) throw new NotFoundError('organization', id);
      return organization;
    },

    getTaxonomy(): Promise<Taxonomy> {
      return taxonomy();
    },
  };
}
