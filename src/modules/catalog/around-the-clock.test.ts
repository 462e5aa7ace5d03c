import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../platform/clock.ts';
import { helsinkiMoment } from '../../platform/helsinki-time.ts';
import { networkBuilder } from '../../../tests/support/network-builder.ts';
import { openTestDatabase, type TestDatabase } from '../../../tests/support/test-database.ts';
import { testClock } from '../../../tests/support/test-clock.ts';
import { clientOf } from '../../../tests/support/test-scope.ts';
import { catalogModule } from './index.ts';
import { finnishClosedDays, hoursOn, isOpenAt, nextOpening } from './opening-hours.ts';

/**
 * 24/7 crisis services must never read "closed" on a public holiday. Every closed day of the next
 * three years, computed from the clock, is tried against services that are open around the clock,
 * open on holidays, and ordinary office hours.
 */

const clock = testClock();
const thisYear = Number(helsinkiMoment(clock.now()).date.slice(0, 4));
const holidays = [thisYear, thisYear + 1, thisYear + 2].flatMap(finnishClosedDays);
const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7];

let database: TestDatabase;
const b = networkBuilder();
const region = b.region();
const mikkeli = b.municipality(region, { code: '491', name: { fi: 'Mikkeli' } });
const county = b.organization({ type: 'wellbeingCounty', name: { fi: 'Hyvinvointialue' } });
const hospital = b.place(county, mikkeli, { kind: 'servicePoint', hours: [{ days: [1, 2, 3, 4, 5], opens: '08:00', closes: '16:00' }] });

const crisisLine = b.service(county, {
  scope: 'region',
  name: { fi: 'Kriisipuhelin 24/7' },
  summary: { fi: 'Keskusteluapua kriisissä.' },
  categories: ['violence-crisis'],
  hours: [{ days: EVERY_DAY, opens: '00:00', closes: '23:59' }],
  aroundTheClock: true,
  openOnHolidays: true,
});
const youthChat = b.service(county, {
  scope: 'region',
  name: { fi: 'Nuorten chat' },
  summary: { fi: 'Chat nuorille.' },
  categories: ['violence-crisis'],
  hours: [{ days: EVERY_DAY, opens: '09:00', closes: '21:00' }],
  openOnHolidays: true,
});
const office = b.service(county, {
  scope: 'region',
  name: { fi: 'Toimisto' },
  summary: { fi: 'Virka-aikana.' },
  categories: ['violence-crisis'],
  hours: [{ days: EVERY_DAY, opens: '09:00', closes: '21:00' }],
});
const emergencyDuty = b.service(county, {
  scope: 'region',
  name: { fi: 'Päivystys' },
  summary: { fi: 'Sairaalan päivystys.' },
  categories: ['violence-crisis'],
  at: [{ place: hospital.key, aroundTheClock: true }],
});

beforeAll(async () => {
  database = await openTestDatabase('empty');
  await b.load(database.db);
});
afterAll(() => database.close());

const localTenOn = (day: string) => fixedClock(new Date(`${day}T08:00:00Z`)); // 10:00 or 11:00 in Helsinki
const ids = (r: { items: { id: string }[] }) => r.items.map((i) => i.id).sort();

describe('open around the clock and on public holidays', () => {
  it(`knows ${holidays.length} closed days in ${thisYear}–${thisYear + 2}`, () => {
    expect(holidays.length).toBe(45);
    expect(holidays.map((h) => h.name.en)).toContain('Independence Day');
  });

  for (const year of [thisYear, thisYear + 1, thisYear + 2]) {
    it(`lists the 24/7 and holiday-open services as open now on every closed day of ${year}, and not the office`, async () => {
      for (const holiday of holidays.filter((h) => h.day.startsWith(String(year)))) {
        const found = await clientOf(catalogModule, database.db, localTenOn(holiday.day))('fi').searchServices({ openNow: true });
        expect(ids(found), `${holiday.day} ${holiday.name.en}`).toEqual([crisisLine.id, emergencyDuty.id, youthChat.id].sort());
      }
    });
  }

  it('shows every public holiday as open around the clock on the crisis line, holiday hours on the chat, closed at the office', async () => {
    const detail = (id: string) => clientOf(catalogModule, database.db, clock)('fi').getService(id);
    const [crisis, chat, desk, duty] = await Promise.all([
      detail(crisisLine.id),
      detail(youthChat.id),
      detail(office.id),
      detail(emergencyDuty.id),
    ]);
    expect(crisis.hours).toMatchObject({ aroundTheClock: true, openOnHolidays: true });
    expect(duty.locations[0]?.hours).toMatchObject({ aroundTheClock: true, openOnHolidays: true });
    for (const { day } of holidays) {
      expect(hoursOn(day, crisis.hours.weekly, crisis.hours.exceptions, crisis.hours)).toMatchObject({
        kind: 'open',
        aroundTheClock: true,
      });
      expect(isOpenAt({ ...helsinkiMoment(new Date(`${day}T21:30:00Z`)) }, crisis.hours.weekly, [], crisis.hours)).toBe(true);
      expect(hoursOn(day, chat.hours.weekly, [], chat.hours)).toMatchObject({
        kind: 'open',
        intervals: [{ opens: '09:00', closes: '21:00' }],
      });
      expect(hoursOn(day, desk.hours.weekly, [], desk.hours)).toMatchObject({ kind: 'closed', holiday: { day } });
    }
  });

  it('still lets a closing exception close a 24/7 service for a day', () => {
    const day = holidays[0]!.day;
    const policy = { aroundTheClock: true, openOnHolidays: true };
    const closed = [{ day, closed: true, opens: null, closes: null, note: null }];
    expect(isOpenAt({ date: day, weekday: 1, time: '10:00' }, [], closed, policy)).toBe(false);
    expect(nextOpening({ date: day, weekday: 1, time: '10:00' }, [], closed, policy)).toMatchObject({ opens: '00:00' });
  });

  it('tells when a closed office opens next', () => {
    const weekly = [{ weekday: 1, opens: '09:30', closes: '12:00', validFrom: null, validTo: null }];
    expect(nextOpening({ date: '2027-12-06', weekday: 1, time: '10:00' }, weekly, [])).toEqual({
      day: '2027-12-13',
      opens: '09:30',
      closes: '12:00',
    });
    expect(nextOpening({ date: '2027-12-13', weekday: 1, time: '08:00' }, weekly, [])).toEqual({
      day: '2027-12-13',
      opens: '09:30',
      closes: '12:00',
    });
    expect(nextOpening({ date: '2027-12-13', weekday: 1, time: '10:00' }, weekly, [])).toBeNull();
  });

  it('refuses in the database a service around the clock that closes on holidays', async () => {
    const attempt = (table: 'service' | 'service_at_place') =>
      sql`update ${sql.table(table)} set around_the_clock = true, open_on_holidays = false`.execute(database.db);
    await expect(attempt('service')).rejects.toThrow(/around_the_clock_is_open_on_holidays/);
    await expect(attempt('service_at_place')).rejects.toThrow(/around_the_clock_is_open_on_holidays/);
  });
});
