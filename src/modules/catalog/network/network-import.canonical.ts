import { createHash } from 'node:crypto';
import type { I18nText, Lang } from '../../../platform/i18n-text.ts';
import { ACCESSIBILITY_FACTS, type AccessibilityFact } from '../catalog.domain.ts';
import type {
  ContactImport,
  HoursExceptionImport,
  ImportConflict,
  ImportIssue,
  ImportText,
  OrganizationImport,
  PlaceImport,
  ServiceImport,
  WeeklyHoursImport,
} from './network-import.model.ts';

/**
 * A record's values in one canonical form, whether read from the database or built from what an
 * import brings: references as local ids, texts complete, lists in a fixed order. Two records are
 * the same when their canonical forms are; the hash of the form an import wrote is kept, so a
 * later import can tell whether someone has changed the record since.
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

export interface Hours {
  weekly: WeeklyRow[];
  exceptions: ExceptionRow[];
}

export interface CanonicalOrganization {
  type: OrganizationImport['type'];
  name: I18nText;
  description: I18nText | null;
  website: string | null;
  businessId: string | null;
  municipality: string | null;
  regionId: string | null;
}

export interface CanonicalPlace {
  organizationId: string;
  municipality: string;
  kind: PlaceImport['kind'];
  name: I18nText;
  description: I18nText | null;
  streetAddress: string;
  postalCode: string;
  postOffice: I18nText;
  latitude: number | null;
  longitude: number | null;
  transportNote: I18nText | null;
  accessibility: Record<AccessibilityFact, boolean | null>;
  accessibilityNote: I18nText | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  status: NonNullable<PlaceImport['status']>;
  statusNote: I18nText | null;
  lastChecked: string;
  hours: Hours;
  familyCentreArea: string[];
}

export interface CanonicalContact {
  kind: ContactImport['kind'];
  value: string;
  label: I18nText | null;
  hoursNote: I18nText | null;
}

export interface CanonicalServiceAtPlace {
  placeId: string;
  phone: string | null;
  email: string | null;
  note: I18nText | null;
  hours: Hours;
}

export interface CanonicalService {
  organizationId: string;
  regionId: string | null;
  scope: ServiceImport['scope'];
  areas: string[];
  name: I18nText;
  summary: I18nText;
  description: I18nText | null;
  keywords: I18nText | null;
  level: ServiceImport['level'];
  sector: ServiceImport['sector'];
  targetGroups: string[];
  ageMin: number | null;
  ageMax: number | null;
  languages: string[];
  delivery: string[];
  access: string[];
  cost: ServiceImport['cost'];
  costNote: I18nText | null;
  status: NonNullable<ServiceImport['status']>;
  statusNote: I18nText | null;
  lastChecked: string;
  categories: string[];
  methods: string[];
  contacts: CanonicalContact[];
  hours: Hours;
  at: CanonicalServiceAtPlace[];
}

export type Canonical = CanonicalOrganization | CanonicalPlace | CanonicalService;

// ---- Texts ----

/**
 * The text to store. Complete incoming texts (PTV) replace the local one; without Finnish, the
 * Swedish or English text stands in for it, since Finnish is required. A one-language import
 * (HSDS, `textLanguage`) replaces only that language's text and keeps the others; a Finnish
 * import without the text removes it. A translation equal to the Finnish text is no translation
 * (a one-language export falls back to Finnish), and a record new to the network takes its only
 * language as its Finnish text too.
 */
export function mergeText(
  incoming: ImportText | null | undefined,
  local: I18nText | null | undefined,
  textLanguage: Lang | undefined,
): I18nText | null {
  const clean = (t: string | undefined) => (t && t.trim() ? t.trim() : undefined);
  if (!textLanguage) {
    const fi = clean(incoming?.fi) ?? clean(incoming?.sv) ?? clean(incoming?.en);
    return fi ? pick({ fi, sv: clean(incoming?.sv), en: clean(incoming?.en) }) : null;
  }
  const value = clean(incoming?.[textLanguage]);
  if (textLanguage === 'fi' && !value) return null;
  const merged: Partial<I18nText> = { ...(local ?? {}) };
  if (value) merged[textLanguage] = value;
  else delete merged[textLanguage];
  if (!merged.fi) {
    if (!value) return null;
    merged.fi = value;
  }
  return pick(merged);
}

