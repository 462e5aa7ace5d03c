import { describe, expect, it } from 'vitest';
import { formatDate, formatMoment } from './format.ts';

describe('dates on the pages', () => {
  it('writes English dates and moments with the month in words, Finnish and Swedish ones with numbers', () => {
    expect(formatDate('en', '2026-11-03')).toBe('3 November 2026');
    expect(formatMoment('en', '2026-11-03T12:05:00Z')).toBe('3 November 2026 at 14:05');
    expect(formatMoment('fi', '2026-11-03T12:05:00Z')).toMatch(/^3\.11\.2026 klo 14\.05$/);
    expect(formatMoment('sv', '2026-11-03T12:05:00Z')).toMatch(/^3\.11\.2026 14\.05$/);
  });
});
