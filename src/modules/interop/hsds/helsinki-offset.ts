import { addDays, isoWeekday } from '../../../platform/helsinki-time.ts';

/**
 * Europe/Helsinki's UTC offset in whole hours on a local date: 3 in summer (EEST) from the last
 * Sunday of March to the Saturday before the last Sunday of October, 2 otherwise (EET): the EU
 * rule, unchanged since 1996, with the switches at night. HSDS schedules carry one numeric
 * `timezone`, so a schedule is split where the offset changes. (A test checks this against Intl.)
 */

const lastSunday = (year: number, month: number) => {
  const last = `${year}-${String(month).padStart(2, '0')}-31`;
  return addDays(last, -(isoWeekday(last) % 7));
};

const summers = new Map<number, [string, string]>();
/** The first and last local date of summer time in `year`. */
function summerOf(year: number): [string, string] {
  let summer = summers.get(year);
  if (!summer) summers.set(year, (summer = [lastSunday(year, 3), addDays(lastSunday(year, 10), -1)]));
  return summer;
}

export function helsinkiOffsetHours(date: string): number {
  const [from, to] = summerOf(Number(date.slice(0, 4)));
  return date >= from && date <= to ? 3 : 2;
}

/** [from, to] (local dates) split where Helsinki's offset changes; each part with its offset. */
export function offsetPeriods(from: string, to: string): { from: string; to: string; offset: number }[] {
  const parts: { from: string; to: string; offset: number }[] = [];
  let start = from;
  while (start <= to) {
    const year = Number(start.slice(0, 4));
    const [summerFrom, summerTo] = summerOf(year);
    const offset = helsinkiOffsetHours(start);
    // The last day with this offset: before summer, in summer, or after it (to the year's end).
    const end = offset === 3 ? summerTo : start < summerFrom ? addDays(summerFrom, -1) : addDays(summerOf(year + 1)[0], -1);
    const partEnd = end < to ? end : to;
    parts.push({ from: start, to: partEnd, offset });
    start = addDays(partEnd, 1);
  }
  return parts;
}
