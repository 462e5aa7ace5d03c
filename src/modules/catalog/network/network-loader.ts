import type { Insertable } from 'kysely';
import type { CatalogDb, WriteTx } from '../catalog.tables.ts';
import type { I18nText } from '../../../platform/i18n-text.ts';
import { stableId } from '../../../platform/stable-id.ts';
import { accessibilityRow } from '../row-mappers.ts';
import { insertRows, refreshServiceSearch, upsertReferenceRows } from './network.queries.ts';
import type { HoursExceptionSeed, NetworkDataset, ReferenceData, WeeklyHoursSeed } from './network-dataset.ts';

export const organizationId = (key: string) => stableId('organization', key);
export const placeId = (key: string) => stableId('place', key);
export const serviceId = (key: string) => stableId('service', key);
const serviceAtPlaceId = (serviceKey: string, placeKey: string) => stableId('service-at-place', `${serviceKey}@${placeKey}`);

const json = (text: I18nText | undefined | null) => (text ? JSON.stringify(text) : null);

export async function loadReferenceData(tx: WriteTx, reference: ReferenceData): Promise<void> {
  const byDepth = [...reference.categories].sort((a, b) => depth(reference, a.code) - depth(reference, b.code));
  await upsertReferenceRows(tx, {
    categories: byDepth.map((c) => ({
      code: c.code,
      parent_code: c.parent ?? null,
      name: JSON.stringify(c.name),
      description: json(c.description),
      position: reference.categories.indexOf(c),
    })),
    methods: reference.methods.map((m) => ({
      code: m.code,
      name: JSON.stringify(m.name),
      description: json(m.description),
      website: m.website ?? null,
    })),
    concepts: reference.concepts.map((c) => ({ code: c.code, name: JSON.stringify(c.name), category_codes: c.categories })),
    synonyms: synonymRows(reference),
    lifeSituations: reference.lifeSituations.map((l, position) => ({
      code: l.code,
      name: JSON.stringify(l.name),
      description: json(l.description),
      category_codes: l.categories,
      target_group: l.targetGroup ?? null,
      position,
    })),
  });
}

/**
 * The everyday words: synonyms.ts, each joined to the concept that names the same word, and the
 * concepts' other words with the concept's expansions.
 */
export function synonymRows(reference: Pick<ReferenceData, 'synonyms' | 'concepts'>) {
  const conceptOf = new Map<string, string>();
  for (const c of reference.concepts)
    for (const [lang, words] of Object.entries(c.words)) for (const w of words) conceptOf.set(`${lang}:${w}`, c.code);
  const rows = reference.synonyms.map((s) => ({
    lang: s.lang,
    term: s.term,
    expansions: s.expansions.length ? s.expansions : [s.term],
    concept_code: conceptOf.get(`${s.lang}:${s.term}`) ?? null,
  }));
  const listed = new Set(rows.map((r) => `${r.lang}:${r.term}`));
  for (const c of reference.concepts)
    for (const lang of ['fi', 'sv', 'en'] as const)
      for (const term of c.words[lang])
        if (!listed.has(`${lang}:${term}`)) {
          listed.add(`${lang}:${term}`);
          {
            const expansions = c.expansions.filter((e) => e !== term).slice(0, 12);
            rows.push({ lang, term, expansions: expansions.length ? expansions : [term], concept_code: c.code });
          }
        }
  return rows;
}

function depth(reference: ReferenceData, code: string): number {
  const parent = reference.categories.find((c) => c.code === code)?.parent;
  return parent ? 1 + depth(reference, parent) : 0;
}

/** Inserts a whole network in one pass of multi-row inserts, then derives the search columns. */
export async function loadNetworkDataset(tx: WriteTx, data: NetworkDataset): Promise<{ services: number; places: number }> {
  const rows = toRows(data);
  await insertRows(tx, 'region', rows.regions);
  await insertRows(tx, 'municipality', rows.municipalities);
  await insertRows(tx, 'organization', rows.organizations);
  await insertRows(tx, 'place', rows.places);
  await insertRows(tx, 'family_centre_area', rows.familyCentreAreas);
  await insertRows(tx, 'service', rows.services);
  await insertRows(tx, 'service_area', rows.serviceAreas);
  await insertRows(tx, 'service_category', rows.serviceCategories);
  await insertRows(tx, 'service_method', rows.serviceMethods);
  await insertRows(tx, 'service_contact', rows.serviceContacts);
  await insertRows(tx, 'service_at_place', rows.servicesAtPlaces);
  await insertRows(tx, 'opening_hours', rows.openingHours);
  await insertRows(tx, 'opening_hours_exception', rows.exceptions);
  await refreshServiceSearch(
    tx,
    rows.services.map((s) => s.id as string),
  );
  return { services: rows.services.length, places: rows.places.length };
}

type Row<T extends keyof CatalogDb> = Insertable<CatalogDb[T]>;
type HoursOwner = { place_id: string } | { service_at_place_id: string } | { service_id: string };

