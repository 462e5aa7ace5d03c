import type { Insertable, Selectable } from 'kysely';
import type { I18nText } from '../../../platform/i18n-text.ts';
import type { CatalogTables } from '../catalog.tables.ts';
import { accessibilityOf, accessibilityRow } from '../row-mappers.ts';
import {
  sortedUnique,
  sortExceptions,
  sortWeekly,
  type CanonicalOrganization,
  type CanonicalPlace,
  type CanonicalService,
  type ExceptionRow,
  type Hours,
  type WeeklyRow,
} from './network-import.canonical.ts';
import type { loadPlaceRows, loadServiceRows } from './network-import.queries.ts';

/** Canonical records to table rows and back: the import's one mapping to the catalog's tables. */

type T = CatalogTables;
type Owner = { place_id: string } | { service_id: string } | { service_at_place_id: string };
const json = (t: I18nText | null) => (t ? JSON.stringify(t) : null);
const time = (t: string | null) => (t ? t.slice(0, 5) : null);

export function organizationRow(id: string, o: CanonicalOrganization): Insertable<T['organization']> {
  return {
    id,
    region_id: o.regionId,
    municipality_code: o.municipality,
    type: o.type,
    name: JSON.stringify(o.name),
    description: json(o.description),
    website: o.website,
    business_id: o.businessId,
  };
}

export function organizationOf(row: Selectable<T['organization']>): CanonicalOrganization {
  return {
    type: row.type,
    name: row.name,
    description: row.description,
    website: row.website,
    businessId: row.business_id,
    municipality: row.municipality_code,
    regionId: row.region_id,
  };
}

export function placeRow(id: string, p: CanonicalPlace): Insertable<T['place']> {
  return {
    id,
    organization_id: p.organizationId,
    municipality_code: p.municipality,
    kind: p.kind,
    name: JSON.stringify(p.name),
    description: json(p.description),
    street_address: p.streetAddress,
    postal_code: p.postalCode,
    post_office: JSON.stringify(p.postOffice),
    latitude: p.latitude,
    longitude: p.longitude,
    transport_note: json(p.transportNote),
    ...accessibilityRow(Object.fromEntries(Object.entries(p.accessibility).filter(([, v]) => v !== null)) as Record<string, boolean>),
    accessibility_note: json(p.accessibilityNote),
    phone: p.phone,
    email: p.email,
    website: p.website,
    status: p.status,
    status_note: json(p.statusNote),
    last_checked: p.lastChecked,
  };
}

export function hoursRows(owner: Owner, hours: Hours) {
  const base = { place_id: null, service_at_place_id: null, service_id: null, ...owner };
  return {
    weekly: hours.weekly.map((h): Insertable<T['opening_hours']> => ({
      ...base,
      weekday: h.weekday,
      opens: h.opens,
      closes: h.closes,
      valid_from: h.validFrom,
      valid_to: h.validTo,
    })),
    exceptions: hours.exceptions.map((e): Insertable<T['opening_hours_exception']> => ({
      ...base,
      day: e.day,
      closed: e.closed,
      opens: e.opens,
      closes: e.closes,
      note: json(e.note),
    })),
  };
}

type HoursRows = { weekly: Selectable<T['opening_hours']>[]; exceptions: Selectable<T['opening_hours_exception']>[] };

function hoursOf(
  rows: HoursRows,
  owns: (r: { place_id: string | null; service_id: string | null; service_at_place_id: string | null }) => boolean,
): Hours {
  return {
    weekly: sortWeekly(
      rows.weekly.filter(owns).map((h): WeeklyRow => ({
        weekday: h.weekday,
        opens: time(h.opens)!,
        closes: time(h.closes)!,
        validFrom: h.valid_from,
        validTo: h.valid_to,
      })),
    ),
    exceptions: sortExceptions(
      rows.exceptions
        .filter(owns)
        .map((e): ExceptionRow => ({ day: e.day, closed: e.closed, opens: time(e.opens), closes: time(e.closes), note: e.note })),
    ),
  };
}

export function placesOf(loaded: Awaited<ReturnType<typeof loadPlaceRows>>): Map<string, CanonicalPlace> {
  return new Map(
    loaded.places.map((p) => [
      p.id,
      {
        organizationId: p.organization_id,
        municipality: p.municipality_code,
        kind: p.kind,
        name: p.name,
        description: p.description,
        streetAddress: p.street_address,
        postalCode: p.postal_code,
        postOffice: p.post_office,
        latitude: p.latitude,
        longitude: p.longitude,
        transportNote: p.transport_note,
        accessibility: accessibilityOf(p),
        accessibilityNote: p.accessibility_note,
        phone: p.phone,
        email: p.email,
        website: p.website,
        status: p.status,
        statusNote: p.status_note,
        lastChecked: p.last_checked,
        hours: hoursOf(loaded.hours, (r) => r.place_id === p.id),
        familyCentreArea: sortedUnique(loaded.areas.filter((a) => a.family_centre_id === p.id).map((a) => a.municipality_code)),
      },
    ]),
  );
}

