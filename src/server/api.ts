import { OpenAPIHono } from '@hono/zod-openapi';
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { MethodNotAllowedError, NotFoundError } from '../platform/errors.ts';
import type { AppEnv } from '../platform/http/app-env.ts';
import { validationHook } from '../platform/http/openapi.ts';
import { cookieGroupChain, familyApiChain, mountPublicApi, mountPublicWrites, mountWithChain, type CookieGroupSlots } from './audiences.ts';
import type { BuiltModule } from './app.ts';

export const API_PREFIX = '/api/v1';

/** Headers a browser may send cross-origin to the open data API. */
const PREFLIGHT_HEADERS = 'accept, accept-language, if-none-match, content-type';

export interface ApiRoute {
  method: string;
  pattern: RegExp;
  audience: 'public' | 'staff' | 'family';
}

/**
 * The JSON API: every module's routers behind their audience's chain, the OpenAPI document, and
 * the answers for what no route takes: 404 for an unknown path, 405 with `Allow` for a known path
 * and another method, and the CORS preflight of the open data API. All problem+json.
 */
export function mountApi(
  app: Hono<AppEnv>,
  modules: readonly BuiltModule[],
  slots: CookieGroupSlots,
  respondWithError: (c: Context<AppEnv>, error: unknown) => Response,
  publicGuards: MiddlewareHandler<AppEnv>[] = [],
) {
  const document = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  // The staff API is documented apart: the open-data document and its page promise anonymous access.
  const staffDocument = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const routes: ApiRoute[] = [];
  const cookieGroup = cookieGroupChain(slots);
  const record = (router: OpenAPIHono<AppEnv>, audience: ApiRoute['audience']) => {
    for (const r of router.routes) routes.push({ method: r.method.toUpperCase(), pattern: patternOf(API_PREFIX + r.path), audience });
  };
  for (const { instance } of modules) {
    if (instance.publicApi) {
      mountPublicApi(app, API_PREFIX, instance.publicApi, publicGuards);
      document.route('/', instance.publicApi);
      record(instance.publicApi, 'public');
    }
    if (instance.publicWriteApi) {
      mountPublicWrites(app, API_PREFIX, instance.publicWriteApi, publicGuards);
      document.route('/', instance.publicWriteApi);
      record(instance.publicWriteApi, 'public');
    }
    if (instance.familyApi) {
      mountWithChain(app, API_PREFIX, instance.familyApi, familyApiChain);
      document.route('/', instance.familyApi);
      record(instance.familyApi, 'family');
    }
    if (instance.staffApi) {
      mountWithChain(app, API_PREFIX, instance.staffApi, cookieGroup);
      staffDocument.route('/', instance.staffApi);
      record(instance.staffApi, 'staff');
    }
  }

  const apiDocument = () =>
    document.getOpenAPI31Document({
      openapi: '3.1.0',
      info: {
        title: 'Perhekeskus API',
        version: '1.0.0',
        description:
          'Open data of the family-centre service network: services, places, municipalities, organisations and the taxonomy. Texts in Finnish, Swedish and English (`lang`); untranslated texts fall back to Finnish and are listed in `untranslatedFields`. Errors are RFC 9457 problem details.',
        license: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
      },
      servers: [{ url: API_PREFIX }],
    });

  const staffApiDocument = () =>
    staffDocument.getOpenAPI31Document({
      openapi: '3.1.0',
      info: {
        title: 'Perhekeskus staff API',
        version: '1.0.0',
        description:
          'The staff workspace: needs a session cookie (sign in at /{lang}/staff); state-changing requests send the x-csrf-token header from GET /session. Errors are RFC 9457 problem details.',
      },
      servers: [{ url: API_PREFIX }],
    });

  const shell = new Hono<AppEnv>();
  shell.get('/staff-openapi.json', (c) => {
    c.header('cache-control', 'no-store');
    return c.json(staffApiDocument());
  });
  shell.get('/openapi.json', (c) => {
    c.header('access-control-allow-origin', '*');
    c.header('cache-control', 'public, max-age=60');
    return c.json(apiDocument());
  });
  shell.get('/docs', (c) => c.redirect(`/${c.var.lang}/api-docs`, 302));
  app.route(API_PREFIX, shell);
  routes.push({ method: 'GET', pattern: patternOf(`${API_PREFIX}/staff-openapi.json`), audience: 'staff' });
  for (const path of ['/openapi.json', '/docs']) routes.push({ method: 'GET', pattern: patternOf(API_PREFIX + path), audience: 'public' });

  // Whatever reached here under /api has no route: say why, in problem+json.
  app.all('/api/*', answerUnrouted(routes, respondWithError));

  return { apiDocument };
}

/**
 * The answer for a path under an API that no route took: 404 for an unknown path, 405 with
 * `Allow` for a known path and another method, and the CORS preflight of the open routes.
 */
export function answerUnrouted(routes: ApiRoute[], respondWithError: (c: Context<AppEnv>, error: unknown) => Response) {
  return (c: Context<AppEnv>) => {
    const matching = routes.filter((r) => r.pattern.test(c.req.path));
    if (matching.length === 0) return respondWithError(c, new NotFoundError('page', c.req.path));
    const allow = [...new Set(matching.flatMap((r) => (r.method === 'GET' ? ['GET', 'HEAD'] : [r.method])))];
    const open = matching.some((r) => r.audience === 'public');
    if (c.req.method === 'OPTIONS') {
      c.header('allow', [...allow, 'OPTIONS'].join(', '));
      if (open) {
        c.header('access-control-allow-origin', '*');
        c.header('access-control-allow-methods', [...allow, 'OPTIONS'].join(', '));
        c.header('access-control-allow-headers', PREFLIGHT_HEADERS);
        c.header('access-control-max-age', '86400');
      }
      return c.body(null, 204);
    }
    return respondWithError(c, new MethodNotAllowedError(c.req.method, [...allow, 'OPTIONS']));
  };
}

/** A Hono path pattern (`/services/:id`) as an anchored expression over a request path. */
export function patternOf(path: string): RegExp {
  const source = path
    .split('/')
    .map((segment) => (segment.startsWith(':') ? '[^/]+' : segment === '*' ? '.*' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${source}$`);
}
