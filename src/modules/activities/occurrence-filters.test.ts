import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, type Actor } from '../../platform/actor.ts';
import { addDays, helsinkiMoment } from '../../platform/helsinki-time.ts';
import {
  activitiesOf,
  family,
  MIKKELI_MEETING_PLACE,
  MLL_MIKKELI,
  organiser,
  singleActivity,
} from '../../../tests/support/activity-fixtures.ts';
import { openTestDatabase, type TestDatabase } from '../../../tests/support/test-database.ts';

/*
 * The calendar's filters that the family pages and the API share (day, free, with places left),
 * and the meeting place's iCal feed, read back with ical.js.
 */

let database: TestDatabase;
let activities: ReturnType<typeof activitiesOf>;
let editor: Actor;

beforeAll(async () => {
  database = await openTestDatabase('demo');
  activities = activitiesOf(database.db);
  editor = await organiser(database.db, [{ role: 'editor', organizationId: MLL_MIKKELI }]);
});
afterAll(async () => {
  await activities?.jobs.stop();
  await database?.close();
});

describe('the calendar', () => {
  it('filters by day, free and places left, and the meeting place’s feed carries the occurrences in Helsinki time', async () => {
    const create = async (name: string, overrides = {}) =>
      (await activities.as(editor).organiser.createActivity(singleActivity(activities.clock, { name: { fi: name }, ...overrides }))).id;
    const full = await create('Täysi ilmainen kerho', { capacity: 1 });
    const paid = await create('Maksullinen kerho', { capacity: 5, cost: 'paid' });
    const dropIn = await create('Avoin kahvila', { signUp: 'none', capacity: undefined, type: 'openActivity' });
    const fullOccurrence = (await activities.as(anonymous).public.getActivity(full)).occurrences[0]!.id;
    await activities.as(anonymous).family.signUp(fullOccurrence, family(7001));

    const tomorrow = addDays(helsinkiMoment(activities.clock.now()).date, 1);
    const ids = async (filter: Record<string, unknown>) =>
      new Set(
        (await activities.as(anonymous).public.listUpcomingOccurrences({ municipality: '491', pageSize: 100, ...filter })).items.map(
          (o) => o.activityId,
        ),
      );
    const day = await ids({ day: tomorrow });
    for (const id of [full, paid, dropIn]) expect(day.has(id)).toBe(true);
    const nextDay = await ids({ day: addDays(tomorrow, 1) });
    for (const id of [full, paid, dropIn]) expect(nextDay.has(id)).toBe(false);
    const free = await ids({ day: tomorrow, free: true });
    expect([free.has(full), free.has(paid), free.has(dropIn)]).toEqual([true, false, true]);
    const placesLeft = await ids({ day: tomorrow, placesLeft: true });
    expect([placesLeft.has(full), placesLeft.has(paid), placesLeft.has(dropIn)]).toEqual([false, true, true]);

    const feed = await activities.as(anonymous).public.placeFeed(MIKKELI_MEETING_PLACE, 'https://perhekeskus.example');
    const events = new ICAL.Component(ICAL.parse(feed)).getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    const ours = events.find((e) => e.summary === 'Maksullinen kerho')!;
    expect(helsinkiMoment(ours.startDate.toJSDate())).toMatchObject({ date: tomorrow, time: '10:00' });
    expect(String(ours.component.getFirstPropertyValue('url'))).toMatch(/^https:\/\/perhekeskus\.example\/fi\/occurrences\//);
  });
});
