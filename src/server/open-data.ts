import type { Context, Hono, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../platform/http/app-env.ts';
import { answerUnrouted, patternOf, type ApiRoute } from './api.ts';
import type { BuiltModule } from './app.ts';
import { mountPublicApi } from './audiences.ts';

/**
 * Open-data audiences outside /api/v1 (the Open Referral HSDS API under /hsds): each module's
 * `openData` router under its own prefix, guarded and headed like the public API (read-only,
 * CORS *, rate-limited), with the same 404/405/preflight answers in problem+json.
 */
export function mountOpenData(
  app: Hono<AppEnv>,
  modules: readonly BuiltModule[],
  respondWithError: (c: Context<AppEnv>, error: unknown) => Response,
  publicGuards: MiddlewareHandler<AppEnv>[] = [],
): string[] {
  const prefixes: string[] = [];
  for (const { instance } of modules) {
    if (!instance.openData) continue;
    const { prefix, router } = instance.openData;
    if (prefix === '/api' || prefix.startsWith('/api/')) throw new Error(`Open data under ${prefix} would shadow the JSON API`);
    mountPublicApi(app, prefix, router, publicGuards);
    const routes: ApiRoute[] = router.routes.map((r) => ({
      method: r.method.toUpperCase(),
      pattern: patternOf(r.path === '/' ? prefix : prefix + r.path),
      audience: 'public',
    }));
    // The root with a trailing slash is the root.
    app.get(`${prefix}/`, (c) => c.redirect(`${prefix}${new URL(c.req.url).search}`, 308));
    app.all(prefix, answerUnrouted(routes, respondWithError));
    app.all(`${prefix}/*`, answerUnrouted(routes, respondWithError));
    prefixes.push(prefix);
  }
  return prefixes;
}
