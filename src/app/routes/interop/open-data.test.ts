import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../../tests/support/test-app.ts';
import { openTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.ts';

let database: TestDatabase;
let t: Awaited<ReturnType<typeof createTestApp>>;

beforeAll(async () => {
  database = await openTestDatabase('demo');
  t = await createTestApp(database, { pages: true });
});
afterAll(() => database?.close());

const html = async (path: string) => {
  const response = await t.get(path);
  return { response, body: await response.text() };
};
const hrefs = (body: string) => [...body.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));

describe('the open data page', () => {
  it('states the licence, the update rhythm and the language convention, in fi, sv and en, without scripts', async () => {
    const expected = {
      fi: ['CC BY 4.0', 'lang=sv', 'timezone'],
      sv: ['CC BY 4.0', 'Content-Language', 'timezone'],
      en: ['CC BY 4.0', 'every night', 'timezone'],
    };
    for (const [lang, words] of Object.entries(expected)) {
      const { response, body } = await html(`/${lang}/open-data`);
      expect(response.status, lang).toBe(200);
      expect(body).toContain(`<html lang="${lang}"`);
      expect(body).not.toMatch(/<script/i);
      for (const word of words) expect(body, `${lang}: ${word}`).toContain(word);
      expect(hrefs(body)).toEqual(
        expect.arrayContaining(['/hsds', '/hsds/openapi.json', `/${lang}/api-docs`, 'https://creativecommons.org/licenses/by/4.0/']),
      );
    }
  });

  it('links only to HSDS addresses that answer, and is what the HSDS root names as its profile', async () => {
    const { body } = await html('/sv/open-data');
    const examples = hrefs(body).filter((h) => h.startsWith('/hsds'));
    expect(examples.length).toBeGreaterThanOrEqual(7);
    for (const href of examples) expect((await t.get(href)).status, href).toBe(200);
    const root = (await (await t.get('/hsds?lang=sv')).json()) as { profile: string };
    expect(new URL(root.profile).pathname).toBe('/sv/open-data');
  });

  it('is linked from the footer of every page', async () => {
    const { body } = await html('/en/search');
    expect(hrefs(body)).toContain('/en/open-data');
  });
});

describe('a service page', () => {
  it('links to the same service in the HSDS API, in the page language', async () => {
    const page = await (await t.get('/api/v1/services?q=neuvola&pageSize=1')).json();
    const id = (page as { items: { id: string }[] }).items[0]!.id;
    const { body } = await html(`/sv/services/${id}`);
    const link = hrefs(body).find((h) => h.startsWith('/hsds/services/'));
    expect(link).toBe(`/hsds/services/${id}?lang=sv`);
    const record = await t.get(link!);
    expect(record.status).toBe(200);
    expect(record.headers.get('content-language')).toBe('sv');
    expect(((await record.json()) as { id: string }).id).toBe(id);
  });
});
