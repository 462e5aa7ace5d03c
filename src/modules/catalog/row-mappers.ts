import type { I18nText } from '../../platform/i18n-text.ts';
import { CLOSED_ON_HOLIDAYS, type HoursPolicy } from './opening-hours.ts';
import type { Accessibility, Hours, OrganizationRef, PlaceRef, PlaceSummary, ServiceSummary } from './catalog.model.ts';
import { ACCESSIBILITY_FACTS, type AccessibilityFact } from './catalog.domain.ts';
import type { PlaceTable } from './catalog.tables.ts';

/**
 * The one place where catalog rows become domain values, and where the accessibility facts meet
 * their columns: the queries, the loader and the mappers all use these lists.
 */

export const ACCESSIBILITY_COLUMNS = {
  stepFreeAccess: 'step_free_access',
  pramAccess: 'pram_access',
  wheelchairToilet: 'wheelchair_toilet',
  hearingLoop: 'hearing_loop',
  babyCareRoom: 'baby_care_room',
  parking: 'parking',
} as const satisfies Record<AccessibilityFact, keyof PlaceTable>;

type AccessibilityColumn = (typeof ACCESSIBILITY_COLUMNS)[AccessibilityFact];
type AccessibilityRow = Record<AccessibilityColumn, boolean | null>;

/** What a place list shows, selected from `place as p` joined to `municipality as m` and `organization as o`. */
export const PLACE_SUMMARY_COLUMNS = [
  'p.id',
  'p.kind',
  'p.name',
  'p.street_address',
  'p.postal_code',
  'p.post_office',
  'p.latitude',
  'p.longitude',
  'p.status',
  'p.step_free_access',
  'p.pram_access',
  'p.wheelchair_toilet',
  'p.hearing_loop',
  'p.baby_care_room',
  'p.parking',
  'm.code as municipality_code',
  'm.name as municipality_name',
] as const satisfies readonly (`p.${keyof PlaceTable}` | `m.${string}`)[];

export function accessibilityOf(row: AccessibilityRow): Accessibility {
  return Object.fromEntries(ACCESSIBILITY_FACTS.map((fact) => [fact, row[ACCESSIBILITY_COLUMNS[fact]]])) as Accessibility;
}

/** The columns of a place's accessibility facts as the loader writes them; a fact not given is not known. */
export function accessibilityRow(facts: Partial<Record<AccessibilityFact, boolean>>): AccessibilityRow {
  return Object.fromEntries(ACCESSIBILITY_FACTS.map((fact) => [ACCESSIBILITY_COLUMNS[fact], facts[fact] ?? null])) as AccessibilityRow;
}

type PlaceSummaryRow = AccessibilityRow & {
  id: string;
  kind: PlaceRef['kind'];
  name: I18nText;
  street_address: string;
  postal_code: string;
  post_office: I18nText;
  latitude: number | null;
  longitude: number | null;
  status: PlaceSummary['status'];
  municipality_code: string;
  municipality_name: I18nText;
};

/** A row of PLACE_SUMMARY_COLUMNS as the place it describes, without its organisation. */
export function placeOf(r: PlaceSummaryRow): Omit<PlaceSummary, 'organization'> {
  return {
    id: r.id,
    kind: r.kind,
    name: r.name,
    municipality: { code: r.municipality_code, name: r.municipality_name },
    streetAddress: r.street_address,
    postalCode: r.postal_code,
    postOffice: r.post_office,
    latitude: r.latitude,
    longitude: r.longitude,
    status: r.status,
    accessibility: accessibilityOf(r),
  };
}

/** What every service row carries (SERVICE_SUMMARY_COLUMNS in services.queries.ts). */
export interface ServiceCoreRow {
  id: string;
  name: I18nText;
  summary: I18nText;
  scope: ServiceSummary['scope'];
  region_id: string | null;
  level: ServiceSummary['level'];
  sector: ServiceSummary['sector'];
  target_groups: ServiceSummary['targetGroups'];
  age_min: number | null;
  age_max: number | null;
  languages: ServiceSummary['languages'];
  delivery: ServiceSummary['delivery'];
  access: ServiceSummary['access'];
  cost: ServiceSummary['cost'];
  status: ServiceSummary['status'];
  status_note: I18nText | null;
  last_checked: string;
  organization_id: string;
  organization_type: OrganizationRef['type'];
  organization_name: I18nText;
}

export function serviceCoreOf(r: ServiceCoreRow): Omit<ServiceSummary, 'categories' | 'places' | 'areas'> {
  return {
    id: r.id,
    name: r.name,
    summary: r.summary,
    organization: { id: r.organization_id, type: r.organization_type, name: r.organization_name },
    scope: r.scope,
    regionId: r.region_id,
    level: r.level,
    sector: r.sector,
    targetGroups: r.target_groups,
    ageMin: r.age_min,
    ageMax: r.age_max,
    languages: r.languages,
    delivery: r.delivery,
    access: r.access,
    cost: r.cost,
    status: r.status,
    statusNote: r.status_note,
    lastChecked: r.last_checked,
  };
}

const hhmm = (t: string) => t.slice(0, 5);

export function hoursFrom(
  weekly: { weekday: number; opens: string; closes: string; valid_from: string | null; valid_to: string | null }[],
  exceptions: { day: string; closed: boolean; opens: string | null; closes: string | null; note?: I18nText | null }[],
  policy: HoursPolicy = CLOSED_ON_HOLIDAYS,
): Hours {
  return {
    aroundTheClock: policy.aroundTheClock,
    openOnHolidays: policy.openOnHolidays,
    weekly: weekly
      .map((w) => ({ weekday: w.weekday, opens: hhmm(w.opens), closes: hhmm(w.closes), validFrom: w.valid_from, validTo: w.valid_to }))
      .sort((a, b) => a.weekday - b.weekday || a.opens.localeCompare(b.opens)),
    exceptions: exceptions
      .map((x) => ({
        day: x.day,
        closed: x.closed,
        opens: x.opens && hhmm(x.opens),
        closes: x.closes && hhmm(x.closes),
        note: x.note ?? null,
      }))
      .sort((a, b) => a.day.localeCompare(b.day)),
  };
}
