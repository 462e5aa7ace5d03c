import { type RouteConfig, index, route } from '@react-router/dev/routes';

export default [
  route(':lang', 'routes/language-layout.tsx', [
    index('routes/home.tsx'),
    route('search', 'routes/search.tsx'),
    route('services/:id', 'routes/service.tsx'),
    route('places/:id', 'routes/place.tsx'),
    route('municipalities/:code', 'routes/municipality.tsx'),
    route('family-centres/:id', 'routes/family-centre.tsx'),
    route('api-docs', 'routes/api-docs.tsx'),
    route('*', 'routes/not-found.tsx'),
  ]),
] satisfies RouteConfig;

