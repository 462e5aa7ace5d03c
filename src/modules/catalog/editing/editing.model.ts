import type { I18nText } from '../../../platform/i18n-text.ts';
import type {
  AccessMode,
  Cost,
  DeliveryMode,
  PlaceKind,
  Sector,
  ServiceLanguage,
  ServiceLevel,
  ServiceScope,
  Status,
  TargetGroup,
} from '../catalog.domain.ts';
import type { Accessibility } from '../catalog.model.ts';
import type { Interval } from './hours-text.ts';

/** The owner of a service or place: what authorization compares with the actor's grants. */
export interface ServiceOwner {
  organizationId: string;
  regionId: string | null;
}

/** What an editor may change about a service; the form and the JSON API carry the same. */
export interface ServiceEdit {
  name: I18nText;
  summary: I18nText;
  description: I18nText | null;
  keywords: I18nText | null;
  costNote: I18nText | null;
  statusNote: I18nText | null;
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
  categories: string[];
}

export interface PlaceEdit {
  name: I18nText;
  description: I18nText | null;
  postOffice: I18nText;
  transportNote: I18nText | null;
  accessibilityNote: I18nText | null;
  statusNote: I18nText | null;
  streetAddress: string;
  postalCode: string;
  latitude: number | null;
  longitude: number | null;
  accessibility: Accessibility;
  phone: string | null;
  email: string | null;
  website: string | null;
  status: Status;
}

export interface ExceptionEdit {
  day: string;
  /** Empty: closed that day. */
  intervals: Interval[];
  note: I18nText | null;
}

export interface PlaceHoursEdit {
  /** Index 0 is Monday. Only the hours without a validity period; seasonal ones stay as they are. */
  weekly: Interval[][];
  exceptions: ExceptionEdit[];
}

export interface Location {
  id: string;
  placeId: string;
  placeName: I18nText;
  phone: string | null;
  email: string | null;
  note: I18nText | null;
}

export interface EditableService {
  id: string;
  version: number;
  scope: ServiceScope;
  lastChecked: string;
  /** Not checked within the freshness period. */
  stale: boolean;
  organization: { id: string; name: I18nText };
  fields: ServiceEdit;
  locations: Location[];
  /** The organisation's places, for adding a location. */
  placeChoices: { id: string; name: I18nText }[];
  permittedActions: string[];
}

export interface EditablePlace {
  id: string;
  version: number;
  kind: PlaceKind;
  municipality: { code: string; name: I18nText };
  lastChecked: string;
  stale: boolean;
  organization: { id: string; name: I18nText };
  fields: PlaceEdit;
  hours: PlaceHoursEdit;
  /** Weekly hours with a validity period (summer hours): shown, not edited here. */
  seasonalHours: { weekday: number; opens: string; closes: string; validFrom: string | null; validTo: string | null }[];
  permittedActions: string[];
}

/** One field's change, for the history and for the second editor of a stale save. */
export interface FieldChange {
  field: string;
  oldValue: unknown;
  newValue: unknown;
}

export interface ChangeEntry extends FieldChange {
  occurredAt: Date;
  version: number;
  changedBy: string | null;
}

/** Why a save did not go through: someone saved first; here is what they changed, and the entry as it is now. */
export interface StaleEdit<Current> {
  outcome: 'stale';
  changes: ChangeEntry[];
  current: Current;
}
