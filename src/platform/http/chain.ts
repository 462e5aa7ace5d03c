import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.ts';

/**
 * Middleware run in order as one, each around the next, like Hono's own chain: what a middleware
 * does after `await next()` happens after the handler. (hono/combine's `every` runs each with an
 * empty `next`, so a concurrency bound there would release before the handler runs.)
 */
export function chain(handlers: readonly MiddlewareHandler<AppEnv>[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const dispatch = async (i: number): Promise<void> => {
      if (i === handlers.length) return next();
      await handlers[i]!(c, () => dispatch(i + 1));
    };
    await dispatch(0);
  };
}
