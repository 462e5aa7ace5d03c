import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../../platform/actor.ts';
import { fixedClock } from '../../../platform/clock.ts';
import { ForbiddenError, InvalidInputError, UnauthorizedError } from '../../../platform/errors.ts';
import { networkBuilder } from '../../../../tests/support/network-builder.ts';
import { addStaff } from '../../../../tests/support/staff-fixtures.ts';
import { openTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.ts';
import { clientOf, testScope } from '../../../../tests/support/test-scope.ts';
import { createTestApp } from '../../../../tests/support/test-app.ts';
import type { Lang } from '../../../platform/i18n-text.ts';
import { catalogModule, organizationId, type CatalogClient } from '../index.ts';

// Tuesday 1 December 2026, noon in Helsinki.
const clock = fixedClock('2026-12-01T10:00:00Z');
const b = networkBuilder();
const region = b.region();
const municipality = b.municipality(region, { code: '491' });
const county = b.organization({ type: 'wellbeingCounty' });
b.service(county, {
  scope: 'region',
  name: { fi: 'Hammashoitola', en: 'Dental clinic' },
  summary: { fi: 'Lasten hampaiden hoito.' },
  categories: ['health-care'],
});
void municipality;
const countyId = organizationId(county.key);

let database: TestDatabase;
let catalog: (lang?: Lang, actor?: Actor) => CatalogClient;
let editor: Actor;

beforeAll(async () => {
  database = await openTestDatabase('empty');
  await b.load(database.db);
  const personId = await addStaff(database.db, { email: 'editor@example.fi', memberships: [{ role: 'editor', organizationId: countyId }] });
  editor = {
    kind: 'staff',
    personId,
    sessionId: randomUUID(),
    grants: [{ role: 'editor', organizationId: countyId, regionId: region.id }],
  };
  catalog = clientOf(catalogModule, database.db, clock);
});
afterAll(() => database?.close());

describe('search that learns', () => {
  it('counts questions that found nothing per day and normalised text, and nothing about who asked', async () => {
    expect((await catalog('fi').searchServices({ q: 'Kvakkelia  PÖKSÄ!' })).total).toBe(0);
    await catalog('fi').searchServices({ q: 'kvakkelia pöksä' });
    await catalog('fi').searchServices({ q: 'hammashoitola' });
    const list = await catalog('fi', editor).listSearchMisses();
    expect(list.misses).toContainEqual({ lang: 'fi', query: 'kvakkelia pöksä', outcome: 'noResults', count: 2, lastDay: '2026-12-01' });
    expect(list.misses.map((m) => m.query)).not.toContain('hammashoitola');
    expect(list.permittedActions).toEqual(['SearchVocabulary.ADD_WORD']);
    const columns = await database.db.selectFrom('search_miss').selectAll().execute();
    expect(Object.keys(columns[0]!).sort()).toEqual(['count', 'day', 'lang', 'outcome', 'query']);
  });

  it('counts them from the open API too: GET /api/v1/services and the mixed GET /api/v1/search', async () => {
    const t = await createTestApp(database, { clock });
    try {
      expect((await t.getJson<{ total: number }>('/api/v1/search?q=zorblat%20vuvuzela&lang=fi')).body.total).toBe(0);
      expect((await t.getJson<{ total: number }>('/api/v1/services?q=zorblat+vuvuzela&lang=fi')).body.total).toBe(0);
      expect((await t.getJson<{ total: number }>('/api/v1/search?q=hammashoitola&lang=fi')).body.total).toBe(1);
      const own = t.modules.find((m) => m.definition.name === 'catalog')!.instance.client as (s: object) => CatalogClient;
      const list = await own(testScope({ clock, lang: 'fi', actor: editor })).listSearchMisses();
      expect(list.misses).toContainEqual({ lang: 'fi', query: 'zorblat vuvuzela', outcome: 'noResults', count: 2, lastDay: '2026-12-01' });
    } finally {
      await t.close();
    }
  });

  it('lets an editor add a word to a concept in one step, on record, and the search understands it at once', async () => {
    const before = await catalog('en').searchServices({ q: 'toothache' });
    expect(before.total).toBe(0);
    await database.db
      .insertInto('search_concept')
      .values({ code: 'teeth', name: JSON.stringify({ fi: 'Hampaat' }), category_codes: ['health-care'] })
      .execute();
    const added = await catalog('en', editor).addWordToConcept({ lang: 'en', word: ' Toothache ', concept: 'teeth' });
    expect(added).toEqual({ lang: 'en', word: 'toothache', concept: 'teeth' });
    const after = await catalog('en').searchServices({ q: 'my child has toothache' });
    expect(after.items.map((s) => s.name.en)).toEqual(['Dental clinic']);
    const events = await database.db
      .selectFrom('audit_event')
      .select(['action', 'actor_person_id'])
      .where('action', 'like', 'SearchVocabulary.%')
      .execute();
    expect(events).toContainEqual({ action: 'SearchVocabulary.ADD_WORD', actor_person_id: (editor as { personId: string }).personId });
  });

  it('refuses bad words, unknown concepts and a word of another concept', async () => {
    await expect(catalog('fi', editor).addWordToConcept({ lang: 'fi', word: '<b>', concept: 'teeth' })).rejects.toSatisfy(
      InvalidInputError.is,
    );
    await expect(catalog('fi', editor).addWordToConcept({ lang: 'fi', word: 'hammas', concept: 'no-such' })).rejects.toMatchObject({
      status: 404,
    });
    await catalog('fi', editor).addWordToConcept({ lang: 'fi', word: 'hammas', concept: 'teeth' });
    await expect(catalog('fi', editor).addWordToConcept({ lang: 'fi', word: 'hammas', concept: 'baby-sleep' })).rejects.toSatisfy(
      (e) => InvalidInputError.is(e) && e.issues[0]?.key === 'wordInOtherConcept',
    );
  });

  it('is for editors only', async () => {
    await expect(catalog('fi').listSearchMisses()).rejects.toSatisfy(UnauthorizedError.is);
    const advisor: Actor = { ...editor, grants: [{ role: 'familyAdvisor', organizationId: countyId, regionId: region.id }] } as Actor;
    await expect(catalog('fi', advisor).addWordToConcept({ lang: 'fi', word: 'hampaat', concept: 'teeth' })).rejects.toSatisfy(
      ForbiddenError.is,
    );
  });
});
