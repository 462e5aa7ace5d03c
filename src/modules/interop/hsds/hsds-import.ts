import type { Lang } from '../../../platform/i18n-text.ts';
import {
  ACCESSIBILITY_FACTS,
  ORGANIZATION_TYPES,
  PLACE_KINDS,
  SERVICE_LANGUAGES,
  type ContactImport,
  type ImportIssue,
  type ImportRecord,
  type OrganizationImport,
  type PlaceImport,
  type ServiceImport,
} from '../../catalog/index.ts';
import {
  emailAddress,
  httpsUrl,
  isObject,
  languageCode,
  list,
  localDate,
  phoneNumber,
  plainText,
  sourceId,
  text,
} from '../import/cleaning.ts';
import type { MunicipalityResolver } from '../import/municipality-resolver.ts';
import { fromSchedules } from './hsds-schedules.ts';
import { ENUM_TERMS, TAXONOMY_KEYS, taxonomyId, termId, type TaxonomyKey } from './hsds-vocabulary.ts';

/**
 * HSDS 3.0 objects → import records: the reverse of hsds-map.ts for our own exports (attributes
 * of our taxonomies carry what HSDS has no field for), and a careful reading of anyone else's,
 * with defaults said in warnings. A file holds services (a Page of them, NDJSON, or one), or an
 * organisation with its services, or a service at a location; organisations and locations come
 * inside the services.
 */

type Obj = Record<string, unknown>;

export interface HsdsMapOptions {
  /** The language of the file's texts. */
  lang: Lang;
  today: string;
  resolver: MunicipalityResolver;
  categories: ReadonlySet<string>;
  methods: ReadonlySet<string>;
  /** Where places go whose municipality cannot be read (a foreign address); else they are not places. */
  defaultMunicipality?: string | undefined;
}

interface Term {
  taxonomy: TaxonomyKey | null;
  code: string | undefined;
  value: string | undefined;
  linkType: string | undefined;
}

const KNOWN_TERMS = new Map<string, { taxonomy: TaxonomyKey; code: string }>();
for (const [taxonomy, terms] of Object.entries(ENUM_TERMS) as [TaxonomyKey, Record<string, unknown>][])
  for (const code of Object.keys(terms)) KNOWN_TERMS.set(termId(taxonomy, code), { taxonomy, code });
const TAXONOMY_BY_ID = new Map(TAXONOMY_KEYS.map((k) => [taxonomyId(k), k]));

function termsOf(o: Obj, extra: { categories: ReadonlySet<string>; methods: ReadonlySet<string> }): Term[] {
  return list(o.attributes).map((a) => {
    const term = isObject(a.taxonomy_term) ? a.taxonomy_term : {};
    const id = text(a.taxonomy_term_id) ?? text(term.id);
    const known = id ? KNOWN_TERMS.get(id.toLowerCase()) : undefined;
    const linkType = text(a.link_type);
    let taxonomy: TaxonomyKey | null = known?.taxonomy ?? TAXONOMY_BY_ID.get(String(term.taxonomy_id ?? '').toLowerCase()) ?? null;
    if (!taxonomy && linkType && (TAXONOMY_KEYS as readonly string[]).includes(linkType)) taxonomy = linkType as TaxonomyKey;
    let code = known?.code ?? text(term.code);
    if (!taxonomy && code) taxonomy = extra.categories.has(code) ? 'categories' : extra.methods.has(code) ? 'methods' : null;
    if (id && !code) code = undefined;
    return { taxonomy, code, value: typeof a.value === 'string' ? a.value : undefined, linkType };
  });
}

const codesOf = (terms: Term[], taxonomy: TaxonomyKey, linkType?: string) =>
  terms.filter((t) => t.taxonomy === taxonomy && t.code && (!linkType || t.linkType === linkType)).map((t) => t.code!);

class Mapper {
  constructor(private readonly o: HsdsMapOptions) {}
  readonly records: ImportRecord[] = [];
  private readonly seen = new Set<string>();

  t(value: unknown, warnings: ImportIssue[], field: string, max?: number) {
    const v = plainText(value, warnings, field, max);
    return v ? { [this.o.lang]: v } : undefined;
  }

  push(record: ImportRecord) {
    this.records.push(record);
  }

