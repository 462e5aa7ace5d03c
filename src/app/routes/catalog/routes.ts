import { route } from '@react-router/dev/routes';
import { CATALOG_PAGES } from '../../../modules/catalog/catalog.paths.ts';

/** The service tray's family pages, under the language prefix. */
export const catalogRoutes = [
  route(CATALOG_PAGES.search, 'routes/catalog/search.tsx'),
  route(CATALOG_PAGES.service, 'routes/catalog/service.tsx'),
  route(CATALOG_PAGES.place, 'routes/catalog/place.tsx'),
  route(CATALOG_PAGES.municipality, 'routes/catalog/municipality.tsx'),
  route(CATALOG_PAGES.familyCentre, 'routes/catalog/family-centre.tsx'),
];
