import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDayHours, parseDayHours } from './hours-text.ts';

describe('hours as staff type them', () => {
  it('reads dots, colons, bare hours and any dash, in order', () => {
    expect(parseDayHours('17.30–19, 9-12')).toEqual([
      { opens: '09:00', closes: '12:00' },
      { opens: '17:30', closes: '19:00' },
    ]);
    expect(parseDayHours('09:30 — 24')).toEqual([{ opens: '09:30', closes: '24:00' }]);
    expect(parseDayHours('  ')).toEqual([]);
  });

  it('refuses what is not hours: reversed, overlapping, out of range, words', () => {
    for (const bad of ['12-9', '9-12, 11-13', '25-26', '9.75-10', 'aamupäivä', '9', '9-12-13', '24.30-25']) {
      expect(parseDayHours(bad), bad).toBeNull();
    }
  });

  it('reads back whatever it writes', () => {
    const time = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45));
    fc.assert(
      fc.property(fc.uniqueArray(time, { minLength: 2, maxLength: 6, selector: ([h, m]) => h * 60 + m }), (times) => {
        const sorted = times.map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`).sort();
        const intervals = [];
        for (let i = 0; i + 1 < sorted.length; i += 2) intervals.push({ opens: sorted[i]!, closes: sorted[i + 1]! });
        expect(parseDayHours(formatDayHours(intervals))).toEqual(intervals);
      }),
    );
  });

  it('never throws on any text', () => {
    fc.assert(fc.property(fc.string(), (s) => void parseDayHours(s)));
  });
});