  organization(org: Obj, regionHint: string | null): string | null {
    const id = sourceId(org.id);
    if (!id) return null;
    if (this.seen.has(`organization ${id}`)) return id;
    this.seen.add(`organization ${id}`);
    const warnings: ImportIssue[] = [];
    const name = this.t(org.name, warnings, 'name', 300);
    if (!name) {
      this.push({ kind: 'organization', sourceId: id, rejected: [{ key: 'required', field: 'name' }] });
      return id;
    }
    const terms = termsOf(org, this.o);
    const label = Object.values(name)[0]!;
    let type = codesOf(terms, 'organization-types')[0] as OrganizationImport['type'] | undefined;
    if (!type || !ORGANIZATION_TYPES.includes(type)) type = guessOrganizationType(label);
    let municipality = codesOf(terms, 'areas', 'municipality')[0] ?? null;
    let regionId = codesOf(terms, 'areas', 'region')[0] ?? null;
    if (type === 'municipality' && !municipality) municipality = this.o.resolver.municipality(label);
    if (type === 'municipality' && !municipality) {
      warnings.push({ key: 'organizationTypeGuessed', params: { value: 'ngo' } });
      type = 'ngo';
    }
    if (!regionId && municipality) regionId = this.o.resolver.countyOf(municipality);
    if (!regionId && type === 'wellbeingCounty') regionId = this.o.resolver.county(label);
    if (!regionId && !['state', 'ngo', 'company', 'expertiseCentre'].includes(type)) regionId = regionHint;
    if (!regionId && !['state', 'ngo', 'company', 'expertiseCentre'].includes(type)) {
      warnings.push({ key: 'organizationTypeGuessed', params: { value: 'ngo' } });
      type = 'ngo';
    }
    const businessId = list(org.organization_identifiers)
      .map((i) => text(i.identifier))
      .find((v) => v && /^\d{7}-\d$/.test(v));
    this.push({
      kind: 'organization',
      sourceId: id,
      label,
      values: {
        type,
        name,
        description: this.t(org.description, warnings, 'description') ?? null,
        website: httpsUrl(org.website, warnings, 'website') ?? null,
        businessId: businessId ?? null,
        municipality,
        regionId:
          ['state', 'ngo', 'company', 'expertiseCentre'].includes(type) && !municipality
            ? (codesOf(terms, 'areas', 'region')[0] ?? null)
            : regionId,
      },
      ...(warnings.length ? { warnings } : {}),
    });
    return id;
  }

