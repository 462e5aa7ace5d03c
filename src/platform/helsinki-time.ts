import { HELSINKI } from './clock.ts';

/** A moment as seen on a wall clock in Finland. */
export interface LocalMoment {
  /** 'YYYY-MM-DD' */
  date: string;
  /** ISO weekday, 1 = Monday. */
  weekday: number;
  /** 'HH:MM' */
  time: string;
}

const formatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: HELSINKI,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  weekday: 'short',
  hourCycle: 'h23',
});

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

export function helsinkiMoment(at: Date): LocalMoment {
  const parts = Object.fromEntries(formatter.formatToParts(at).map((p) => [p.type, p.value]));
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    weekday: WEEKDAYS[parts.weekday!]!,
    time: `${parts.hour}:${parts.minute}`,
  };
}

/** Calendar arithmetic on 'YYYY-MM-DD' strings, free of time zones. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function isoWeekday(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/**
 * The instant a Finnish wall clock shows `time` ('HH:MM', '24:00' for the day's end) on `date`.
 * In the spring gap (03:00–03:59 does not exist) it is the gap's end; in the autumn hour that
 * comes twice, the first: callers use it as "no sooner than", so earlier is the safe side.
 */
export function helsinkiInstant(date: string, time: string): Date {
  if (time === '24:00') return helsinkiInstant(addDays(date, 1), '00:00');
  const asUtc = Date.parse(`${date}T${time}:00Z`);
  // Finland is UTC+3 in summer and UTC+2 in winter: the earlier reading that shows the time wins.
  for (const offsetHours of [3, 2]) {
    const candidate = new Date(asUtc - offsetHours * 3_600_000);
    const seen = helsinkiMoment(candidate);
    if (seen.date === date && seen.time === time) return candidate;
  }
  // In the gap: the first minute after it, when the clock has jumped past `time`.
  let at = asUtc - 3 * 3_600_000;
  while (helsinkiMoment(new Date(at)).time <= time) at += 60_000;
  return new Date(at);
}
