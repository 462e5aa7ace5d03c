import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoHsdsExportFile } from '../../../../tests/support/test-env.ts';
import { createTestApp } from '../../../../tests/support/test-app.ts';
import { openTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.ts';
import { failures, hsdsValidators, type HsdsValidators } from '../../../../tests/support/hsds-validators.ts';
import { termId } from './hsds-vocabulary.ts';

let database: TestDatabase;
let t: Awaited<ReturnType<typeof createTestApp>>;
let v: HsdsValidators;
/** The whole export in Finnish, read once by the first test. */
let exported: Obj[] = [];

beforeAll(async () => {
  database = await openTestDatabase('demo');
  t = await createTestApp(database);
  v = hsdsValidators();
});
afterAll(() => database?.close());

type Obj = Record<string, unknown> & { id: string };
type Page = { total_items: number; total_pages: number; page_number: number; size: number; contents: Obj[] };

const json = async <T = Obj>(path: string) => {
  const response = await t.get(path);
  expect(response.status, `${path}: ${response.status}`).toBe(200);
  return (await response.json()) as T;
};
const expectValid = (validate: HsdsValidators[keyof HsdsValidators], value: unknown, what: string) =>
  expect(validate(value), failures(validate, what)).toBe(true);
/** HSDS objects (anything with an id) inside a value, itself included. */
const countObjects = (value: unknown): number =>
  Array.isArray(value)
    ? value.reduce((n: number, x) => n + countObjects(x), 0)
    : value && typeof value === 'object'
      ? ('id' in value ? 1 : 0) + Object.values(value).reduce((n: number, x) => n + countObjects(x), 0)
      : 0;
const ndjson = async (path: string) => {
  const response = await t.get(path);
  expect(response.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
  return (await response.text())
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Obj);
};

describe('the demo region as HSDS 3.0', () => {
  it('validates whole: every service, nested, against the official schema', async () => {
    const { total_items } = await json<Page>('/hsds/services?per_page=1');
    // The global setup fetched the whole export from this endpoint once (tests/support/test-env.ts).
    const services = (exported = (await readFile(demoHsdsExportFile(), 'utf8'))
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Obj));
    expect(services).toHaveLength(total_items);
    // This app answers the same: one organisation's part of the export, line for line.
    const organization = (services[0]!.organization as Obj).id;
    const part = await ndjson(`/hsds/services?format=ndjson&full=true&lang=fi&organization_id=${organization}`);
    expect(part.length).toBeGreaterThan(0);
    expect(part).toEqual(services.filter((x) => (x.organization as Obj).id === organization));
    expect(total_items).toBeGreaterThan(200);
    for (const s of services) expectValid(v.service, s, `service ${s.id}`);
    // Languages differ only in texts: one of each is validated here, all of them in the bench.
    for (const lang of ['sv', 'en']) expectValid(v.service, await json(`/hsds/services/${services[0]!.id}?lang=${lang}`), lang);
    console.info(`HSDS: ${total_items} services with ${countObjects(services)} nested objects validated`);
  });

  it('answers every endpoint in shapes the schemas accept', async () => {
    expectValid(v.root, await json('/hsds'), 'root');
    const page = await json<Page>('/hsds/services?per_page=50&page=2');
    expectValid(v.servicePage, page, 'services page');
    expect(page).toMatchObject({ page_number: 2, size: 50, first_page: false });
    expectValid(v.serviceFullPage, await json('/hsds/services?full=true&per_page=5'), 'full services page');
    const id = page.contents[0]!.id;
    expectValid(v.service, await json(`/hsds/services/${id}?lang=sv`), 'service');

    const organizations = await json<Page>('/hsds/organizations?per_page=100');
    expectValid(v.organizationPage, organizations, 'organizations');
    for (const o of organizations.contents.slice(0, 3))
      expectValid(v.organization, await json(`/hsds/organizations/${o.id}?full_service=true`), `organization ${o.id}`);

    const sals = await json<Page>('/hsds/service_at_locations?per_page=100');
    expectValid(v.serviceAtLocationPage, sals, 'services at locations');
    expect(sals.total_items).toBeGreaterThan(100);
    for (const s of sals.contents.slice(0, 5))
      expectValid(v.serviceAtLocation, await json(`/hsds/service_at_locations/${s.id}`), `service_at_location ${s.id}`);

    const taxonomies = await json<Page>('/hsds/taxonomies');
    expectValid(v.taxonomyPage, taxonomies, 'taxonomies');
    for (const x of taxonomies.contents) expectValid(v.taxonomy, await json(`/hsds/taxonomies/${x.id}`), `taxonomy ${x.id}`);
    const terms = await json<Page>('/hsds/taxonomy_terms?per_page=200');
    expectValid(v.taxonomyTermPage, terms, 'taxonomy terms');
    expectValid(v.taxonomyTerm, await json(`/hsds/taxonomy_terms/${terms.contents[5]!.id}`), 'taxonomy term');
  });

  it('gives each schedule the offset of its dates: +2 in winter, +3 in summer', async () => {
    const schedules: { valid_from?: string; timezone?: number }[] = [];
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') {
        if ('timezone' in value) schedules.push(value as never);
        Object.values(value).forEach(walk);
      }
    };
    walk(exported);
    expect(new Set(schedules.map((s) => s.timezone))).toEqual(new Set([2, 3]));
    for (const s of schedules) {
      const month = Number(String(s.valid_from).slice(5, 7));
      if (month >= 4 && month <= 9) expect(s.timezone, JSON.stringify(s)).toBe(3);
      if (month === 12 || month <= 2) expect(s.timezone, JSON.stringify(s)).toBe(2);
    }
  });

  it('filters by term, organisation, age, opening time and distance', async () => {
    const all = await json<Page>('/hsds/services?per_page=1');
    const clinics = await json<Page>(
      `/hsds/services?per_page=200&full=true&taxonomy_term_id=${termId('categories', 'child-health-clinic')}`,
    );
    expect(clinics.total_items).toBeGreaterThan(0);
    expect(clinics.total_items).toBeLessThan(all.total_items);
    for (const s of clinics.contents) expect(JSON.stringify(s.attributes)).toContain('child-health-clinic');
    const organization = clinics.contents[0]!.organization_id as string;
    const ofOrganization = await json<Page>(`/hsds/services?per_page=200&organization_id=${organization}`);
    expect(ofOrganization.contents.every((s) => s.organization_id === organization)).toBe(true);
    const teens = await json<Page>('/hsds/services?per_page=200&minimum_age=15&maximum_age=17');
    expect(teens.contents.every((s) => Number(s.maximum_age ?? 99) >= 15 && Number(s.minimum_age ?? 0) <= 17)).toBe(true);
    const saturdayMornings = await json<Page>('/hsds/services?per_page=1&day=SA&start_time=08:00&end_time=12:00');
    expect(saturdayMornings.total_items).toBeLessThan(all.total_items);
    const near = await json<Page>('/hsds/service_at_locations?postcode=50100&proximity=2000&per_page=200');
    const nearer = await json<Page>('/hsds/service_at_locations?postcode=50100&proximity=200&per_page=200');
    expect(near.total_items).toBeGreaterThan(nearer.total_items);
  });
});

