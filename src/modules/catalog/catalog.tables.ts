import type { ColumnType, Generated } from 'kysely';
import type { ReadTx as PlatformReadTx, WriteTx as PlatformWriteTx } from '../../platform/db/transactions.ts';
import type { I18nText } from '../../platform/i18n-text.ts';
import type {
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

/** jsonb read as an object, written as JSON text. */
type Json<T> = ColumnType<T, string, string>;
type JsonNullable<T> = ColumnType<T | null, string | null | undefined, string | null>;
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type DateOnly = ColumnType<string, string, string>;

export interface RegionTable {
  id: string;
  code: string;
  name: Json<I18nText>;
  website: string | null;
  created_at: Timestamp;
}

export interface MunicipalityTable {
  code: string;
  region_id: string;
  name: Json<I18nText>;
  created_at: Timestamp;
}

export interface OrganizationTable {
  id: Generated<string>;
  region_id: string | null;
  municipality_code: string | null;
  type: OrganizationType;
  name: Json<I18nText>;
  description: JsonNullable<I18nText>;
  website: string | null;
  business_id: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PlaceTable {
  id: Generated<string>;
  organization_id: string;
  municipality_code: string;
  kind: PlaceKind;
  name: Json<I18nText>;
  description: JsonNullable<I18nText>;
  street_address: string;
  postal_code: string;
  post_office: Json<I18nText>;
  latitude: number | null;
  longitude: number | null;
  transport_note: JsonNullable<I18nText>;
  step_free_access: boolean | null;
  pram_access: boolean | null;
  wheelchair_toilet: boolean | null;
  hearing_loop: boolean | null;
  baby_care_room: boolean | null;
  parking: boolean | null;
  accessibility_note: JsonNullable<I18nText>;
  phone: string | null;
  email: string | null;
  website: string | null;
  status: ColumnType<Status, Status | undefined, Status>;
  status_note: JsonNullable<I18nText>;
  last_checked: DateOnly;
  version: ColumnType<number, number | undefined, number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface FamilyCentreAreaTable {
  family_centre_id: string;
  family_centre_kind: ColumnType<'familyCentre', 'familyCentre' | undefined, never>;
  municipality_code: string;
}

export interface CategoryTable {
  code: string;
  parent_code: string | null;
  name: Json<I18nText>;
  description: JsonNullable<I18nText>;
  position: ColumnType<number, number | undefined, number>;
}

export interface MethodTable {
  code: string;
  name: Json<I18nText>;
  description: JsonNullable<I18nText>;
  website: string | null;
}

export interface ServiceTable {
  id: Generated<string>;
  organization_id: string;
  region_id: string | null;
  scope: ServiceScope;
  name: Json<I18nText>;
  summary: Json<I18nText>;
  description: JsonNullable<I18nText>;
  keywords: JsonNullable<I18nText>;
  level: ServiceLevel;
  sector: Sector;
  target_groups: TargetGroup[];
  age_min: number | null;
  age_max: number | null;
  languages: ServiceLanguage[];
  delivery: DeliveryMode[];
  access: AccessMode[];
  cost: Cost;
  cost_note: JsonNullable<I18nText>;
  status: ColumnType<Status, Status | undefined, Status>;
  status_note: JsonNullable<I18nText>;
  last_checked: DateOnly;
  version: ColumnType<number, number | undefined, number>;
  search_document: ColumnType<string, never, never>;
  search_text: ColumnType<string, never, never>;
  around_the_clock: Generated<boolean>;
  open_on_holidays: Generated<boolean>;
  /** Voikko's base forms and compound parts (search/base-forms.ts); written only there. */
  search_base_forms: ColumnType<string, never, never>;
  search_words: ColumnType<string, never, never>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ServiceAreaTable {
  service_id: string;
  municipality_code: string;
}

export interface ServiceCategoryTable {
  service_id: string;
  category_code: string;
}

export interface ServiceMethodTable {
  service_id: string;
  method_code: string;
}

export interface ServiceContactTable {
  id: Generated<string>;
  service_id: string;
  kind: ContactKind;
  value: string;
  label: JsonNullable<I18nText>;
  hours_note: JsonNullable<I18nText>;
  position: ColumnType<number, number | undefined, number>;
}

export interface ServiceAtPlaceTable {
  id: Generated<string>;
  service_id: string;
  place_id: string;
  phone: string | null;
  email: string | null;
  note: JsonNullable<I18nText>;
  around_the_clock: Generated<boolean>;
  open_on_holidays: Generated<boolean>;
}

export interface OpeningHoursTable {
  id: Generated<string>;
  place_id: string | null;
  service_at_place_id: string | null;
  service_id: string | null;
  weekday: number;
  opens: string;
  closes: string;
  valid_from: DateOnly | null;
  valid_to: DateOnly | null;
}

export interface OpeningHoursExceptionTable {
  id: Generated<string>;
  place_id: string | null;
  service_at_place_id: string | null;
  service_id: string | null;
  day: DateOnly;
  closed: boolean;
  opens: string | null;
  closes: string | null;
  note: JsonNullable<I18nText>;
}

export interface SearchSynonymTable {
  id: Generated<string>;
  lang: 'fi' | 'sv' | 'en';
  term: string;
  expansions: string[];
  concept_code: string | null;
}

export interface SearchConceptTable {
  code: string;
  name: Json<I18nText>;
  category_codes: ColumnType<string[], string[] | undefined, string[]>;
}

export interface SearchVocabularyTable {
  word: string;
  spelling: string | null;
}

export interface SearchMissTable {
  day: DateOnly;
  lang: 'fi' | 'sv' | 'en';
  query: string;
  outcome: 'noResults' | 'suggestionOnly';
  count: number;
}

export interface LifeSituationTable {
  code: string;
  name: Json<I18nText>;
  description: JsonNullable<I18nText>;
  category_codes: ColumnType<string[], string[] | undefined, string[]>;
  target_group: TargetGroup | null;
  position: ColumnType<number, number | undefined, number>;
}

export interface CatalogTables {
  region: RegionTable;
  municipality: MunicipalityTable;
  organization: OrganizationTable;
  place: PlaceTable;
  family_centre_area: FamilyCentreAreaTable;
  category: CategoryTable;
  method: MethodTable;
  service: ServiceTable;
  service_area: ServiceAreaTable;
  service_category: ServiceCategoryTable;
  service_method: ServiceMethodTable;
  service_contact: ServiceContactTable;
  service_at_place: ServiceAtPlaceTable;
  opening_hours: OpeningHoursTable;
  opening_hours_exception: OpeningHoursExceptionTable;
  search_synonym: SearchSynonymTable;
  search_vocabulary: SearchVocabularyTable;
  search_concept: SearchConceptTable;
  search_miss: SearchMissTable;
  life_situation: LifeSituationTable;
  service_weekly_hours: ServiceWeeklyHoursView;
  service_hours_exception: ServiceHoursExceptionView;
  service_hours_policy: ServiceHoursPolicyView;
}

export interface ServiceHoursPolicyView {
  service_id: string;
  owner_id: string;
  around_the_clock: boolean;
  open_on_holidays: boolean;
}

export interface ServiceWeeklyHoursView {
  service_id: string;
  owner_id: string;
  weekday: number;
  opens: string;
  closes: string;
  valid_from: string | null;
  valid_to: string | null;
}

export interface ServiceHoursExceptionView {
  service_id: string;
  owner_id: string;
  day: string;
  closed: boolean;
  opens: string | null;
  closes: string | null;
  note: I18nText | null;
}

/** The tables the catalog's SQL sees. */
export type CatalogDb = CatalogTables;
export type ReadTx = PlatformReadTx<CatalogDb>;
export type WriteTx = PlatformWriteTx<CatalogDb>;
