import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous } from '../../platform/actor.ts';
import { addDays, helsinkiMoment } from '../../platform/helsinki-time.ts';
import { activitiesTestbed, family, MIKKELI_MEETING_PLACE, type ActivitiesTestbed } from '../../../tests/support/activity-fixtures.ts';

/*
 * The calendar's filters that the family pages and the API share (day, free, with places left),
 * and the meeting place's iCal feed, read back with ical.js.
 */

let bed: ActivitiesTestbed;
let activities: ActivitiesTestbed['activities'];

beforeAll(async () => {
  bed = await activitiesTestbed();
  ({ activities } = bed);
});
afterAll(() => bed?.close());

describe('the calendar', () => {
  it('filters by day, free and places left, and the meeting place’s feed carries the occurrences in Helsinki time', async () => {
    const create = (name: string, overrides = {}) => bed.occurrence({ name: { fi: name }, ...overrides });
    const { activityId: full } = await create('Täysi ilmainen kerho', { capacity: 1 });
    const { activityId: paid } = await create('Maksullinen kerho', { capacity: 5, cost: 'paid' });
    const { activityId: dropIn } = await create('Avoin kahvila', { signUp: 'none', capacity: undefined, type: 'openActivity' });
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
