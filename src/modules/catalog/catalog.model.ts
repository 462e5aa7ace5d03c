import type { I18nText } from '../../platform/i18n-text.ts';
import type { Page, PageRequest } from '../../platform/paging.ts';
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
} from './catalog.domain.ts';
import type { HoursException, HoursPolicy, WeeklyHours } from './opening-hours.ts';

export interface MunicipalityRef {
  code: string;
  name: I18nText;
}

export interface OrganizationRef {
  id: string;
  type: OrganizationType;
  name: I18nText;
}

export interface PlaceRef {
  id: string;
  kind: PlaceKind;
  name: I18nText;
  municipality: MunicipalityRef;
}

export interface CategoryRef {
  code: string;
  parentCode: string | null;
  name: I18nText;
}

export interface Region {
  id: string;
  code: string;
  name: I18nText;
  website: string | null;
}

export interface Municipality extends MunicipalityRef {
  regionId: string;
}

export interface Organization extends OrganizationRef {
  regionId: string | null;
  municipalityCode: string | null;
  description: I18nText | null;
  website: string | null;
  businessId: string | null;
}

export type Accessibility = Record<AccessibilityFact, boolean | null>;

export interface Hours extends HoursPolicy {
  weekly: WeeklyHours[];
  exceptions: HoursException[];
}

export interface ServiceSummary {
  id: string;
  name: I18nText;
  summary: I18nText;
  organization: OrganizationRef;
  scope: ServiceScope;
  regionId: string | null;
  level: ServiceLevel;
  sector: Sector;
  targetGroups: TargetGroup[];
  ageMin: number | null;
  ageMax: number | null;
  languages: ServiceLanguage[];
  delivery: DeliveryMode[];
  access: AccessMode[];
  cost: Cost;
  status: Status;
  statusNote: I18nText | null;
  lastChecked: string;
  categories: string[];
  places: PlaceRef[];
  areas: MunicipalityRef[];
}

export interface ContactChannel {
  kind: ContactKind;
  value: string;
  label: I18nText | null;
  hoursNote: I18nText | null;
}

/** A result card's hours: the rest of today's intervals, or else the next opening within a week. */
export interface ServiceOpening {
  today: { opens: string; closes: string }[];
  next: { day: string; opens: string } | null;
}

/** A service that is a way in: a region's family advisor, or a 24/7 crisis line. */
export interface ContactPoint {
  id: string;
  name: I18nText;
  regionId: string | null;
  aroundTheClock: boolean;
  /** Its phone and chat contacts, in their order. */
  contacts: ContactChannel[];
}

export interface ContactPoints {
  advisors: ContactPoint[];
  crisisLines: ContactPoint[];
}

export interface ServiceAtPlace {
  id: string;
  place: PlaceRef & {
    streetAddress: string;
    postalCode: string;
    postOffice: I18nText;
    latitude: number | null;
    longitude: number | null;
    accessibility: Accessibility;
    status: Status;
  };
  phone: string | null;
  email: string | null;
  note: I18nText | null;
  /** The service's own hours here when it has them, else the place's. */
  hours: Hours;
}

export interface ServiceDetail extends Omit<ServiceSummary, 'categories'> {
  description: I18nText | null;
  keywords: I18nText | null;
  costNote: I18nText | null;
  categories: CategoryRef[];
  methods: { code: string; name: I18nText; website: string | null }[];
  contacts: ContactChannel[];
  /** Hours of the service itself (a phone line, a chat). */
  hours: Hours;
  locations: ServiceAtPlace[];
}

export interface PlaceSummary extends PlaceRef {
  organization: OrganizationRef;
  streetAddress: string;
  postalCode: string;
  postOffice: I18nText;
  latitude: number | null;
  longitude: number | null;
  accessibility: Accessibility;
  status: Status;
}

export interface PlaceDetail extends PlaceSummary {
  description: I18nText | null;
  transportNote: I18nText | null;
  accessibilityNote: I18nText | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  statusNote: I18nText | null;
  lastChecked: string;
  hours: Hours;
  services: (Pick<ServiceSummary, 'id' | 'name' | 'summary' | 'level' | 'status'> & { note: I18nText | null })[];
  /** For a family centre: the municipalities it serves. */
  servesMunicipalities: MunicipalityRef[];
  /** The family centres whose area includes this place's municipality. */
  familyCentres: PlaceRef[];
}

export interface LifeSituation {
  code: string;
  name: I18nText;
  description: I18nText | null;
  categories: string[];
  targetGroup: TargetGroup | null;
}

export interface Taxonomy {
  categories: (CategoryRef & { description: I18nText | null })[];
  methods: { code: string; name: I18nText; description: I18nText | null; website: string | null }[];
  lifeSituations: LifeSituation[];
}

// ---- What the use cases take: domain values, already checked for form by the edge. ----

export interface ServiceSearchInput extends PageRequest {
  q?: string | undefined;
  municipality?: string | undefined;
  age?: number | undefined;
  group?: TargetGroup | undefined;
  topic?: string[] | undefined;
  level?: ServiceLevel[] | undefined;
  language?: ServiceLanguage[] | undefined;
  delivery?: DeliveryMode[] | undefined;
  cost?: Cost[] | undefined;
  accessibility?: AccessibilityFact[] | undefined;
  openNow?: boolean | undefined;
  /** ISO weekday, 1 = Monday. */
  openOn?: number | undefined;
}

export interface PlaceListInput extends PageRequest {
  q?: string | undefined;
  municipality?: string | undefined;
  kind?: PlaceKind[] | undefined;
  accessibility?: AccessibilityFact[] | undefined;
}

export interface OrganizationListInput extends PageRequest {
  region?: string | undefined;
  municipality?: string | undefined;
  type?: OrganizationType[] | undefined;
}

// ---- What the use cases return beyond the entities ----

export type Locality = 'municipality' | 'region' | 'national';

/** One hit of a search: a service, or the municipalities' services of one name. */
export interface ServiceSearchItem extends ServiceSummary {
  locality: Locality;
  /**
   * Only without a municipality: the services that share this one's name, one per municipality
   * ("Lastenneuvola" in 12 municipalities), with the name without the municipality.
   */
  sameName?: { name: I18nText; services: { id: string; municipality: MunicipalityRef }[]; sameOrganization: boolean };
}

export interface ServiceSearchResult extends Page<ServiceSearchItem> {
  /** A likely spelling of the question's unknown words ("did you mean"), shown beside the results. */
  suggestedQuery: string | null;
}

export interface MunicipalityNetwork {
  municipality: Municipality & { region: Region };
  familyCentres: PlaceDetail['familyCentres'];
  meetingPlaces: PlaceSummary[];
  youthPlaces: PlaceSummary[];
  otherPlaces: PlaceSummary[];
  /** The municipality's own services under each life situation they serve (one may be in several). */
  bySituation: { situation: LifeSituation; services: ServiceSummary[] }[];
  /** Its own services that no life situation covers. */
  otherLocalServices: ServiceSummary[];
  /** Services of the whole wellbeing services county, offered here too. */
  regionWideServices: ServiceSummary[];
  nationalServiceCount: number;
}
