import fc from 'fast-check';
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

const html = async (path: string, headers: Record<string, string> = {}) => {
  const response = await t.get(path, headers);
  return { response, body: await response.text() };
};
const resultLinks = (body: string) => [...body.matchAll(/<a href="\/(?:fi|sv|en)\/services\/([0-9a-f-]{36})"/g)].map((m) => m[1]);

describe('language', () => {
  it('sends / to the language the browser prefers', async () => {
    for (const [header, target] of [
      ['sv-FI,sv;q=0.9', '/sv'],
      ['en-US,en;q=0.8', '/en'],
      ['fi', '/fi'],
    ]) {
      const response = await t.get('/', { 'accept-language': header! });
      expect(response.status).toBe(302);
      expect(response.headers.get('location')).toBe(target);
      expect(response.headers.get('vary')).toMatch(/Accept-Language/);
    }
  });

  it('sends a path typed without a language to the same page in the preferred language', async () => {
    const response = await t.get('/search?q=neuvola', { 'accept-language': 'sv-FI,sv;q=0.9' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/sv/search?q=neuvola');
    expect((await t.get('/municipalities/491')).headers.get('location')).toBe('/fi/municipalities/491');
  });

  it('keeps the page and its filters when switching language', async () => {
    const { body } = await html('/fi/search?q=neuvola&municipality=491');
    expect(body).toContain('href="/sv/search?q=neuvola&amp;municipality=491"');
    expect(body).toContain('href="/en/search?q=neuvola&amp;municipality=491"');
  });
});

describe('family pages work without JavaScript', () => {
  it('ship whole HTML documents without a single script', async () => {
    for (const path of ['/fi', '/sv/search?q=neuvola', '/en/municipalities/491']) {
      const { response, body } = await html(path);
      expect(response.status, path).toBe(200);
      expect(body, path).toMatch(/^<!DOCTYPE html>/i);
      expect(body, path).not.toMatch(/<script/i);
    }
  });

  it('find Mikkeli services for a child of two through a plain GET form, in Finnish and in Swedish', async () => {
    const fi = await html('/fi/search?q=neuvola&municipality=491&age=2');
    expect(fi.response.status).toBe(200);
    expect(fi.body).toContain('<html lang="fi"');
    const fiIds = resultLinks(fi.body);
    expect(fiIds.length).toBeGreaterThan(0);

    const sv = await html('/sv/search?q=neuvola&municipality=491&age=2');
    expect(sv.body).toContain('<html lang="sv"');
    // The same services; within a rank each language sorts by its own names.
    expect(resultLinks(sv.body).sort()).toEqual([...fiIds].sort());

    const service = await html(`/sv/services/${fiIds[0]}`);
    expect(service.response.status).toBe(200);
    expect(service.body).toMatch(/<h1[^>]*>.*rådgivning/i);
  });

  it('shows what was wrong with a search, in the page language, with status 400', async () => {
    const { response, body } = await html('/en/search?age=abc&municipality=999');
    expect(response.status).toBe(400);
    expect(body).toContain('There is a problem with the search');
    expect(body).toContain('href="#f-age"');
    expect(body).toContain('must be a whole number');
  });

  it('escapes whatever the search words contain', async () => {
    const { response, body } = await html(`/fi/search?q=${encodeURIComponent('<script>alert(1)</script>')}`);
    expect(response.status).toBe(200);
    expect(body).not.toContain('<script>alert(1)</script>');
    expect(body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('answers unknown pages and ids with 404 pages and undecodable URLs with 400', async () => {
    for (const path of ['/xx', '/fi/no-such-page', '/fi/services/not-an-id', '/fi/services/00000000-0000-4000-8000-000000000000']) {
      const { response, body } = await html(path);
      expect(response.status, path).toBe(404);
      expect(body, path).toContain('<h1');
    }
    const { response, body } = await html('/fi/search?q=%FF');
    expect(response.status).toBe(400);
    expect(body).toContain('UTF-8');
  });
});

describe('security headers', () => {
  it('come with every page and API answer', async () => {
    for (const path of ['/fi', '/api/v1/services', '/fi/no-such-page']) {
      const response = await t.get(path);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp, path).toMatch(/default-src 'self'/);
      expect(csp, path).toMatch(/frame-ancestors 'none'/);
      expect(csp, path).not.toMatch(/unsafe-inline/);
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
      expect(response.headers.get('x-request-id'), path).toBeTruthy();
    }
  });
});

describe('the search page under random query strings', () => {
  it('answers 200 or 400, never 500, and never echoes markup; empty parameters are dropped by a redirect', async () => {
    const key = fc.constantFrom('q', 'municipality', 'age', 'topic', 'level', 'language', 'delivery', 'cost', 'openNow', 'openOn', 'page');
    const value = fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.string({ unit: 'grapheme', maxLength: 20 }),
      fc.constantFrom('<img src=x onerror=alert(1)>', '"><script>x</script>', '491', '-1', '99999999999', "' or 1=1 --"),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(key, value), { maxLength: 5 }), async (pairs) => {
        const query = new URLSearchParams(pairs).toString();
        const { response, body } = await html(`/fi/search?${query}`);
        const blank = pairs.some(([, v]) => v.trim() === '');
        expect(blank ? [302] : [200, 400], query).toContain(response.status);
        if (blank) {
          const kept = new URLSearchParams(pairs.filter(([, v]) => v.trim() !== '')).toString();
          expect(response.headers.get('location'), query).toBe(`/fi/search${kept ? `?${kept}` : ''}`);
        }
        expect(body, query).not.toMatch(/<script|<img src=x/i);
      }),
      { numRuns: 40 },
    );
  });
});
