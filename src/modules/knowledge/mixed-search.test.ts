import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, type Actor } from '../../platform/actor.ts';
import { addDays, helsinkiMoment } from '../../platform/helsinki-time.ts';
import { activitiesOf, family, MLL_MIKKELI, organiser, singleActivity } from '../../../tests/support/activity-fixtures.ts';
import { createTestApp } from '../../../tests/support/test-app.ts';
import { openTestDatabase, type TestDatabase } from '../../../tests/support/test-database.ts';
import { centralMeetingPlaceKey, demoMllOrganization, organizationId, placeId } from '../catalog/index.ts';

/*
 * GET /api/v1/search and /{lang}/search mix the activities still on into the first page: labelled,
 * with their next occurrence, in the municipality asked for; never drafts, ended or past ones.
 */

interface Hit {
  type: 'article' | 'activity' | 'service';
  id: string;
  name?: string;
  kind?: string;
  url?: string;
  next?: { start: string; end: string; url: string };
  place?: { name: string } | null;
  municipality?: { code: string };
}
interface Mixed {
  items: Hit[];
  total: number;
  articles: { total: number };
  activities: { total: number };
}

let database: TestDatabase;
let t: Awaited<ReturnType<typeof createTestApp>>;
let activities: ReturnType<typeof activitiesOf>;
let editor: Actor;
const ids: Record<'mikkeli' | 'savonlinna' | 'draft' | 'ended' | 'past' | 'teens', string> = {} as never;
const MLL_SAVONLINNA = organizationId(demoMllOrganization('savonlinna'));
let tomorrow: string;

const create = async (name: string, overrides: Parameters<typeof singleActivity>[1] = {}) =>
  (
    await activities.as(editor).organiser.createActivity(
      singleActivity(activities.clock, {
        name: { fi: name, sv: `${name} (sv)`, en: `${name} (en)` },
        type: 'themeEvening',
        ...overrides,
      }),
    )
  ).id;
const search = (query: string) => t.getJson<Mixed>(`/api/v1/search?${query}`);
const activityHits = (body: Mixed) => body.items.filter((i) => i.type === 'activity');

beforeAll(async () => {
  database = await openTestDatabase('demo');
  t = await createTestApp(database, { pages: true });
  activities = activitiesOf(database.db, { clock: t.clock });
  editor = await organiser(database.db, [
    { role: 'editor', organizationId: MLL_MIKKELI },
    { role: 'editor', organizationId: MLL_SAVONLINNA },
  ]);
  const today = helsinkiMoment(t.clock.now()).date;
  tomorrow = addDays(today, 1);
  ids.mikkeli = await create('Kanteleilta vanhemmille', { ageMin: 0, ageMax: 6 });
  ids.savonlinna = await create('Kanteleilta Savonlinnassa', {
    organizationId: MLL_SAVONLINNA,
    placeId: placeId(centralMeetingPlaceKey('savonlinna')),
  });
  ids.draft = await create('Kanteleilta luonnoksena', { status: 'draft' });
  ids.ended = await create('Kanteleilta päättynyt', { status: 'ended' });
  ids.past = await create('Kanteleilta eilen', { schedule: { firstDate: addDays(today, -1), startTime: '10:00', durationMinutes: 60 } });
});
afterAll(async () => {
  await activities?.jobs.stop();
  await t?.close();
  await database?.close();
});

