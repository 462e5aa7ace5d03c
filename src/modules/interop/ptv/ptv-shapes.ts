import type { I18nText } from '../../../platform/i18n-text.ts';
import { addDays } from '../../../platform/helsinki-time.ts';
import type { HoursExceptionImport, ImportIssue, WeeklyHoursImport } from '../../catalog/index.ts';
import { isObject, list, localDate, plainText } from '../import/cleaning.ts';

/**
 * Suomi.fi PTV v11 open-API building blocks (see /work/shared/ptv/README.md): what a JSON value
 * is, from its keys (never from a file name), and its texts, hours and coordinates in our terms.
 */

type Obj = Record<string, unknown>;

export type PtvShape =
  | 'page'
  | 'guidPage'
  | 'service'
  | 'organization'
  | 'channel:ServiceLocation'
  | 'channel:Phone'
  | 'channel:WebPage'
  | 'channel:EChannel'
  | 'channel:PrintableForm'
  | 'codelist'
  /** An item of a GUID page: an id and a name, no record. */
  | 'guidItem'
  | 'unknown';

const CHANNEL_TYPES = ['ServiceLocation', 'Phone', 'WebPage', 'EChannel', 'PrintableForm'];
const has = (o: Obj, ...keys: string[]) => keys.every((k) => k in o);

/** What a PTV record is. Pages are opened by the reader; a GUID page lists ids, not records. */
export function recognise(v: unknown): PtvShape {
  if (!isObject(v)) return 'unknown';
  if (has(v, 'pageNumber', 'pageCount')) {
    const first = list(v.itemList)[0];
    return !first || Object.keys(first).every((k) => ['id', 'name', 'parentOrganizationId'].includes(k)) ? 'guidPage' : 'page';
  }
  if ('serviceChannelType' in v) {
    if (CHANNEL_TYPES.includes(String(v.serviceChannelType))) return `channel:${v.serviceChannelType}` as PtvShape;
    // Swagger examples say "string": the type-specific keys tell.
    if (has(v, 'addresses', 'displayNameType')) return 'channel:ServiceLocation';
    if (has(v, 'formIdentifier') || has(v, 'channelUrls')) return 'channel:PrintableForm';
    if (has(v, 'signatureQuantity') || has(v, 'requiresAuthentication')) return 'channel:EChannel';
    if (has(v, 'phoneNumbers')) return 'channel:Phone';
    return 'channel:WebPage';
  }
  if (has(v, 'serviceNames')) return 'service';
  if (has(v, 'id') && Object.keys(v).every((k) => ['id', 'name', 'parentOrganizationId'].includes(k))) return 'guidItem';
  if (has(v, 'organizationNames') || has(v, 'organizationType')) return 'organization';
  if (has(v, 'Id', 'Notation', 'ConceptType') || has(v, 'municipalityCode', 'names') || has(v, 'code', 'names') || has(v, 'code', 'order'))
    return 'codelist';
  return 'unknown';
}

/** [{language, value, type}] → our text for one `type` (Name, Summary …); Sámi texts are not kept. */
export function texts(items: unknown, warnings: ImportIssue[], field: string, type?: string, max?: number): Partial<I18nText> | null {
  const out: Partial<I18nText> = {};
  for (const item of list(items)) {
    if (type && item.type !== type) continue;
    const lang = item.language;
    if (lang !== 'fi' && lang !== 'sv' && lang !== 'en') continue;
    const value = plainText(item.value, warnings, field, max);
    if (value && !out[lang]) out[lang] = value;
  }
  return out.fi || out.sv || out.en ? out : null;
}

/** Texts by language joined (keywords: one item per word). */
export function joined(items: unknown, separator: string): Partial<I18nText> | null {
  const out: Record<string, string[]> = {};
  for (const item of list(items)) {
    const lang = String(item.language);
    if (['fi', 'sv', 'en'].includes(lang) && typeof item.value === 'string' && item.value.trim())
      (out[lang] ??= []).push(item.value.trim());
  }
  const result = Object.fromEntries(Object.entries(out).map(([l, v]) => [l, v.join(separator).slice(0, 2000)]));
  return Object.keys(result).length ? (result as Partial<I18nText>) : null;
}

/** Post offices come from the postal-code register in capitals: MIKKELI → Mikkeli. */
export const titleCase = (s: string) =>
  s.toLocaleLowerCase('fi').replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toLocaleUpperCase('fi'));

const DAYS: Record<string, number> = { Monday: 1, Tuesday: 2, Wednesday: 3, Thursday: 4, Friday: 5, Saturday: 6, Sunday: 7 };
const hhmm = (t: unknown) => (typeof t === 'string' && /^\d{1,2}:\d{2}/.test(t) ? t.padStart(5, '0').slice(0, 5) : null);