  /** A physical location with a Finnish address is a place; anything else is not (null, with the reason). */
  place(loc: Obj, organization: string | null, lastChecked: string): { id: string } | { notAPlace: ImportIssue } {
    const id = sourceId(loc.id);
    if (!id) return { notAPlace: { key: 'missingId', field: 'location' } };
    if (this.seen.has(`place ${id}`)) return { id };
    const warnings: ImportIssue[] = [];
    const addresses = list(loc.addresses);
    const address = addresses.find((a) => a.address_type === 'physical') ?? addresses.find((a) => a.address_type !== 'postal');
    const street = address && plainText(address.address_1, warnings, 'address_1', 200);
    const postalCode = text(address?.postal_code)?.replace(/\s/g, '');
    if (loc.location_type === 'virtual' || !address || !street || !postalCode || !/^\d{5}$/.test(postalCode))
      return { notAPlace: { key: 'locationWithoutFinnishAddress', params: { value: id } } };
    const terms = termsOf(loc, this.o);
    const municipality =
      codesOf(terms, 'areas', 'municipality')[0] ??
      this.o.resolver.municipality(address.region) ??
      this.o.resolver.municipality(address.city) ??
      (this.o.defaultMunicipality &&
        (warnings.push({ key: 'defaultMunicipalityUsed', params: { value: this.o.defaultMunicipality } }), this.o.defaultMunicipality)) ??
      null;
    this.seen.add(`place ${id}`);
    const name = this.t(loc.name, warnings, 'name', 300) ?? this.t(street, warnings, 'name');
    if (!municipality || !organization || !name) {
      const reasons: ImportIssue[] = [];
      if (!municipality)
        reasons.push({
          key: 'municipalityNotFound',
          params: { value: [text(address.region), text(address.city)].filter(Boolean).join(', ') || '-' },
        });
      if (!organization) reasons.push({ key: 'required', field: 'organization_id' });
      if (!name) reasons.push({ key: 'required', field: 'name' });
      this.push({ kind: 'place', sourceId: id, rejected: reasons });
      return { id };
    }
    let kind = codesOf(terms, 'place-kinds')[0] as PlaceImport['kind'] | undefined;
    if (!kind || !PLACE_KINDS.includes(kind)) kind = guessPlaceKind(Object.values(name)[0]!);
    const accessibility = Object.fromEntries(
      terms
        .filter((t) => t.taxonomy === 'accessibility' && t.code && (ACCESSIBILITY_FACTS as readonly string[]).includes(t.code))
        .map((t) => [t.code, t.value !== 'false']),
    );
    const lat = typeof loc.latitude === 'number' ? loc.latitude : Number.NaN;
    const lon = typeof loc.longitude === 'number' ? loc.longitude : Number.NaN;
    const inFinland = lat >= 59.5 && lat <= 70.1 && lon >= 19 && lon <= 31.6;
    if ((loc.latitude !== undefined || loc.longitude !== undefined) && !inFinland) warnings.push({ key: 'coordinatesDropped' });
    const status = terms.find((t) => t.taxonomy === 'statuses');
    const { hours, exceptions } = fromSchedules(loc.schedules, warnings, this.o.lang);
    const accessibilityNote = list(loc.accessibility).map((a) => plainText(a.details, warnings, 'accessibility'))[0];
    this.push({
      kind: 'place',
      sourceId: id,
      label: Object.values(name)[0]!,
      values: {
        organization: sourceId(loc.organization_id) ?? organization,
        ...(sourceId(loc.organization_id) && sourceId(loc.organization_id) !== organization ? { organizationFallback: organization } : {}),
        municipality,
        kind,
        name,
        description: this.t(loc.description, warnings, 'description') ?? null,
        streetAddress: street,
        postalCode,
        postOffice: this.t(address.city, warnings, 'city', 100) ?? this.t(municipality, warnings, 'city')!,
        location: inFinland ? { latitude: lat, longitude: lon } : null,
        transportNote: this.t(loc.transportation, warnings, 'transportation') ?? null,
        accessibility,
        accessibilityNote: accessibilityNote ? { [this.o.lang]: accessibilityNote } : null,
        phone: phoneNumber(list(loc.phones)[0]?.number, warnings, 'phones') ?? null,
        email: emailAddress(list(loc.contacts).find((c) => c.email)?.email, warnings, 'contacts') ?? null,
        website: httpsUrl(loc.url, warnings, 'url') ?? null,
        hours,
        exceptions,
        familyCentreArea: kind === 'familyCentre' ? codesOf(terms, 'areas', 'family-centre-area') : [],
        status: status?.code === 'temporarilyClosed' || status?.code === 'ended' ? status.code : 'active',
        statusNote: status?.value ? { [this.o.lang]: status.value } : null,
        lastChecked: localDate(terms.find((t) => t.taxonomy === 'details' && t.code === 'last-checked')?.value) ?? lastChecked,
      },
      ...(warnings.length ? { warnings } : {}),
    });
    return { id };
  }

