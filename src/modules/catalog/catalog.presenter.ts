import { helsinkiMoment } from '../../platform/helsinki-time.ts';
import { localize, type I18nText, type Lang } from '../../platform/i18n-text.ts';
import type {
  Hours,
  Locality,
  Municipality,
  Organization,
  PlaceDetail,
  PlaceRef,
  PlaceSummary,
  ServiceDetail,
  ServiceSummary,
  Taxonomy,
} from './catalog.model.ts';
import {
  ACCESS_MODES,
  ACCESSIBILITY_FACTS,
  CONTACT_KINDS,
  COSTS,
  DELIVERY_MODES,
  ORGANIZATION_TYPES,
  PLACE_KINDS,
  SECTORS,
  SERVICE_LANGUAGES,
  SERVICE_LEVELS,
  SERVICE_SCOPES,
  STATUSES,
  TARGET_GROUPS,
} from './catalog.domain.ts';
import { catalogPaths } from './catalog.paths.ts';
import { isOpenAt } from './opening-hours.ts';

/** The JSON the open API gives: texts in one language, with a note of what fell back to Finnish. */

class Localizer {
  readonly untranslated: string[] = [];
  constructor(readonly lang: Lang) {}
  text(field: string, value: I18nText): string;
  text(field: string, value: I18nText | null): string | null;
  text(field: string, value: I18nText | null): string | null {
    const result = localize(value, this.lang);
    if (result && result.lang !== this.lang && !this.untranslated.includes(field)) this.untranslated.push(field);
    return result?.text ?? null;
  }
  done() {
    return { language: this.lang, untranslatedFields: this.untranslated };
  }
}

const plain = (lang: Lang, value: I18nText) => localize(value, lang).text;

function municipalityRef(lang: Lang, m: { code: string; name: I18nText }) {
  return { code: m.code, name: plain(lang, m.name) };
}

function placeRef(lang: Lang, p: PlaceRef) {
  return { id: p.id, kind: p.kind, name: plain(lang, p.name), municipality: municipalityRef(lang, p.municipality) };
}

function hours(lang: Lang, h: Hours, now: Date) {
  return {
    weekly: h.weekly,
    exceptions: h.exceptions.map((x) => ({ ...x, note: x.note ? plain(lang, x.note) : null })),
    aroundTheClock: h.aroundTheClock,
    openOnHolidays: h.openOnHolidays,
    openNow: isOpenAt(helsinkiMoment(now), h.weekly, h.exceptions, h),
  };
}

function serviceCore(l: Localizer, s: ServiceSummary) {
  return {
    id: s.id,
    url: catalogPaths.service(l.lang, s.id),
    name: l.text('name', s.name),
    summary: l.text('summary', s.summary),
    organization: { id: s.organization.id, type: s.organization.type, name: l.text('organization', s.organization.name) },
    scope: s.scope,
    regionId: s.regionId,
    level: s.level,
    sector: s.sector,
    targetGroups: s.targetGroups,
    ageMin: s.ageMin,
    ageMax: s.ageMax,
    languages: s.languages,
    delivery: s.delivery,
    access: s.access,
    cost: s.cost,
    status: s.status,
    statusNote: l.text('statusNote', s.statusNote),
    lastChecked: s.lastChecked,
    places: s.places.map((p) => placeRef(l.lang, p)),
    areas: s.areas.map((a) => municipalityRef(l.lang, a)),
  };
}

export function presentServiceListItem(lang: Lang, s: ServiceSummary & { locality: Locality }) {
  const l = new Localizer(lang);
  return { ...serviceCore(l, s), categories: s.categories, locality: s.locality, ...l.done() };
}

export function presentService(lang: Lang, s: ServiceDetail, now: Date) {
  const l = new Localizer(lang);
  const keywords = l.text('keywords', s.keywords);
  return {
    ...serviceCore(l, { ...s, categories: s.categories.map((c) => c.code) }),
    description: l.text('description', s.description),
    keywords: keywords
      ? keywords
          .split(',')
          .map((k) => k.trim())
          .filter(Boolean)
      : [],
    costNote: l.text('costNote', s.costNote),
    categories: s.categories.map((c) => ({ code: c.code, parentCode: c.parentCode, name: plain(lang, c.name) })),
    methods: s.methods.map((m) => ({ code: m.code, name: plain(lang, m.name), website: m.website })),
    contacts: s.contacts.map((c) => ({
      kind: c.kind,
      value: c.value,
      label: l.text('contacts', c.label),
      hoursNote: l.text('contacts', c.hoursNote),
    })),
    hours: hours(lang, s.hours, now),
    locations: s.locations.map((loc) => ({
      place: {
        ...placeRef(lang, loc.place),
        streetAddress: loc.place.streetAddress,
        postalCode: loc.place.postalCode,
        postOffice: plain(lang, loc.place.postOffice),
        latitude: loc.place.latitude,
        longitude: loc.place.longitude,
        accessibility: loc.place.accessibility,
        status: loc.place.status,
      },
      phone: loc.phone,
      email: loc.email,
      note: l.text('locations', loc.note),
      hours: hours(lang, loc.hours, now),
    })),
    ...l.done(),
  };
}

