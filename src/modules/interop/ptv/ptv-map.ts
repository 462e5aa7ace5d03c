import {
  SERVICE_LANGUAGES,
  type ContactImport,
  type ImportIssue,
  type ImportRecord,
  type OrganizationImport,
  type PlaceImport,
  type ServiceImport,
} from '../../catalog/index.ts';
import { emailAddress, httpsUrl, isObject, languageCode, list, localDate, phoneNumber, sourceId, text } from '../import/cleaning.ts';
import type { MunicipalityResolver } from '../import/municipality-resolver.ts';
import { hoursFromPtv, joined, ptvPhone, texts, titleCase, tm35finToWgs84 } from './ptv-shapes.ts';

/**
 * PTV v11 → the service network, the one mapping (a v12 reader can hand it the same objects once
 * its `languageVersions` are turned into these text lists). Organisations and service locations
 * are records of their own; phone, web page, e-service and form channels become a service's
 * contacts; a service's connections to service locations become its places.
 */

type Obj = Record<string, unknown>;

export interface PtvMapOptions {
  resolver: MunicipalityResolver;
  categories: ReadonlySet<string>;
  today: string;
}

/** Service classes (ptvserclass2) to the tray's categories; unmapped ones are said in a warning. */
const CLASS_CATEGORIES: Record<string, string[]> = {
  'P3.1': ['couple-support'],
  'P3.2': ['clinics'],
  'P3.4': ['early-education'],
  'P3.5': ['family-law', 'family-mediation'],
  'P3.6': ['family-support'],
  'P3.7': ['family-counselling'],
  'P3.8': ['child-protection'],
  'P3.9': ['family-benefits'],
  'P4.3': ['home-help'],
  'P4.9': ['school-curator'],
  'P4.12': ['peer-support'],
  'P4.13': ['financial-counselling'],
  'P5.1': ['doctor'],
  'P5.2': ['child-health-clinic'],
  'P5.6': ['specialist-care'],
  'P5.7': ['mental-health-substance'],
  'P5.9': ['school-health', 'student-health'],
  'P5.13': ['therapy'],
  'P5.16': ['peer-support'],
  'P6.1': ['pre-primary'],
  'P6.2': ['basic-education'],
  'P25.1': ['library'],
  'P25.5': ['leisure'],
  'P25.6': ['parish-activity'],
  'P27.1': ['sport'],
  'P28.1': ['youth-work'],
  'P28.4': ['youth-work'],
  'P28.5': ['youth-guidance'],
};

const NATIONAL_TYPES = ['state', 'ngo', 'company', 'expertiseCentre'];

export function ptvOrganization(o: Obj, options: PtvMapOptions): ImportRecord | null {
  const id = sourceId(o.id);
  if (!id) return null;
  const warnings: ImportIssue[] = [];
  const name = texts(o.organizationNames, warnings, 'organizationNames', 'Name', 300);
  if (!name) return { kind: 'organization', sourceId: id, rejected: [{ key: 'required', field: 'organizationNames' }] };
  const label = name.fi ?? name.sv ?? name.en!;
  const municipality = options.resolver.municipality(isObject(o.municipality) ? o.municipality.code : undefined);
  const ptvType = String(o.organizationType ?? '');
  let type: OrganizationImport['type'] =
    ptvType === 'Municipality'
      ? 'municipality'
      : ptvType === 'State'
        ? 'state'
        : ptvType === 'Company' || ptvType === 'SotePrivate'
          ? 'company'
          : /seurakun|församling/i.test(label)
            ? 'parish'
            : /hyvinvointialue|välfärdsområde/i.test(label) || ['RegionalOrganization', 'SotePublic', 'Region'].includes(ptvType)
              ? 'wellbeingCounty'
              : 'ngo';
  const addressMunicipality = list(o.addresses)
    .map((a) =>
      isObject(a.streetAddress) && isObject(a.streetAddress.municipality)
        ? options.resolver.municipality(a.streetAddress.municipality.code)
        : null,
    )
    .find(Boolean);
  let regionId =
    (municipality && options.resolver.countyOf(municipality)) ??
    (type === 'wellbeingCounty' ? options.resolver.county(label) : null) ??
    (addressMunicipality ? options.resolver.countyOf(addressMunicipality) : null);
  if (type === 'municipality' && !municipality) type = 'ngo';
  if (!regionId && !NATIONAL_TYPES.includes(type)) {
    warnings.push({ key: 'organizationTypeGuessed', params: { value: 'ngo' } });
    type = 'ngo';
  }
  if (NATIONAL_TYPES.includes(type) && type !== 'ngo') regionId = null;
  const businessCode = text(o.businessCode);
  return {
    kind: 'organization',
    sourceId: id,
    label,
    values: {
      type,
      name,
      description:
        texts(o.organizationDescriptions, warnings, 'organizationDescriptions', 'Description') ??
        texts(o.organizationDescriptions, warnings, 'organizationDescriptions', 'Summary'),
      website: httpsUrl(list(o.webPages)[0]?.url, warnings, 'webPages') ?? null,
      businessId: businessCode && /^\d{7}-\d$/.test(businessCode) ? businessCode : null,
      municipality: type === 'municipality' ? municipality : null,
      regionId,
    },
    ...(warnings.length ? { warnings } : {}),
  };
}