  service(s: Obj, parentOrganization: Obj | null, extraSals: Obj[] = []): void {
    const id = sourceId(s.id);
    if (!id) {
      this.push({ kind: 'service', sourceId: `#${this.records.length}`, rejected: [{ key: 'missingId' }] });
      return;
    }
    const warnings: ImportIssue[] = [];
    const name = this.t(s.name, warnings, 'name', 300);
    const terms = termsOf(s, this.o);
    const lastChecked = localDate(s.assured_date) ?? localDate(s.last_modified) ?? this.o.today;
    const areas = this.areasOf(s, warnings);
    const organizationObject = isObject(s.organization) ? s.organization : parentOrganization;
    const organization = organizationObject ? this.organization(organizationObject, areas.regionId) : (sourceId(s.organization_id) ?? null);
    if (!name || !organization) {
      this.push({
        kind: 'service',
        sourceId: id,
        rejected: [!name ? { key: 'required', field: 'name' } : { key: 'required', field: 'organization' }],
      });
      return;
    }
    const contacts: ContactImport[] = [];
    const at: NonNullable<ServiceImport['at']> = [];
    for (const p of list(s.phones)) {
      const number = phoneNumber(p.number, warnings, 'phones');
      const note = termsOf(p, this.o).find((x) => x.taxonomy === 'details' && x.code === 'hours-note')?.value;
      if (number)
        contacts.push({
          kind: 'phone',
          value: number,
          label: this.t(p.description, warnings, 'phones', 300) ?? null,
          hoursNote: this.t(note, warnings, 'phones', 500) ?? null,
        });
    }
    const emails = list(s.contacts).filter((c) => c.email);
    if (s.email && !emails.some((c) => c.email === s.email)) emails.unshift({ email: s.email });
    for (const c of emails) {
      const email = emailAddress(c.email, warnings, 'email');
      const note = termsOf(c, this.o).find((x) => x.taxonomy === 'details' && x.code === 'hours-note')?.value;
      if (email)
        contacts.push({
          kind: 'email',
          value: email,
          label: this.t(c.name, warnings, 'contacts', 300) ?? null,
          hoursNote: this.t(note, warnings, 'contacts', 500) ?? null,
        });
    }
    for (const sal of [...list(s.service_at_locations), ...extraSals]) {
      const loc = isObject(sal.location) ? sal.location : null;
      if (!loc) continue;
      if (loc.location_type === 'virtual') {
        const link = httpsUrl(loc.url, warnings, 'service_at_locations');
        const kindTerm = termsOf(loc, this.o).find((x) => x.taxonomy === 'contact-kinds');
        const kind = (
          ['web', 'chat', 'eService', 'booking'].includes(kindTerm?.code ?? '') ? kindTerm!.code : 'web'
        ) as ContactImport['kind'];
        const label = plainText(loc.name, warnings, 'name', 300);
        const kindName = ENUM_TERMS['contact-kinds']?.[kind]?.[this.o.lang];
        if (link)
          contacts.push({
            kind,
            value: link,
            label: label && label !== kindName ? { [this.o.lang]: label } : null,
            hoursNote: this.t(kindTerm?.value, warnings, 'hours', 500) ?? null,
          });
        continue;
      }
      const place = this.place(loc, organization, lastChecked);
      if ('notAPlace' in place) {
        warnings.push(place.notAPlace);
        continue;
      }
      const { hours, exceptions } = fromSchedules(sal.schedules, warnings, this.o.lang);
      at.push({
        place: place.id,
        phone: phoneNumber(list(sal.phones)[0]?.number, warnings, 'service_at_locations.phones') ?? null,
        email: emailAddress(list(sal.contacts).find((c) => c.email)?.email, warnings, 'service_at_locations.contacts') ?? null,
        note: this.t(sal.description, warnings, 'service_at_locations.description') ?? null,
        hours,
        exceptions,
      });
    }
    // After the virtual locations, which may hold the same page with its label.
    const url = httpsUrl(s.url, warnings, 'url');
    if (url && !contacts.some((c) => c.value === url)) contacts.push({ kind: 'web', value: url });
    const description = plainText(s.description, warnings, 'description');
    const [summaryText, ...rest] = (description ?? '').split(/\n\s*\n/);
    const summary = summaryText && summaryText.length <= 2000 ? summaryText : Object.values(name)[0]!;
    if (!description) warnings.push({ key: 'summaryFromName' });
    const defaults: string[] = [];
    const pick = <T extends string>(taxonomy: TaxonomyKey, allowed: readonly T[], fallback: T[], field: string): T[] => {
      const found = codesOf(terms, taxonomy).filter((c): c is T => (allowed as readonly string[]).includes(c));
      if (found.length) return [...new Set(found)];
      defaults.push(field);
      return fallback;
    };
    const orgType = this.records.find((r) => r.kind === 'organization' && r.sourceId === organization && 'values' in r) as
      { values: OrganizationImport } | undefined;
    const places = at.length > 0;
    const languages = list(s.languages).map((l) => {
      const code = languageCode(l.code, SERVICE_LANGUAGES);
      if (!code && l.code) warnings.push({ key: 'languageDropped', params: { value: String(l.code).slice(0, 20) } });
      return code;
    });
    const known = [...new Set(languages.filter((l): l is string => Boolean(l)))];
    if (!known.length) defaults.push('languages');
    const cost = codesOf(terms, 'cost')[0] ?? costOf(s);
    if (!codesOf(terms, 'cost')[0] && !list(s.cost_options).length) defaults.push('cost');
    const ages = [s.minimum_age, s.maximum_age].map((a, i) => {
      if (a === undefined || a === null) return null;
      if (typeof a === 'number' && Number.isInteger(a) && a >= 0 && a <= 29) return a;
      warnings.push({ key: 'ageDropped', field: i ? 'maximum_age' : 'minimum_age', params: { value: String(a) } });
      return null;
    });
    const values: ServiceImport = {
      organization,
      scope: areas.scope,
      regionId: areas.regionId,
      areas: areas.municipalities,
      name,
      summary: { [this.o.lang]: summary },
      description: rest.length ? { [this.o.lang]: rest.join('\n\n') } : null,
      keywords:
        this.t(
          terms.find((x) => x.taxonomy === 'details' && x.code === 'keywords')?.value ?? s.alternate_name,
          warnings,
          'keywords',
          2000,
        ) ?? null,
      level: pick('levels', ['universal', 'basic', 'special'] as const, ['basic'], 'level')[0]!,
      sector: pick(
        'sectors',
        ['social', 'health', 'education', 'youth', 'cultureSport', 'church', 'civic'] as const,
        [sectorOf(orgType?.values.type)],
        'sector',
      )[0]!,
      targetGroups: pick(
        'target-groups',
        ['expectingParents', 'children', 'youth', 'parents', 'wholeFamily'] as const,
        ['wholeFamily'],
        'targetGroups',
      ),
      ageMin: ages[0] ?? null,
      ageMax: ages[0] != null && ages[1] != null && ages[0] > ages[1] ? null : (ages[1] ?? null),
      languages: (known.length ? known : ['fi']) as ServiceImport['languages'],
      delivery: pick('delivery', ['inPerson', 'phone', 'online', 'homeVisit'] as const, deliveryOf(places, contacts), 'delivery'),
      access: pick('access', ['dropIn', 'booking', 'referral', 'openToAll'] as const, ['openToAll'], 'access'),
      cost: (['free', 'fee', 'voucher'].includes(cost) ? cost : 'free') as ServiceImport['cost'],
      costNote: this.t(s.fees_description, warnings, 'fees_description') ?? null,
      status:
        s.status === 'temporarily closed' || s.status === 'inactive' ? 'temporarilyClosed' : s.status === 'defunct' ? 'ended' : 'active',
      statusNote: this.t(s.alert, warnings, 'alert') ?? null,
      lastChecked,
      categories: codesOf(terms, 'categories').filter((c) => this.o.categories.has(c)),
      methods: codesOf(terms, 'methods').filter((c) => this.o.methods.has(c)),
      contacts,
      ...fromSchedules(s.schedules, warnings, this.o.lang),
      at,
    };
    if (defaults.length) warnings.push({ key: 'defaultsApplied', params: { value: defaults.join(', ') } });
    this.push({ kind: 'service', sourceId: id, label: Object.values(name)[0]!, values, ...(warnings.length ? { warnings } : {}) });
  }

