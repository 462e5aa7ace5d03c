import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Hono, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Clock } from '../platform/clock.ts';
import type { Config } from '../platform/config.ts';
import { InvalidInputError } from '../platform/errors.ts';
import type { AppEnv } from '../platform/http/app-env.ts';
import { chain } from '../platform/http/chain.ts';
import { csrfProtection, requestOrigin } from '../platform/http/csrf.ts';
import { createRateLimiter, rateLimitWrites } from '../platform/http/rate-limit.ts';
import type { ModuleInstance } from '../platform/module.ts';

/**
 * Who a route is for decides its headers and its guards. The public API is open data: anonymous,
 * read-only, cacheable and readable from any origin. The cookie group (staff pages and the staff
 * API) carries a session, so it gets CSRF protection, a rate limit and is never cached.
 */
export interface CookieGroupSlots {
  /** Reads the session cookie and sets the actor and the CSRF token (the identity module's session slot). */
  session: MiddlewareHandler<AppEnv>;
  /** Refuses a state-changing request that did not come from our own forms. */
  csrf: MiddlewareHandler<AppEnv>;
  /** Limits sign-in attempts and writes per client. */
  rateLimit: MiddlewareHandler<AppEnv>;
}

const passThrough: MiddlewareHandler<AppEnv> = async (_c, next) => {
  await next();
};

export const emptyCookieGroupSlots: CookieGroupSlots = { session: passThrough, csrf: passThrough, rateLimit: passThrough };

/** Forms and API writes of the cookie group are small; a larger body is refused before anything reads it. */
const STAFF_BODY_LIMIT = 256 * 1024;

/**
 * The cookie group as the product runs it: the session slot of the module that owns sign-in,
 * CSRF protection (own origin and a token; src/platform/http/csrf.ts) behind a body limit, and a
 * per-client limit on state-changing requests (STAFF_WRITE_RATE_LIMIT). Sign-in and mailed links
 * have their own, stricter limits inside identity.
 */
export function standardCookieGroupSlots(options: {
  modules: readonly { instance: Pick<ModuleInstance, 'session' | 'uploads'> }[];
  config: Pick<Config, 'publicOrigin' | 'trustProxy'> & Partial<Pick<Config, 'staffWriteRateLimit'>>;
  clock: Clock;
}): CookieGroupSlots {
  const sessions = options.modules.flatMap((m) => (m.instance.session ? [m.instance.session] : []));
  if (sessions.length > 1) throw new Error('Only one module may fill the session slot');
  const { publicOrigin, trustProxy } = options.config;
  const rule = options.config.staffWriteRateLimit === undefined ? { perMinute: 120, burst: 60 } : options.config.staffWriteRateLimit;
  const limitOf = (maxSize: number) =>
    bodyLimit({
      maxSize,
      onError: () => Promise.reject(new InvalidInputError([{ field: 'body', key: 'tooLarge', params: { max: maxSize } }])),
    });
  const uploads = options.modules.flatMap((m) => m.instance.uploads ?? []).map((u) => ({ path: u.path, limit: limitOf(u.maxBytes) }));
  const small = limitOf(STAFF_BODY_LIMIT);
  const bodyLimitFor: MiddlewareHandler<AppEnv> = (c, next) => (uploads.find((u) => u.path.test(c.req.path))?.limit ?? small)(c, next);
  return {
    session: sessions[0] ?? passThrough,
    csrf: chain([bodyLimitFor, csrfProtection({ origin: (c) => requestOrigin(c, publicOrigin, trustProxy) })]),
    rateLimit: rateLimitWrites(rule ? createRateLimiter(rule, { clock: options.clock }) : null, trustProxy),
  };
}

const noStore: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  c.res.headers.set('cache-control', 'no-store');
};

/** The cookie group's chain, in order: never cached, then who is asking, then is it genuine, then how often. */
export function cookieGroupChain(slots: CookieGroupSlots): MiddlewareHandler<AppEnv>[] {
  return [noStore, slots.session, slots.csrf, slots.rateLimit];
}

/**
 * The family side's anonymous writes (ModuleInstance.familyApi): never cached, small bodies. Not
 * behind the concurrency bound: a live stream holds its request open for as long as it is read.
 */
export const familyApiChain: MiddlewareHandler<AppEnv>[] = [
  noStore,
  bodyLimit({
    maxSize: 64 * 1024,
    onError: () => Promise.reject(new InvalidInputError([{ field: 'body', key: 'tooLarge', params: { max: 64 * 1024 } }])),
  }),
];

const publicApiHeaders: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  // Open data: any site may read it.
  c.res.headers.set('access-control-allow-origin', '*');
  if (c.res.status === 200 && !c.res.headers.has('cache-control')) c.res.headers.set('cache-control', 'public, max-age=60');
};

const READ_METHODS = new Set(['GET', 'HEAD']);

/**
 * Mounts a router under `prefix` with `chain` in front of exactly its own routes. A router's own
 * `use('*')` would reach every route under the prefix, other audiences' included, so the chain is
 * attached route by route instead.
 */
export function mountWithChain(app: Hono<AppEnv>, prefix: string, router: OpenAPIHono<AppEnv>, chain: MiddlewareHandler<AppEnv>[]) {
  const seen = new Set<string>();
  for (const route of router.routes) {
    const key = `${route.method} ${route.path}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // A router's own root ('/') is the prefix itself once mounted, not the prefix and a slash.
    app.on([route.method], [route.path === '/' ? prefix : `${prefix}${route.path}`], ...chain);
  }
  app.route(prefix, router);
}

/** The public API: read-only by construction; a module that registers a write there stops the start. */
export function mountPublicApi(app: Hono<AppEnv>, prefix: string, router: OpenAPIHono<AppEnv>, guards: MiddlewareHandler<AppEnv>[] = []) {
  for (const route of router.routes) {
    if (!READ_METHODS.has(route.method.toUpperCase())) {
      throw new Error(`The public API is read-only: ${route.method} ${route.path} belongs to another audience`);
    }
  }
  mountWithChain(app, prefix, router, [publicApiHeaders, ...guards]);
}

/** Anonymous writes without a credential (src/platform/module.ts `publicWriteApi`): small bodies, never cached. */
export function mountPublicWrites(
  app: Hono<AppEnv>,
  prefix: string,
  router: OpenAPIHono<AppEnv>,
  guards: MiddlewareHandler<AppEnv>[] = [],
) {
  const limit = bodyLimit({
    maxSize: 32 * 1024,
    onError: () => Promise.reject(new InvalidInputError([{ field: 'body', key: 'tooLarge', params: { max: 32 * 1024 } }])),
  });
  mountWithChain(app, prefix, router, [noStore, ...guards, limit]);
}