function toRows(data: NetworkDataset) {
  const openingHours: Row<'opening_hours'>[] = [];
  const exceptions: Row<'opening_hours_exception'>[] = [];
  const addHours = (owner: HoursOwner, hours: WeeklyHoursSeed[] = [], days: HoursExceptionSeed[] = []) => {
    for (const h of hours)
      for (const weekday of h.days)
        openingHours.push({
          place_id: null,
          service_at_place_id: null,
          service_id: null,
          ...owner,
          weekday,
          opens: h.opens,
          closes: h.closes,
          valid_from: h.validFrom ?? null,
          valid_to: h.validTo ?? null,
        });
    for (const e of days)
      exceptions.push({
        place_id: null,
        service_at_place_id: null,
        service_id: null,
        ...owner,
        day: e.day,
        closed: e.closed,
        opens: e.opens ?? null,
        closes: e.closes ?? null,
        note: json(e.note),
      });
  };

  const places: Row<'place'>[] = data.places.map((p) => {
    const id = placeId(p.key);
    addHours({ place_id: id }, p.hours, p.exceptions);
    return {
      id,
      organization_id: organizationId(p.organization),
      municipality_code: p.municipality,
      kind: p.kind,
      name: JSON.stringify(p.name),
      description: json(p.description),
      street_address: p.streetAddress,
      postal_code: p.postalCode,
      post_office: JSON.stringify(p.postOffice),
      latitude: p.location?.latitude ?? null,
      longitude: p.location?.longitude ?? null,
      transport_note: json(p.transportNote),
      ...accessibilityRow(p.accessibility),
      accessibility_note: json(p.accessibilityNote),
      phone: p.phone ?? null,
      email: p.email ?? null,
      website: p.website ?? null,
      status: p.status ?? 'active',
      status_note: json(p.statusNote),
      last_checked: p.lastChecked,
    };
  });

  const servicesAtPlaces: Row<'service_at_place'>[] = [];
  const services: Row<'service'>[] = data.services.map((s) => {
    const id = serviceId(s.key);
    addHours({ service_id: id }, s.hours);
    for (const at of s.at ?? []) {
      const sapId = serviceAtPlaceId(s.key, at.place);
      servicesAtPlaces.push({
        id: sapId,
        service_id: id,
        place_id: placeId(at.place),
        phone: at.phone ?? null,
        email: at.email ?? null,
        note: json(at.note),
        around_the_clock: at.aroundTheClock ?? false,
        open_on_holidays: at.openOnHolidays ?? at.aroundTheClock ?? false,
      });
      addHours({ service_at_place_id: sapId }, at.hours, at.exceptions);
    }
    return {
      id,
      organization_id: organizationId(s.organization),
      region_id: s.regionId,
      scope: s.scope,
      name: JSON.stringify(s.name),
      summary: JSON.stringify(s.summary),
      description: json(s.description),
      keywords: json(s.keywords),
      around_the_clock: s.aroundTheClock ?? false,
      open_on_holidays: s.openOnHolidays ?? s.aroundTheClock ?? false,
      level: s.level,
      sector: s.sector,
      target_groups: s.targetGroups,
      age_min: s.ageMin ?? null,
      age_max: s.ageMax ?? null,
      languages: s.languages,
      delivery: s.delivery,
      access: s.access,
      cost: s.cost,
      cost_note: json(s.costNote),
      status: s.status ?? 'active',
      status_note: json(s.statusNote),
      last_checked: s.lastChecked,
    };
  });

  return {
    regions: data.regions.map((r): Row<'region'> => ({ id: r.id, code: r.code, name: JSON.stringify(r.name), website: r.website ?? null })),
    municipalities: data.municipalities.map((m): Row<'municipality'> => ({
      code: m.code,
      region_id: m.regionId,
      name: JSON.stringify(m.name),
    })),
    organizations: data.organizations.map((o): Row<'organization'> => ({
      id: organizationId(o.key),
      region_id: o.regionId,
      municipality_code: o.municipality ?? null,
      type: o.type,
      name: JSON.stringify(o.name),
      description: json(o.description),
      website: o.website ?? null,
      business_id: o.businessId ?? null,
    })),
    places,
    familyCentreAreas: data.places.flatMap((p) =>
      (p.familyCentreArea ?? []).map((code): Row<'family_centre_area'> => ({ family_centre_id: placeId(p.key), municipality_code: code })),
    ),
    services,
    serviceAreas: data.services.flatMap((s) => (s.areas ?? []).map((code) => ({ service_id: serviceId(s.key), municipality_code: code }))),
    serviceCategories: data.services.flatMap((s) => s.categories.map((code) => ({ service_id: serviceId(s.key), category_code: code }))),
    serviceMethods: data.services.flatMap((s) => (s.methods ?? []).map((code) => ({ service_id: serviceId(s.key), method_code: code }))),
    serviceContacts: data.services.flatMap((s) =>
      (s.contacts ?? []).map((c, position): Row<'service_contact'> => ({
        service_id: serviceId(s.key),
        kind: c.kind,
        value: c.value,
        label: json(c.label),
        hours_note: json(c.hoursNote),
        position,
      })),
    ),
    servicesAtPlaces,
    openingHours,
    exceptions,
  };
}