  private areasOf(s: Obj, warnings: ImportIssue[]): { scope: ServiceImport['scope']; regionId: string | null; municipalities: string[] } {
    const found = list(s.service_areas).map((a) => this.o.resolver.area(text(a.uri)) ?? this.o.resolver.area(text(a.name)));
    if (found.some((a) => a?.kind === 'national')) return { scope: 'national', regionId: null, municipalities: [] };
    const municipalities = [...new Set(found.flatMap((a) => (a?.kind === 'municipality' ? [a.code] : [])))].filter((c) =>
      this.o.resolver.countyOf(c),
    );
    const counties = [
      ...new Set([
        ...found.flatMap((a) => (a?.kind === 'county' ? [a.id] : [])),
        ...municipalities.map((c) => this.o.resolver.countyOf(c)!),
      ]),
    ];
    if (counties.length > 1) warnings.push({ key: 'severalCounties', params: { value: counties.join(', ') } });
    if (municipalities.length) return { scope: 'municipalities', regionId: counties[0]!, municipalities };
    if (counties.length) return { scope: 'region', regionId: counties[0]!, municipalities: [] };
    // No area the tray knows: where its places are, else the whole country.
    const placeCodes = list(s.service_at_locations)
      .map((sal) => (isObject(sal.location) ? sal.location : {}))
      .flatMap((loc) => list(loc.addresses).map((a) => this.o.resolver.municipality(a.region) ?? this.o.resolver.municipality(a.city)))
      .filter((c): c is string => Boolean(c && this.o.resolver.countyOf(c)));
    if (placeCodes.length)
      return { scope: 'municipalities', regionId: this.o.resolver.countyOf(placeCodes[0]!)!, municipalities: [...new Set(placeCodes)] };
    warnings.push({ key: 'areaUnknownNational' });
    return { scope: 'national', regionId: null, municipalities: [] };
  }
}

