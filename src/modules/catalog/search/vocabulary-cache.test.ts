import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { networkBuilder } from '../../../../tests/support/network-builder.ts';
import { openTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.ts';
import type { ReadTx } from '../catalog.tables.ts';
import { createVocabularyCache } from './vocabulary-cache.ts';

/*
 * The vocabulary words a typed part stands for ("neuvola" in "perheneuvola") and the "did you
 * mean" suggestions are looked up once per version of the vocabulary: a word gone from the
 * vocabulary is gone from the next search, and an edit that leaves the words alone keeps them.
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

  it('suggests the closest word the services use, until that word is gone', async () => {
    const cache = createVocabularyCache();
    const tx = database.db as unknown as ReadTx;
    await sql`select refresh_service_search(null)`.execute(database.db);
    expect(await cache.suggestions(tx, ['perheneuvla'])).toEqual(new Map([['perheneuvla', 'perheneuvola']]));
    expect(await cache.suggestions(tx, [])).toEqual(new Map());
    await sql`delete from search_vocabulary where word = 'perheneuvola'`.execute(database.db);
    expect((await cache.suggestions(tx, ['perheneuvla'])).get('perheneuvla')).not.toBe('perheneuvola');
  });
});

describe('the version of the vocabulary', () => {
  const versions = async () =>
    (
      await sql<{ pub: string; words: string }>`
        select version::text as pub, search_vocabulary_version::text as words from public_data_version`.execute(database.db)
    ).rows[0]!;

  it('moves with a new word, not with an edit that leaves the words as they were', async () => {
    await sql`select refresh_service_search(null)`.execute(database.db);
    const before = await versions();
    await sql`update service set last_checked = last_checked - 1`.execute(database.db);
    const edited = await versions();
    expect(BigInt(edited.pub)).toBe(BigInt(before.pub) + 1n);
    expect(edited.words).toBe(before.words);

    // Refreshing a service whose texts did not change upserts the same words: no change at all.
    await sql`select refresh_service_search(null)`.execute(database.db);
    const refreshed = await versions();
    expect(refreshed.words).toBe(before.words);

    await sql`update service set keywords = '{"fi": "vertaistuki"}'::jsonb`.execute(database.db);
    await sql`select refresh_service_search(null)`.execute(database.db);
    expect(BigInt((await versions()).words)).toBeGreaterThan(BigInt(before.words));
  });
});
