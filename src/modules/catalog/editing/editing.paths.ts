import { pageUrl } from '../../../platform/http/page-url.ts';
import type { Lang } from '../../../platform/i18n-text.ts';

/** The self-service pages, in the staff workspace (the cookie group), relative to the language prefix. */
export const STAFF_CATALOG_PAGES = {
  catalog: 'staff/catalog',
  stale: 'staff/catalog/stale',
  newService: 'staff/catalog/services/new',
  service: 'staff/catalog/services/:id',
  serviceHistory: 'staff/catalog/services/:id/history',
  newPlace: 'staff/catalog/places/new',
  place: 'staff/catalog/places/:id',
  placeHistory: 'staff/catalog/places/:id/history',
  joinRequests: 'staff/catalog/join-requests',
  /** Public: an organisation not yet on the tray asks to join. */
  join: 'staff/join',
} as const;

export const staffCatalogPaths = {
  catalog: (lang: Lang, query?: URLSearchParams) => pageUrl(lang, STAFF_CATALOG_PAGES.catalog, {}, query),
  stale: (lang: Lang) => pageUrl(lang, STAFF_CATALOG_PAGES.stale),
  newService: (lang: Lang, organizationId?: string) =>
    pageUrl(lang, STAFF_CATALOG_PAGES.newService, {}, organizationId ? new URLSearchParams({ organization: organizationId }) : undefined),
  service: (lang: Lang, id: string) => pageUrl(lang, STAFF_CATALOG_PAGES.service, { id }),
  serviceHistory: (lang: Lang, id: string) => pageUrl(lang, STAFF_CATALOG_PAGES.serviceHistory, { id }),
  newPlace: (lang: Lang, organizationId?: string) =>
    pageUrl(lang, STAFF_CATALOG_PAGES.newPlace, {}, organizationId ? new URLSearchParams({ organization: organizationId }) : undefined),
  place: (lang: Lang, id: string) => pageUrl(lang, STAFF_CATALOG_PAGES.place, { id }),
  placeHistory: (lang: Lang, id: string) => pageUrl(lang, STAFF_CATALOG_PAGES.placeHistory, { id }),
  joinRequests: (lang: Lang) => pageUrl(lang, STAFF_CATALOG_PAGES.joinRequests),
  join: (lang: Lang) => pageUrl(lang, STAFF_CATALOG_PAGES.join),
};
