import { route } from '@react-router/dev/routes';
import { CATALOG_STAFF_PAGES } from '../../../modules/catalog/catalog.paths.ts';
import { STAFF_CATALOG_PAGES } from '../../../modules/catalog/editing/editing.paths.ts';

/** Organisation self-service pages, inside the staff layout (session, CSRF, limits). */
export const staffCatalogRoutes = [
  route(STAFF_CATALOG_PAGES.catalog, 'routes/staff-catalog/catalog.tsx'),
  route(STAFF_CATALOG_PAGES.stale, 'routes/staff-catalog/stale.tsx'),
  route(STAFF_CATALOG_PAGES.newService, 'routes/staff-catalog/new-service.tsx'),
  route(STAFF_CATALOG_PAGES.service, 'routes/staff-catalog/service-edit.tsx'),
  route(STAFF_CATALOG_PAGES.serviceHistory, 'routes/staff-catalog/history.tsx', { id: 'staff-catalog-service-history' }),
  route(STAFF_CATALOG_PAGES.newPlace, 'routes/staff-catalog/new-place.tsx'),
  route(STAFF_CATALOG_PAGES.place, 'routes/staff-catalog/place-edit.tsx'),
  route(STAFF_CATALOG_PAGES.placeHistory, 'routes/staff-catalog/history.tsx', { id: 'staff-catalog-place-history' }),
  route(STAFF_CATALOG_PAGES.joinRequests, 'routes/staff-catalog/join-requests.tsx'),
  route(STAFF_CATALOG_PAGES.join, 'routes/staff-catalog/join.tsx'),
  route(CATALOG_STAFF_PAGES.searchWords, 'routes/catalog/search-words.tsx'),
];
