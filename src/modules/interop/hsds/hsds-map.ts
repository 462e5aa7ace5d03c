import type { I18nText, Lang } from '../../../platform/i18n-text.ts';
import { stableId } from '../../../platform/stable-id.ts';
import type { loadOrganizations, loadPlaces, loadServices } from './hsds-export.queries.ts';
import { toSchedules, type ExceptionRow, type WeeklyRow } from './hsds-schedules.ts';
import { attribute, termObject, tx, type Vocabulary } from './hsds-terms.ts';
import { NATIONAL_AREA_CODE, termId, type TaxonomyKey } from './hsds-vocabulary.ts';

/**
 * The service network in HSDS 3.0, in one language per response: the one mapping of our records
 * to HSDS objects (the import reads it back in hsds-import.ts). Empty values are left out, never
 * null: the schemas allow no nulls.
 */

type Obj = Record<string, unknown>;
type Services = NonNullable<Awaited<ReturnType<typeof loadServices>>>;
type Places = Awaited<ReturnType<typeof loadPlaces>>;
type OrganizationRow = Awaited<ReturnType<typeof loadOrganizations>>[number];
type PlaceRow = Places['places'][number];
type ServiceRow = Services['services'][number];
type HoursRows = {
  weekly: { weekday: number; opens: string; closes: string; valid_from: string | null; valid_to: string | null }[];
  exceptions: { day: string; closed: boolean; opens: string | null; closes: string | null; note: I18nText | null }[];
};

export interface MapContext {
  lang: Lang;
  vocabulary: Vocabulary;
  /** Helsinki date: schedules are published from it on. */
  today: string;
  /** Absolute URL of the HSDS API, for links to its own terms. */
  base: string;
}

const STATUS = { active: 'active', temporarilyClosed: 'temporarily closed', ended: 'defunct' } as const;
const ACCESSIBILITY = [
  ['stepFreeAccess', 'step_free_access'],
  ['pramAccess', 'pram_access'],
  ['wheelchairToilet', 'wheelchair_toilet'],
  ['hearingLoop', 'hearing_loop'],
  ['babyCareRoom', 'baby_care_room'],
  ['parking', 'parking'],
] as const;

/** Leaves out what HSDS cannot hold: undefined, null, empty strings and lists. */
export function clean<T extends Obj>(o: T): T {
  return Object.fromEntries(
    Object.entries(o).filter(([, v]) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0)),
  ) as T;
}

const attrs = (list: (Obj | null)[]) => list.filter((a): a is Obj => a !== null);
const names = new Map<Lang, Intl.DisplayNames>();
function languageName(code: string, lang: Lang): string | undefined {
  let n = names.get(lang);
  if (!n) names.set(lang, (n = new Intl.DisplayNames([lang], { type: 'language' })));
  try {
    const name = n.of(code);
    return name && name !== code ? name : undefined;
  } catch {
    return undefined;
  }
}

function schedulesOf(owner: Parameters<typeof toSchedules>[0], rows: HoursRows, owns: (r: Obj) => boolean, c: MapContext) {
  const weekly: WeeklyRow[] = rows.weekly
    .filter((r) => owns(r as unknown as Obj))
    .map((r) => ({
      weekday: r.weekday,
      opens: r.opens.slice(0, 5),
      closes: r.closes.slice(0, 5),
      validFrom: r.valid_from,
      validTo: r.valid_to,
    }));
  const exceptions: ExceptionRow[] = rows.exceptions
    .filter((r) => owns(r as unknown as Obj))
    .map((r) => ({ day: r.day, closed: r.closed, opens: r.opens, closes: r.closes, note: r.note }));
  return toSchedules(owner, weekly, exceptions, c.lang, c.today, (code) => termObject(c.vocabulary.term('schedule-kinds', code)!, c.lang));
}