function guessKind(name: string): PlaceImport['kind'] {
  const n = name.toLowerCase();
  if (/perhekeskus|familjecenter/.test(n)) return 'familyCentre';
  if (/kohtaamispaikka|mötesplats|perhekahvila/.test(n)) return 'meetingPlace';
  if (/ohjaamo/.test(n)) return 'youthOhjaamo';
  if (/kirjasto|bibliotek/.test(n)) return 'library';
  if (/päiväkoti|daghem/.test(n)) return 'daycare';
  if (/koulu|skola/.test(n)) return 'school';
  return 'servicePoint';
}

export function ptvServiceLocation(c: Obj, options: PtvMapOptions): ImportRecord | null {
  const id = sourceId(c.id);
  if (!id) return null;
  const warnings: ImportIssue[] = [];
  const name = texts(c.serviceChannelNames, warnings, 'serviceChannelNames', 'Name', 300);
  const addresses = list(c.addresses);
  const address =
    addresses.find((a) => a.type === 'Location' && isObject(a.streetAddress)) ?? addresses.find((a) => isObject(a.streetAddress));
  const street = address && isObject(address.streetAddress) ? address.streetAddress : null;
  const streetName = street ? texts(street.street, warnings, 'street') : null;
  const streetAddress = streetName
    ? [streetName.fi ?? streetName.sv ?? streetName.en, text(street!.streetNumber)].filter(Boolean).join(' ')
    : null;
  const municipality = street && isObject(street.municipality) ? options.resolver.municipality(street.municipality.code) : null;
  const postalCode = text(street?.postalCode);
  const organization = sourceId(c.organizationId);
  const reasons: ImportIssue[] = [];
  if (!name) reasons.push({ key: 'required', field: 'serviceChannelNames' });
  if (!streetAddress || !postalCode) reasons.push({ key: 'locationWithoutFinnishAddress', params: { value: id } });
  if (!municipality)
    reasons.push({ key: 'municipalityNotFound', params: { value: String((street?.municipality as Obj | undefined)?.code ?? '-') } });
  if (!organization) reasons.push({ key: 'required', field: 'organizationId' });
  if (reasons.length) return { kind: 'place', sourceId: id, rejected: reasons };
  const postOffice = texts(street!.postOffice, warnings, 'postOffice', undefined, 100);
  const location = tm35finToWgs84(street!.latitude, street!.longitude);
  if ((street!.latitude || street!.longitude) && !location) warnings.push({ key: 'coordinatesDropped' });
  const { hours, exceptions } = hoursFromPtv(c.serviceHours, warnings);
  const phone = list(c.phoneNumbers).find((p) => !p.type || p.type === 'Phone');
  const accessibility = list(address!.entrances).flatMap((e) =>
    list(e.accessibilitySentences).flatMap((s) => list(s.sentences).map((x) => texts(x.sentence, warnings, 'accessibility'))),
  );
  const note = accessibility.filter(Boolean).slice(0, 12);
  return {
    kind: 'place',
    sourceId: id,
    label: name!.fi ?? name!.sv ?? name!.en!,
    values: {
      organization: organization!,
      municipality: municipality!,
      kind: guessKind(name!.fi ?? name!.sv ?? ''),
      name: name!,
      description:
        texts(c.serviceChannelDescriptions, warnings, 'serviceChannelDescriptions', 'Description') ??
        texts(c.serviceChannelDescriptions, warnings, 'serviceChannelDescriptions', 'Summary'),
      streetAddress: streetAddress!.slice(0, 200),
      postalCode: postalCode!,
      postOffice: postOffice
        ? Object.fromEntries(Object.entries(postOffice).map(([l, v]) => [l, titleCase(v)]))
        : { fi: titleCase(postalCode!) },
      location:
        location && location.latitude >= 59.5 && location.latitude <= 70.1 && location.longitude >= 19 && location.longitude <= 31.6
          ? location
          : null,
      accessibilityNote: note.length
        ? Object.fromEntries(
            (['fi', 'sv', 'en'] as const).flatMap((l) => {
              const s = note
                .map((n) => n?.[l])
                .filter(Boolean)
                .join(' ');
              return s ? [[l, s.slice(0, 2000)]] : [];
            }),
          )
        : null,
      phone: phone ? (phoneNumber(ptvPhone(phone), warnings, 'phoneNumbers') ?? null) : null,
      // Service locations say `emails` on the wire (the swagger says supportEmails): both are read.
      email: emailAddress(list(c.emails ?? c.supportEmails)[0]?.value, warnings, 'emails') ?? null,
      website: httpsUrl(list(c.webPages)[0]?.url, warnings, 'webPages') ?? null,
      hours,
      exceptions,
      lastChecked: localDate(c.modified) ?? options.today,
    },
    ...(warnings.length ? { warnings } : {}),
  };
}

