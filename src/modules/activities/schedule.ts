import { createRequire } from 'node:module';
import type * as RRuleModule from 'rrule';
import { HELSINKI } from '../../platform/clock.ts';
import { addDays } from '../../platform/helsinki-time.ts';
import type { Schedule } from './activities.domain.ts';

// rrule ships CommonJS for Node whose named exports Node cannot detect; its types are the ESM build's.
const { RRuleSet, rrulestr } = createRequire(import.meta.url)('rrule') as typeof RRuleModule;

const offsetFormatter = new Intl.DateTimeFormat('en-US', { timeZone: HELSINKI, timeZoneName: 'longOffset' });

/** Minutes Helsinki is ahead of UTC at this instant: 120 in winter, 180 in summer. */
export function helsinkiOffsetMinutes(at: Date): number {
  const name = offsetFormatter.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT+02:00';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

/**
 * The instant a Helsinki wall clock shows `date` `time`. In the spring gap (03:00–04:00 on the
 * last Sunday of March) the clock jumps: the time an hour later is meant. In the autumn overlap
 * (03:00–04:00 twice) the first, summer-time, one.
 */
export function helsinkiInstant(date: string, time: string): Date {
  const naive = Date.parse(`${date}T${time.slice(0, 5)}:00Z`);
  const before = helsinkiOffsetMinutes(new Date(naive - 180 * 60_000));
  const candidate = naive - before * 60_000;
  const after = helsinkiOffsetMinutes(new Date(candidate));
  if (after === before) return new Date(candidate);
  // The offset changed in between: the time is on the new offset, unless it lies in the skipped
  // spring hour (the new offset does not hold there yet); then the clock shows it an hour later.
  const shifted = naive - after * 60_000;
  return new Date(helsinkiOffsetMinutes(new Date(shifted)) === after ? shifted : candidate);
}

/** ISO 8601 with the Helsinki offset of that instant: `2026-03-31T10:00:00+03:00`. */
export function helsinkiIso(at: Date): string {
  const offset = helsinkiOffsetMinutes(at);
  const local = new Date(at.getTime() + offset * 60_000).toISOString().slice(0, 19);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

export interface PlannedOccurrence {
  readonly localDate: string;
  readonly start: Date;
  readonly end: Date;
}

/**
 * The occurrences of a schedule whose date falls in [from, to] (dates, inclusive). The RRULE is
 * expanded by rrule over "floating" dates (UTC standing in for the Helsinki calendar, as rrule's
 * documentation advises), so a weekly 10:00 stays 10:00 on the wall clock on both sides of a DST
 * change; each date is then placed in Helsinki time.
 */
export function occurrencesBetween(schedule: Schedule, from: string, to: string): PlannedOccurrence[] {
  const dates = new Set<string>();
  if (schedule.rrule) {
    const set = new RRuleSet();
    const dtstart = schedule.firstDate.replaceAll('-', '');
    const rule = rrulestr(`DTSTART:${dtstart}T120000Z\nRRULE:${schedule.rrule}`);
    set.rrule(rule);
    for (const d of set.between(new Date(`${from}T00:00:00Z`), new Date(`${to}T23:59:59Z`), true)) dates.add(d.toISOString().slice(0, 10));
  } else if (schedule.firstDate >= from && schedule.firstDate <= to) {
    dates.add(schedule.firstDate);
  }
  for (const added of schedule.addedDates ?? []) if (added >= from && added <= to) dates.add(added);
  for (const excluded of schedule.exceptionDates ?? []) dates.delete(excluded);
  return [...dates].sort().map((localDate) => {
    const start = helsinkiInstant(localDate, schedule.startTime);
    return { localDate, start, end: new Date(start.getTime() + schedule.durationMinutes * 60_000) };
  });
}

/** Whether an RRULE is one rrule can read and that ends or repeats at most daily (no FREQ=HOURLY floods). */
export function isUsableRrule(value: string): boolean {
  if (!/^FREQ=(DAILY|WEEKLY|MONTHLY|YEARLY)(;[A-Z]+=[A-Z0-9,+-]+)*$/.test(value)) return false;
  try {
    rrulestr(`DTSTART:20260101T120000Z\nRRULE:${value}`);
    return true;
  } catch {
    return false;
  }
}

/** The days from `from` for `days` days, as [first, last]. */
export function dayRange(from: string, days: number): [string, string] {
  return [from, addDays(from, Math.max(1, days) - 1)];
}
