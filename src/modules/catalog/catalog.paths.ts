import type { Lang } from '../../platform/i18n-text.ts';
import { pageUrl } from '../../platform/http/page-url.ts';

/** The catalog's family pages, relative to the language prefix: the route table uses these patterns. */
export const CATALOG_PAGES = {
  search: 'search',
  service: 'services/:id',
  place: 'places/:id',
  municipality: 'municipalities/:code',
  familyCentre: 'family-centres/:id',
} as const;

/** Every link to a catalog page, for the pages and the API presenter alike. */
export const catalogPaths = {
  search: (lang: Lang, query?: URLSearchParams | string) => pageUrl(lang, CATALOG_PAGES.search, {}, query),
  service: (lang: Lang, id: string) => pageUrl(lang, CATALOG_PAGES.service, { id }),
  place: (lang: Lang, id: string) => pageUrl(lang, CATALOG_PAGES.place, { id }),
  municipality: (lang: Lang, code: string) => pageUrl(lang, CATALOG_PAGES.municipality, { code }),
  familyCentre: (lang: Lang, id: string) => pageUrl(lang, CATALOG_PAGES.familyCentre, { id }),
};
