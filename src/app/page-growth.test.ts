import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../tests/support/test-app.ts';
import { openTestDatabase, type TestDatabase } from '../../tests/support/test-database.ts';
import { serviceId, placeId } from '../modules/catalog/network/network-loader.ts';

let database: TestDatabase;
let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  database = await openTestDatabase('demo');
  t = await createTestApp(database, { pages: true });
});
afterAll(() => database?.close());

/** Query strings of about `bytes` characters that a prober would send: long lists, repeats, junk. */
const probes: Record<string, (bytes: number) => string> = {
  'a long list of ages': (bytes) => `age=${Array.from({ length: bytes / 4 }, (_, i) => i).join(',')}`.slice(0, bytes),
  'one topic repeated': (bytes) => 'topic=clinics&'.repeat(bytes / 14),
  'many valid levels': (bytes) => 'level=basic,special,universal&'.repeat(bytes / 30),
  'unknown parameters': (bytes) => Array.from({ length: bytes / 12 }, (_, i) => `x${i}=yyyyy`).join('&'),
  'a long search text': (bytes) => `q=${'neuvola '.repeat(bytes / 8)}`,
};

const pages = [
  '/fi/search?q=neuvola&municipality=491&',
  '/sv/search?',
  `/en/services/${serviceId('lastenneuvola-mikkeli')}?`,
  `/fi/places/${placeId('perhekeskus-mikkeli')}?`,
  `/fi/family-centres/${placeId('perhekeskus-mikkeli')}?`,
  '/fi/municipalities/491?',
  '/fi?',
  '/fi/nothing-here?',
];

const size = async (path: string) => {
  const res = await t.app.request(path);
  expect(res.status, path.slice(0, 80)).toBeLessThan(500);
  return (await res.text()).length;
};

describe('family pages grow no faster than their input', () => {
  for (const [name, probe] of Object.entries(probes)) {
    it(`with ${name}`, async () => {
      for (const page of pages) {
        const base = await size(page);
        // Up to the longest URL the server reads (15 000 characters).
        for (const bytes of [1_000, 4_000, 12_000]) {
          const grown = (await size(page + probe(bytes))) - base;
          // An echo of the input in a few places (the form, the language links) is fine; a page that
          // repeats it per value is not.
          expect(grown, `${page} + ${bytes} bytes of ${name}`).toBeLessThan(6 * bytes);
        }
      }
    });
  }
});