describe('activities in the mixed search', () => {
  it('finds an activity by its words, labelled, with its next occurrence in Helsinki time, after the articles and before the services', async () => {
    const { response, body } = await search(`q=${encodeURIComponent('kanteleilta neuvola')}&municipality=491`);
    expect(response.status).toBe(200);
    expect(activityHits(body).map((a) => a.id)).toEqual([ids.mikkeli]);
    expect(body.activities.total).toBe(1);
    expect(activityHits(body)[0]).toMatchObject({
      type: 'activity',
      name: 'Kanteleilta vanhemmille',
      kind: 'themeEvening',
      url: `/fi/activities/${ids.mikkeli}`,
      next: { start: `${tomorrow}T10:00:00+02:00`, end: `${tomorrow}T11:00:00+02:00` },
      municipality: { code: '491' },
    });
    expect(activityHits(body)[0]!.place?.name).toBeTruthy();
    const types = body.items.map((i) => i.type);
    const firstActivity = types.indexOf('activity');
    expect(types.slice(0, firstActivity).every((type) => type === 'article')).toBe(true);
    expect(types.slice(firstActivity + 1).every((type) => type === 'service')).toBe(true);
    expect(types).toContain('service');
  });

  it('keeps to the municipality and the age asked for, and never shows drafts, ended or past activities', async () => {
    const everywhere = await search('q=kanteleilta');
    expect(new Set(activityHits(everywhere.body).map((a) => a.id))).toEqual(new Set([ids.mikkeli, ids.savonlinna]));
    expect(everywhere.body.activities.total).toBe(2);
    const savonlinna = await search('q=kanteleilta&municipality=740');
    expect(activityHits(savonlinna.body).map((a) => a.id)).toEqual([ids.savonlinna]);
    const tenYearOld = await search('q=kanteleilta&age=10');
    expect(activityHits(tenYearOld.body).map((a) => a.id)).toEqual([ids.savonlinna]);
    const sv = await search('q=kanteleilta&municipality=491&lang=sv');
    expect(activityHits(sv.body)[0]).toMatchObject({ name: 'Kanteleilta vanhemmille (sv)', url: `/sv/activities/${ids.mikkeli}` });
  });

  it('puts activities on the first page only', async () => {
    const page2 = await search(`q=${encodeURIComponent('kanteleilta neuvola')}&page=2`);
    expect(page2.response.status).toBe(200);
    expect(page2.body.items.length).toBeGreaterThan(0);
    expect(page2.body.items.every((i) => i.type === 'service')).toBe(true);
    expect(page2.body.activities.total).toBe(2);
  });

  it('shows the same hit whoever signs up, and a new activity at once (the cache follows the data version)', async () => {
    const path = '/api/v1/search?q=kanteleilta&municipality=491';
    const first = await t.get(path);
    const etag = first.headers.get('etag')!;
    expect((await t.get(path, { 'if-none-match': etag })).status).toBe(304);
    const before = activityHits((await first.json()) as Mixed);

    const occurrence = (await activities.as(anonymous).public.getActivity(ids.mikkeli)).occurrences[0]!.id;
    await activities.as(anonymous).family.signUp(occurrence, family(8101));
    // Rendered again under the new data version, to the very same body: the ETag still matches.
    const afterSignUp = await t.get(path, { 'if-none-match': etag });
    expect(afterSignUp.headers.get('x-response-cache')).toBe('miss');
    expect(afterSignUp.status).toBe(304);
    expect(activityHits((await (await t.get(path)).json()) as Mixed)).toEqual(before);

    const added = await create('Toinen kanteleilta');
    const changed = await t.getJson<Mixed>(path);
    expect(activityHits(changed.body).map((a) => a.id)).toContain(added);
  });
});

describe('the search page', () => {
  it('shows the activities as a labelled section in Finnish, Swedish and English, without places left', async () => {
    const labels = {
      fi: ['Toimintaa', 'Toiminta', 'Seuraavan kerran'],
      sv: ['Verksamhet', 'Verksamhet', 'Nästa gång'],
      en: ['Activities', 'Activity', 'Next on'],
    };
    for (const [lang, [heading, label, next]] of Object.entries(labels)) {
      const response = await t.get(`/${lang}/search?q=kanteleilta&municipality=491`);
      expect(response.status).toBe(200);
      const html = await response.text();
      expect(html).toContain(`<h2 id="activity-hits-heading">${heading}</h2>`);
      expect(html).toContain(`<span class="tag">${label}</span>`);
      expect(html).toContain(`href="/${lang}/activities/${ids.mikkeli}"`);
      expect(html).toContain(next);
      expect(html).not.toContain(`href="/${lang}/activities/${ids.savonlinna}"`);
      expect(html).not.toMatch(/paikkaa vapaana|platser lediga|places left/);
    }
    const page2 = await (await t.get('/fi/search?q=kanteleilta+neuvola&page=2')).text();
    expect(page2).not.toContain('activity-hits-heading');
  });
});
