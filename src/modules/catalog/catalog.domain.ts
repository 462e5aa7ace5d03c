/**
 * The words of the service network: every enumeration the catalog stores, lists in the API and
 * translates on the pages. The database CHECKs hold the same lists (migrations/0001).
 */

export const ORGANIZATION_TYPES = ['wellbeingCounty', 'municipality', 'ngo', 'parish', 'company', 'state', 'expertiseCentre'] as const;
export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];

export const PLACE_KINDS = [
  'familyCentre',
  'centralMeetingPlace',
  'meetingPlace',
  'youthOhjaamo',
  'servicePoint',
  'school',
  'daycare',
  'library',
] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export const ACCESSIBILITY_FACTS = ['stepFreeAccess', 'pramAccess', 'wheelchairToilet', 'hearingLoop', 'babyCareRoom', 'parking'] as const;
export type AccessibilityFact = (typeof ACCESSIBILITY_FACTS)[number];

export const SERVICE_LEVELS = ['universal', 'basic', 'special'] as const;
export type ServiceLevel = (typeof SERVICE_LEVELS)[number];

export const SECTORS = ['social', 'health', 'education', 'youth', 'cultureSport', 'church', 'civic'] as const;
export type Sector = (typeof SECTORS)[number];

export const TARGET_GROUPS = ['expectingParents', 'children', 'youth', 'parents', 'wholeFamily'] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

/** ISO 639 codes the service tray knows; fse/fss are the Finnish and Finland-Swedish sign languages. */
export const SERVICE_LANGUAGES = [
  'fi',
  'sv',
  'en',
  'se',
  'smn',
  'sms',
  'ru',
  'et',
  'ar',
  'so',
  'fa',
  'ku',
  'uk',
  'zh',
  'vi',
  'th',
  'fr',
  'de',
  'es',
  'sq',
  'tr',
  'fse',
  'fss',
  'rom',
] as const;
export type ServiceLanguage = (typeof SERVICE_LANGUAGES)[number];

export const DELIVERY_MODES = ['inPerson', 'phone', 'online', 'homeVisit'] as const;
export type DeliveryMode = (typeof DELIVERY_MODES)[number];

export const ACCESS_MODES = ['dropIn', 'booking', 'referral', 'openToAll'] as const;
export type AccessMode = (typeof ACCESS_MODES)[number];

export const COSTS = ['free', 'fee', 'voucher'] as const;
export type Cost = (typeof COSTS)[number];

export const STATUSES = ['active', 'temporarilyClosed', 'ended'] as const;
export type Status = (typeof STATUSES)[number];

export const SERVICE_SCOPES = ['municipalities', 'region', 'national'] as const;
export type ServiceScope = (typeof SERVICE_SCOPES)[number];

export const CONTACT_KINDS = ['phone', 'email', 'web', 'chat', 'eService', 'booking'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];