/** serviceHours → our weekly rows and day exceptions; what cannot be said is warned about. */
export function hoursFromPtv(
  serviceHours: unknown,
  warnings: ImportIssue[],
): { hours: WeeklyHoursImport[]; exceptions: HoursExceptionImport[]; reservation: boolean } {
  const weekly: WeeklyHoursImport[] = [];
  const exceptions: HoursExceptionImport[] = [];
  let reservation = false;
  for (const h of list(serviceHours)) {
    const validFrom = localDate(h.validFrom) ?? null;
    const validTo = localDate(h.validTo) ?? null;
    const note = texts(h.additionalInformation, warnings, 'serviceHours', undefined, 500);
    if (h.isReservation) reservation = true;
    if (h.serviceHourType === 'Exceptional') {
      if (!validFrom) continue;
      const last = validTo && validTo >= validFrom ? validTo : validFrom;
      const oh = list(h.openingHour)[0];
      const opens = hhmm(oh?.from);
      const closes = hhmm(oh?.to);
      // A range of closed days is one exception a day; a long one is not a closure but an error.
      for (let d = validFrom, n = 0; d <= last && n < 370; d = addDays(d, 1), n++)
        exceptions.push(
          h.isClosed || !opens || !closes || opens >= closes
            ? { day: d, closed: true, note }
            : { day: d, closed: false, opens, closes, note },
        );
      continue;
    }
    const period = { validFrom: h.validForNow ? null : validFrom, validTo: h.validForNow ? null : validTo };
    if (h.isAlwaysOpen) {
      weekly.push({ days: [1, 2, 3, 4, 5, 6, 7], opens: '00:00', closes: '23:59', ...period });
      continue;
    }
    for (const oh of list(h.openingHour)) {
      const day = DAYS[String(oh.dayFrom)];
      const to = oh.dayTo ? (DAYS[String(oh.dayTo)] ?? day) : day;
      const opens = hhmm(oh.from);
      const closes = hhmm(oh.to);
      if (!day || !opens || !closes) {
        warnings.push({ key: 'scheduleWithoutTimes', params: { value: String(oh.dayFrom ?? '') } });
        continue;
      }
      if (to === day && opens < closes) weekly.push({ days: [day], opens, closes, ...period });
      else {
        // Over midnight: our rows open before they close, so the evening and the small hours are two rows.
        weekly.push({ days: [day], opens, closes: '23:59', ...period });
        if (closes !== '00:00') weekly.push({ days: [to ?? (day % 7) + 1], opens: '00:00', closes, ...period });
      }
    }
  }
  return { hours: mergeDays(weekly), exceptions: dedupeDays(exceptions), reservation };
}

function mergeDays(rows: WeeklyHoursImport[]): WeeklyHoursImport[] {
  const merged = new Map<string, WeeklyHoursImport>();
  for (const r of rows) {
    const key = `${r.opens}|${r.closes}|${r.validFrom ?? ''}|${r.validTo ?? ''}`;
    const earlier = merged.get(key);
    if (earlier) earlier.days = [...new Set([...earlier.days, ...r.days])].sort();
    else merged.set(key, { ...r, days: [...r.days] });
  }
  return [...merged.values()];
}

const dedupeDays = (rows: HoursExceptionImport[]) => [...new Map(rows.map((r) => [r.day, r])).values()];

/**
 * ETRS-TM35FIN (EPSG:3067) → WGS84. PTV writes latitude = northing, longitude = easting, as
 * strings. Inverse transverse Mercator on GRS80 (Krüger series to n⁴), central meridian 27°E,
 * scale 0.9996, false easting 500 000 m; agrees with proj4 to 1e-7° (/work/notes/interop.md).
 */
export function tm35finToWgs84(northing: unknown, easting: unknown): { latitude: number; longitude: number } | null {
  const north = Number(northing);
  const east = Number(easting);
  if (!Number.isFinite(north) || !Number.isFinite(east) || north < 6_500_000 || north > 7_900_000 || east < 0 || east > 800_000)
    return null;
  const a = 6378137;
  const f = 1 / 298.257222101;
  const k0 = 0.9996;
  const n = f / (2 - f);
  const A = (a / (1 + n)) * (1 + n ** 2 / 4 + n ** 4 / 64);
  const beta = [n / 2 - (2 / 3) * n ** 2 + (37 / 96) * n ** 3, n ** 2 / 48 + n ** 3 / 15, (17 / 480) * n ** 3];
  const delta = [2 * n - (2 / 3) * n ** 2 - 2 * n ** 3, (7 / 3) * n ** 2 - (8 / 5) * n ** 3, (56 / 15) * n ** 3];
  const xi = north / (k0 * A);
  const eta = (east - 500000) / (k0 * A);
  let xi1 = xi;
  let eta1 = eta;
  beta.forEach((b, j) => {
    const k = 2 * (j + 1);
    xi1 -= b * Math.sin(k * xi) * Math.cosh(k * eta);
    eta1 -= b * Math.cos(k * xi) * Math.sinh(k * eta);
  });
  const chi = Math.asin(Math.sin(xi1) / Math.cosh(eta1));
  const lat = chi + delta[0]! * Math.sin(2 * chi) + delta[1]! * Math.sin(4 * chi) + delta[2]! * Math.sin(6 * chi);
  const lon = (27 * Math.PI) / 180 + Math.atan(Math.sinh(eta1) / Math.cos(xi1));
  return { latitude: Math.round(((lat * 180) / Math.PI) * 1e6) / 1e6, longitude: Math.round(((lon * 180) / Math.PI) * 1e6) / 1e6 };
}

/** A phone number as PTV keeps it: prefix apart, service numbers without one. */
export const ptvPhone = (p: Obj) => [p.prefixNumber, p.number].filter((x) => typeof x === 'string' && x.trim()).join(' ');
