import { InvalidInputError, NotFoundError, type InputIssue } from '../../platform/errors.ts';
import { helsinkiMoment } from '../../platform/helsinki-time.ts';
import type { I18nText, Lang } from '../../platform/i18n-text.ts';
import type { Page } from '../../platform/paging.ts';
import { paging } from '../../platform/paging.ts';
import type { ReadContext } from '../../platform/request-context.ts';
import type {
  ContactPoints,
  ServiceOpening,
  Municipality,
  MunicipalityNetwork,
  Organization,
  OrganizationListInput,
  PlaceDetail,
  PlaceListInput,
  PlaceSummary,
  Region,
  ServiceDetail,
  ServiceSearchInput,
  ServiceSearchItem,
  ServiceSearchResult,
  ServiceSummary,
  Locality,
  Taxonomy,
} from './catalog.model.ts';
import type { CatalogReference } from './catalog.reference.ts';
import type { CatalogDb } from './catalog.tables.ts';
import { findMunicipality, findOrganization, listOrganizations as listOrganizationRows } from './directory.queries.ts';
import { groupBySituation } from './life-situation-match.ts';
import { closedDayOn, hoursOn, nextOpening } from './opening-hours.ts';
import { findFamilyCentresServing, findPlaceDetail, listPlaces as listPlaceRows } from './places.queries.ts';
import { buildSearchWords, tokenize, type SearchVocabulary } from './search/search-terms.ts';
import { finnishMorphology, type FinnishMorphology } from './search/morphology.ts';
import type { SearchMissCounter } from './search/search-misses.ts';
import { countServices, findServiceAreas, searchServiceSummaries, type ServiceSearchCriteria } from './search/service-search.queries.ts';
import { findServiceDetail, findServiceSummaries } from './services.queries.ts';

/**
 * The service tray's use cases: read-only and open to everyone, so there is nothing to authorize
 * or audit. Each takes the request's context (its read transaction, clock and language, plus the
 * catalog's reference data) and a domain input the edge has already checked for form.
 */
export interface CatalogReadContext extends ReadContext<CatalogDb> {
  readonly reference: CatalogReference;
  /** Counts questions that found nothing; absent where nobody learns from them (bulk reads). */
  readonly searchMisses?: SearchMissCounter;
  /** Finnish base forms for the question (Voikko); the process's own unless a test chooses. */
  readonly morphology?: FinnishMorphology;
}

const LOCALITIES: Locality[] = ['municipality', 'region', 'national'];
const MUNICIPALITY_SERVICE_LIMIT = 500;

export function searchServices(ctx: CatalogReadContext, input: ServiceSearchInput): Promise<ServiceSearchResult> {
  return search(ctx, input, false);
}

/**
 * The family search page: as searchServices, but without a municipality the region-wide services
 * come first and a name the municipalities share is one hit "in N municipalities" (a life
 * situation listed 65 services from all 12 towns, starting with Enonkoski).
 */
export function searchServicesForFamilies(ctx: CatalogReadContext, input: ServiceSearchInput): Promise<ServiceSearchResult> {
  return search(ctx, input, true);
}

async function search(ctx: CatalogReadContext, input: ServiceSearchInput, collapseTowns: boolean): Promise<ServiceSearchResult> {
  await Promise.all([requireMunicipalities(ctx, [input.municipality]), requireCategories(ctx, input.topic ?? [])]);
  const vocabulary = await ctx.reference.vocabulary();
  const criteria = { ...searchCriteria(ctx, input, vocabulary), collapseTowns };
  const result = await searchOnce(ctx, criteria, input);
  if (criteria.words.length === 0) return result;

  // "Did you mean": beside the results, never instead of them, and only when likely right.
  const unknown = criteria.words.filter((w) => w.unknown).map((w) => w.word);
  const corrections = await ctx.reference.vocabularyWords.suggestions(ctx.tx, unknown);
  const typed = tokenize(input.q ?? '');
  const suggestedQuery = corrections.size ? typed.map((w) => corrections.get(w) ?? w).join(' ') : null;
  if (result.total === 0) ctx.searchMisses?.count(ctx.lang, input.q ?? '', suggestedQuery ? 'suggestionOnly' : 'noResults');
  return { ...result, suggestedQuery };
}

export async function getService(ctx: CatalogReadContext, id: string): Promise<ServiceDetail> {
  const service = await findServiceDetail(ctx.tx, id);
  if (!service) throw new NotFoundError('service', id);
  return service;
}

export async function listPlaces(ctx: CatalogReadContext, input: PlaceListInput): Promise<Page<PlaceSummary>> {
  await requireMunicipalities(ctx, [input.municipality]);
  const { page, pageSize, limit, offset } = paging(input);
  const { items, total } = await listPlaceRows(ctx.tx, {
    municipality: input.municipality ?? null,
    kinds: input.kind ?? [],
    accessibility: input.accessibility ?? [],
    nameWords: tokenize(input.q ?? ''),
    limit,
    offset,
  });
  return { items, total, page, pageSize };
}

