import type { Lang } from '../../platform/i18n-text.ts';
import type { ServiceSearchInput } from './catalog.model.ts';
import { pageUrl } from '../../platform/http/page-url.ts';

/** The catalog's family pages, relative to the language prefix: the route table uses these patterns. */
export const CATALOG_PAGES = {
  search: 'search',
  service: 'services/:id',
  place: 'places/:id',
  municipality: 'municipalities/:code',
  familyCentre: 'family-centres/:id',
} as const;

/** The catalog's pages in the staff workspace (the cookie group serves everything under staff/). */
export const CATALOG_STAFF_PAGES = {
  searchWords: 'staff/search-words',
} as const;

/** Every link to a catalog page, for the pages and the API presenter alike. */
export const catalogPaths = {
  search: (lang: Lang, query?: URLSearchParams | string) => pageUrl(lang, CATALOG_PAGES.search, {}, query),
  service: (lang: Lang, id: string) => pageUrl(lang, CATALOG_PAGES.service, { id }),
  place: (lang: Lang, id: string) => pageUrl(lang, CATALOG_PAGES.place, { id }),
  municipality: (lang: Lang, code: string) => pageUrl(lang, CATALOG_PAGES.municipality, { code }),
  familyCentre: (lang: Lang, id: string) => pageUrl(lang, CATALOG_PAGES.familyCentre, { id }),
  searchWords: (lang: Lang) => pageUrl(lang, CATALOG_STAFF_PAGES.searchWords, {}),
};

/** The filters of a search in the order the search form has them; paging is the caller's. */
const SEARCH_KEYS = [
  'q',
  'municipality',
  'age',
  'group',
  'topic',
  'level',
  'language',
  'delivery',
  'cost',
  'accessibility',
  'openNow',
  'openOn',
] as const;

/**
 * A checked search as its query string: each value once, nothing empty, nothing the search did not
 * accept. Links built from it grow with what the search understood, never with what was typed.
 */
export function searchParamsOf(input: ServiceSearchInput, page?: number): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of SEARCH_KEYS) {
    const value = input[key];
    if (value === undefined || value === false) continue;
    for (const one of Array.isArray(value) ? value : [value]) params.append(key, String(one));
  }
  if (input.pageSize !== undefined) params.set('pageSize', String(input.pageSize));
  if (page !== undefined && page > 1) params.set('page', String(page));
  return params;
}
