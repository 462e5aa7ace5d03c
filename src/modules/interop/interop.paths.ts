import { pageUrl } from '../../platform/http/page-url.ts';
import type { Lang } from '../../platform/i18n-text.ts';

/** The open-data pages, relative to the language prefix: the route table uses these patterns. */
export const INTEROP_PAGES = {
  openData: 'open-data',
  /** The staff workspace's import page (platform admins, regional coordinators). */
  import: 'staff/import',
} as const;

/** The import page under any language, for the cookie group's larger body limit. */
export const IMPORT_PAGE_PATH = /^\/(fi|sv|en)\/staff\/import(\.data)?\/?$/;

/** Where the HSDS API lives; outside the language prefix, like /api/v1. */
export const HSDS_BASE = '/hsds';

export const interopPaths = {
  openData: (lang: Lang) => pageUrl(lang, INTEROP_PAGES.openData),
  importPage: (lang: Lang) => pageUrl(lang, INTEROP_PAGES.import),
  /** A service's record in the HSDS API, in the reader's language. */
  hsdsService: (lang: Lang, id: string) => `${HSDS_BASE}/services/${encodeURIComponent(id)}?lang=${lang}`,
  hsdsRoot: () => HSDS_BASE,
  /** One of the HSDS API's lists (`services`, `taxonomy_terms` …). */
  hsdsList: (name: 'services' | 'organizations' | 'service_at_locations' | 'taxonomies' | 'taxonomy_terms') => `${HSDS_BASE}/${name}`,
  hsdsOpenApi: () => `${HSDS_BASE}/openapi.json`,
};
