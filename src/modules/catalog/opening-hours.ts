import type { I18nText } from '../../platform/i18n-text.ts';
import { boundedMemo } from '../../platform/bounded-memo.ts';
import { addDays, helsinkiInstant, helsinkiMoment, isoWeekday, type LocalMoment } from '../../platform/helsinki-time.ts';

export interface WeeklyHours {
  weekday: number;
  opens: string;
  closes: string;
  validFrom: string | null;
  validTo: string | null;
}

export interface HoursException {
  day: string;
  closed: boolean;
  opens: string | null;
  closes: string | null;
  note: I18nText | null;
}

export interface Holiday {
  day: string;
  name: I18nText;
}

/**
 * How the weekly hours meet the calendar. By default a public holiday closes the day; a service
 * that is open on holidays keeps its weekly hours then, and one open around the clock needs no
 * weekly hours at all (the database keeps "around the clock" from being "closed on holidays").
 */
export interface HoursPolicy {
  aroundTheClock: boolean;
  openOnHolidays: boolean;
}

export const CLOSED_ON_HOLIDAYS: HoursPolicy = { aroundTheClock: false, openOnHolidays: false };

/** The one interval of a day open around the clock; '24:00' sorts after every 'HH:MM' of the day. */
export const WHOLE_DAY = { opens: '00:00', closes: '24:00' } as const;

export type DayHours =
  | {
      day: string;
      kind: 'open';
      intervals: { opens: string; closes: string }[];
      aroundTheClock: boolean;
      /** The public holiday on which the service is open all the same. */
      holiday: Holiday | null;
      exception: HoursException | null;
    }
  | { day: string; kind: 'closed'; holiday: Holiday | null; exception: HoursException | null };

/** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The Saturday in [from, from + 6] (Midsummer Day, All Saints' Day). */
function saturdayFrom(year: number, monthDay: string): string {
  const first = `${year}-${monthDay}`;
  return addDays(first, (6 - isoWeekday(first) + 7) % 7);
}

/**
 * Days on which public services in Finland are closed: the public holidays, plus Midsummer Eve
 * and Christmas Eve, which are not holidays by law but on which offices close.
 */
export function finnishClosedDays(year: number): Holiday[] {
  const easter = easterSunday(year);
  const midsummerDay = saturdayFrom(year, '06-20');
  const days: Holiday[] = [
    { day: `${year}-01-01`, name: { fi: 'Uudenvuodenpäivä', sv: 'Nyårsdagen', en: "New Year's Day" } },
    { day: `${year}-01-06`, name: { fi: 'Loppiainen', sv: 'Trettondagen', en: 'Epiphany' } },
    { day: addDays(easter, -2), name: { fi: 'Pitkäperjantai', sv: 'Långfredagen', en: 'Good Friday' } },
    { day: easter, name: { fi: 'Pääsiäispäivä', sv: 'Påskdagen', en: 'Easter Sunday' } },
    { day: addDays(easter, 1), name: { fi: '2. pääsiäispäivä', sv: 'Annandag påsk', en: 'Easter Monday' } },
    { day: `${year}-05-01`, name: { fi: 'Vappu', sv: 'Första maj', en: 'May Day' } },
    { day: addDays(easter, 39), name: { fi: 'Helatorstai', sv: 'Kristi himmelsfärdsdag', en: 'Ascension Day' } },
    { day: addDays(easter, 49), name: { fi: 'Helluntaipäivä', sv: 'Pingstdagen', en: 'Whit Sunday' } },
    { day: addDays(midsummerDay, -1), name: { fi: 'Juhannusaatto', sv: 'Midsommarafton', en: 'Midsummer Eve' } },
    { day: midsummerDay, name: { fi: 'Juhannuspäivä', sv: 'Midsommardagen', en: 'Midsummer Day' } },
    { day: saturdayFrom(year, '10-31'), name: { fi: 'Pyhäinpäivä', sv: 'Alla helgons dag', en: "All Saints' Day" } },
    { day: `${year}-12-06`, name: { fi: 'Itsenäisyyspäivä', sv: 'Självständighetsdagen', en: 'Independence Day' } },
    { day: `${year}-12-24`, name: { fi: 'Jouluaatto', sv: 'Julafton', en: 'Christmas Eve' } },
    { day: `${year}-12-25`, name: { fi: 'Joulupäivä', sv: 'Juldagen', en: 'Christmas Day' } },
    { day: `${year}-12-26`, name: { fi: 'Tapaninpäivä', sv: 'Annandag jul', en: "St Stephen's Day" } },
  ];
  return days.sort((a, b) => a.day.localeCompare(b.day));
}

/** Each year's closed days by date, computed once: a result page asks for every service and day. */
const closedDaysOfYear = boundedMemo(
  50,
  (year: number): ReadonlyMap<string, Holiday> => new Map(finnishClosedDays(year).map((h) => [h.day, h])),
);

