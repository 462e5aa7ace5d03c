import { addDays, isoWeekday } from '../../../platform/helsinki-time.ts';
import type { I18nText } from '../../../platform/i18n-text.ts';
import type { AccessibilityFact } from '../catalog.domain.ts';
import type {
  ContactSeed,
  HoursExceptionSeed,
  LocalTime,
  ServiceSeed,
  WeeklyHoursSeed,
} from '../network/network-dataset.ts';
import { finnishClosedDays } from '../opening-hours.ts';

/**
 * Small helpers shared by the Etelä-Savo demo files. All contact data in the demo is invented:
 * phone numbers carry a `000` block, e-mail and web addresses use `.example` domains.
 */

export const REGION_ID = 'etela-savo';

/** A translatable text; Swedish and English are left out when not given. */
export function t(fi: string, sv?: string, en?: string): I18nText {
  const text: I18nText = { fi };
  if (sv) text.sv = sv;
  if (en) text.en = en;
  return text;
}

// ---- Opening hours -------------------------------------------------------------------------

export const MON_FRI = [1, 2, 3, 4, 5];
export const MON_THU = [1, 2, 3, 4];
export const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7];

export function hours(days: number[], opens: LocalTime, closes: LocalTime, validFrom?: string, validTo?: string): WeeklyHoursSeed {
  const row: WeeklyHoursSeed = { days, opens, closes };
  if (validFrom) row.validFrom = validFrom;
  if (validTo) row.validTo = validTo;
  return row;
}

/** Office hours: Monday–Thursday to `closes`, Friday an hour shorter. */
export function officeHours(opens: LocalTime = '08:00', closes: LocalTime = '16:00', friday: LocalTime = '15:00'): WeeklyHoursSeed[] {
  return [hours(MON_THU, opens, closes), hours([5], opens, friday)];
}

/** Around the clock, every day. */
export const ALWAYS: WeeklyHoursSeed[] = [hours(EVERY_DAY, '00:00', '23:59')];

/**
 * A service open around the clock, holidays included. The weekly rows stay for open-data readers
 * that know only weekly hours; the flag is what pages and "open now" go by.
 */
export const AROUND_THE_CLOCK = { hours: ALWAYS, aroundTheClock: true, openOnHolidays: true } as const satisfies Partial<ServiceSeed>;

/**
 * Weekly hours that switch to `summer` in the calendar's two summers (June to early August). The
 * periods do not overlap, so the same weekday may have different times in each.
 */
export function seasonal(cal: DemoCalendar, normal: WeeklyHoursSeed[], summer: WeeklyHoursSeed[]): WeeklyHoursSeed[] {
  const rows: WeeklyHoursSeed[] = [];
  let from: string | undefined;
  for (const [start, end] of cal.summers) {
    rows.push(...normal.map((h) => hours(h.days, h.opens, h.closes, from, addDays(start, -1))));
    rows.push(...summer.map((h) => hours(h.days, h.opens, h.closes, start, end)));
    from = addDays(end, 1);
  }
  rows.push(...normal.map((h) => hours(h.days, h.opens, h.closes, from)));
  return rows;
}

/** Each weekday (Mon–Fri by default) from `from` to `to`, inclusive, as a closed day. */
export function closedDays(from: string, to: string, note: I18nText, weekdays: number[] = MON_FRI): HoursExceptionSeed[] {
  const days: HoursExceptionSeed[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) if (weekdays.includes(isoWeekday(day))) days.push({ day, closed: true, note });
  return days;
}

export const SUMMER_BREAK = t('Kesätauko', 'Sommaruppehåll', 'Summer break');

/**
 * A summer closure in the calendar's coming July: the weekdays from the Monday of week `fromWeek`
 * to the Friday of week `toWeek`, where week 0 is the one with 1 July (so week 0 starts after
 * Midsummer), e.g. summerClosure(cal, 0, 5) for the six weeks from the end of June.
 */
export function summerClosure(cal: DemoCalendar, fromWeek: number, toWeek: number, note: I18nText = SUMMER_BREAK, weekdays: number[] = MON_FRI): HoursExceptionSeed[] {
  return closedDays(...cal.julyWeeks(fromWeek, toWeek), note, weekdays);
}

// ---- The calendar --------------------------------------------------------------------------

/**
 * Every date of the demo, computed from "today" (a Helsinki date) when the dataset is built, so that
 * the demo never goes stale: entries were checked in the last few months, holiday exceptions are
 * the coming ones, summer hours and closures belong to the current or coming summer and school
 * hours to the current or coming school year. Everything else in the demo is fixed.
 */
