import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import type { Clock } from '../clock.ts';
import { TooManyRequestsError } from '../errors.ts';
import type { AppEnv } from './app-env.ts';

/**
 * A token bucket per client: `burst` requests at once, refilled at `perMinute` a minute. Kept in
 * this process's memory: each instance limits on its own, and the reverse proxy in front limits
 * the whole (docs/operations.md). The number of clients tracked is bounded, so a flood of spoofed
 * addresses cannot grow memory without end; the oldest bucket is forgotten first.
 */
export interface RateLimitRule {
  perMinute: number;
  burst: number;
}

export function createRateLimiter(rule: RateLimitRule, options: { clock: Clock; maxClients?: number }) {
  const maxClients = options.maxClients ?? 50_000;
  const perMs = rule.perMinute / 60_000;
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    /** Takes one request's token for `key`; says how long to wait when there is none. */
    take(key: string): { allowed: true } | { allowed: false; retryAfterSeconds: number } {
      const now = options.clock.now().getTime();
      const bucket = buckets.get(key) ?? { tokens: rule.burst, at: now };
      buckets.delete(key); // re-inserted below: Map order is then least recently used first
      // A clock set back (NTP, a test moving it to the night) refills nothing and takes nothing:
      // counted backwards, one request would wait for hours.
      bucket.tokens = Math.min(rule.burst, bucket.tokens + Math.max(0, now - bucket.at) * perMs);
      bucket.at = now;
      const allowed = bucket.tokens >= 1;
      if (allowed) bucket.tokens -= 1;
      buckets.set(key, bucket);
      if (buckets.size > maxClients) buckets.delete(buckets.keys().next().value!);
      return allowed ? { allowed } : { allowed, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000)) };
    },
    get clients() {
      return buckets.size;
    },
  };
}

export type RateLimiter = ReturnType<typeof createRateLimiter>;

/**
 * The client's address: the socket's peer, or with a trusted reverse proxy in front, the address
 * that proxy saw (the last entry of X-Forwarded-For, the one it appended itself).
 */
export function clientAddress(c: Context<AppEnv>, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // In-process requests (tests) have no socket.
    return 'in-process';
  }
}

/** Refuses a client over its rule with 429 and Retry-After; `null` limiter: no limit. */
export function rateLimitByClient(limiter: RateLimiter | null, trustProxy: boolean): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (limiter) {
      const verdict = limiter.take(clientAddress(c, trustProxy));
      if (!verdict.allowed) throw new TooManyRequestsError(verdict.retryAfterSeconds);
    }
    await next();
  };
}

/**
 * The cookie group's limit: state-changing requests (form posts, API writes) per client. Reading
 * pages is not counted; sign-in and mailed links have their own, stricter limits on top.
 */
export function rateLimitWrites(limiter: RateLimiter | null, trustProxy: boolean): MiddlewareHandler<AppEnv> {
  const limit = rateLimitByClient(limiter, trustProxy);
  return async (c, next) => (c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : limit(c, next));
}
