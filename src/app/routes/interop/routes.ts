import { route } from '@react-router/dev/routes';
import { INTEROP_PAGES } from '../../../modules/interop/interop.paths.ts';

/** The open-data pages, under the language prefix. */
export const interopRoutes = [route(INTEROP_PAGES.openData, 'routes/interop/open-data.tsx')];