export async function getPlace(ctx: CatalogReadContext, id: string): Promise<PlaceDetail> {
  const place = await findPlaceDetail(ctx.tx, id);
  if (!place) throw new NotFoundError('place', id);
  return place;
}

export function listRegions(ctx: CatalogReadContext): Promise<Region[]> {
  return ctx.reference.regions();
}

export async function listMunicipalities(
  ctx: CatalogReadContext,
  input: { regionId?: string | null | undefined } = {},
): Promise<Municipality[]> {
  const all = await ctx.reference.municipalities();
  return input.regionId ? all.filter((m) => m.regionId === input.regionId) : all;
}

export async function getMunicipalityNetwork(ctx: CatalogReadContext, code: string): Promise<MunicipalityNetwork> {
  const municipality = await findMunicipality(ctx.tx, code);
  if (!municipality) throw new NotFoundError('municipality', code);
  const everything: ServiceSearchInput = { municipality: code, page: 1, pageSize: MUNICIPALITY_SERVICE_LIMIT };
  const [familyCentres, places, found, taxonomy] = await Promise.all([
    findFamilyCentresServing(ctx.tx, code),
    listPlaces(ctx, { municipality: code, pageSize: 200 }),
    searchOnce(ctx, searchCriteria(ctx, everything, { synonyms: [], concepts: new Map() }), everything),
    ctx.reference.taxonomy(),
  ]);
  // Grouped as a family looks for them (the flat list was 20 screens at 360 px): the
  // municipality's own services by life situation, then what the whole county offers.
  const local = found.items.filter((s) => s.locality === 'municipality');
  const bySituation = groupBySituation(local, taxonomy.lifeSituations, taxonomy.categories);
  const covered = new Set(bySituation.flatMap((g) => g.services.map((s) => s.id)));
  const byKind = (kinds: string[]) => places.items.filter((p) => kinds.includes(p.kind));
  return {
    municipality,
    familyCentres,
    meetingPlaces: byKind(['centralMeetingPlace', 'meetingPlace']),
    youthPlaces: byKind(['youthOhjaamo']),
    otherPlaces: byKind(['familyCentre', 'servicePoint', 'school', 'daycare', 'library']),
    bySituation,
    otherLocalServices: local.filter((s) => !covered.has(s.id)),
    regionWideServices: found.items.filter((s) => s.locality === 'region'),
    nationalServiceCount: found.items.filter((s) => s.locality === 'national').length,
  };
}

export async function listOrganizations(ctx: CatalogReadContext, input: OrganizationListInput): Promise<Page<Organization>> {
  await requireMunicipalities(ctx, [input.municipality]);
  const { page, pageSize, limit, offset } = paging(input);
  const { items, total } = await listOrganizationRows(ctx.tx, {
    regionId: input.region ?? null,
    types: input.type ?? [],
    municipality: input.municipality ?? null,
    limit,
    offset,
  });
  return { items, total, page, pageSize };
}

export async function getOrganization(ctx: CatalogReadContext, id: string): Promise<Organization> {
  const organization = await findOrganization(ctx.tx, id);
  if (!organization) throw new NotFoundError('organization', id);
  return organization;
}

/**
 * For result cards: each service's hours today over all its places ("open today 9.30–12"), or
 * when it opens next ("next: Tue 9.30"); services without hours are left out.
 */
export async function describeOpenings(ctx: CatalogReadContext, serviceIds: string[]): Promise<Record<string, ServiceOpening>> {
  const now = helsinkiMoment(ctx.clock.now());
  const hoursByService = await ctx.reference.hours.hoursOf(ctx.tx, serviceIds);
  const openings: Record<string, ServiceOpening> = {};
  for (const [id, owners] of hoursByService) {
    const today = owners
      .map((h) => hoursOn(now.date, h.weekly, h.exceptions, h))
      .flatMap((d) => (d.kind === 'open' ? d.intervals : []))
      .filter((i) => i.closes > now.time)
      .sort((a, b) => a.opens.localeCompare(b.opens));
    if (today.length) {
      openings[id] = { today: today.slice(0, 2), next: null };
      continue;
    }
    const next = owners
      .map((h) => nextOpening(now, h.weekly, h.exceptions, h, 7))
      .filter((n) => n !== null)
      .sort((a, b) => a.day.localeCompare(b.day) || a.opens.localeCompare(b.opens))[0];
    if (next) openings[id] = { today: [], next: { day: next.day, opens: next.opens } };
  }
  return openings;
}

/** The family advisors and 24/7 crisis lines that every page offers as the way in. */
export function getContactPoints(ctx: CatalogReadContext): Promise<ContactPoints> {
  return ctx.reference.contactPoints();
}

