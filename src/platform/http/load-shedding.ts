import type { MiddlewareHandler } from 'hono';
import { ServiceUnavailableError } from '../errors.ts';
import type { AppEnv } from './app-env.ts';

/**
 * A bound on concurrent work: at most `maxInFlight` requests run at once, up to `maxQueued` more
 * wait their turn (for at most `maxWaitMs`), and any beyond are refused at once with 503 and
 * Retry-After, so that a flood makes some requests fail fast instead of all of them slow.
 */
export function boundConcurrency(options: { maxInFlight: number; maxQueued: number; maxWaitMs: number }): MiddlewareHandler<AppEnv> {
  let inFlight = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else inFlight--;
  };
  return async (_c, next) => {
    if (inFlight >= options.maxInFlight) {
      if (waiting.length >= options.maxQueued) throw new ServiceUnavailableError('overloaded', 1);
      await new Promise<void>((resolve, reject) => {
        const turn = () => {
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(() => {
          const index = waiting.indexOf(turn);
          if (index >= 0) waiting.splice(index, 1);
          reject(new ServiceUnavailableError('overloaded', 1));
        }, options.maxWaitMs);
        waiting.push(turn);
      });
    } else {
      inFlight++;
    }
    try {
      await next();
    } finally {
      release();
    }
  };
}