function pick(t: Partial<I18nText>): I18nText {
  const out: I18nText = { fi: t.fi! };
  if (t.sv && t.sv !== out.fi) out.sv = t.sv;
  if (t.en && t.en !== out.fi) out.en = t.en;
  return out;
}

// ---- Hours ----

const hhmm = (t: string | null | undefined) => (t ? t.slice(0, 5) : null);

export function weeklyRows(hours: WeeklyHoursImport[] | undefined): WeeklyRow[] {
  return sortWeekly(
    (hours ?? []).flatMap((h) =>
      [...new Set(h.days)].map((weekday) => ({
        weekday,
        opens: hhmm(h.opens)!,
        closes: hhmm(h.closes)!,
        validFrom: h.validFrom ?? null,
        validTo: h.validTo ?? null,
      })),
    ),
  );
}

export function sortWeekly(rows: WeeklyRow[]): WeeklyRow[] {
  return [...rows].sort(
    (a, b) =>
      a.weekday - b.weekday ||
      a.opens.localeCompare(b.opens) ||
      (a.validFrom ?? '').localeCompare(b.validFrom ?? '') ||
      (a.validTo ?? '').localeCompare(b.validTo ?? ''),
  );
}

export function exceptionRows(
  exceptions: HoursExceptionImport[] | undefined,
  local: ExceptionRow[] | undefined,
  textLanguage: Lang | undefined,
): ExceptionRow[] {
  const localByDay = new Map((local ?? []).map((e) => [e.day, e]));
  return sortExceptions(
    (exceptions ?? []).map((e) => ({
      day: e.day,
      closed: e.closed,
      opens: e.closed ? null : hhmm(e.opens),
      closes: e.closed ? null : hhmm(e.closes),
      note: mergeText(e.note, localByDay.get(e.day)?.note, textLanguage),
    })),
  );
}

export function sortExceptions(rows: ExceptionRow[]): ExceptionRow[] {
  return [...rows].sort((a, b) => a.day.localeCompare(b.day));
}

export function accessibilityOf(facts: Partial<Record<AccessibilityFact, boolean | null>> | undefined) {
  return Object.fromEntries(ACCESSIBILITY_FACTS.map((f) => [f, facts?.[f] ?? null])) as Record<AccessibilityFact, boolean | null>;
}

export const sortedUnique = (values: readonly string[] | undefined) => [...new Set(values ?? [])].sort();

// ---- Hash and comparison ----

/** JSON with object keys sorted, so equal values always give equal text. */
export function stableJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
}

export const valuesHash = (value: unknown) => createHash('sha256').update(stableJson(value)).digest('hex');

/** The top-level fields (texts per language) in which two canonical records differ. */
export function differences(local: Canonical, incoming: Canonical): ImportConflict[] {
  const out: ImportConflict[] = [];
  const l = local as unknown as Record<string, unknown>;
  const r = incoming as unknown as Record<string, unknown>;
  for (const field of new Set([...Object.keys(l), ...Object.keys(r)])) {
    if (stableJson(l[field]) === stableJson(r[field])) continue;
    const lv = l[field];
    const rv = r[field];
    if (isText(lv) || isText(rv)) {
      for (const lang of ['fi', 'sv', 'en'] as const) {
        const a = (lv as I18nText | null)?.[lang] ?? null;
        const b = (rv as I18nText | null)?.[lang] ?? null;
        if (a !== b) out.push({ field: `${field}.${lang}`, local: a, incoming: b });
      }
    } else out.push({ field, local: lv ?? null, incoming: rv ?? null });
  }
  return out;
}

const isText = (v: unknown): v is I18nText =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as I18nText).fi === 'string';

export type Issues = ImportIssue[];
