import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import { HTTPException } from 'hono/http-exception';
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { anonymous } from '../platform/actor.ts';
import type { Clock } from '../platform/clock.ts';
import type { Config } from '../platform/config.ts';
import { isConnectionLost, type AnyDatabaseHandle } from '../platform/db/database.ts';
import {
  isAppError,
  MalformedRequestError,
  MethodNotAllowedError,
  NotFoundError,
  ServiceUnavailableError,
  type InputIssue,
} from '../platform/errors.ts';
import { answerShows, scopeOf, type AppEnv } from '../platform/http/app-env.ts';
import { chain } from '../platform/http/chain.ts';
import { compressResponses } from '../platform/http/compression.ts';
import { cookiePolicy, type CookiePolicy } from '../platform/http/cookies.ts';
import { requestOrigin } from '../platform/http/csrf.ts';
import { clientAddress } from '../platform/http/rate-limit.ts';
import type { SinkMessage, SmtpSink } from '../platform/mail/smtp-sink.ts';
import { languageOfPath, negotiateLanguage } from '../platform/http/language.ts';
import { checkRequestTarget } from '../platform/http/malformed-request.ts';
import { problemFor, problemResponse } from '../platform/http/problem.ts';
import { createNonce, securityHeaders } from '../platform/http/security-headers.ts';
import { isLang, type Lang } from '../platform/i18n-text.ts';
import { createProblemTexts, platformProblemTexts } from '../platform/i18n/problems.ts';
import type { Logger } from '../platform/logger.ts';
import type { AppModule, ModuleInstance } from '../platform/module.ts';
import type { RequestScope } from '../platform/request-context.ts';
import { mountApi } from './api.ts';
import { mountOpenData } from './open-data.ts';
import { publicResponseCache } from './public-cache.ts';
import { cookieGroupChain, standardCookieGroupSlots, type CookieGroupSlots } from './audiences.ts';
import { errorPage } from './error-page.ts';
import { CATALOG_PAGES } from '../modules/catalog/index.ts';
import { INTEROP_PAGES } from '../modules/interop/index.ts';

/** The first segments of the family pages, which a path without a language is sent on to. */
const LANGUAGELESS_PAGE_ROOTS = new Set([...Object.values(CATALOG_PAGES), ...Object.values(INTEROP_PAGES)].map((p) => p.split('/')[0]));
import type { PageClients } from './modules.ts';
import type { PageHandler } from './pages.ts';
import { TEST_HOOKS_PREFIX } from './test-hooks.ts';

/**
 * What a page loader gets: the request's scope, every module's use cases, and a few page helpers.
 * Flattened into one object type: React Router's AppLoadContext has an index signature, which an
 * intersection with interfaces would not satisfy.
 */
export type PageContext = Flatten<
  RequestScope &
    PageClients & {
      nonce: string;
      apiDocument: () => unknown;
      /** Input issues in the reader's language, for a form's error summary. */
      describeIssues: (issues: InputIssue[]) => { field: string; message: string }[];
      /** The token a form of the cookie group sends back in its hidden `_csrf` field. */
      csrfToken: string | null;
      /** How this request's cookies are named and flagged (pages set the session cookie). */
      cookies: CookiePolicy;
      /** The origin the request came to (links in mail fall back on it in demo mode). */
      requestOrigin: string;
      /** What the demo mail sink received, newest first; null outside demo mode (the page is then absent). */
      devMail: (() => SinkMessage[]) | null;
      /**
       * Says that nothing the page shows from the clock changes before `at` (the response cache
       * then keeps it until the earliest such instant instead of for its minute). Only for a page
       * that accounts this way for everything it shows from the clock.
       */
      answerChangesAt: (at: Date) => void;
      /** Names the services the page shows, for the response cache (`answerShows` in app-env.ts). */
      answerShows: (serviceIds: Iterable<string>) => void;
    }
>;
type Flatten<T> = { [K in keyof T]: T[K] };

/** The modules as built for this process: each module's definition with its instance. */
export interface BuiltModule {
  definition: AppModule;
  instance: ModuleInstance;
}

export interface AppDependencies {
  config: Pick<Config, 'publicOrigin' | 'trustProxy'> & Partial<Pick<Config, 'staffWriteRateLimit' | 'responseCacheBytes'>>;
  logger: Logger;
  clock: Clock;
  database: AnyDatabaseHandle;
  /**
   * Where the tray's public reads come from when it is not `database` (DATABASE_READ_URL). The
   * response cache reads the public data version there too: a version newer than the data it
   * reads would keep a lagging replica's answer under the new version.
   */
  readDatabase?: AnyDatabaseHandle;
  modules: readonly BuiltModule[];
  pages: PageHandler | null;
  /** The cookie group's guards; by default the session slot of the module that owns sign-in, CSRF and the write limit. */
  cookieGroup?: CookieGroupSlots;
  /** The demo mail sink, whose messages the demo mail page shows (demo mode only). */
  devMailbox?: SmtpSink | null;
  /** Set when SIGTERM arrives: readiness turns false so load balancers stop sending. */
  isShuttingDown?: () => boolean;
  /** The e2e hooks, when the configuration enables them (src/server/test-hooks.ts). */
  testHooks?: Hono<AppEnv>;
  /** Rate limit and concurrency bound in front of the family pages and the open API. */
  publicGuards?: MiddlewareHandler<AppEnv>[];
}