export function closedDayOn(date: string): Holiday | null {
  return closedDaysOfYear(Number(date.slice(0, 4))).get(date) ?? null;
}

function inForce(h: WeeklyHours, date: string): boolean {
  return (h.validFrom === null || h.validFrom <= date) && (h.validTo === null || h.validTo >= date);
}

/**
 * What a day looks like: an exception wins; then around the clock; then a public holiday closes
 * the day unless the service is open on holidays; then the weekly hours.
 */
export function hoursOn(
  date: string,
  weekly: WeeklyHours[],
  exceptions: HoursException[],
  policy: HoursPolicy = CLOSED_ON_HOLIDAYS,
): DayHours {
  const exception = exceptions.find((e) => e.day === date) ?? null;
  const holiday = closedDayOn(date);
  if (exception) {
    return exception.closed || !exception.opens || !exception.closes
      ? { day: date, kind: 'closed', holiday, exception }
      : {
          day: date,
          kind: 'open',
          intervals: [{ opens: exception.opens, closes: exception.closes }],
          aroundTheClock: false,
          holiday,
          exception,
        };
  }
  if (policy.aroundTheClock) return { day: date, kind: 'open', intervals: [WHOLE_DAY], aroundTheClock: true, holiday, exception: null };
  if (holiday && !policy.openOnHolidays) return { day: date, kind: 'closed', holiday, exception: null };
  const weekday = isoWeekday(date);
  const intervals = weekly
    .filter((h) => h.weekday === weekday && inForce(h, date))
    .map((h) => ({ opens: h.opens.slice(0, 5), closes: h.closes.slice(0, 5) }))
    .sort((a, b) => a.opens.localeCompare(b.opens));
  return intervals.length
    ? { day: date, kind: 'open', intervals, aroundTheClock: false, holiday, exception: null }
    : { day: date, kind: 'closed', holiday, exception: null };
}

export function isOpenAt(
  at: LocalMoment,
  weekly: WeeklyHours[],
  exceptions: HoursException[],
  policy: HoursPolicy = CLOSED_ON_HOLIDAYS,
): boolean {
  const day = hoursOn(at.date, weekly, exceptions, policy);
  return day.kind === 'open' && day.intervals.some((i) => i.opens <= at.time && at.time < i.closes);
}

/** The coming days, for "this week" tables and the next holiday closures. */
export function upcomingDays(
  from: string,
  count: number,
  weekly: WeeklyHours[],
  exceptions: HoursException[],
  policy: HoursPolicy = CLOSED_ON_HOLIDAYS,
): DayHours[] {
  return Array.from({ length: count }, (_, i) => hoursOn(addDays(from, i), weekly, exceptions, policy));
}

/**
 * When a closed service opens next, within `withinDays` days from `at`: the first interval that
 * starts after `at`. Null when it does not open in that time (or is open now).
 */
export function nextOpening(
  at: LocalMoment,
  weekly: WeeklyHours[],
  exceptions: HoursException[],
  policy: HoursPolicy = CLOSED_ON_HOLIDAYS,
  withinDays = 14,
): { day: string; opens: string; closes: string } | null {
  if (isOpenAt(at, weekly, exceptions, policy)) return null;
  for (let i = 0; i < withinDays; i++) {
    const day = hoursOn(addDays(at.date, i), weekly, exceptions, policy);
    if (day.kind !== 'open') continue;
    const next = day.intervals.find((iv) => i > 0 || iv.opens > at.time);
    if (next) return { day: day.day, ...next };
  }
  return null;
}

/** The regular week: one entry per weekday currently in force, Monday first. */
export function regularWeek(weekly: WeeklyHours[], today: string): { weekday: number; intervals: { opens: string; closes: string }[] }[] {
  return [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
    weekday,
    intervals: weekly
      .filter((h) => h.weekday === weekday && inForce(h, today))
      .map((h) => ({ opens: h.opens.slice(0, 5), closes: h.closes.slice(0, 5) }))
      .sort((a, b) => a.opens.localeCompare(b.opens)),
  }));
}

/**
 * When result cards' hours (describeOpenings at `now`: today's intervals not yet closed, else the
 * next opening's weekday) next read differently: when the first shown interval closes and leaves
 * its card, or at midnight, when today's hours and "next: Tue 9.30" turn over.
 */
export function cardHoursChangeAt(now: Date, openings: Iterable<{ readonly today: readonly { readonly closes: string }[] }>): Date {
  const { date } = helsinkiMoment(now);
  let earliest = helsinkiInstant(addDays(date, 1), '00:00').getTime();
  for (const opening of openings) {
    for (const interval of opening.today) earliest = Math.min(earliest, helsinkiInstant(date, interval.closes).getTime());
  }
  return new Date(earliest);
}
