import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { helsinkiMoment } from '../../platform/helsinki-time.ts';
import { helsinkiInstant, helsinkiIso, isUsableRrule, occurrencesBetween } from './schedule.ts';

const date = fc
  .date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const time = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

describe('Helsinki wall-clock times', () => {
  it('put every date and time back on the wall clock, except the hour the spring change skips', () => {
    fc.assert(
      fc.property(date, time, (d, t) => {
        const local = helsinkiMoment(helsinkiInstant(d, t));
        if (t.startsWith('03:') && local.time !== t) {
          // The skipped hour: the clock shows an hour later that same day.
          expect(local).toMatchObject({ date: d, time: `04:${t.slice(3)}` });
        } else {
          expect(local).toMatchObject({ date: d, time: t });
        }
      }),
      { numRuns: 500 },
    );
  });

  it('say the offset of the date itself in ISO 8601', () => {
    expect(helsinkiIso(helsinkiInstant('2026-03-28', '10:00'))).toBe('2026-03-28T10:00:00+02:00');
    expect(helsinkiIso(helsinkiInstant('2026-03-29', '10:00'))).toBe('2026-03-29T10:00:00+03:00');
    expect(helsinkiIso(helsinkiInstant('2026-10-25', '10:00'))).toBe('2026-10-25T10:00:00+02:00');
    expect(helsinkiIso(helsinkiInstant('2026-10-24', '23:30'))).toBe('2026-10-24T23:30:00+03:00');
  });
});

describe('recurrence', () => {
  it('keeps a weekly start time on the wall clock across the March and October changes', () => {
    fc.assert(
      fc.property(date, time, fc.integer({ min: 1, max: 7 }), fc.integer({ min: 2, max: 60 }), (first, t, weekday, count) => {
        fc.pre(!t.startsWith('03:'));
        const day = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'][weekday - 1];
        const list = occurrencesBetween(
          { firstDate: first, startTime: t, durationMinutes: 90, rrule: `FREQ=WEEKLY;BYDAY=${day};COUNT=${count}` },
          first,
          '2037-12-31',
        );
        expect(list.length).toBeLessThanOrEqual(count);
        expect(list.length).toBeGreaterThanOrEqual(count - 1); // DTSTART itself counts when it is that weekday
        for (const o of list) {
          const local = helsinkiMoment(o.start);
          expect(local.date).toBe(o.localDate);
          expect(local.time).toBe(t);
          expect(local.weekday).toBe(weekday);
          expect(o.end.getTime() - o.start.getTime()).toBe(90 * 60_000);
        }
      }),
      { numRuns: 80 },
    );
  });

  it('leaves out exception dates, adds added ones, and keeps to the asked days', () => {
    const schedule = {
      firstDate: '2026-10-06',
      startTime: '17:30',
      durationMinutes: 60,
      rrule: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20261110T235959Z',
      exceptionDates: ['2026-10-20'],
      addedDates: ['2026-10-29'],
    };
    const list = occurrencesBetween(schedule, '2026-10-01', '2026-12-31');
    expect(list.map((o) => o.localDate)).toEqual(['2026-10-06', '2026-10-13', '2026-10-27', '2026-10-29', '2026-11-03', '2026-11-10']);
    expect(list.map((o) => o.start.toISOString())).toContain('2026-10-27T15:30:00.000Z'); // after the change: UTC+2
    expect(list.map((o) => o.start.toISOString())).toContain('2026-10-13T14:30:00.000Z'); // before: UTC+3
    expect(occurrencesBetween(schedule, '2026-10-10', '2026-10-16').map((o) => o.localDate)).toEqual(['2026-10-13']);
    expect(
      occurrencesBetween({ firstDate: '2026-12-24', startTime: '10:00', durationMinutes: 60 }, '2026-12-01', '2026-12-31'),
    ).toHaveLength(1);
  });

  it('refuses rules it cannot read or that repeat more often than daily', () => {
    expect(isUsableRrule('FREQ=WEEKLY;BYDAY=MO,WE')).toBe(true);
    expect(isUsableRrule('FREQ=HOURLY')).toBe(false);
    expect(isUsableRrule('FREQ=WEEKLY;BYDAY=XX')).toBe(false);
    expect(isUsableRrule('DTSTART:2026')).toBe(false);
  });
});
