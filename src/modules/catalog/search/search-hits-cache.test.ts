import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { networkBuilder } from '../../../../tests/support/network-builder.ts';
import { openTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.ts';
import type { ReadTx } from '../catalog.tables.ts';
import { findServiceSummaries } from '../services.queries.ts';
import { createSearchHitsCache } from './search-hits-cache.ts';
import { searchServiceSummaries, type ServiceSearchCriteria } from './service-search.queries.ts';
import { unfilteredCriteria } from './unfiltered-criteria.ts';

/*
 * A question's matches are kept while the public content version stays the same: a "still
 * correct" click shows its new date without a search, any other change searches again.
 */

let database: TestDatabase;
const b = networkBuilder();
const region = b.region();
const mikkeli = b.municipality(region, { code: '491', name: { fi: 'Mikkeli' } });
const county = b.organization({ type: 'wellbeingCounty', name: { fi: 'Hyvinvointialue' } });
const clinic = b.service(county, { scope: 'region', name: { fi: 'Perheneuvola' } });
const cafe = b.service(county, { scope: 'region', name: { fi: 'Perhekahvila' } });
b.place(county, mikkeli, { kind: 'servicePoint' });

beforeAll(async () => {
  database = await openTestDatabase('empty');
  await b.load(database.db);
});
afterAll(() => database.close());

const names = new Map([['491', { fi: 'Mikkeli' }]]);
const criteria = unfilteredCriteria([], '491', 10);

function counted() {
  const cache = createSearchHitsCache();
  const tx = database.db as unknown as ReadTx;
  let searches = 0;
  const hits = (c: ServiceSearchCriteria) =>
    cache.hits(
      tx,
      c,
      () => {
        searches++;
        return searchServiceSummaries(tx, c, names);
      },
      (ids) => findServiceSummaries(tx, ids, names),
    );
  return { hits, searches: () => searches };
}

describe('the matches of a question', () => {
  it('are searched once, and shown with what a "still correct" changed without searching again', async () => {
    const { hits, searches } = counted();
    const first = await hits(criteria);
    expect(first.map((h) => h.summary.name.fi)).toEqual(['Perhekahvila', 'Perheneuvola']);
    expect(await hits(criteria)).toEqual(first);
    expect(searches()).toBe(1);

    await sql`update service set last_checked = '2026-11-30', updated_at = now(), version = version + 1 where id = ${cafe.id}`.execute(
      database.db,
    );
    const checked = await hits(criteria);
    expect(searches()).toBe(1);
    expect(checked.map((h) => [h.summary.id, h.summary.lastChecked])).toEqual([
      [cafe.id, '2026-11-30'],
      [clinic.id, '2026-10-01'],
    ]);
    expect(checked.map((h) => h.total)).toEqual(first.map((h) => h.total));
  });

  it('are searched again after any other change, and for another question', async () => {
    const { hits, searches } = counted();
    await hits(criteria);
    await hits({ ...criteria, limit: 1 });
    expect(searches()).toBe(2);
    await sql`update service set name = '{"fi": "Aamukahvila"}' where id = ${cafe.id}`.execute(database.db);
    const renamed = await hits(criteria);
    expect(searches()).toBe(3);
    expect(renamed.map((h) => h.summary.name.fi)).toEqual(['Aamukahvila', 'Perheneuvola']);
  });

  it('are searched every time for "open now", which moves with the minute', async () => {
    const { hits, searches } = counted();
    const openNow = { ...criteria, openAt: { date: '2026-12-01', weekday: 2, time: '10:00', closedDay: false } };
    await hits(openNow);
    await hits(openNow);
    expect(searches()).toBe(2);
  });
});
