import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import {
  json,
  langParam,
  listOf,
  notFoundResponse as notFound,
  problemResponses as problems,
  withLang,
} from '../../platform/http/api-contract.ts';
import { scopeOf, type AppEnv } from '../../platform/http/app-env.ts';
import { requestOrigin } from '../../platform/http/csrf.ts';
import { validationHook } from '../../platform/http/openapi.ts';
import type { Lang } from '../../platform/i18n-text.ts';
import type { RequestScope } from '../../platform/request-context.ts';
import type { ActivitiesClient } from './activities.client.ts';
import { activitiesPaths } from './activities.paths.ts';
import { presentActivity, presentOccurrence } from './activities.presenter.ts';
import {
  activityListQuery,
  ActivitySchema,
  occurrenceQuery,
  OccurrenceSchema,
  RegistrationCreatedSchema,
  registrationBody,
} from './activities.schema.ts';
import type { SiteSettings } from '../../platform/module.ts';
import { centralMeetingPlaceKey, placeId } from '../catalog/index.ts';

const tags = ['Activities'];
const idParam = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });
const calendarResponse = { 200: { description: 'An iCalendar (RFC 5545) file', content: { 'text/calendar': { schema: z.string() } } } };

function calendarFile(c: { body: (data: string, status: 200, headers: Record<string, string>) => Response }, body: string, name: string) {
  return c.body(body, 200, { 'content-type': 'text/calendar; charset=utf-8', 'content-disposition': `inline; filename="${name}.ics"` });
}

/** The open activity data: anonymous, read-only, cacheable. */
export function activitiesApi(clientFor: (scope: RequestScope) => ActivitiesClient, site: SiteSettings) {
  const api = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const client = (c: { var: AppEnv['Variables'] }, lang?: Lang) => clientFor(scopeOf(c, lang));
  const origin = (c: Parameters<typeof requestOrigin>[0]) => requestOrigin(c, site.publicOrigin, site.trustProxy);

  api.openapi(
    createRoute({
      method: 'get',
      path: '/occurrences',
      tags,
      summary: 'Upcoming occurrences',
      description: 'Activity occurrences, upcoming first, with the filters of the activity calendar (default: the next 7 days).',
      request: { query: withLang(occurrenceQuery) },
      responses: { 200: json(listOf(OccurrenceSchema, 'OccurrenceList'), 'A page of occurrences'), ...problems },
    }),
    async (c) => {
      const { lang = c.var.lang, ...query } = c.req.valid('query');
      const result = await client(c, lang).public.listUpcomingOccurrences(query);
      return c.json(
        { items: result.items.map((o) => presentOccurrence(lang, o)), total: result.total, page: result.page, pageSize: result.pageSize },
        200,
      );
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/activities',
      tags,
      summary: 'Published activities',
      request: { query: withLang(activityListQuery) },
      responses: { 200: json(listOf(ActivitySchema, 'ActivityList'), 'A page of activities'), ...problems },
    }),
    async (c) => {
      const { lang = c.var.lang, ...query } = c.req.valid('query');
      const result = await client(c, lang).public.listActivities(query);
      return c.json({ ...result, items: result.items.map((a) => presentActivity(lang, a)) }, 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/occurrences/{id}/calendar.ics',
      tags,
      summary: 'One occurrence as a calendar file',
      request: { params: idParam, query: z.object({ lang: langParam }) },
      responses: { ...calendarResponse, ...problems, ...notFound },
    }),
    async (c) => {
      const { lang = c.var.lang } = c.req.valid('query');
      return calendarFile(c, await client(c, lang).public.occurrenceCalendar(c.req.valid('param').id, origin(c)), 'activity');
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/places/{id}/activities.ics',
      tags,
      summary: "A meeting place's activity feed",
      request: {
        params: z.object({
          id: z.uuid().openapi({ param: { name: 'id', in: 'path' }, example: placeId(centralMeetingPlaceKey('pieksamaki')) }),
        }),
        query: z.object({ lang: langParam }),
      },
      responses: { ...calendarResponse, ...problems, ...notFound },
    }),
    async (c) => {
      const { lang = c.var.lang } = c.req.valid('query');
      return calendarFile(c, await client(c, lang).public.placeFeed(c.req.valid('param').id, origin(c)), 'activities');
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/municipalities/{code}/activities.ics',
      tags,
      summary: "A municipality's activity feed",
      request: {
        params: z.object({
          code: z
            .string()
            .regex(/^[0-9]{3}$/)
            .openapi({ param: { name: 'code', in: 'path' }, example: '593' }),
        }),
        query: z.object({ lang: langParam }),
      },
      responses: { ...calendarResponse, ...problems, ...notFound },
    }),
    async (c) => {
      const { lang = c.var.lang } = c.req.valid('query');
      return calendarFile(c, await client(c, lang).public.municipalityFeed(c.req.valid('param').code, origin(c)), 'activities');
    },
  );

  return api;
}

/**
 * Sign-up without an account: the one anonymous write of the API. Not the public (read-only,
 * cached) audience and not the cookie group: it carries no credential, so CSRF has nothing to
 * protect; the use case limits it per client.
 */
export function registrationApi(clientFor: (scope: RequestScope) => ActivitiesClient, site: SiteSettings) {
  const api = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  api.openapi(
    createRoute({
      method: 'post',
      path: '/occurrences/{id}/registrations',
      tags,
      summary: 'Sign up for an occurrence',
      description:
        'No account needed. The same e-mail or phone twice for one occurrence answers the existing registration. 409 when sign-up is closed or the occurrence is cancelled; 429 over the rate limit.',
      request: {
        params: idParam,
        query: z.object({ lang: langParam }),
        body: { content: { 'application/json': { schema: registrationBody } }, required: true },
      },
      responses: {
        201: json(RegistrationCreatedSchema, 'Signed up (confirmed, waitlisted or applied)'),
        200: json(RegistrationCreatedSchema, 'Signed up already: the existing registration'),
        ...problems,
        ...notFound,
        409: {
          description: 'Sign-up closed or occurrence cancelled',
          content: {
            'application/problem+json': {
              schema: z.object({ type: z.string(), title: z.string(), status: z.number(), detail: z.string() }),
            },
          },
        },
      },
    }),
    async (c) => {
      const { lang = c.var.lang } = c.req.valid('query');
      const body = c.req.valid('json');
      const result = await clientFor(scopeOf(c, lang)).family.signUp(c.req.valid('param').id, {
        ...body,
        lang,
        requestOrigin: requestOrigin(c, site.publicOrigin, site.trustProxy),
      });
      const cancelUrl = result.manageToken ? activitiesPaths.registration(lang, result.manageToken) : null;
      return c.json({ id: result.id, status: result.status, cancelUrl }, result.existing ? 200 : 201);
    },
  );
  return api;
}