/** A non-location channel as contacts of the services connected to it. */
export function ptvChannelContacts(
  c: Obj,
  type: string,
): { contacts: ContactImport[]; delivery: ServiceImport['delivery'][number]; warnings: ImportIssue[] } {
  const warnings: ImportIssue[] = [];
  const label = texts(c.serviceChannelNames, warnings, 'serviceChannelNames', 'Name', 300);
  const contacts: ContactImport[] = [];
  if (type === 'Phone')
    for (const p of list(c.phoneNumbers)) {
      const value = phoneNumber(ptvPhone(p), warnings, 'phoneNumbers');
      if (value) contacts.push({ kind: 'phone', value, label });
    }
  const urls = type === 'PrintableForm' ? list(c.channelUrls) : list(c.webPages);
  for (const w of urls) {
    const value = httpsUrl(w.url ?? w.value, warnings, 'webPages');
    const booking = /ajanvara|tidsbok|booking|appointment/i.test(JSON.stringify(c.serviceChannelNames ?? ''));
    if (value) contacts.push({ kind: type === 'EChannel' ? (booking ? 'booking' : 'eService') : 'web', value, label });
  }
  for (const e of list(c.supportEmails)) {
    const value = emailAddress(e.value, warnings, 'supportEmails');
    if (value) contacts.push({ kind: 'email', value, label });
  }
  return { contacts, delivery: type === 'Phone' ? 'phone' : 'online', warnings };
}

export type ChannelInfo = { type: string; contacts: ContactImport[]; delivery: ServiceImport['delivery'][number] };

