import { type RouteConfig, index, route } from '@react-router/dev/routes';
import { SHELL_PAGES } from './paths.ts';
import { catalogRoutes } from './routes/catalog/routes.ts';
import { interopRoutes } from './routes/interop/routes.ts';
import { staffRoutes } from './routes/staff/routes.ts';
import { knowledgeRoutes } from './routes/knowledge/routes.ts';
import { activityRoutes } from './routes/activities/routes.ts';
import { contactFamilyRoutes } from './routes/contact/routes.ts';

/** Every page, under its language prefix. Each module with pages adds its route list here. */
export default [
  route(':lang', 'routes/language-layout.tsx', [
    index('routes/home.tsx'),
    ...catalogRoutes,
    ...interopRoutes,
    ...staffRoutes,
    ...knowledgeRoutes,
    ...activityRoutes,
    ...contactFamilyRoutes,
    route(SHELL_PAGES.apiDocs, 'routes/api-docs.tsx'),
    route(SHELL_PAGES.notFound, 'routes/not-found.tsx'),
  ]),
] satisfies RouteConfig;
