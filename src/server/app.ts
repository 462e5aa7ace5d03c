import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import { OpenAPIHono } from '@hono/zod-openapi';
import { Hono, type Context } from 'hono';
import { catalogApi } from '../modules/catalog/catalog.api.ts';
import type { Clock } from '../platform/clock.ts';
import type { Config } from '../platform/config.ts';
import type { DatabaseHandle } from '../platform/db/database.ts';
import { NotFoundError } from '../platform/errors.ts';
import type { AppEnv } from '../platform/http/app-env.ts';
import { languageOfPath, negotiateLanguage } from '../platform/http/language.ts';
import { compressResponses } from '../platform/http/compression.ts';
import { checkRequestTarget } from '../platform/http/malformed-request.ts';
import { validationHook } from '../platform/http/openapi.ts';
import { problemFor, problemResponse } from '../platform/http/problem.ts';
import { createNonce, securityHeaders } from '../platform/http/security-headers.ts';
import { isLang, type Lang } from '../platform/i18n-text.ts';
import type { Logger } from '../platform/logger.ts';
import { errorPage } from './error-page.ts';
import type { Services } from './services.ts';

/** Renders a family or professional page; React Router behind it. */
export type PageHandler = (request: Request, context: PageContext) => Promise<Response>;

// A type alias, not an interface: React Router's AppLoadContext has an index signature.
export type PageContext = {
  services: Services;
  requestId: string;
  nonce: string;
  apiDocument: () => unknown;
};

export interface AppDependencies {
  config: Pick<Config, 'publicOrigin' | 'trustProxy'>;
  logger: Logger;
  clock: Clock;
  database: DatabaseHandle;
  services: Services;
  pages: PageHandler | null;
  /** Set when SIGTERM arrives: readiness turns false so load balancers stop sending. */
  isShuttingDown?: () => boolean;
}

export const clientBuildDirectory = fileURLToPath(new URL('../../build/client/', import.meta.url));

const REQUEST_ID = /^[A-Za-z0-9._-]{8,100}$/;

export function createApp(deps: AppDependencies) {
  const { logger, services, database } = deps;
  const app = new Hono<AppEnv>();

  app.use(async (c, next) => {
    const started = performance.now();
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    const https =
      c.req.url.startsWith('https:') ||
      (deps.config.trustProxy && c.req.header('x-forwarded-proto') === 'https') ||
      Boolean(deps.config.publicOrigin?.startsWith('https:'));
    c.set('requestId', requestId);
    c.set('logger', logger.child({ requestId }));
    c.set('nonce', createNonce());
    c.set('lang', requestLanguage(c));
    const malformed = checkRequestTarget(c.req.url);
    if (malformed) {
      c.res = respondWithError(c, malformed);
    } else {
      await next();
    }
    for (const [name, value] of Object.entries(securityHeaders({ nonce: c.var.nonce, https }))) {
      if (!c.res.headers.has(name)) c.res.headers.set(name, value);
    }
    c.res.headers.set('x-request-id', requestId);
    c.var.logger.info(
      { method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round((performance.now() - started) * 10) / 10 },
      'request',
    );
  });

  app.onError((error, c) => {
    const problem = problemFor(error, c.var.lang, c.var.requestId);
    if (problem.status >= 500) c.var.logger.error({ err: error }, 'request failed');
    return respondWithError(c, error);
  });

  app.use(compressResponses());

  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', async (c) => {
    if (deps.isShuttingDown?.()) return c.json({ status: 'shutting down' }, 503);
    try {
      await database.ping();
      return c.json({ status: 'ready', database: database.kind });
    } catch (error) {
      c.var.logger.warn({ err: error }, 'database not reachable');
      return c.json({ status: 'database unavailable' }, 503);
    }
  });

  const api = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  api.use(async (c, next) => {
    await next();
    // Open data: any site may read it.
    c.res.headers.set('access-control-allow-origin', '*');
    if (c.res.status === 200 && !c.res.headers.has('cache-control')) c.res.headers.set('cache-control', 'public, max-age=60');
  });
  api.route('/', catalogApi({ catalog: services.catalog, clock: deps.clock }));
  const apiDocument = () =>
    api.getOpenAPI31Document({
      openapi: '3.1.0',
      info: {
        title: 'Perhekeskus API',
        version: '1.0.0',
        description:
          'Open data of the family-centre service network: services, places, municipalities, organisations and the taxonomy. Texts in Finnish, Swedish and English (`lang`); untranslated texts fall back to Finnish and are listed in `untranslatedFields`. Errors are RFC 9457 problem details.',
        license: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
      },
      servers: [{ url: '/api/v1' }],
    });
  api.get('/openapi.json', (c) => c.json(apiDocument()));
  api.get('/docs', (c) => c.redirect(`/${c.var.lang}/api-docs`, 302));
  api.notFound((c) => respondWithError(c, new NotFoundError('page', c.req.path)));
  app.route('/api/v1', api);

  app.get('/', (c) => {
    c.header('vary', 'Accept-Language');
    c.header('cache-control', 'no-store');
    return c.redirect(`/${negotiateLanguage(c.req.header('accept-language'))}`, 302);
  });

  app.use(
    '/assets/*',
    serveStatic({
      root: clientBuildDirectory,
      onFound: (_path, c) => {
        c.header('cache-control', 'public, max-age=31536000, immutable');
      },
    }),
  );
  app.use(
    '*',
    serveStatic({
      root: clientBuildDirectory,
      onFound: (_path, c) => {
        c.header('cache-control', 'public, max-age=3600');
      },
    }),
  );

  app.all('*', async (c) => {
    if (!deps.pages) return respondWithError(c, new NotFoundError('page', c.req.path));
    return deps.pages(c.req.raw, {
      services,
      requestId: c.var.requestId,
      nonce: c.var.nonce,
      apiDocument,
    });
  });

  return app;
}

function requestLanguage(c: Context<AppEnv>): Lang {
  const fromPath = languageOfPath(c.req.path);
  if (fromPath) return fromPath;
  const fromQuery = c.req.query('lang');
  if (isLang(fromQuery)) return fromQuery;
  return negotiateLanguage(c.req.header('accept-language'));
}

/** problem+json for the API; a small accessible HTML page for browsers. */
function respondWithError(c: Context<AppEnv>, error: unknown): Response {
  const problem = problemFor(error, c.var.lang, c.var.requestId);
  if (c.req.path.startsWith('/api/')) return problemResponse(c, problem);
  return c.html(errorPage(c.var.lang, problem), problem.status as 400);
}
