import { route } from '@react-router/dev/routes';
import { INTEROP_PAGES } from '../../../modules/interop/interop.paths.ts';

/** The open-data pages, under the language prefix. */
export const interopRoutes = [route(INTEROP_PAGES.openData, 'routes/interop/open-data.tsx')];

/** Its pages in the staff workspace (inside the staff layout: session, CSRF field, navigation). */
export const interopStaffRoutes = [route(INTEROP_PAGES.import, 'routes/interop/import.tsx')];
