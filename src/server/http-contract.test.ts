import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../tests/support/test-app.ts';
import { openTestDatabase, type TestDatabase } from '../../tests/support/test-database.ts';

let database: TestDatabase;
let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  database = await openTestDatabase('demo');
  t = await createTestApp(database, { pages: true });
});
afterAll(() => database?.close());

const request = (path: string, init: RequestInit = {}) => t.app.request(path, init);

describe('the API answers like an API', () => {
  it('gives problem+json 404 for unknown paths under /api, also with pages mounted', async () => {
    for (const path of ['/api/v1/nothing', '/api/v1/services/', '/api/v2/x', '/api/']) {
      const res = await request(path);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('content-type'), path).toMatch(/^application\/problem\+json/);
    }
  });

  it('gives 405 with Allow for another method on a known path, in the language asked for', async () => {
    const res = await request('/api/v1/services', { method: 'POST', headers: { 'accept-language': 'sv' } });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const body = (await res.json()) as { title: string; detail: string };
    expect(body.title).toBe('Metoden är inte tillåten');
    expect(body.detail).toContain('POST');
  });

  it('answers a CORS preflight of the open data API', async () => {
    const res = await request('/api/v1/services', {
      method: 'OPTIONS',
      headers: {
        origin: 'https://elsewhere.example',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'accept-language',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-methods')).toContain('GET');
    expect(res.headers.get('access-control-allow-headers')).toContain('accept-language');
  });
});

describe('language-negotiated responses tell caches so', () => {
  it('sends Vary: Accept-Language and Content-Language when the language came from the header', async () => {
    const res = await request('/api/v1/services?q=neuvola', { headers: { 'accept-language': 'sv' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('vary')).toMatch(/Accept-Language/i);
    expect(res.headers.get('content-language')).toBe('sv');
    expect(res.headers.get('cache-control')).toBe('public, max-age=60');
  });

  it('sends Content-Language on pages, whose language is in the path', async () => {
    const res = await request('/en/search?q=neuvola');
    expect(res.headers.get('content-language')).toBe('en');
    expect(res.headers.get('vary') ?? '').not.toMatch(/Accept-Language/i);
  });
});

describe('paths that are no page', () => {
  it('give the friendly 404, never a 500, for a first segment that is no language', async () => {
    for (const path of ['/%0A', '/%0D', '/%09', '/%20', '/nothing', '/search.data', '/__manifest']) {
      const res = await request(path, { headers: { 'accept-language': 'sv' } });
      expect(res.status, path).toBe(404);
      expect(res.headers.get('content-type'), path).toMatch(/^text\/html/);
      const body = await res.text();
      expect(body, path).toMatch(/<html lang="sv"/);
      expect(body, path).toContain('Sidan hittades inte');
    }
  });

  it("close React Router's data endpoints, since no page hydrates", async () => {
    for (const path of ['/fi/search.data', '/fi.data', '/__manifest?p=%2Ffi']) {
      expect((await request(path)).status, path).toBe(404);
    }
  });

  it('answer 405 with Allow to a form POST on a page without a form, in the page language', async () => {
    const res = await request('/sv/search', {
      method: 'POST',
      body: 'q=x',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
    expect(await res.text()).toMatch(/<html lang="sv"/);
  });
});

describe('limits', () => {
  it('answer a client over its rate with 429 and Retry-After, on the API and on pages', async () => {
    const { createRateLimiter, rateLimitByClient } = await import('../platform/http/rate-limit.ts');
    const limited = await createTestApp(database, {
      pages: true,
      publicGuards: [rateLimitByClient(createRateLimiter({ perMinute: 60, burst: 3 }, { clock: t.clock }), false)],
    });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await limited.get('/api/v1/taxonomy')).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const api = await limited.get('/api/v1/taxonomy');
    expect(api.headers.get('retry-after')).toBe('1');
    expect(api.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const page = await limited.get('/sv/search?q=neuvola');
    expect(page.status).toBe(429);
    expect(page.headers.get('retry-after')).toBe('1');
    expect(await page.text()).toContain('För många förfrågningar');
    // Health checks are never limited.
    expect((await limited.get('/healthz')).status).toBe(200);
  });
});