export function serviceRow(id: string, s: CanonicalService): Insertable<T['service']> {
  return {
    id,
    organization_id: s.organizationId,
    region_id: s.regionId,
    scope: s.scope,
    name: JSON.stringify(s.name),
    summary: JSON.stringify(s.summary),
    description: json(s.description),
    keywords: json(s.keywords),
    level: s.level,
    sector: s.sector,
    target_groups: s.targetGroups as Insertable<T['service']>['target_groups'],
    age_min: s.ageMin,
    age_max: s.ageMax,
    languages: s.languages as Insertable<T['service']>['languages'],
    delivery: s.delivery as Insertable<T['service']>['delivery'],
    access: s.access as Insertable<T['service']>['access'],
    cost: s.cost,
    cost_note: json(s.costNote),
    status: s.status,
    status_note: json(s.statusNote),
    last_checked: s.lastChecked,
  };
}

/** The rows a service owns besides its own: areas, categories, methods, contacts, places and hours. */
export function serviceParts(id: string, s: CanonicalService, sapId: (placeId: string) => string) {
  const own = hoursRows({ service_id: id }, s.hours);
  const saps = s.at.map((at) => ({ at, id: sapId(at.placeId) }));
  const sapHours = saps.map(({ at, id: sid }) => hoursRows({ service_at_place_id: sid }, at.hours));
  return {
    areas: s.areas.map((code): Insertable<T['service_area']> => ({ service_id: id, municipality_code: code })),
    categories: s.categories.map((code): Insertable<T['service_category']> => ({ service_id: id, category_code: code })),
    methods: s.methods.map((code): Insertable<T['service_method']> => ({ service_id: id, method_code: code })),
    contacts: s.contacts.map((c, position): Insertable<T['service_contact']> => ({
      service_id: id,
      kind: c.kind,
      value: c.value,
      label: json(c.label),
      hours_note: json(c.hoursNote),
      position,
    })),
    saps: saps.map(({ at, id: sid }): Insertable<T['service_at_place']> => ({
      id: sid,
      service_id: id,
      place_id: at.placeId,
      phone: at.phone,
      email: at.email,
      note: json(at.note),
    })),
    weekly: [...own.weekly, ...sapHours.flatMap((h) => h.weekly)],
    exceptions: [...own.exceptions, ...sapHours.flatMap((h) => h.exceptions)],
  };
}

export function servicesOf(loaded: Awaited<ReturnType<typeof loadServiceRows>>): Map<string, CanonicalService> {
  return new Map(
    loaded.services.map((s) => [
      s.id,
      {
        organizationId: s.organization_id,
        regionId: s.region_id,
        scope: s.scope,
        areas: sortedUnique(loaded.areas.filter((a) => a.service_id === s.id).map((a) => a.municipality_code)),
        name: s.name,
        summary: s.summary,
        description: s.description,
        keywords: s.keywords,
        level: s.level,
        sector: s.sector,
        targetGroups: sortedUnique(s.target_groups),
        ageMin: s.age_min,
        ageMax: s.age_max,
        languages: sortedUnique(s.languages),
        delivery: sortedUnique(s.delivery),
        access: sortedUnique(s.access),
        cost: s.cost,
        costNote: s.cost_note,
        status: s.status,
        statusNote: s.status_note,
        lastChecked: s.last_checked,
        categories: sortedUnique(loaded.categories.filter((c) => c.service_id === s.id).map((c) => c.category_code)),
        methods: sortedUnique(loaded.methods.filter((m) => m.service_id === s.id).map((m) => m.method_code)),
        contacts: loaded.contacts
          .filter((c) => c.service_id === s.id)
          .map((c) => ({ kind: c.kind, value: c.value, label: c.label, hoursNote: c.hours_note })),
        hours: hoursOf(loaded.hours, (r) => r.service_id === s.id),
        at: loaded.saps
          .filter((sap) => sap.service_id === s.id)
          .map((sap) => ({
            placeId: sap.place_id,
            phone: sap.phone,
            email: sap.email,
            note: sap.note,
            hours: hoursOf(loaded.sapHours, (r) => r.service_at_place_id === sap.id),
          }))
          .sort((a, b) => a.placeId.localeCompare(b.placeId)),
      },
    ]),
  );
}
