import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { idParam, json, ProblemSchema } from '../../../platform/http/api-contract.ts';
import { scopeOf, type AppEnv } from '../../../platform/http/app-env.ts';
import { validationHook } from '../../../platform/http/openapi.ts';
import type { RequestScope } from '../../../platform/request-context.ts';
import { STATUSES } from '../catalog.domain.ts';
import type { EditingClient } from './editing.client.ts';
import type { EditableService, ServiceEdit } from './editing.model.ts';
import { WEEKDAYS } from './editing.schema.ts';
import { hoursFormValues } from './places-editing.ts';

const tags = ['Staff workspace'];
const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: ProblemSchema } } });
const guarded = {
  400: problem('Invalid input'),
  401: problem('Not signed in'),
  403: problem('Not permitted'),
  404: problem('No such entry'),
} as const;

const I18nTextInput = z.object({ fi: z.string(), sv: z.string().optional(), en: z.string().optional() });
const SaveResultSchema = z
  .object({
    outcome: z.enum(['saved', 'stale']),
    version: z.number().int().optional(),
    changes: z
      .array(
        z.object({
          field: z.string(),
          oldValue: z.unknown(),
          newValue: z.unknown(),
          changedBy: z.string().nullable(),
          occurredAt: z.string(),
        }),
      )
      .optional(),
  })
  .openapi('SaveResult');

/** The stored entry as the flat fields the edit use case reads, with the given fields replaced. */
function serviceFields(s: EditableService, replace: Partial<ServiceEdit>): Record<string, unknown> {
  const f = { ...s.fields, ...replace };
  const texts: Record<string, string> = {};
  for (const name of ['name', 'summary', 'description', 'keywords', 'costNote', 'statusNote'] as const)
    for (const lang of ['fi', 'sv', 'en'] as const) texts[`${name}.${lang}`] = f[name]?.[lang] ?? '';
  return {
    ...texts,
    version: String(s.version),
    level: f.level,
    sector: f.sector,
    targetGroups: f.targetGroups,
    ageMin: f.ageMin?.toString(),
    ageMax: f.ageMax?.toString(),
    languages: f.languages,
    delivery: f.delivery,
    access: f.access,
    cost: f.cost,
    status: f.status,
    categories: f.categories,
  };
}

type Saved = Awaited<ReturnType<EditingClient['saveService']>>;
const present = (r: Saved | Awaited<ReturnType<EditingClient['savePlaceHours']>>) =>
  r.outcome === 'saved'
    ? { outcome: 'saved' as const, version: r.version }
    : { outcome: 'stale' as const, changes: r.changes.map((c) => ({ ...c, occurredAt: c.occurredAt.toISOString() })) };

/**
 * The self-service over JSON for API clients of the cookie group (CSRF token from GET /session):
 * a service's status with its reason, a place's weekly hours. The same use cases as the pages.
 */
export function editingApi(clientFor: (scope: RequestScope) => EditingClient) {
  const api = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const editing = (c: { var: AppEnv['Variables'] }) => clientFor(scopeOf(c));

  api.openapi(
    createRoute({
      method: 'put',
      path: '/staff/services/{id}/status',
      tags,
      summary: "A service's status and the reason families see",
      description: 'Saved on `version`; when someone saved since, 409 with what they changed.',
      request: {
        params: idParam('00000000-0000-4000-8000-000000000000'),
        body: {
          content: {
            'application/json': {
              schema: z.object({
                version: z.number().int().min(1),
                status: z.enum(STATUSES),
                statusNote: I18nTextInput.nullable().optional(),
              }),
            },
          },
        },
      },
      responses: { 200: json(SaveResultSchema, 'Saved'), 409: json(SaveResultSchema, 'Someone saved first'), ...guarded },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      const client = editing(c);
      const current = await client.getServiceForEdit(id);
      const fields = {
        ...serviceFields(current, { status: body.status, statusNote: body.statusNote ?? null }),
        version: String(body.version),
      };
      const result = present(await client.saveService(id, fields));
      return c.json(result, result.outcome === 'saved' ? 200 : 409);
    },
  );

  api.openapi(
    createRoute({
      method: 'put',
      path: '/staff/places/{id}/hours',
      tags,
      summary: "A place's weekly hours",
      description: 'Seven days, Monday first, each as `9–12, 17–19` (empty: closed). Exceptions stay as they are.',
      request: {
        params: idParam('00000000-0000-4000-8000-000000000000'),
        body: {
          content: {
            'application/json': { schema: z.object({ version: z.number().int().min(1), weekly: z.array(z.string().max(100)).length(7) }) },
          },
        },
      },
      responses: { 200: json(SaveResultSchema, 'Saved'), 409: json(SaveResultSchema, 'Someone saved first'), ...guarded },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      const client = editing(c);
      const current = await client.getPlaceForEdit(id);
      const fields = {
        ...hoursFormValues(current.hours),
        ...Object.fromEntries(WEEKDAYS.map((d) => [`day${d}`, body.weekly[d - 1]])),
        version: String(body.version),
      };
      const result = present(await client.savePlaceHours(id, fields));
      return c.json(result, result.outcome === 'saved' ? 200 : 409);
    },
  );

  return api;
}