function placeCore(l: Localizer, p: PlaceSummary) {
  return {
    id: p.id,
    url: p.kind === 'familyCentre' ? catalogPaths.familyCentre(l.lang, p.id) : catalogPaths.place(l.lang, p.id),
    kind: p.kind,
    name: l.text('name', p.name),
    municipality: municipalityRef(l.lang, p.municipality),
    organization: { id: p.organization.id, type: p.organization.type, name: l.text('organization', p.organization.name) },
    streetAddress: p.streetAddress,
    postalCode: p.postalCode,
    postOffice: plain(l.lang, p.postOffice),
    latitude: p.latitude,
    longitude: p.longitude,
    accessibility: p.accessibility,
    status: p.status,
  };
}

export function presentPlaceListItem(lang: Lang, p: PlaceSummary) {
  const l = new Localizer(lang);
  return { ...placeCore(l, p), ...l.done() };
}

export function presentPlace(lang: Lang, p: PlaceDetail, now: Date) {
  const l = new Localizer(lang);
  return {
    ...placeCore(l, p),
    description: l.text('description', p.description),
    transportNote: l.text('transportNote', p.transportNote),
    accessibilityNote: l.text('accessibilityNote', p.accessibilityNote),
    phone: p.phone,
    email: p.email,
    website: p.website,
    statusNote: l.text('statusNote', p.statusNote),
    lastChecked: p.lastChecked,
    hours: hours(lang, p.hours, now),
    services: p.services.map((s) => ({
      id: s.id,
      name: l.text('services', s.name),
      summary: l.text('services', s.summary),
      level: s.level,
      status: s.status,
      note: l.text('services', s.note),
    })),
    servesMunicipalities: p.servesMunicipalities.map((m) => municipalityRef(lang, m)),
    familyCentres: p.familyCentres.map((f) => placeRef(lang, f)),
    ...l.done(),
  };
}

export function presentMunicipality(lang: Lang, m: Municipality) {
  return { code: m.code, name: plain(lang, m.name), regionId: m.regionId, url: catalogPaths.municipality(lang, m.code), language: lang };
}

export function presentOrganization(lang: Lang, o: Organization) {
  const l = new Localizer(lang);
  return {
    id: o.id,
    type: o.type,
    name: l.text('name', o.name),
    regionId: o.regionId,
    municipalityCode: o.municipalityCode,
    description: l.text('description', o.description),
    website: o.website,
    businessId: o.businessId,
    ...l.done(),
  };
}

export function presentTaxonomy(lang: Lang, t: Taxonomy) {
  const text = (v: I18nText | null) => (v ? plain(lang, v) : null);
  return {
    language: lang,
    categories: t.categories.map((c) => ({
      code: c.code,
      parentCode: c.parentCode,
      name: plain(lang, c.name),
      description: text(c.description),
    })),
    methods: t.methods.map((m) => ({ code: m.code, name: plain(lang, m.name), description: text(m.description), website: m.website })),
    lifeSituations: t.lifeSituations.map((s) => ({
      code: s.code,
      name: plain(lang, s.name),
      description: text(s.description),
      categories: s.categories,
      targetGroup: s.targetGroup,
    })),
    enums: {
      organizationType: [...ORGANIZATION_TYPES],
      placeKind: [...PLACE_KINDS],
      accessibility: [...ACCESSIBILITY_FACTS],
      level: [...SERVICE_LEVELS],
      sector: [...SECTORS],
      targetGroup: [...TARGET_GROUPS],
      language: [...SERVICE_LANGUAGES],
      delivery: [...DELIVERY_MODES],
      access: [...ACCESS_MODES],
      cost: [...COSTS],
      status: [...STATUSES],
      scope: [...SERVICE_SCOPES],
      contactKind: [...CONTACT_KINDS],
    },
  };
}