export function getTaxonomy(ctx: CatalogReadContext): Promise<Taxonomy> {
  return ctx.reference.taxonomy();
}

// ---- Helpers ----

/** "Lastenneuvola, Enonkoski" → "Lastenneuvola", in each language the name has. */
function withoutMunicipality(service: Pick<ServiceSummary, 'name' | 'areas'>): I18nText {
  const strip = (text: string, lang: Lang) => {
    for (const area of service.areas) {
      const suffix = `, ${area.name[lang] ?? area.name.fi}`;
      if (text.endsWith(suffix)) return text.slice(0, -suffix.length);
    }
    return text;
  };
  const name: I18nText = { fi: strip(service.name.fi, 'fi') };
  if (service.name.sv) name.sv = strip(service.name.sv, 'sv');
  if (service.name.en) name.en = strip(service.name.en, 'en');
  return name;
}

/** The one mapping from what a family asked for to what the search SQL filters on. */
function searchCriteria(
  ctx: Pick<CatalogReadContext, 'clock' | 'lang' | 'morphology'>,
  input: ServiceSearchInput,
  vocabulary: SearchVocabulary,
): ServiceSearchCriteria {
  const { limit, offset } = paging(input);
  // Formatting the local time costs more than the rest of building the query; only when asked.
  const moment = input.openNow || input.openOn ? helsinkiMoment(ctx.clock.now()) : null;
  return {
    words: buildSearchWords(input.q ?? '', vocabulary, ctx.morphology ?? finnishMorphology()),
    municipality: input.municipality ?? null,
    age: input.age ?? null,
    group: input.group ?? null,
    categories: input.topic ?? [],
    levels: input.level ?? [],
    languages: input.language ?? [],
    delivery: input.delivery ?? [],
    costs: input.cost ?? [],
    accessibility: input.accessibility ?? [],
    openAt: input.openNow && moment ? { ...moment, closedDay: closedDayOn(moment.date) !== null } : null,
    openOn: input.openOn && moment ? { weekday: input.openOn, date: moment.date } : null,
    sortLang: ctx.lang,
    collapseTowns: false,
    limit,
    offset,
  };
}

async function searchOnce(ctx: CatalogReadContext, asked: ServiceSearchCriteria, input: ServiceSearchInput): Promise<ServiceSearchResult> {
  const criteria = { ...asked, words: await ctx.reference.vocabularyWords.resolve(ctx.tx, asked.words) };
  const { page, pageSize } = paging(input);
  const municipalityNames = await ctx.reference.municipalityNames();
  const hits = await ctx.reference.searchHits.hits(
    ctx.tx,
    criteria,
    () => searchServiceSummaries(ctx.tx, criteria, municipalityNames),
    (ids) => findServiceSummaries(ctx.tx, ids, municipalityNames),
  );
  const total = hits[0]?.total ?? (criteria.offset > 0 ? await countServices(ctx.tx, criteria) : 0);
  const localities: Locality[] = criteria.collapseTowns && !criteria.municipality ? ['region', 'municipality', 'national'] : LOCALITIES;
  const shared = hits.flatMap((h) => (h.members && h.members.length > 1 ? h.members : []));
  const areas = await findServiceAreas(ctx.tx, shared);
  return {
    items: hits.map((h) => {
      const item: ServiceSearchItem = { ...h.summary, locality: localities[h.locality] ?? 'national' };
      if (!h.members || h.members.length < 2) return item;
      const members = new Set(h.members);
      const rows = areas.filter((a) => members.has(a.serviceId));
      const services = rows.map((a) => ({
        id: a.serviceId,
        municipality: { code: a.municipalityCode, name: municipalityNames.get(a.municipalityCode) ?? { fi: a.municipalityCode } },
      }));
      const sameOrganization = rows.every((a) => a.organizationId === h.summary.organization.id);
      return { ...item, sameName: { name: withoutMunicipality(h.summary), services, sameOrganization } };
    }),
    total,
    page,
    pageSize,
    suggestedQuery: null,
  };
}

async function requireMunicipalities(ctx: CatalogReadContext, codes: (string | undefined)[]) {
  const wanted = codes.filter((c): c is string => Boolean(c));
  if (wanted.length === 0) return;
  const known = await ctx.reference.municipalityNames();
  const issues: InputIssue[] = wanted
    .filter((c) => !known.has(c))
    .map((value) => ({ field: 'municipality', key: 'unknownMunicipality', params: { value } }));
  if (issues.length) throw new InvalidInputError(issues);
}

async function requireCategories(ctx: CatalogReadContext, codes: string[]) {
  if (codes.length === 0) return;
  const known = await ctx.reference.categoryCodes();
  const issues: InputIssue[] = codes
    .filter((c) => !known.has(c))
    .map((value) => ({ field: 'topic', key: 'unknownCategory', params: { value } }));
  if (issues.length) throw new InvalidInputError(issues);
}
