import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { helsinkiMoment } from '../../platform/helsinki-time.ts';
import { feedCalendar } from './calendar.ts';
import { occurrencesBetween } from './schedule.ts';

describe('iCalendar feeds', () => {
  it('read back with ical.js at the same Helsinki wall-clock time on both sides of the March and October changes', () => {
    const planned = [
      ...occurrencesBetween(
        { firstDate: '2027-03-16', startTime: '18:00', durationMinutes: 90, rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=4' },
        '2027-03-01',
        '2027-04-30',
      ),
      ...occurrencesBetween(
        { firstDate: '2027-10-19', startTime: '18:00', durationMinutes: 90, rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=3' },
        '2027-10-01',
        '2027-11-30',
      ),
    ];
    const rows = planned.map((o, i) => ({
      id: `id-${i}`,
      starts_at: o.start,
      ends_at: o.end,
      status: (i === 1 ? 'cancelled' : 'scheduled') as 'cancelled' | 'scheduled',
      activity_id: 'a',
      name: { fi: 'Isä-lapsi-ilta', sv: 'Pappa-barn-kväll' },
      description: null,
      online_url: null,
      place_name: { fi: 'Perhetalo' },
      street_address: 'Katu 1',
    }));
    const text = feedCalendar({ fi: 'Perhetalo' }, rows, 'sv', 'https://perhekeskus.example');
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(7);
    const offsets = new Set<number>();
    for (const [i, event] of events.entries()) {
      const start = event.startDate.toJSDate();
      expect(start.toISOString()).toBe(rows[i]!.starts_at.toISOString());
      expect(helsinkiMoment(start).time).toBe('18:00');
      expect(event.endDate.toJSDate().getTime() - start.getTime()).toBe(90 * 60_000);
      offsets.add(start.getUTCHours());
    }
    // 15:00Z in summer time (UTC+3), 16:00Z in winter (UTC+2).
    expect(offsets).toEqual(new Set([15, 16]));
    expect(events[0]!.summary).toBe('Pappa-barn-kväll');
    expect(events[0]!.location).toBe('Perhetalo, Katu 1');
    expect(events[1]!.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(events[0]!.component.getFirstPropertyValue('url')).toBe('https://perhekeskus.example/sv/occurrences/id-0');
  });
});