export function organizationObject(o: OrganizationRow, c: MapContext, nested: Obj = {}): Obj {
  const link = { id: o.id, entity: 'organization' as const };
  return clean({
    id: o.id,
    name: tx(o.name, c.lang),
    // Required by HSDS; an organisation without a description is described by its name.
    description: tx(o.description, c.lang) ?? tx(o.name, c.lang),
    website: o.website ?? undefined,
    organization_identifiers: o.business_id
      ? [
          {
            id: stableId('hsds-organization-identifier', o.id),
            organization_id: o.id,
            identifier_scheme: 'FI-PRO',
            identifier_type: 'Y-tunnus',
            identifier: o.business_id,
          },
        ]
      : undefined,
    attributes: attrs([
      attribute(c.vocabulary, link, 'organization-types', o.type, c.lang),
      o.municipality_code ? attribute(c.vocabulary, { ...link, type: 'municipality' }, 'areas', o.municipality_code, c.lang) : null,
      o.region_id ? attribute(c.vocabulary, { ...link, type: 'region' }, 'areas', o.region_id, c.lang) : null,
    ]),
    ...nested,
  });
}

export function locationObject(p: PlaceRow, places: Places, c: MapContext): Obj {
  const link = { id: p.id, entity: 'location' as const };
  const facts = ACCESSIBILITY.filter(([, column]) => p[column] !== null);
  const present = facts
    .filter(([, column]) => p[column] === true)
    .map(([fact]) => tx(c.vocabulary.term('accessibility', fact)?.name, c.lang));
  return clean({
    id: p.id,
    location_type: 'physical',
    organization_id: p.organization_id,
    name: tx(p.name, c.lang),
    description: tx(p.description, c.lang),
    transportation: tx(p.transport_note, c.lang),
    url: p.website ?? undefined,
    latitude: p.latitude ?? undefined,
    longitude: p.longitude ?? undefined,
    addresses: [
      clean({
        id: stableId('hsds-address', p.id),
        location_id: p.id,
        address_1: p.street_address,
        city: tx(p.post_office, c.lang),
        region: tx(p.municipality_name, c.lang),
        state_province: tx(p.region_name, c.lang),
        postal_code: p.postal_code,
        country: 'FI',
        address_type: 'physical',
      }),
    ],
    phones: p.phone ? [{ id: stableId('hsds-phone', `location:${p.id}`), location_id: p.id, number: p.phone, type: 'voice' }] : undefined,
    contacts: p.email ? [{ id: stableId('hsds-contact', `location:${p.id}`), location_id: p.id, email: p.email }] : undefined,
    accessibility:
      facts.length || p.accessibility_note
        ? [
            clean({
              id: stableId('hsds-accessibility', p.id),
              location_id: p.id,
              description: present.join(', '),
              details: tx(p.accessibility_note, c.lang),
            }),
          ]
        : undefined,
    schedules: schedulesOf({ field: 'location_id', id: p.id }, places.hours, (r) => r.place_id === p.id, c),
    attributes: attrs([
      attribute(c.vocabulary, link, 'place-kinds', p.kind, c.lang),
      attribute(c.vocabulary, { ...link, type: 'municipality' }, 'areas', p.municipality_code, c.lang),
      ...places.areas
        .filter((a) => a.family_centre_id === p.id)
        .map((a) => attribute(c.vocabulary, { ...link, type: 'family-centre-area' }, 'areas', a.municipality_code, c.lang)),
      ...facts.map(([fact, column]) => attribute(c.vocabulary, link, 'accessibility', fact, c.lang, String(p[column]))),
      attribute(c.vocabulary, link, 'statuses', p.status, c.lang, tx(p.status_note, c.lang)),
      attribute(c.vocabulary, link, 'details', 'last-checked', c.lang, p.last_checked),
    ]),
  });
}