export function ptvService(
  s: Obj,
  channels: ReadonlyMap<string, ChannelInfo>,
  locations: ReadonlySet<string>,
  options: PtvMapOptions,
): ImportRecord | null {
  const id = sourceId(s.id);
  if (!id) return null;
  const warnings: ImportIssue[] = [];
  const name = texts(s.serviceNames, warnings, 'serviceNames', 'Name', 300);
  const responsible = list(s.organizations).find((o) => o.roleType === 'Responsible' && isObject(o.organization));
  const organization = responsible ? sourceId((responsible.organization as Obj).id) : undefined;
  if (!name || !organization)
    return {
      kind: 'service',
      sourceId: id,
      rejected: [!name ? { key: 'required', field: 'serviceNames' } : { key: 'noResponsibleOrganization' }],
    };
  const description = texts(s.serviceDescriptions, warnings, 'serviceDescriptions', 'Description');
  const instructions = texts(s.serviceDescriptions, warnings, 'serviceDescriptions', 'UserInstruction');
  const summary = texts(s.serviceDescriptions, warnings, 'serviceDescriptions', 'Summary', 2000) ?? firstSentences(description) ?? name;
  const classes = list(s.serviceClasses)
    .map((c) => text(c.code))
    .filter((c): c is string => Boolean(c));
  const categories = [...new Set(classes.flatMap((c) => CLASS_CATEGORIES[c] ?? []))].filter((c) => options.categories.has(c));
  const unmapped = classes.filter((c) => !CLASS_CATEGORIES[c]);
  if (unmapped.length) warnings.push({ key: 'serviceClassUnmapped', params: { value: unmapped.join(', ') } });
  const groups = new Set<ServiceImport['targetGroups'][number]>();
  for (const g of list(s.targetGroups).map((x) => text(x.code))) {
    if (g === 'KR1.2') groups.add('children').add('wholeFamily');
    if (g === 'KR1.3') groups.add('youth');
  }
  for (const e of list(s.lifeEvents).map((x) => text(x.code))) {
    if (e === 'KE1' || e === 'KE1.1') groups.add('expectingParents');
    if (e === 'KE7') groups.add('parents');
  }
  const defaults: string[] = [];
  if (!groups.size) {
    groups.add('wholeFamily');
    defaults.push('targetGroups');
  }
  const contacts: ContactImport[] = [];
  const delivery = new Set<ServiceImport['delivery'][number]>();
  const at: NonNullable<ServiceImport['at']> = [];
  let booking = false;
  for (const link of list(s.serviceChannels)) {
    const channelId = isObject(link.serviceChannel) ? sourceId(link.serviceChannel.id) : undefined;
    if (!channelId) continue;
    const { hours, exceptions, reservation } = hoursFromPtv(link.serviceHours, warnings);
    booking ||= reservation;
    const details = isObject(link.contactDetails) ? link.contactDetails : {};
    if (locations.has(channelId)) {
      delivery.add('inPerson');
      at.push({
        place: channelId,
        phone: phoneNumber(list(details.phoneNumbers).map(ptvPhone)[0], warnings, 'contactDetails') ?? null,
        email: emailAddress(list(details.emails)[0]?.value, warnings, 'contactDetails') ?? null,
        note: texts(link.description, warnings, 'description', 'Description'),
        hours,
        exceptions,
      });
      continue;
    }
    const channel = channels.get(channelId);
    if (!channel) {
      warnings.push({ key: 'channelMissing', params: { value: channelId } });
      continue;
    }
    delivery.add(channel.delivery);
    contacts.push(...channel.contacts);
  }
  const { scope, regionId, areas } = areasOf(s, options, warnings, at.length);
  const charge = String(s.serviceChargeType ?? '');
  const given = Array.isArray(s.languages) ? s.languages : [];
  const languages = [...new Set(given.map((l) => languageCode(l, SERVICE_LANGUAGES)).filter((l): l is string => Boolean(l)))];
  const dropped = given.filter((l) => !languageCode(l, SERVICE_LANGUAGES));
  if (dropped.length) warnings.push({ key: 'languageDropped', params: { value: dropped.join(', ').slice(0, 80) } });
  if (!languages.length) defaults.push('languages');
  if (!delivery.size) {
    delivery.add('inPerson');
    defaults.push('delivery');
  }
  if (defaults.length) warnings.push({ key: 'defaultsApplied', params: { value: defaults.join(', ') } });
  return {
    kind: 'service',
    sourceId: id,
    label: name.fi ?? name.sv ?? name.en!,
    values: {
      organization,
      scope,
      regionId,
      areas,
      name,
      summary,
      description: mergeTexts(description, instructions),
      keywords: joined(s.keywords, ', '),
      level: levelOf(classes),
      sector: sectorOf(classes),
      targetGroups: [...groups],
      languages: (languages.length ? languages : ['fi']) as ServiceImport['languages'],
      delivery: [...delivery],
      access: booking ? ['booking'] : ['openToAll'],
      cost: s.serviceVouchersInUse ? 'voucher' : charge === 'FreeOfCharge' ? 'free' : charge ? 'fee' : 'free',
      costNote: texts(s.serviceDescriptions, warnings, 'serviceDescriptions', 'ChargeTypeAdditionalInfo'),
      status: 'active',
      lastChecked: localDate(s.modified) ?? options.today,
      categories,
      contacts,
      at,
    },
    ...(warnings.length ? { warnings } : {}),
  };
}

