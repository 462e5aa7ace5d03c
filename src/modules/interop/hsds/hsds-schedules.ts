import { addDays, isoWeekday } from '../../../platform/helsinki-time.ts';
import type { I18nText, Lang } from '../../../platform/i18n-text.ts';
import { stableId } from '../../../platform/stable-id.ts';
import type { HoursExceptionImport, ImportIssue, WeeklyHoursImport } from '../../catalog/index.ts';
import { helsinkiOffsetHours, offsetPeriods } from './helsinki-offset.ts';
import { termId } from './hsds-vocabulary.ts';

/**
 * Opening hours ↔ HSDS schedules. HSDS knows only RRULE-like WEEKLY/MONTHLY schedules with one
 * numeric UTC offset, and no "closed". So:
 *  - weekly hours with the same times and validity become one WEEKLY schedule (`byday` lists the
 *    days), split where Helsinki's offset changes (timezone 2 or 3), from today on; its original
 *    validity is kept as the value of a `schedule-kinds/regular` attribute (`2026-08-10/..`);
 *  - a changed day is a one-day schedule (count 1) with a `schedule-kinds/exception-open`
 *    attribute; a closed day a one-day schedule without times with `exception-closed`;
 *  - Finnish public holidays close services unless a changed day opens them: said in words.
 * Times are wall-clock 'HH:MM' in Europe/Helsinki; `timezone` says which offset that was.
 */

export interface WeeklyRow {
  weekday: number;
  opens: string;
  closes: string;
  validFrom: string | null;
  validTo: string | null;
}

export interface ExceptionRow {
  day: string;
  closed: boolean;
  opens: string | null;
  closes: string | null;
  note: I18nText | null;
}

export type Owner = { field: 'service_id' | 'location_id' | 'service_at_location_id'; id: string };
type Obj = Record<string, unknown>;

const BYDAY = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
/** How far ahead an open-ended schedule is published. */
export const PUBLISH_DAYS = 366;

const NOTES: Record<'timezone' | 'holidays' | 'closed', I18nText> = {
  timezone: {
    fi: 'Ajat Suomen aikaa (Europe/Helsinki).',
    sv: 'Tiderna är finsk tid (Europe/Helsinki).',
    en: 'Times are Finnish time (Europe/Helsinki).',
  },
  holidays: {
    fi: 'Suljettu arkipyhinä, juhannusaattona ja jouluaattona, ellei toisin ilmoiteta.',
    sv: 'Stängt på helgdagar, midsommarafton och julafton om inget annat meddelas.',
    en: 'Closed on public holidays, Midsummer Eve and Christmas Eve unless stated otherwise.',
  },
  closed: { fi: 'Suljettu', sv: 'Stängt', en: 'Closed' },
};

const localized = (text: I18nText | null, lang: Lang) => (text ? (text[lang] ?? text.fi) : undefined);

function kindAttribute(
  scheduleId: string,
  code: 'regular' | 'exception-open' | 'exception-closed',
  term: (code: string) => Obj,
  value?: string,
): Obj {
  return {
    id: stableId('hsds-attribute', `${scheduleId}:schedule-kinds`),
    link_id: scheduleId,
    link_type: 'schedule-kinds',
    link_entity: 'schedule',
    taxonomy_term_id: termId('schedule-kinds', code),
    taxonomy_term: term(code),
    ...(value ? { value } : {}),
  };
}