/** One-to-one fields of a service: the /services list item. */
export function serviceListItem(s: ServiceRow, organization: OrganizationRow | undefined, c: MapContext): Obj {
  const summary = tx(s.summary, c.lang)!;
  const description = tx(s.description, c.lang);
  return clean({
    id: s.id,
    organization_id: s.organization_id,
    name: tx(s.name, c.lang),
    // HSDS has one description: the summary as its first paragraph (the import splits it off again).
    description: description ? `${summary}\n\n${description}` : summary,
    status: STATUS[s.status],
    fees_description: tx(s.cost_note, c.lang),
    minimum_age: s.age_min ?? undefined,
    maximum_age: s.age_max ?? undefined,
    assured_date: s.last_checked,
    alert: tx(s.status_note, c.lang),
    last_modified: new Date(s.updated_at).toISOString(),
    // The list item's organisation has its one-to-one fields only (as organization_list has).
    organization: organization
      ? clean({
          id: organization.id,
          name: tx(organization.name, c.lang),
          description: tx(organization.description, c.lang) ?? tx(organization.name, c.lang),
          website: organization.website ?? undefined,
        })
      : undefined,
  });
}

const LINK_KINDS = ['web', 'chat', 'eService', 'booking'];

/** A service with everything it nests: the /services/{id} object and the `full=true` list item. */
export function serviceObject(
  s: ServiceRow,
  services: Services,
  places: Places,
  organizations: Map<string, OrganizationRow>,
  c: MapContext,
): Obj {
  const link = { id: s.id, entity: 'service' as const };
  const contacts = services.contacts.filter((x) => x.service_id === s.id);
  const firstWeb = contacts.find((x) => x.kind === 'web');
  const email = contacts.find((x) => x.kind === 'email');
  const hoursNote = (id: string, entity: 'phone' | 'contact', note: I18nText | null) =>
    note ? attrs([attribute(c.vocabulary, { id, entity }, 'details', 'hours-note', c.lang, tx(note, c.lang))]) : undefined;
  const on = <T extends { service_id: string }>(rows: T[]) => rows.filter((r) => r.service_id === s.id);
  const term = (taxonomy: TaxonomyKey, code: string, value?: string) => attribute(c.vocabulary, link, taxonomy, code, c.lang, value);

  const areaCodes =
    s.scope === 'municipalities'
      ? on(services.areas).map((a) => a.municipality_code)
      : s.scope === 'region'
        ? [s.region_id!]
        : [NATIONAL_AREA_CODE];
  const physical = on(services.saps).flatMap((sap) => {
    const place = places.places.find((p) => p.id === sap.place_id);
    if (!place) return [];
    return [
      clean({
        id: sap.id,
        service_id: s.id,
        location_id: place.id,
        description: tx(sap.note, c.lang),
        phones: sap.phone
          ? [{ id: stableId('hsds-phone', `sal:${sap.id}`), service_at_location_id: sap.id, number: sap.phone, type: 'voice' }]
          : undefined,
        contacts: sap.email
          ? [{ id: stableId('hsds-contact', `sal:${sap.id}`), service_at_location_id: sap.id, email: sap.email }]
          : undefined,
        schedules: schedulesOf(
          { field: 'service_at_location_id', id: sap.id },
          services.sapHours,
          (r) => r.service_at_place_id === sap.id,
          c,
        ),
        location: locationObject(place, places, c),
      }),
    ];
  });
  // Links are virtual locations (chat, e-service, booking …), all but an unlabelled first web
  // page, which service.url holds whole.
  const virtual = contacts
    .filter((x) => LINK_KINDS.includes(x.kind) && (x !== firstWeb || x.label || x.hours_note))
    .map((x) => {
      const key = `${s.id}:${x.kind}:${x.value}`;
      const locationId = stableId('hsds-virtual-location', key);
      return {
        id: stableId('hsds-virtual-sal', key),
        service_id: s.id,
        location_id: locationId,
        location: clean({
          id: locationId,
          location_type: 'virtual',
          url: x.value,
          name: tx(x.label, c.lang) ?? tx(c.vocabulary.term('contact-kinds', x.kind)?.name, c.lang),
          attributes: attrs([
            attribute(c.vocabulary, { id: locationId, entity: 'location' }, 'contact-kinds', x.kind, c.lang, tx(x.hours_note, c.lang)),
          ]),
        }),
      };
    });

  const owner = organizations.get(s.organization_id);
  return clean({
    ...serviceListItem(s, owner, c),
    organization: owner ? organizationObject(owner, c) : undefined,
    url: firstWeb?.value,
    email: email?.value,
    phones: contacts
      .filter((x) => x.kind === 'phone')
      .map((x) => {
        const id = stableId('hsds-phone', `service:${s.id}:${x.value}`);
        return clean({
          id,
          service_id: s.id,
          number: x.value,
          type: 'voice',
          description: tx(x.label, c.lang),
          attributes: hoursNote(id, 'phone', x.hours_note),
        });
      }),
    contacts: contacts
      .filter((x) => x.kind === 'email')
      .map((x) => {
        const id = stableId('hsds-contact', `service:${s.id}:${x.value}`);
        return clean({
          id,
          service_id: s.id,
          email: x.value,
          name: tx(x.label, c.lang),
          attributes: hoursNote(id, 'contact', x.hours_note),
        });
      }),
    schedules: schedulesOf({ field: 'service_id', id: s.id }, services.own, (r) => r.service_id === s.id, c),
    service_areas: areaCodes.map((code) =>
      clean({
        id: stableId('hsds-service-area', `${s.id}:${code}`),
        service_id: s.id,
        name: tx(c.vocabulary.areaName(code), c.lang) ?? code,
        uri: `${c.base}/taxonomy_terms/${termId('areas', code)}`,
      }),
    ),
    service_at_locations: [...physical, ...virtual],
    languages: s.languages.map((code) =>
      clean({ id: stableId('hsds-language', `${s.id}:${code}`), service_id: s.id, code, name: languageName(code, c.lang) }),
    ),
    cost_options:
      s.cost === 'free' ? [{ id: stableId('hsds-cost', s.id), service_id: s.id, option: 'free', amount: 0, currency: 'EUR' }] : undefined,
    attributes: attrs([
      ...on(services.categories).map((x) => term('categories', x.category_code)),
      ...on(services.methods).map((x) => term('methods', x.method_code)),
      term('levels', s.level),
      term('sectors', s.sector),
      ...s.target_groups.map((g) => term('target-groups', g)),
      ...s.delivery.map((d) => term('delivery', d)),
      ...s.access.map((a) => term('access', a)),
      term('cost', s.cost),
      s.keywords ? term('details', 'keywords', tx(s.keywords, c.lang)) : null,
    ]),
  });
}