export const clientBuildDirectory = fileURLToPath(new URL('../../build/client/', import.meta.url));

const REQUEST_ID = /^[A-Za-z0-9._-]{8,100}$/;
/** A path under a language that no page will ever take, so the catch-all 404 page answers it. */
const NOT_FOUND_SEGMENT = '_not-found';

export function createApp(deps: AppDependencies) {
  const { logger, database, modules } = deps;
  const problemTexts = createProblemTexts([
    platformProblemTexts,
    ...modules.flatMap((m) => (m.definition.problemTexts ? [m.definition.problemTexts] : [])),
  ]);
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
    const language = requestLanguage(c);
    c.set('lang', language.lang);
    c.set('actor', anonymous);
    c.set('clock', deps.clock);
    c.set('clientAddress', clientAddress(c, deps.config.trustProxy));
    c.set('csrfToken', null);
    c.set('cookies', cookiePolicy(https, new URL(c.req.url).hostname));
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
    // After SIGTERM a keep-alive client is told to take its next request elsewhere.
    if (deps.isShuttingDown?.()) c.res.headers.set('connection', 'close');
    // A cache must not hand one reader's language to another.
    if (!c.res.headers.has('content-language')) c.res.headers.set('content-language', language.lang);
    if (language.negotiated && !/accept-language/i.test(c.res.headers.get('vary') ?? '')) c.res.headers.append('vary', 'Accept-Language');
    c.var.logger.info(
      { method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round((performance.now() - started) * 10) / 10 },
      'request',
    );
  });

  app.onError((error, c) => {
    if (isConnectionLost(error)) {
      c.var.logger.warn({ err: error }, 'the database connection was lost during the request');
      return respondWithError(c, new ServiceUnavailableError('database'));
    }
    // A body the JSON validator cannot parse (empty, cut off, not JSON) is the client's mistake.
    if (error instanceof HTTPException && error.status === 400) return respondWithError(c, new MalformedRequestError('malformedBody'));
    const problem = problemFor(error, c.var.lang, c.var.requestId, problemTexts);
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

  // ---- The JSON API ----
  // The response cache is the last public guard: a cached answer is still rate limited.
  const cacheBytes = deps.config.responseCacheBytes ?? 64 * 1024 * 1024;
  const publicGuards = [
    ...(deps.publicGuards ?? []),
    ...(cacheBytes > 0 ? [publicResponseCache(deps.readDatabase ?? database, deps.clock, cacheBytes)] : []),
  ];
  const slots = deps.cookieGroup ?? standardCookieGroupSlots({ modules, config: deps.config, clock: deps.clock });
  const { apiDocument } = mountApi(app, modules, slots, respondWithError, publicGuards);
  // Open data in its own formats (the HSDS API under /hsds): problem+json like the API.
  const apiPrefixes = ['/api', ...mountOpenData(app, modules, respondWithError, publicGuards)];
  const isApiPath = (path: string) => apiPrefixes.some((p) => path === p || path.startsWith(`${p}/`));

  if (deps.testHooks) app.route(TEST_HOOKS_PREFIX, deps.testHooks);

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
  // The build's other files (robots.txt, the favicon, …) by their top-level names, read once: a
  // page's path was looked up on the disk on every request (a synchronous stat, a tenth of a cached
  // page's CPU time).
  const clientFiles = new Set(existsSync(clientBuildDirectory) ? readdirSync(clientBuildDirectory) : []);
  const otherStaticFiles = serveStatic({
    root: clientBuildDirectory,
    onFound: (_path, c) => {
      c.header('cache-control', 'public, max-age=3600');
    },
  });
  app.use('*', (c, next) => (clientFiles.has(c.req.path.split('/')[1] ?? '') ? otherStaticFiles(c, next) : next()));

  // ---- Pages: the staff workspace is in the cookie group; family pages are public ----
  const cookieGroup = cookieGroupChain(slots);
  app.use('/:lang/staff', ...cookieGroup);
  app.use('/:lang/staff/*', ...cookieGroup);
  // The staff routes that are not pages (sign-in at an identity provider), at /staff.
  app.use('/staff', ...cookieGroup);
  app.use('/staff/*', ...cookieGroup);
  for (const { instance } of modules) if (instance.staffRoutes) app.route('/staff', instance.staffRoutes);

  const clientsFor = (scope: RequestScope) =>
    Object.fromEntries(
      modules.flatMap(({ definition, instance }) => (instance.client ? [[definition.name, instance.client(scope)]] : [])),
    ) as PageClients;

  const pageContext = (c: Context<AppEnv>): PageContext => {
    const scope = scopeOf(c);
    return {
      ...scope,
      ...clientsFor(scope),
      nonce: c.var.nonce,
      apiDocument,
      describeIssues: (issues) => issues.map((issue) => ({ field: issue.field, message: problemTexts.describeIssue(issue, scope.lang) })),
      csrfToken: c.var.csrfToken,
      cookies: c.var.cookies,
      requestOrigin: requestOrigin(c, deps.config.publicOrigin, deps.config.trustProxy),
      devMail: deps.devMailbox ? () => deps.devMailbox!.messages() : null,
      answerChangesAt: (at) => {
        const horizon = c.get('clockHorizon');
        if (horizon === undefined || at.getTime() < horizon) c.set('clockHorizon', at.getTime());
      },
      answerShows: (serviceIds) => answerShows(c, serviceIds),
    };
  };

  // Family pages are guarded like the open API; the staff pages have their own limits.
  const familyGuards = publicGuards.length ? chain(publicGuards) : null;
  app.use('*', async (c, next) => {
    const [, first, second] = c.req.path.split('/');
    if (!familyGuards || !isLang(first) || second === 'staff') return next();
    return familyGuards(c, next);
  });
  app.all('*', async (c) => {
    const pages = deps.pages;
    if (!pages) return respondWithError(c, new NotFoundError('page', c.req.path));
    // A first segment that is no language is no page: the site's own 404 page in the reader's
    // language, rendered for a path React Router can build (it fails on a segment like "%0A").
    // "/search?q=…" typed without a language: the same page in the reader's language.
    if (!languageOfPath(c.req.path) && c.req.method === 'GET' && LANGUAGELESS_PAGE_ROOTS.has(c.req.path.split('/')[1] ?? '')) {
      const url = new URL(c.req.url);
      c.header('vary', 'Accept-Language');
      return c.redirect(`/${c.var.lang}${url.pathname}${url.search}`, 302);
    }
    if (!languageOfPath(c.req.path) || !isPagePath(c.req.path)) {
      return pages(new Request(new URL(`/${c.var.lang}/${NOT_FOUND_SEGMENT}`, c.req.url)), pageContext(c));
    }
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && !pages.acceptsForm(c.req.path)) {
      return respondWithError(c, new MethodNotAllowedError(c.req.method, ['GET', 'HEAD']));
    }
    return pages(publicRequest(c), pageContext(c));
  });

  /**
   * The request as the browser made it: behind a TLS-terminating proxy Node sees http and an
   * inner host, and React Router refuses an action whose Origin differs from the request URL's.
   * The cookie group's CSRF check has compared Origin with our public origin already.
   */
  function publicRequest(c: Context<AppEnv>): Request {
    const url = new URL(c.req.url);
    const origin = requestOrigin(c, deps.config.publicOrigin, deps.config.trustProxy);
    if (url.origin === origin) return c.req.raw;
    const raw = c.req.raw;
    const hasBody = raw.method !== 'GET' && raw.method !== 'HEAD';
    return new Request(`${origin}${url.pathname}${url.search}`, {
      method: raw.method,
      headers: raw.headers,
      signal: raw.signal,
      ...(hasBody ? { body: raw.body, duplex: 'half' } : {}),
    } as RequestInit);
  }

  /** problem+json for the API; a small accessible HTML page for browsers. */
  function respondWithError(c: Context<AppEnv>, error: unknown): Response {
    const problem = problemFor(error, c.var.lang, c.var.requestId, problemTexts);
    const headers = isAppError(error) ? error.responseHeaders() : {};
    if (isApiPath(c.req.path)) return problemResponse(c, problem, headers);
    return c.html(errorPage(c.var.lang, problem), problem.status as 400, headers);
  }

  return app;
}

/** The page prefix, the `lang` parameter, or else negotiated from Accept-Language (then the response varies by it). */
function requestLanguage(c: Context<AppEnv>): { lang: Lang; negotiated: boolean } {
  const fromPath = languageOfPath(c.req.path);
  if (fromPath) return { lang: fromPath, negotiated: false };
  const fromQuery = c.req.query('lang');
  if (isLang(fromQuery)) return { lang: fromQuery, negotiated: false };
  return { lang: negotiateLanguage(c.req.header('accept-language')), negotiated: true };
}

/**
 * React Router's own endpoints (`*.data` for client navigation, `/__manifest` for route discovery)
 * serve hydrating apps; no page hydrates, so they are closed rather than left as a second API.
 */
function isPagePath(path: string): boolean {
  return !path.endsWith('.data') && path !== '/__manifest';
}