export function toSchedules(
  owner: Owner,
  weekly: WeeklyRow[],
  exceptions: ExceptionRow[],
  lang: Lang,
  today: string,
  term: (code: string) => Obj,
): Obj[] {
  const out: Obj[] = [];
  const groups = new Map<string, { days: number[]; row: WeeklyRow }>();
  // The same rows in any order give the same schedules in the same order.
  const sorted = [...weekly].sort((a, b) =>
    `${a.opens}|${a.closes}|${a.validFrom ?? ''}|${a.validTo ?? ''}|${a.weekday}`.localeCompare(
      `${b.opens}|${b.closes}|${b.validFrom ?? ''}|${b.validTo ?? ''}|${b.weekday}`,
    ),
  );
  for (const row of sorted) {
    const key = `${row.opens}|${row.closes}|${row.validFrom ?? ''}|${row.validTo ?? ''}`;
    const group = groups.get(key) ?? { days: [], row };
    group.days.push(row.weekday);
    groups.set(key, group);
  }
  const description = `${NOTES.timezone[lang]} ${NOTES.holidays[lang]}`;
  for (const { days, row } of groups.values()) {
    const ended = row.validTo !== null && row.validTo < today;
    const from = row.validFrom && (row.validFrom > today || ended) ? row.validFrom : ended ? row.validTo! : today;
    // Open-ended: a year ahead of today, or of its start when it starts later.
    const to = row.validTo ?? addDays(from > today ? from : today, PUBLISH_DAYS);
    const validity = `${row.validFrom ?? '..'}/${row.validTo ?? '..'}`;
    const byday = [...new Set(days)]
      .sort()
      .map((d) => BYDAY[d - 1])
      .join(',');
    for (const period of offsetPeriods(from, to)) {
      const id = stableId('hsds-schedule', `${owner.id}:${byday}:${row.opens}-${row.closes}:${validity}:${period.from}`);
      out.push({
        id,
        [owner.field]: owner.id,
        valid_from: period.from,
        valid_to: period.to,
        dtstart: period.from,
        timezone: period.offset,
        freq: 'WEEKLY',
        wkst: 'MO',
        byday,
        opens_at: row.opens.slice(0, 5),
        closes_at: row.closes.slice(0, 5),
        description,
        attributes: [kindAttribute(id, 'regular', term, validity)],
      });
    }
  }
  for (const e of [...exceptions].sort((a, b) => a.day.localeCompare(b.day))) {
    const id = stableId('hsds-schedule', `${owner.id}:exception:${e.day}`);
    const note = localized(e.note, lang);
    out.push({
      id,
      [owner.field]: owner.id,
      valid_from: e.day,
      valid_to: e.day,
      dtstart: e.day,
      until: e.day,
      count: 1,
      timezone: helsinkiOffsetHours(e.day),
      freq: 'WEEKLY',
      wkst: 'MO',
      byday: BYDAY[isoWeekday(e.day) - 1],
      ...(e.closed ? {} : { opens_at: e.opens!.slice(0, 5), closes_at: e.closes!.slice(0, 5) }),
      description: e.closed ? [NOTES.closed[lang], note].filter(Boolean).join(': ') : (note ?? NOTES.timezone[lang]),
      ...(note ? { notes: note } : {}),
      attributes: [kindAttribute(id, e.closed ? 'exception-closed' : 'exception-open', term)],
    });
  }
  return out;
}

// ---- HSDS schedules → opening hours (import) ----

const DAY_OF: Record<string, number> = { MO: 1, TU: 2, WE: 3, TH: 4, FR: 5, SA: 6, SU: 7 };
const DATE = /^\d{4}-\d{2}-\d{2}/;

/** 'HH:MM[:SS][offset]' → 'HH:MM', or null; the offset, when one is given, is reported. */
function wallClock(value: unknown, warnings: ImportIssue[]): string | null {
  if (typeof value !== 'string') return null;
  const m = /^([01]?\d|2[0-4]):([0-5]\d)(?::[0-5]\d(?:\.\d+)?)?\s*(Z|[+-]\d\d(?::?\d\d)?)?$/.exec(value.trim());
  if (!m) return null;
  if (m[3] && !/^\+0?[23](:?00)?$/.test(m[3])) warnings.push({ key: 'timeZoneIgnored', params: { value } });
  const hours = m[1]!.padStart(2, '0');
  return hours === '24' ? '23:59' : `${hours}:${m[2]}`;
}

const date = (v: unknown) => (typeof v === 'string' && DATE.test(v) ? v.slice(0, 10) : null);
const kindOf = (s: Obj): string | null => {
  for (const a of Array.isArray(s.attributes) ? (s.attributes as Obj[]) : []) {
    const term = (a?.taxonomy_term ?? {}) as Obj;
    for (const code of ['regular', 'exception-open', 'exception-closed'])
      if (a?.taxonomy_term_id === termId('schedule-kinds', code) || (a?.link_type === 'schedule-kinds' && term.code === code)) return code;
  }
  return null;
};
const validityOf = (s: Obj): { validFrom: string | null; validTo: string | null } | null => {
  for (const a of Array.isArray(s.attributes) ? (s.attributes as Obj[]) : []) {
    const m = typeof a?.value === 'string' ? /^(\d{4}-\d\d-\d\d|\.\.)\/(\d{4}-\d\d-\d\d|\.\.)$/.exec(a.value) : null;
    if (m) return { validFrom: m[1] === '..' ? null : m[1]!, validTo: m[2] === '..' ? null : m[2]! };
  }
  return null;
};

