import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { notFoundResponse as notFound, problemResponses as problems } from '../../platform/http/api-contract.ts';
import { scopeOf, type AppEnv } from '../../platform/http/app-env.ts';
import { validationHook } from '../../platform/http/openapi.ts';
import type { RequestScope } from '../../platform/request-context.ts';
import type { ActivitiesClient } from './activities.client.ts';

/** The organisers' roster export: a file, behind the cookie group (session, CSRF, limits). */
export function activitiesStaffApi(clientFor: (scope: RequestScope) => ActivitiesClient) {
  const api = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  api.openapi(
    createRoute({
      method: 'get',
      path: '/staff/occurrences/{id}/roster.csv',
      tags: ['Activities'],
      summary: "An occurrence's roster as CSV (each export is on record)",
      request: { params: z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) }) },
      responses: { 200: { description: 'CSV', content: { 'text/csv': { schema: z.string() } } }, ...problems, ...notFound },
    }),
    async (c) => {
      const csv = await clientFor(scopeOf(c)).organiser.exportRoster(c.req.valid('param').id);
      return c.body(csv, 200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="roster.csv"' });
    },
  );
  return api;
}