export interface DemoCalendar {
  /** 'YYYY-MM-DD', Europe/Helsinki. */
  readonly today: string;
  /** The day `daysAgo` days before today, for lastChecked. */
  checked(daysAgo: number): string;
  /** One of the usual lastChecked days (11 to 98 days ago), picked by `n`. */
  checkedOn(n: number): string;
  /** The coming holiday-season exceptions, each on or after today (within a year). */
  readonly christmasEve: HoursExceptionSeed;
  readonly newYearsEve: HoursExceptionSeed;
  readonly epiphanyEve: HoursExceptionSeed;
  readonly maundyThursday: HoursExceptionSeed;
  readonly midsummerEve: HoursExceptionSeed;
  /** The five above, in date order: the usual exceptions of an office that is open on weekdays. */
  readonly holidayExceptions: HoursExceptionSeed[];
  /** The coming second Saturday of December (the families' Christmas porridge), on or after today. */
  readonly christmasPorridgeDay: string;
  /** The current or coming summer and the next one, [first day, last day]: ten weeks from the week of 1 June. */
  readonly summers: [string, string][];
  /** The current or coming school year, [first day, last day] (second Wednesday of August to the Saturday of week 22). */
  readonly schoolYear: [string, string];
  /** The first day of the school year after it. */
  readonly nextSchoolYearStarts: string;
  /** The Monday of week `from` to the Friday of week `to` of the coming July; week 0 holds 1 July. */
  julyWeeks(from: number, to: number): [string, string];
  /** The year in which `monthDay` ('MM-DD') next falls, on or after `from` (today): "paused until the end of January {year}". */
  yearOfNext(monthDay: string, from?: string): number;
  /** The year in which `monthDay` last fell before `before` (today): "ended in June {year}". */
  yearOfLast(monthDay: string, before?: string): number;
}

/** How many days ago the demo's entries were last checked: the variety of a register kept up to date. */
const CHECKED_DAYS_AGO = [98, 82, 63, 48, 35, 20, 11];

const yearOf = (day: string) => Number(day.slice(0, 4));
const mondayOf = (day: string) => addDays(day, 1 - isoWeekday(day));
/** The first `weekday` (ISO) on or after `day`. */
const weekdayFrom = (day: string, weekday: number) => addDays(day, (weekday - isoWeekday(day) + 7) % 7);
/** `dayIn(year)` of today's year when it is not yet past, otherwise of the next year. */
const nextOnOrAfter = (today: string, dayIn: (year: number) => string) => {
  const day = dayIn(yearOf(today));
  return day >= today ? day : dayIn(yearOf(today) + 1);
};
/** A day of finnishClosedDays() by its English name. */
const closedDay = (year: number, en: string) => {
  const holiday = finnishClosedDays(year).find((h) => h.name.en === en);
  if (!holiday) throw new Error(`no ${en} in ${year}`);
  return holiday.day;
};

const summerOf = (year: number): [string, string] => {
  const start = mondayOf(`${year}-06-01`);
  return [start, addDays(start, 69)];
};
/** Monday of ISO week `week` of `year`. */
const isoWeekMonday = (year: number, week: number) => addDays(mondayOf(`${year}-01-04`), (week - 1) * 7);
const schoolYearStart = (year: number) => weekdayFrom(`${year}-08-08`, 3);
const schoolYearEnd = (year: number) => addDays(isoWeekMonday(year, 22), 5);
const julyWeek0 = (year: number) => mondayOf(`${year}-07-01`);

