import { type RouteConfig, index, route } from '@react-router/dev/routes';
import { catalogRoutes } from './routes/catalog/routes.ts';

/** Every page, under its language prefix. Each module with pages adds its route list here. */
export default [
  route(':lang', 'routes/language-layout.tsx', [
    index('routes/home.tsx'),
    ...catalogRoutes,
    route('api-docs', 'routes/api-docs.tsx'),
    route('*', 'routes/not-found.tsx'),
  ]),
] satisfies RouteConfig;
