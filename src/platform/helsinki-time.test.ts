import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { helsinkiInstant, helsinkiMoment } from './helsinki-time.ts';

describe('helsinkiInstant', () => {
  it('reads a Finnish wall-clock time in winter, in summer and at the day end', () => {
    expect(helsinkiInstant('2026-12-04', '16:00').toISOString()).toBe('2026-12-04T14:00:00.000Z');
    expect(helsinkiInstant('2026-07-01', '16:00').toISOString()).toBe('2026-07-01T13:00:00.000Z');
    expect(helsinkiInstant('2026-12-31', '24:00').toISOString()).toBe('2026-12-31T22:00:00.000Z');
  });

  it('takes the end of the spring gap and the first of the autumn hour that comes twice', () => {
    // 29 March 2026: clocks go from 03:00 to 04:00; 25 October 2026: from 04:00 back to 03:00.
    expect(helsinkiInstant('2026-03-29', '03:30').toISOString()).toBe('2026-03-29T01:00:00.000Z');
    expect(helsinkiInstant('2026-03-29', '04:00').toISOString()).toBe('2026-03-29T01:00:00.000Z');
    expect(helsinkiInstant('2026-10-25', '03:30').toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('gives back the moment the wall clock showed, to the minute, every minute of years with both changes', () => {
    const start = Date.parse('2025-01-01T00:00:00Z');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 * 365 * 24 * 60 }), (minutes) => {
        const at = new Date(start + minutes * 60_000);
        const wall = helsinkiMoment(at);
        const back = helsinkiInstant(wall.date, wall.time);
        expect(helsinkiMoment(back)).toEqual(wall);
        // Only the autumn's repeated hour may read back an hour earlier.
        expect([0, 3_600_000]).toContain(at.getTime() - back.getTime());
      }),
      { numRuns: 2000 },
    );
  });
});