export function demoCalendar(today: string): DemoCalendar {
  if (!/^\d{4}-\d\d-\d\d$/.test(today) || addDays(today, 0) !== today) throw new Error(`today must be a date as YYYY-MM-DD, not ${today}`);
  const year = yearOf(today);
  const checked = (daysAgo: number) => addDays(today, -daysAgo);
  const closesAt14 = (day: string, note: I18nText): HoursExceptionSeed => ({ day, closed: false, opens: '08:00', closes: '14:00', note });

  const christmasEve: HoursExceptionSeed = {
    day: nextOnOrAfter(today, (y) => closedDay(y, 'Christmas Eve')),
    closed: true,
    note: t('Jouluaattona suljettu.', 'Stängt på julafton.', 'Closed on Christmas Eve.'),
  };
  const newYearsEve = closesAt14(
    nextOnOrAfter(today, (y) => addDays(closedDay(y + 1, "New Year's Day"), -1)),
    t('Uudenvuodenaattona auki klo 14 asti.', 'Öppet till kl. 14 på nyårsafton.', "Open until 2 pm on New Year's Eve."),
  );
  const epiphanyEve = closesAt14(
    nextOnOrAfter(today, (y) => addDays(closedDay(y, 'Epiphany'), -1)),
    t('Loppiaisaattona auki klo 14 asti.', 'Öppet till kl. 14 dagen före trettondagen.', 'Open until 2 pm on the eve of Epiphany.'),
  );
  const maundyThursday = closesAt14(
    nextOnOrAfter(today, (y) => addDays(closedDay(y, 'Good Friday'), -1)),
    t('Kiirastorstaina auki klo 14 asti.', 'Öppet till kl. 14 på skärtorsdagen.', 'Open until 2 pm on Maundy Thursday.'),
  );
  const midsummerEve: HoursExceptionSeed = {
    day: nextOnOrAfter(today, (y) => closedDay(y, 'Midsummer Eve')),
    closed: true,
    note: t('Juhannusaattona suljettu.', 'Stängt på midsommarafton.', 'Closed on Midsummer Eve.'),
  };

  const summerYear = today <= summerOf(year)[1] ? year : year + 1;
  const schoolYearFrom = today <= schoolYearEnd(year) ? year - 1 : year;
  const julyWeeks = (y: number, from: number, to: number): [string, string] => [addDays(julyWeek0(y), from * 7), addDays(julyWeek0(y), to * 7 + 4)];
  const julyYear = today <= julyWeeks(year, 0, 5)[1] ? year : year + 1;

  return {
    today,
    checked,
    checkedOn: (n) => checked(CHECKED_DAYS_AGO[Math.abs(n) % CHECKED_DAYS_AGO.length]!),
    christmasEve,
    newYearsEve,
    epiphanyEve,
    maundyThursday,
    midsummerEve,
    holidayExceptions: [christmasEve, newYearsEve, epiphanyEve, maundyThursday, midsummerEve].sort((a, b) => a.day.localeCompare(b.day)),
    christmasPorridgeDay: nextOnOrAfter(today, (y) => weekdayFrom(`${y}-12-08`, 6)),
    summers: [summerOf(summerYear), summerOf(summerYear + 1)],
    schoolYear: [schoolYearStart(schoolYearFrom), schoolYearEnd(schoolYearFrom + 1)],
    nextSchoolYearStarts: schoolYearStart(schoolYearFrom + 1),
    julyWeeks: (from, to) => julyWeeks(julyYear, from, to),
    yearOfNext: (monthDay, from = today) => yearOf(nextOnOrAfter(from, (y) => `${y}-${monthDay}`)),
    yearOfLast: (monthDay, before = today) => (`${yearOf(before)}-${monthDay}` < before ? yearOf(before) : yearOf(before) - 1),
  };
}

// ---- Accessibility -------------------------------------------------------------------------

type Accessibility = Partial<Record<AccessibilityFact, boolean>>;

/** Typical, checked accessibility profiles of the premises in the demo. */
export const ACCESS = {
  /** A new or renovated public building. */
  modern: { stepFreeAccess: true, pramAccess: true, wheelchairToilet: true, hearingLoop: true, babyCareRoom: true, parking: true },
  /** Hospital or health station: everything but the baby care room checked. */
  health: { stepFreeAccess: true, pramAccess: true, wheelchairToilet: true, hearingLoop: true, parking: true },
  /** Older building with a ramp but narrow doors. */
  older: { stepFreeAccess: true, pramAccess: true, wheelchairToilet: false, babyCareRoom: true, parking: true },
  /** Old wooden house or village hall with steps at the door. */
  steps: { stepFreeAccess: false, pramAccess: false, wheelchairToilet: false, parking: true },
  /** Upstairs in a town-centre building with a lift, no own parking. */
  upstairs: { stepFreeAccess: true, pramAccess: true, wheelchairToilet: true, babyCareRoom: true, parking: false },
  /** School building: step-free, accessible toilet, hearing loop in the hall. */
  school: { stepFreeAccess: true, wheelchairToilet: true, hearingLoop: true, parking: true },
  /** Library: step-free, induction loop, pram parking. */
  library: { stepFreeAccess: true, pramAccess: true, wheelchairToilet: true, hearingLoop: true, babyCareRoom: false },
  /** Parish hall. */
  parish: { stepFreeAccess: true, pramAccess: true, wheelchairToilet: true, babyCareRoom: true, parking: true, hearingLoop: true },
  /** Day care centre. */
  daycare: { stepFreeAccess: true, pramAccess: true, babyCareRoom: true, parking: true },
  /** Only partly checked. */
  partial: { stepFreeAccess: true, parking: true },
} satisfies Record<string, Accessibility>;

