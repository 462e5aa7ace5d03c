import { describe, expect, it } from 'vitest';
import { helsinkiMoment } from '../../platform/helsinki-time.ts';
import {
  cardHoursChangeAt,
  closedDayOn,
  easterSunday,
  finnishClosedDays,
  hoursOn,
  isOpenAt,
  regularWeek,
  upcomingDays,
  type WeeklyHours,
} from './opening-hours.ts';

const weekdays = (opens: string, closes: string, days = [1, 2, 3, 4, 5]): WeeklyHours[] =>
  days.map((weekday) => ({ weekday, opens, closes, validFrom: null, validTo: null }));

describe('Finnish closed days', () => {
  it('finds Easter by the Gregorian computus', () => {
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2027)).toBe('2027-03-28');
    expect(easterSunday(2024)).toBe('2024-03-31');
  });

  it('puts the moving holidays of 2026 on the right dates', () => {
    const days = Object.fromEntries(finnishClosedDays(2026).map((h) => [h.name.en, h.day]));
    expect(days['Good Friday']).toBe('2026-04-03');
    expect(days['Easter Monday']).toBe('2026-04-06');
    expect(days['Ascension Day']).toBe('2026-05-14');
    expect(days['Midsummer Eve']).toBe('2026-06-19');
    expect(days['Midsummer Day']).toBe('2026-06-20');
    expect(days["All Saints' Day"]).toBe('2026-10-31');
    expect(days['Independence Day']).toBe('2026-12-06');
  });

  it('names the day in every language', () => {
    expect(closedDayOn('2026-12-24')?.name).toEqual({ fi: 'Jouluaatto', sv: 'Julafton', en: 'Christmas Eve' });
    expect(closedDayOn('2026-12-23')).toBeNull();
  });
});

describe('opening hours', () => {
  const weekly = weekdays('08:00', '16:00');

  it('is open inside the interval and closed at closing time', () => {
    expect(isOpenAt({ date: '2026-11-23', weekday: 1, time: '08:00' }, weekly, [])).toBe(true);
    expect(isOpenAt({ date: '2026-11-23', weekday: 1, time: '15:59' }, weekly, [])).toBe(true);
    expect(isOpenAt({ date: '2026-11-23', weekday: 1, time: '16:00' }, weekly, [])).toBe(false);
    expect(isOpenAt({ date: '2026-11-28', weekday: 6, time: '10:00' }, weekly, [])).toBe(false);
  });

  it('closes on a public holiday that falls on a weekday', () => {
    // Independence Day 2027 is a Monday.
    expect(isOpenAt({ date: '2027-12-06', weekday: 1, time: '10:00' }, weekly, [])).toBe(false);
    expect(hoursOn('2027-12-06', weekly, [])).toMatchObject({ kind: 'closed', holiday: { name: { fi: 'Itsenäisyyspäivä' } } });
  });

  it('lets an exception open a holiday and close an ordinary day', () => {
    const exceptions = [
      { day: '2027-12-06', closed: false, opens: '10:00', closes: '14:00', note: null },
      { day: '2026-11-24', closed: true, opens: null, closes: null, note: { fi: 'Koulutuspäivä' } },
    ];
    expect(isOpenAt({ date: '2027-12-06', weekday: 1, time: '11:00' }, weekly, exceptions)).toBe(true);
    expect(isOpenAt({ date: '2026-11-24', weekday: 2, time: '11:00' }, weekly, exceptions)).toBe(false);
  });

  it('honours the validity period of seasonal hours', () => {
    const summer: WeeklyHours[] = [
      { weekday: 1, opens: '08:00', closes: '16:00', validFrom: null, validTo: '2026-05-31' },
      { weekday: 1, opens: '09:00', closes: '13:00', validFrom: '2026-06-01', validTo: '2026-08-09' },
    ];
    expect(hoursOn('2026-05-25', summer, [])).toMatchObject({ kind: 'open', intervals: [{ opens: '08:00', closes: '16:00' }] });
    expect(hoursOn('2026-06-08', summer, [])).toMatchObject({ kind: 'open', intervals: [{ opens: '09:00', closes: '13:00' }] });
    expect(hoursOn('2026-08-10', summer, [])).toMatchObject({ kind: 'closed' });
  });

  it('lists the regular week from Monday and the coming days', () => {
    const week = regularWeek(weekdays('08:00', '12:00', [1]).concat(weekdays('13:00', '15:00', [1])), '2026-11-23');
    expect(week[0]).toEqual({
      weekday: 1,
      intervals: [
        { opens: '08:00', closes: '12:00' },
        { opens: '13:00', closes: '15:00' },
      ],
    });
    expect(week[6]).toEqual({ weekday: 7, intervals: [] });
    expect(upcomingDays('2026-12-23', 4, weekly, []).map((d) => d.kind)).toEqual(['open', 'closed', 'closed', 'closed']);
  });
});

describe('Helsinki wall-clock time', () => {
  it('follows daylight saving time', () => {
    // Summer time (UTC+3) ends at 04:00 local on the last Sunday of October 2026.
    expect(helsinkiMoment(new Date('2026-10-25T00:30:00Z'))).toEqual({ date: '2026-10-25', weekday: 7, time: '03:30' });
    expect(helsinkiMoment(new Date('2026-10-25T01:30:00Z'))).toEqual({ date: '2026-10-25', weekday: 7, time: '03:30' });
    expect(helsinkiMoment(new Date('2026-11-23T12:00:00Z'))).toEqual({ date: '2026-11-23', weekday: 1, time: '14:00' });
    expect(helsinkiMoment(new Date('2026-07-01T21:30:00Z'))).toEqual({ date: '2026-07-02', weekday: 4, time: '00:30' });
  });

  it('decides opening on the local day, not the UTC day', () => {
    const lateEvening = helsinkiMoment(new Date('2026-11-27T22:30:00Z')); // Saturday 00:30 in Helsinki
    expect(lateEvening.weekday).toBe(6);
    expect(isOpenAt(lateEvening, weekdays('00:00', '23:59', [5]), [])).toBe(false);
  });
});

describe('cardHoursChangeAt', () => {
  const at = (iso: string) => new Date(iso);
  it('is the first shown interval of today to close, else the coming Finnish midnight', () => {
    const now = at('2026-11-24T07:00:00Z'); // 09.00 in Mikkeli
    const cards = [{ today: [{ closes: '16:00' }] }, { today: [{ closes: '11:30' }, { closes: '15:00' }] }, { today: [] }];
    expect(cardHoursChangeAt(now, cards).toISOString()).toBe('2026-11-24T09:30:00.000Z');
    expect(cardHoursChangeAt(now, [{ today: [] }]).toISOString()).toBe('2026-11-24T22:00:00.000Z');
    expect(cardHoursChangeAt(now, [{ today: [{ closes: '24:00' }] }]).toISOString()).toBe('2026-11-24T22:00:00.000Z');
    // The night the clocks go back: midnight is still 21.00 UTC, summer time.
    expect(cardHoursChangeAt(at('2026-10-24T18:00:00Z'), []).toISOString()).toBe('2026-10-24T21:00:00.000Z');
  });
});