const pick = (o: Obj, keys: readonly string[]) => Object.fromEntries(Object.entries(o).filter(([k]) => keys.includes(k)));
const omit = (o: Obj, keys: readonly string[]) => Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k)));
const SERVICE_ONE_TO_ONE = [
  'id',
  'organization_id',
  'name',
  'description',
  'url',
  'email',
  'status',
  'fees_description',
  'minimum_age',
  'maximum_age',
  'assured_date',
  'alert',
  'last_modified',
];
const LOCATION_ONE_TO_ONE = [
  'id',
  'location_type',
  'url',
  'organization_id',
  'name',
  'description',
  'transportation',
  'latitude',
  'longitude',
];

/**
 * A service at a place on its own (/service_at_locations): `full` nests the whole location and the
 * service without its places; the list item has the one-to-one fields of both.
 */
export function serviceAtLocationObject(sapId: string, service: Obj, full: boolean): Obj | null {
  const sal = (service.service_at_locations as Obj[] | undefined)?.find((x) => x.id === sapId);
  if (!sal) return null;
  if (full) return { ...sal, service: omit(service, ['service_at_locations']) };
  return clean({
    ...pick(sal, ['id', 'service_id', 'location_id', 'description']),
    location: pick(sal.location as Obj, LOCATION_ONE_TO_ONE),
    service: pick(service, SERVICE_ONE_TO_ONE),
  });
}