describe('the HSDS audience', () => {
  it('is open data: CORS *, one language per response, NDJSON streamed', async () => {
    const response = await t.get('/hsds/services?lang=sv&per_page=1');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('content-language')).toBe('sv');
    expect(response.headers.get('cache-control')).toMatch(/public/);
    const preflight = await t.app.request('/hsds/services', { method: 'OPTIONS' });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('answers problems in problem+json: 400 out of range, 404 unknown, 405 for writes', async () => {
    for (const query of [
      'per_page=201',
      'page=0',
      'per_page=abc',
      'modified_after=yesterday',
      'day=someday',
      `taxonomy_term_id=${termId('levels', 'none')}`,
      'proximity=100',
      'format=xml',
    ]) {
      const response = await t.get(`/hsds/services?${query}`);
      expect(response.status, query).toBe(query === 'proximity=100' ? 200 : 400);
      if (response.status === 400) expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    }
    expect((await t.get('/hsds/service_at_locations?proximity=100')).status).toBe(400);
    expect((await t.get('/hsds/service_at_locations?postcode=99999&proximity=100')).status).toBe(400);
    for (const path of ['/hsds/services/00000000-0000-4000-8000-000000000000', '/hsds/services/not-a-uuid', '/hsds/nothing']) {
      const response = await t.get(path);
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    }
    const post = await t.app.request('/hsds/services', { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toContain('GET');
  });

  it('documents itself with an OpenAPI document of its own', async () => {
    const doc = await json<{
      info: { title: string; license: { name: string } };
      servers: { url: string }[];
      paths: Record<string, unknown>;
    }>('/hsds/openapi.json');
    expect(doc.info.license.name).toBe('CC BY 4.0');
    expect(doc.servers[0]!.url).toMatch(/\/hsds$/);
    expect(Object.keys(doc.paths)).toContain('/service_at_locations/{id}');
  });
});