function areasOf(s: Obj, options: PtvMapOptions, warnings: ImportIssue[], places: number) {
  const national = { scope: 'national' as const, regionId: null, areas: [] as string[] };
  if (s.areaType === 'Nationwide' || s.areaType === 'NationwideExceptAlandIslands') return national;
  const codes: string[] = [];
  let county: string | null = null;
  for (const area of list(s.areas)) {
    const named =
      area.type !== 'Municipality' ? options.resolver.county(texts(area.name, [], 'name')?.fi ?? String(area.code ?? '')) : null;
    if (named && !county) county = named;
    for (const m of list(area.municipalities)) {
      const code = options.resolver.municipality(m.code);
      if (code && options.resolver.countyOf(code)) codes.push(code);
    }
  }
  const counties = [...new Set(codes.map((c) => options.resolver.countyOf(c)!))];
  if (counties.length > 1) warnings.push({ key: 'severalCounties', params: { value: counties.join(', ') } });
  if (county && (!codes.length || counties.every((c) => c === county))) return { scope: 'region' as const, regionId: county, areas: [] };
  if (codes.length) return { scope: 'municipalities' as const, regionId: counties[0]!, areas: [...new Set(codes)] };
  if (!places) warnings.push({ key: 'areaUnknownNational' });
  return national;
}

const mergeTexts = (a: Partial<Record<string, string>> | null, b: Partial<Record<string, string>> | null) => {
  if (!a && !b) return null;
  const out: Record<string, string> = {};
  for (const l of ['fi', 'sv', 'en']) {
    const t = [a?.[l], b?.[l]].filter(Boolean).join('\n\n');
    if (t) out[l] = t;
  }
  return out;
};

function firstSentences(t: Partial<Record<string, string>> | null) {
  if (!t) return null;
  return Object.fromEntries(Object.entries(t).map(([l, v]) => [l, (v!.split(/(?<=[.!?])\s/)[0] ?? v!).slice(0, 500)]));
}

function levelOf(classes: string[]): ServiceImport['level'] {
  if (classes.some((c) => ['P3.8', 'P5.6'].includes(c))) return 'special';
  if (classes.some((c) => ['P5.2', 'P5.9', 'P4.9', 'P3.4', 'P6.1', 'P6.2', 'P25.1'].includes(c))) return 'universal';
  return 'basic';
}

function sectorOf(classes: string[]): ServiceImport['sector'] {
  const top = classes.map((c) => c.split('.')[0]);
  if (top.includes('P5')) return 'health';
  if (classes.some((c) => c === 'P3.4') || top.includes('P6')) return 'education';
  if (top.includes('P28')) return 'youth';
  if (top.includes('P25') || top.includes('P27')) return classes.includes('P25.6') ? 'church' : 'cultureSport';
  return 'social';
}