export function fromSchedules(
  schedules: unknown,
  warnings: ImportIssue[],
  noteLang: Lang,
): { hours: WeeklyHoursImport[]; exceptions: HoursExceptionImport[] } {
  const weekly = new Map<string, WeeklyHoursImport>();
  const exceptions = new Map<string, HoursExceptionImport>();
  for (const raw of Array.isArray(schedules) ? schedules : []) {
    if (!raw || typeof raw !== 'object') continue;
    const s = raw as Obj;
    const kind = kindOf(s);
    const from = date(s.valid_from) ?? date(s.dtstart);
    const note = typeof s.notes === 'string' && s.notes.trim() ? { [noteLang]: s.notes.trim().slice(0, 500) } : null;
    if (kind === 'exception-closed' || kind === 'exception-open') {
      if (!from) continue;
      const opens = wallClock(s.opens_at, warnings);
      const closes = wallClock(s.closes_at, warnings);
      if (kind === 'exception-open' && (!opens || !closes || opens >= closes)) continue;
      exceptions.set(
        from,
        kind === 'exception-closed' ? { day: from, closed: true, note } : { day: from, closed: false, opens, closes, note },
      );
      continue;
    }
    if (s.freq !== undefined && s.freq !== 'WEEKLY') {
      warnings.push({ key: 'scheduleNotWeekly', params: { value: String(s.freq) } });
      continue;
    }
    if ((typeof s.interval === 'number' && s.interval > 1) || s.byweekno || s.bymonthday || s.byyearday)
      warnings.push({ key: 'scheduleSimplified', params: { value: String(s.id ?? '') } });
    const opens = wallClock(s.opens_at, warnings);
    const closes = wallClock(s.closes_at, warnings);
    const days = String(s.byday ?? 'MO,TU,WE,TH,FR,SA,SU')
      .split(',')
      .map(
        (d) =>
          DAY_OF[
            d
              .trim()
              .replace(/^[+-]?\d+/, '')
              .toUpperCase()
          ],
      )
      .filter((d): d is number => d !== undefined);
    if (!opens || !closes || !days.length) {
      warnings.push({ key: 'scheduleWithoutTimes', params: { value: String(s.id ?? '') } });
      continue;
    }
    if (typeof s.timezone === 'number' && ![2, 3].includes(s.timezone))
      warnings.push({ key: 'timeZoneIgnored', params: { value: String(s.timezone) } });
    // A one-day schedule of a source without our attributes is a changed day.
    if (s.count === 1 && from && (date(s.valid_to) ?? date(s.until) ?? from) === from) {
      if (opens < closes) exceptions.set(from, { day: from, closed: false, opens, closes, note });
      continue;
    }
    const validity = kind === 'regular' ? validityOf(s) : null;
    const validFrom = validity ? validity.validFrom : from;
    const validTo = validity ? validity.validTo : (date(s.valid_to) ?? date(s.until));
    // Past midnight: the evening on its day, the small hours on the next.
    const spans: [number[], string, string][] =
      opens < closes
        ? [[days, opens, closes]]
        : [
            [days, opens, '23:59'],
            [days.map((d) => (d % 7) + 1), '00:00', closes],
          ];
    for (const [d, o, c] of spans) {
      if (o >= c) continue;
      const key = `${o}|${c}|${validity ? `${validFrom}/${validTo}` : ''}|${d.join(',')}`;
      const earlier = weekly.get(key);
      if (earlier && !validity) {
        // Periods of one foreign schedule split at the offset changes: join them back.
        earlier.validFrom = minDate(earlier.validFrom, validFrom);
        earlier.validTo = !earlier.validTo || !validTo ? null : maxDate(earlier.validTo, validTo);
      } else if (!earlier) weekly.set(key, { days: d, opens: o, closes: c, validFrom, validTo });
    }
  }
  return { hours: withoutOverlaps([...weekly.values()], warnings), exceptions: [...exceptions.values()] };
}

const minDate = (a: string | null | undefined, b: string | null | undefined) => (!a || !b ? null : a < b ? a : b);
const maxDate = (a: string, b: string) => (a > b ? a : b);

/** Our hours may not overlap on a weekday; a later overlapping row is dropped, and said so. */
function withoutOverlaps(rows: WeeklyHoursImport[], warnings: ImportIssue[]): WeeklyHoursImport[] {
  const kept: { weekday: number; row: WeeklyHoursImport }[] = [];
  const overlaps = (a: WeeklyHoursImport, b: WeeklyHoursImport) =>
    a.opens < b.closes &&
    b.opens < a.closes &&
    (a.validFrom ?? '0000') <= (b.validTo ?? '9999') &&
    (b.validFrom ?? '0000') <= (a.validTo ?? '9999');
  return rows.flatMap((row) => {
    const days = row.days.filter((weekday) => {
      const clash = kept.some((k) => k.weekday === weekday && overlaps(k.row, row));
      if (clash) warnings.push({ key: 'overlappingScheduleDropped', params: { weekday, value: `${row.opens}–${row.closes}` } });
      else kept.push({ weekday, row });
      return !clash;
    });
    return days.length ? [{ ...row, days }] : [];
  });
}
