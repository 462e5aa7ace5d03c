import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { networkBuilder } from '../../../../tests/support/network-builder.ts';
import { openTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.ts';
import type { ReadTx } from '../catalog.tables.ts';
import { createVocabularyCache } from './vocabulary-cache.ts';

/*
 * The vocabulary words a typed part stands for ("neuvola" in "perheneuvola") are looked up once
 * per public data version: a word gone from the vocabulary is gone from the next search.
 */

let database: TestDatabase;
const b = networkBuilder();
const region = b.region();
const mikkeli = b.municipality(region, { code: '491', name: { fi: 'Mikkeli' } });
const county = b.organization({ type: 'wellbeingCounty', name: { fi: 'Hyvinvointialue' } });
b.service(county, { scope: 'region', name: { fi: 'Perheneuvola' }, categories: ['clinics'] });
b.place(county, mikkeli, { kind: 'servicePoint' });

beforeAll(async () => {
  database = await openTestDatabase('empty');
  await b.load(database.db);
});
afterAll(() => database.close());

describe('the vocabulary of a typed part', () => {
  it('names the words that contain it, and is read again after the vocabulary changes', async () => {
    const cache = createVocabularyCache();
    const tx = database.db as unknown as ReadTx;
    const neuvola = { word: 'neuvola', alternatives: [['neuvola']] };
    const short = { word: 'ei', alternatives: [['ei']] };

    const [first, untouched] = await cache.resolve(tx, [neuvola, short]);
    expect(first!.vocabulary).toContain("'perheneuvola'");
    expect(untouched).toEqual(short);
    expect((await cache.resolve(tx, [neuvola]))[0]).toEqual(first);

    await sql`delete from search_vocabulary where word = 'perheneuvola'`.execute(database.db);
    const [after] = await cache.resolve(tx, [neuvola]);
    expect(after!.vocabulary ?? '').not.toContain('perheneuvola');
  });
});