function guessOrganizationType(name: string): OrganizationImport['type'] {
  if (/seurakun|församling|parish/i.test(name)) return 'parish';
  if (/hyvinvointialue|välfärdsområde|wellbeing services county/i.test(name)) return 'wellbeingCounty';
  if (/\b\w+n (kaupunki|kunta)\b|\b(stad|kommun)\b/i.test(name)) return 'municipality';
  if (/\b(oy|oyj|ab|ltd|inc)\b/i.test(name)) return 'company';
  return 'ngo';
}

function guessPlaceKind(name: string): PlaceImport['kind'] {
  const n = name.toLowerCase();
  if (/perhekeskus|familjecenter|family centre/.test(n)) return 'familyCentre';
  if (/kohtaamispaikka|mötesplats|meeting place|perhekahvila/.test(n)) return 'meetingPlace';
  if (/ohjaamo/.test(n)) return 'youthOhjaamo';
  if (/kirjasto|bibliotek|library/.test(n)) return 'library';
  if (/päiväkoti|daghem|daycare/.test(n)) return 'daycare';
  if (/koulu|skola|school/.test(n)) return 'school';
  return 'servicePoint';
}

function sectorOf(type: OrganizationImport['type'] | undefined): ServiceImport['sector'] {
  return type === 'parish' ? 'church' : type === 'municipality' || type === 'wellbeingCounty' || type === 'state' ? 'social' : 'civic';
}

function costOf(s: Obj): string {
  const options = list(s.cost_options);
  if (options.some((c) => typeof c.amount === 'number' && c.amount > 0)) return 'fee';
  if (options.length || !s.fees_description) return 'free';
  return 'fee';
}

function deliveryOf(places: boolean, contacts: ContactImport[]): ServiceImport['delivery'] {
  const out: ServiceImport['delivery'] = [];
  if (places) out.push('inPerson');
  if (contacts.some((c) => c.kind === 'phone')) out.push('phone');
  if (contacts.some((c) => ['web', 'chat', 'eService'].includes(c.kind))) out.push('online');
  return out.length ? out : ['inPerson'];
}

/** What one top-level JSON value of an HSDS file is, as import records. */
export function hsdsRecords(value: unknown, index: number, options: HsdsMapOptions): ImportRecord[] {
  const m = new Mapper(options);
  if (!isObject(value)) return [{ kind: 'service', sourceId: `#${index + 1}`, rejected: [{ key: 'notAnObject' }] }];
  if (Array.isArray(value.services) && !value.status) {
    // An organisation with its services (organization_full).
    const orgId = m.organization(value, null);
    for (const loc of list(value.locations)) m.place(loc, orgId, options.today);
    for (const s of list(value.services)) m.service(isObject(s) && s.name ? s : { ...s }, value);
    return m.records;
  }
  if (isObject(value.location) && isObject(value.service)) {
    // A service at a location (service_at_location_full): the service, at this location.
    const { service, ...sal } = value;
    m.service({ ...(service as Obj), service_at_locations: [] }, null, [sal]);
    return m.records;
  }
  if (value.name !== undefined || value.status !== undefined) {
    m.service(value, null);
    return m.records;
  }
  return [{ kind: 'service', sourceId: sourceId(value.id) ?? `#${index + 1}`, rejected: [{ key: 'notHsds' }] }];
}
