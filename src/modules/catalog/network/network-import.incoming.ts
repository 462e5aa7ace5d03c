import type { I18nText, Lang } from '../../../platform/i18n-text.ts';
import {
  accessibilityOf,
  exceptionRows,
  mergeText,
  sortedUnique,
  weeklyRows,
  type CanonicalContact,
  type CanonicalOrganization,
  type CanonicalPlace,
  type CanonicalService,
  type Hours,
} from './network-import.canonical.ts';
import type {
  HoursExceptionImport,
  ImportIssue,
  OrganizationImport,
  PlaceImport,
  ServiceImport,
  WeeklyHoursImport,
} from './network-import.model.ts';

/**
 * An incoming record in canonical form: its texts merged into the local record's (for a
 * one-language import), its references turned into local ids.
 */

const text = (incoming: Partial<I18nText> | null | undefined, local: I18nText | null | undefined, lang: Lang | undefined) =>
  mergeText(incoming, local, lang);

function hours(
  weekly: WeeklyHoursImport[] | undefined,
  exceptions: HoursExceptionImport[] | undefined,
  local: Hours | undefined,
  lang: Lang | undefined,
): Hours {
  return { weekly: weeklyRows(weekly), exceptions: exceptionRows(exceptions, local?.exceptions, lang) };
}

export function incomingOrganization(
  v: OrganizationImport,
  local: CanonicalOrganization | undefined,
  lang: Lang | undefined,
): CanonicalOrganization {
  return {
    type: v.type,
    name: text(v.name, local?.name, lang) ?? { fi: '' },
    description: text(v.description, local?.description, lang),
    website: v.website ?? null,
    businessId: v.businessId ?? null,
    municipality: v.municipality ?? null,
    regionId: v.regionId ?? null,
  };
}

export function incomingPlace(
  v: PlaceImport,
  local: CanonicalPlace | undefined,
  lang: Lang | undefined,
  organizationId: string,
): CanonicalPlace {
  return {
    organizationId,
    municipality: v.municipality,
    kind: v.kind,
    name: text(v.name, local?.name, lang) ?? { fi: '' },
    description: text(v.description, local?.description, lang),
    streetAddress: v.streetAddress,
    postalCode: v.postalCode,
    postOffice: text(v.postOffice, local?.postOffice, lang) ?? { fi: '' },
    latitude: v.location?.latitude ?? null,
    longitude: v.location?.longitude ?? null,
    transportNote: text(v.transportNote, local?.transportNote, lang),
    accessibility: accessibilityOf(v.accessibility),
    accessibilityNote: text(v.accessibilityNote, local?.accessibilityNote, lang),
    phone: v.phone ?? null,
    email: v.email ?? null,
    website: v.website ?? null,
    status: v.status ?? 'active',
    statusNote: text(v.statusNote, local?.statusNote, lang),
    lastChecked: v.lastChecked,
    hours: hours(v.hours, v.exceptions, local?.hours, lang),
    familyCentreArea: sortedUnique(v.familyCentreArea),
  };
}

export function incomingService(
  v: ServiceImport,
  local: CanonicalService | undefined,
  lang: Lang | undefined,
  organizationId: string,
  placeId: (sourceId: string) => string | null,
  warnings: ImportIssue[],
): CanonicalService {
  const localContacts = new Map((local?.contacts ?? []).map((c) => [`${c.kind} ${c.value}`, c]));
  const contacts: CanonicalContact[] = [];
  const seen = new Set<string>();
  for (const c of v.contacts ?? []) {
    const key = `${c.kind} ${c.value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const before = localContacts.get(key);
    contacts.push({
      kind: c.kind,
      value: c.value,
      label: text(c.label, before?.label, lang),
      hoursNote: text(c.hoursNote, before?.hoursNote, lang),
    });
  }
  const localAt = new Map((local?.at ?? []).map((a) => [a.placeId, a]));
  const at: CanonicalService['at'] = [];
  for (const a of v.at ?? []) {
    const id = placeId(a.place);
    if (!id) {
      warnings.push({ key: 'unknownPlace', field: 'at', params: { value: a.place } });
      continue;
    }
    if (at.some((x) => x.placeId === id)) continue;
    const before = localAt.get(id);
    at.push({
      placeId: id,
      phone: a.phone ?? null,
      email: a.email ?? null,
      note: text(a.note, before?.note, lang),
      hours: hours(a.hours, a.exceptions, before?.hours, lang),
    });
  }
  at.sort((a, b) => a.placeId.localeCompare(b.placeId));
  return {
    organizationId,
    regionId: v.regionId,
    scope: v.scope,
    areas: v.scope === 'municipalities' ? sortedUnique(v.areas) : [],
    name: text(v.name, local?.name, lang) ?? { fi: '' },
    summary: text(v.summary, local?.summary, lang) ?? { fi: '' },
    description: text(v.description, local?.description, lang),
    keywords: text(v.keywords, local?.keywords, lang),
    level: v.level,
    sector: v.sector,
    targetGroups: sortedUnique(v.targetGroups),
    ageMin: v.ageMin ?? null,
    ageMax: v.ageMax ?? null,
    languages: sortedUnique(v.languages),
    delivery: sortedUnique(v.delivery),
    access: sortedUnique(v.access),
    cost: v.cost,
    costNote: text(v.costNote, local?.costNote, lang),
    status: v.status ?? 'active',
    statusNote: text(v.statusNote, local?.statusNote, lang),
    lastChecked: v.lastChecked,
    categories: sortedUnique(v.categories),
    methods: sortedUnique(v.methods),
    contacts,
    hours: hours(v.hours, v.exceptions, local?.hours, lang),
    at,
  };
}
