import type { I18nText } from '../../../platform/i18n-text.ts';
import type {
  AccessibilityFact,
  AccessMode,
  ContactKind,
  Cost,
  DeliveryMode,
  OrganizationType,
  PlaceKind,
  Sector,
  ServiceLanguage,
  ServiceLevel,
  ServiceScope,
  Status,
  TargetGroup,
} from '../catalog.domain.ts';

/**
 * A whole service network as plain data: the demo region, the national benchmark set and imports
 * are written in this shape and loaded by loadNetworkDataset(). Entities refer to each other by
 * `key`; database ids are derived from the keys, so the same dataset always gets the same ids.
 */
export interface NetworkDataset {
  regions: RegionSeed[];
  municipalities: MunicipalitySeed[];
  organizations: OrganizationSeed[];
  places: PlaceSeed[];
  services: ServiceSeed[];
}

/** Taxonomy and search vocabulary shared by every region. */
export interface ReferenceData {
  categories: CategorySeed[];
  methods: MethodSeed[];
  synonyms: SynonymSeed[];
  concepts: ConceptSeed[];
  lifeSituations: LifeSituationSeed[];
}

export interface RegionSeed {
  id: string;
  code: string;
  name: I18nText;
  website?: string;
}

export interface MunicipalitySeed {
  /** Statistics Finland code, three digits. */
  code: string;
  regionId: string;
  name: I18nText;
}

export interface CategorySeed {
  code: string;
  parent?: string;
  name: I18nText;
  description?: I18nText;
}

export interface MethodSeed {
  code: string;
  name: I18nText;
  description?: I18nText;
  website?: string;
}

export interface SynonymSeed {
  lang: 'fi' | 'sv' | 'en';
  /** The everyday word, lower case. */
  term: string;
  /** Words the services use for it; each one is searched like a typed word. */
  expansions: string[];
}

/** A situation in families' words (fi, sv, en), reaching the categories that serve it. */
export interface ConceptSeed {
  code: string;
  name: I18nText;
  categories: string[];
  /** Words the services use for it: the expansions of its words that synonyms.ts does not list. */
  expansions: string[];
  words: Record<'fi' | 'sv' | 'en', string[]>;
}

export interface LifeSituationSeed {
  code: string;
  name: I18nText;
  description?: I18nText;
  categories: string[];
  targetGroup?: TargetGroup;
}

export interface OrganizationSeed {
  key: string;
  /** null for national actors (Kela, national NGOs). */
  regionId: string | null;
  municipality?: string;
  type: OrganizationType;
  name: I18nText;
  description?: I18nText;
  website?: string;
  businessId?: string;
}

/** 'HH:MM' 24-hour local time in Europe/Helsinki. */
export type LocalTime = `${number}:${number}`;

export interface WeeklyHoursSeed {
  /** ISO weekdays, 1 = Monday ... 7 = Sunday. */
  days: number[];
  opens: LocalTime;
  closes: LocalTime;
  validFrom?: string;
  validTo?: string;
}

export interface HoursExceptionSeed {
  /** 'YYYY-MM-DD' */
  day: string;
  closed: boolean;
  opens?: LocalTime;
  closes?: LocalTime;
  note?: I18nText;
}

export interface PlaceSeed {
  key: string;
  organization: string;
  municipality: string;
  kind: PlaceKind;
  name: I18nText;
  description?: I18nText;
  streetAddress: string;
  postalCode: string;
  postOffice: I18nText;
  location?: { latitude: number; longitude: number };
  transportNote?: I18nText;
  /** Only facts that were checked: true = present, false = known to be missing. */
  accessibility: Partial<Record<AccessibilityFact, boolean>>;
  accessibilityNote?: I18nText;
  phone?: string;
  email?: string;
  website?: string;
  hours?: WeeklyHoursSeed[];
  exceptions?: HoursExceptionSeed[];
  /** For family centres: the municipalities they serve. */
  familyCentreArea?: string[];
  status?: Status;
  statusNote?: I18nText;
  lastChecked: string;
}

export interface ContactSeed {
  kind: ContactKind;
  value: string;
  label?: I18nText;
  hoursNote?: I18nText;
}

export interface ServiceAtPlaceSeed {
  place: string;
  phone?: string;
  email?: string;
  note?: I18nText;
  /** The service's own hours at this place; without them the place's hours apply. */
  hours?: WeeklyHoursSeed[];
  exceptions?: HoursExceptionSeed[];
  /** Open around the clock here (implies open on holidays). */
  aroundTheClock?: boolean;
  /** The hours here hold on public holidays too. */
  openOnHolidays?: boolean;
}

export interface ServiceSeed {
  key: string;
  organization: string;
  /** null with scope 'national'. */
  regionId: string | null;
  scope: ServiceScope;
  /** Municipality codes, for scope 'municipalities'. */
  areas?: string[];
  name: I18nText;
  summary: I18nText;
  description?: I18nText;
  /** Comma-separated everyday words per language. */
  keywords?: I18nText;
  level: ServiceLevel;
  sector: Sector;
  targetGroups: TargetGroup[];
  ageMin?: number;
  ageMax?: number;
  languages: ServiceLanguage[];
  delivery: DeliveryMode[];
  access: AccessMode[];
  cost: Cost;
  costNote?: I18nText;
  status?: Status;
  statusNote?: I18nText;
  lastChecked: string;
  categories: string[];
  methods?: string[];
  contacts?: ContactSeed[];
  /** Hours of a service reached without a place (phone line, chat). */
  hours?: WeeklyHoursSeed[];
  /** Open around the clock wherever it is given (implies open on holidays). */
  aroundTheClock?: boolean;
  /** Its hours hold on public holidays too. */
  openOnHolidays?: boolean;
  at?: ServiceAtPlaceSeed[];
}
