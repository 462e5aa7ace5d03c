import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../tests/support/test-app.ts';
import { openTestDatabase, type TestDatabase } from '../../../tests/support/test-database.ts';

let database: TestDatabase;
let t: Awaited<ReturnType<typeof createTestApp>>;

beforeAll(async () => {
  database = await openTestDatabase('demo');
  t = await createTestApp(database);
});
afterAll(() => database?.close());

type ServiceList = {
  items: {
    id: string;
    name: string;
    locality: string;
    categories: string[];
    language: string;
    untranslatedFields: string[];
    url: string;
  }[];
  total: number;
  page: number;
  pageSize: number;
  suggestedQuery: string | null;
};
type Problem = { type: string; title: string; status: number; detail: string; errors?: { parameter: string; message: string }[] };

describe('GET /api/v1/services', () => {
  it("lists Mikkeli's child and maternity clinics first for ?q=neuvola&municipality=491", async () => {
    const { response, body } = await t.getJson<ServiceList>('/api/v1/services?q=neuvola&municipality=491&lang=fi');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const [first, second] = body.items;
    const clinicCategories = [first, second].map((s) => s?.categories ?? []);
    expect(clinicCategories.some((c) => c.includes('child-health-clinic'))).toBe(true);
    expect(clinicCategories.some((c) => c.includes('maternity-clinic'))).toBe(true);
    expect([first, second].every((s) => s?.locality === 'municipality' && /Mikkeli/.test(s.name))).toBe(true);
    expect(body).toMatchObject({ page: 1, pageSize: 20 });
    expect(body.total).toBeGreaterThanOrEqual(2);
  });

  it('answers in Swedish and says which fields fell back to Finnish', async () => {
    const { body } = await t.getJson<ServiceList>('/api/v1/services?q=rådgivning&municipality=491&lang=sv');
    expect(body.items[0]?.language).toBe('sv');
    expect(body.items[0]?.name).toMatch(/rådgivning/i);
    expect(body.items[0]?.url).toMatch(/^\/sv\/services\//);
    for (const item of body.items) expect(Array.isArray(item.untranslatedFields)).toBe(true);
  });

  it('takes list filters repeated or comma-separated', async () => {
    const repeated = await t.getJson<ServiceList>('/api/v1/services?level=basic&level=special&pageSize=100');
    const commas = await t.getJson<ServiceList>('/api/v1/services?level=basic,special&pageSize=100');
    expect(repeated.body.total).toBe(commas.body.total);
    expect(repeated.body.total).toBeGreaterThan(0);
  });

  it('refuses bad parameters with problem details in the asked language', async () => {
    const { response, body } = await t.getJson<Problem>('/api/v1/services?page=-1&municipality=999&lang=en');
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(body).toMatchObject({ status: 400, title: 'Invalid request', type: '/api/v1/problems/invalid-input' });
    expect(body.errors).toEqual([{ parameter: 'page', message: 'page: at least 1' }]);

    const unknown = await t.getJson<Problem>('/api/v1/services?municipality=999', { 'accept-language': 'sv-FI' });
    expect(unknown.response.status).toBe(400);
    expect(unknown.body.errors?.[0]?.message).toBe('municipality: okänt kommunnummer 999');

    const long = await t.getJson<Problem>(`/api/v1/services?q=${'a'.repeat(10_000)}`);
    expect(long.response.status).toBe(400);
    expect(long.body.errors?.[0]?.message).toBe('q: enintään 200 merkkiä');

    const badBytes = await t.getJson<Problem>('/api/v1/services?q=%FF%FE');
    expect(badBytes.response.status).toBe(400);
    expect(badBytes.body.type).toBe('/api/v1/problems/malformed-request');

    const repeated = await t.getJson<Problem>('/api/v1/services?page=1&page=2');
    expect(repeated.body.errors?.[0]?.message).toBe('page: annettu useammin kuin kerran');
  });

  it('treats SQL and markup in the search words as plain words', async () => {
    for (const q of [`'; drop table service; --`, '<script>alert(1)</script>', "neuvola' or '1'='1", 'a:* | b & !c']) {
      const { response, body } = await t.getJson<ServiceList>(`/api/v1/services?q=${encodeURIComponent(q)}`);
      expect(response.status, q).toBe(200);
      expect(Array.isArray(body.items)).toBe(true);
    }
    const stillThere = await t.getJson<ServiceList>('/api/v1/services?q=neuvola');
    expect(stillThere.body.total).toBeGreaterThan(0);
  });
});

describe('GET /api/v1/services/{id}', () => {
  it('gives the service with its places and hours, or a 404/400 problem', async () => {
    const { body: list } = await t.getJson<ServiceList>('/api/v1/services?q=lastenneuvola&municipality=491');
    const id = list.items[0]!.id;
    const { response, body } = await t.getJson<{ id: string; locations: { hours: { openNow: boolean } }[] }>(
      `/api/v1/services/${id}?lang=en`,
    );
    expect(response.status).toBe(200);
    expect(body.id).toBe(id);
    expect(body.locations.length).toBeGreaterThan(0);

    expect((await t.get('/api/v1/services/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await t.get('/api/v1/services/not-an-id')).status).toBe(400);
  });
});

describe('other lists', () => {
  it('lists places by accessibility, municipalities, organisations and the taxonomy', async () => {
    const places = await t.getJson<{ items: { accessibility: Record<string, boolean | null> }[]; total: number }>(
      '/api/v1/places?accessibility=stepFreeAccess,pramAccess&pageSize=100',
    );
    expect(places.body.total).toBeGreaterThan(0);
    for (const p of places.body.items) expect(p.accessibility).toMatchObject({ stepFreeAccess: true, pramAccess: true });

    const municipalities = await t.getJson<{ items: { code: string }[]; total: number }>('/api/v1/municipalities?region=etela-savo');
    expect(municipalities.body.items.map((m) => m.code).sort()).toEqual(
      ['046', '097', '178', '213', '491', '507', '588', '593', '623', '681', '740', '768'].sort(),
    );

    const orgs = await t.getJson<{ items: { type: string }[] }>('/api/v1/organizations?type=parish');
    expect(orgs.body.items.length).toBeGreaterThan(0);
    expect(orgs.body.items.every((o) => o.type === 'parish')).toBe(true);

    const taxonomy = await t.getJson<{ categories: unknown[]; lifeSituations: unknown[] }>('/api/v1/taxonomy?lang=sv');
    expect(taxonomy.body.categories.length).toBeGreaterThan(10);
  });
});

describe('OpenAPI', () => {
  it('serves an OpenAPI 3.1 document describing every endpoint', async () => {
    const { response, body } = await t.getJson<{ openapi: string; paths: Record<string, unknown> }>('/api/v1/openapi.json');
    expect(response.status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    expect(Object.keys(body.paths).sort()).toEqual(
      [
        '/services',
        '/services/{id}',
        '/places',
        '/places/{id}',
        '/municipalities',
        '/municipalities/{code}',
        '/organizations',
        '/organizations/{id}',
        '/taxonomy',
        '/search',
        '/articles',
        '/articles/{slug}',
        '/contact-requests',
        '/contact-requests/follow',
        '/contact-requests/follow/messages',
        '/contact-requests/follow/read',
        '/contact-requests/follow/typing',
        '/activities',
        '/occurrences',
        '/occurrences/{id}/calendar.ics',
        '/occurrences/{id}/registrations',
        '/places/{id}/activities.ics',
        '/municipalities/{code}/activities.ics',
      ].sort(),
    );
  });

  it('documents path ids that exist in the demo region', async () => {
    type Operation = { parameters?: { name: string; in: string; schema?: { example?: string } }[] };
    const { body } = await t.getJson<{ paths: Record<string, { get: Operation }> }>('/api/v1/openapi.json');
    // Occurrences are dated from today, so their ids are not fixed: the first upcoming one stands in.
    const occurrence = (await t.getJson<{ items: { id: string }[] }>('/api/v1/occurrences')).body.items[0]!.id;
    for (const [path, { get }] of Object.entries(body.paths)) {
      if (!get) continue;
      const pathParams = (get.parameters ?? []).filter((p) => p.in === 'path');
      if (pathParams.length === 0) continue;
      const example = (p: { name: string; schema?: { example?: string } }) =>
        path.startsWith('/occurrences/') ? occurrence : String(p.schema?.example);
      const url = pathParams.reduce((u, p) => u.replace(`{${p.name}}`, example(p)), path);
      expect((await t.get(`/api/v1${url}`)).status, url).toBe(200);
    }
  });

  it('answers unknown API paths with a problem, not a page', async () => {
    const { response, body } = await t.getJson<Problem>('/api/v1/nothing-here');
    expect(response.status).toBe(404);
    expect(body.status).toBe(404);
  });
});

/** Anything a client might put in a query string, sensible or not. */
const anyValue = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.integer({ min: -1_000_000, max: 1_000_000 }).map(String),
  fc.constantFrom('491', '999', 'universal', 'basic,special', 'true', 'on', '', 'fi', 'sv', 'xx', '1e3', '0x10', ' 5 ', 'NaN'),
  fc.constantFrom(`'; drop table service; --`, '<script>alert(1)</script>', '%', '\u0000', '\uD800', 'a'.repeat(10_000)),
);
const anyKey = fc.constantFrom(
  'q',
  'municipality',
  'age',
  'group',
  'topic',
  'level',
  'language',
  'delivery',
  'cost',
  'accessibility',
  'openNow',
  'openOn',
  'page',
  'pageSize',
  'lang',
  'kind',
  'type',
  'region',
  'unknown',
  '',
);
/** Lone surrogates cannot be percent-encoded; a broken client sends their bytes anyway. */
const encode = (value: string) => {
  try {
    return encodeURIComponent(value);
  } catch {
    return '%ED%A0%80';
  }
};
/** Mostly well-encoded, sometimes raw percent garbage as a broken client would send. */
const queryString = fc
  .array(fc.tuple(anyKey, anyValue, fc.constantFrom('encoded', 'encoded', 'encoded', 'raw')), { maxLength: 6 })
  .map((pairs) => pairs.map(([k, v, how]) => `${encode(k)}=${how === 'raw' ? v.replace(/[#&\s]/g, '') : encode(v)}`).join('&'));

describe('every list endpoint under random query strings', () => {
  for (const path of ['/api/v1/services', '/api/v1/places', '/api/v1/municipalities', '/api/v1/organizations', '/api/v1/taxonomy']) {
    it(`${path} answers 200 or a 4xx problem, never a 5xx`, async () => {
      await fc.assert(
        fc.asyncProperty(queryString, async (query) => {
          let response: Response;
          try {
            response = await t.get(`${path}?${query}`);
          } catch {
            return; // the test client itself refused to build such a URL
          }
          expect(response.status, query).toBeLessThan(500);
          if (response.status >= 400) {
            expect(response.headers.get('content-type'), query).toMatch(/^application\/problem\+json/);
            const problem = (await response.json()) as Problem;
            expect(problem.detail.length, query).toBeGreaterThan(0);
          } else {
            const body = (await response.json()) as Record<string, unknown>;
            if (path !== '/api/v1/taxonomy') expect(body, query).toHaveProperty('items');
          }
        }),
        { numRuns: 40 },
      );
    });
  }
});
