import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../clock.ts';
import { ServiceUnavailableError } from '../errors.ts';
import type { AppEnv } from './app-env.ts';
import { boundConcurrency } from './load-shedding.ts';
import { createRateLimiter } from './rate-limit.ts';

describe('rate limiter', () => {
  it('lets a burst through, then one request per refill interval, each client apart', () => {
    const clock = fixedClock('2026-11-23T12:00:00Z');
    const limiter = createRateLimiter({ perMinute: 60, burst: 3 }, { clock });
    expect([1, 2, 3].map(() => limiter.take('a').allowed)).toEqual([true, true, true]);
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(limiter.take('b').allowed).toBe(true);
    clock.set('2026-11-23T12:00:01Z');
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
    clock.set('2026-11-23T12:01:00Z');
    expect([1, 2, 3, 4].map(() => limiter.take('a').allowed)).toEqual([true, true, true, false]);
  });

  it('keeps the tokens a client has when the clock is set back, and refills from then on', () => {
    const clock = fixedClock('2026-11-23T12:00:00Z');
    const limiter = createRateLimiter({ perMinute: 60, burst: 2 }, { clock });
    expect(limiter.take('a').allowed).toBe(true);
    clock.set('2026-11-23T05:00:00Z');
    expect(limiter.take('a')).toEqual({ allowed: true });
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    clock.set('2026-11-23T05:00:01Z');
    expect(limiter.take('a').allowed).toBe(true);
  });

  it('tracks a bounded number of clients, forgetting the least recently seen', () => {
    const clock = fixedClock('2026-11-23T12:00:00Z');
    const limiter = createRateLimiter({ perMinute: 1, burst: 1 }, { clock, maxClients: 100 });
    for (let i = 0; i < 10_000; i++) limiter.take(`spoofed-${i}`);
    expect(limiter.clients).toBe(100);
  });
});

describe('concurrency bound', () => {
  it('runs a few at once, queues some, and sheds the rest with 503 and Retry-After', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const app = new Hono<AppEnv>();
    app.onError((error, c) => (ServiceUnavailableError.is(error) ? c.text('busy', 503, error.responseHeaders()) : c.text('error', 500)));
    app.use(boundConcurrency({ maxInFlight: 2, maxQueued: 1, maxWaitMs: 5_000 }));
    app.get('/', async (c) => {
      await gate;
      return c.text('done');
    });
    const requests = [0, 1, 2, 3].map(() => app.request('/'));
    const shed = await requests[3]!;
    expect(shed.status).toBe(503);
    expect(shed.headers.get('retry-after')).toBe('1');
    release();
    expect((await Promise.all(requests.slice(0, 3))).map((r) => r.status)).toEqual([200, 200, 200]);
  });

  it('gives up on a request that waited too long', async () => {
    const app = new Hono<AppEnv>();
    app.onError((error, c) => (ServiceUnavailableError.is(error) ? c.text('busy', 503) : c.text('error', 500)));
    app.use(boundConcurrency({ maxInFlight: 1, maxQueued: 5, maxWaitMs: 50 }));
    app.get('/', () => new Promise<Response>((resolve) => setTimeout(() => resolve(new Response('slow')), 300)));
    const [first, second] = await Promise.all([app.request('/'), app.request('/')]);
    expect([first.status, second.status]).toEqual([200, 503]);
  });
});