export const NOTE_STEPS = t(
  'Ulko-ovella on kolme porrasta, luiskaa ei ole. Henkilökunta auttaa tarvittaessa.',
  'Vid ytterdörren finns tre trappsteg och ingen ramp. Personalen hjälper vid behov.',
  'There are three steps at the front door and no ramp. Staff will help if needed.',
);
export const NOTE_OLDER = t(
  'Sisäänkäynnillä on luiska. Esteetöntä wc:tä ei ole, lähin on viereisessä rakennuksessa.',
  'Vid ingången finns en ramp. Det finns ingen tillgänglig toalett, den närmaste finns i grannbyggnaden.',
  'There is a ramp at the entrance. There is no accessible toilet; the nearest one is in the building next door.',
);
export const NOTE_UPSTAIRS = t(
  'Toisessa kerroksessa, hissi. Lastenvaunut voi jättää aulaan. Pysäköinti kadunvarressa.',
  'På andra våningen, hiss. Barnvagnar kan lämnas i entrén. Parkering längs gatan.',
  'On the first floor, lift available. Prams can be left in the lobby. Street parking.',
);

// ---- Contacts ------------------------------------------------------------------------------

export function phone(value: string, label?: I18nText, hoursNote?: I18nText): ContactSeed {
  const c: ContactSeed = { kind: 'phone', value };
  if (label) c.label = label;
  if (hoursNote) c.hoursNote = hoursNote;
  return c;
}
export function email(value: string, label?: I18nText): ContactSeed {
  return label ? { kind: 'email', value, label } : { kind: 'email', value };
}
export function web(value: string, label?: I18nText): ContactSeed {
  return label ? { kind: 'web', value, label } : { kind: 'web', value };
}
export function chat(value: string, hoursNote?: I18nText): ContactSeed {
  return hoursNote ? { kind: 'chat', value, hoursNote } : { kind: 'chat', value };
}
export function booking(value: string, label?: I18nText): ContactSeed {
  return label ? { kind: 'booking', value, label } : { kind: 'booking', value };
}
export function eService(value: string, label?: I18nText): ContactSeed {
  return label ? { kind: 'eService', value, label } : { kind: 'eService', value };
}

export const ESAVO_WEB = 'https://esavo.example';
export const PHONE_HOURS_MORNING = t('ma–pe klo 8–10', 'mån–fre kl. 8–10', 'Mon–Fri 8–10 am');
export const PHONE_HOURS_OFFICE = t('ma–pe klo 9–15', 'mån–fre kl. 9–15', 'Mon–Fri 9 am–3 pm');
export const PHONE_HOURS_NOON = t('ma–pe klo 12–13', 'mån–fre kl. 12–13', 'Mon–Fri 12–1 pm');
export const ALWAYS_NOTE = t('avoinna ympäri vuorokauden', 'öppet dygnet runt', 'open 24/7');

/** The county's e-services: booking, secure messages and chat. */
export const ESAVO_BOOKING = booking(`${ESAVO_WEB}/ajanvaraus`, t('Varaa aika verkossa', 'Boka tid på nätet', 'Book online'));
export const ESAVO_MESSAGE = eService(`${ESAVO_WEB}/asiointi`, t('Lähetä suojattu viesti', 'Skicka ett skyddat meddelande', 'Send a secure message'));

// ---- Services ------------------------------------------------------------------------------

type ServiceBody = Omit<ServiceSeed, 'regionId' | 'scope' | 'areas' | 'lastChecked'> & { lastChecked?: string };

/** A service for the whole region; checked on one of the usual days unless `lastChecked` is given. */
export function regional(cal: DemoCalendar, s: ServiceBody): ServiceSeed {
  return { ...s, regionId: REGION_ID, scope: 'region', lastChecked: s.lastChecked ?? cal.checkedOn(s.key.length) };
}

/** A service for some municipalities of the region. */
export function local(cal: DemoCalendar, areas: string[], s: ServiceBody): ServiceSeed {
  return { ...s, regionId: REGION_ID, scope: 'municipalities', areas, lastChecked: s.lastChecked ?? cal.checkedOn(s.key.length) };
}

/** A service for the whole country (no region). */
export function nationwide(cal: DemoCalendar, s: ServiceBody): ServiceSeed {
  return { ...s, regionId: null, scope: 'national', lastChecked: s.lastChecked ?? cal.checkedOn(s.key.length) };
}
