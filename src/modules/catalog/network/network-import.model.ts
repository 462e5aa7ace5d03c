import type { I18nText, Lang } from '../../../platform/i18n-text.ts';
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
 * What an import hands the catalog: records in the catalog's own terms, each with the id it has
 * at its source, referring to each other by those ids. Readers (HSDS, PTV) map their formats to
 * this; the catalog checks every record against the same rules as the database, stages them, and
 * applies them in one transaction.
 */

export const IMPORT_KINDS = ['organization', 'place', 'service'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** Texts in the languages the source has: with a one-language source (HSDS) only that one. */
export type ImportText = Partial<I18nText>;

/** Why a record was rejected, or what was changed on the way in; texts by key, in fi/sv/en. */
export interface ImportIssue {
  key: string;
  /** The field, dotted (`at.0.phone`), when the issue is about one. */
  field?: string;
  params?: Record<string, string | number>;
}

export interface WeeklyHoursImport {
  /** ISO weekdays, 1 = Monday. */
  days: number[];
  /** 'HH:MM', Europe/Helsinki wall clock. */
  opens: string;
  closes: string;
  validFrom?: string | null;
  validTo?: string | null;
}

export interface HoursExceptionImport {
  day: string;
  closed: boolean;
  opens?: string | null;
  closes?: string | null;
  note?: ImportText | null;
}

export interface OrganizationImport {
  type: OrganizationType;
  name: ImportText;
  description?: ImportText | null;
  website?: string | null;
  businessId?: string | null;
  /** Its municipality (municipal organisations), Statistics Finland code. */
  municipality?: string | null;
  /** Its county (a county_reference / region id); null for national actors. */
  regionId?: string | null;
}

export interface PlaceImport {
  /** The organisation's id at the source. */
  organization: string;
  /** Whose the place is taken to be when `organization` is in neither this import nor an earlier one. */
  organizationFallback?: string;
  municipality: string;
  kind: PlaceKind;
  name: ImportText;
  description?: ImportText | null;
  streetAddress: string;
  postalCode: string;
  postOffice: ImportText;
  location?: { latitude: number; longitude: number } | null;
  transportNote?: ImportText | null;
  accessibility?: Partial<Record<AccessibilityFact, boolean | null>>;
  accessibilityNote?: ImportText | null;
  phone?: string | null;
  email?: string | null;
  website?: string | null;
  hours?: WeeklyHoursImport[];
  exceptions?: HoursExceptionImport[];
  familyCentreArea?: string[];
  status?: Status;
  statusNote?: ImportText | null;
  lastChecked: string;
}

export interface ContactImport {
  kind: ContactKind;
  value: string;
  label?: ImportText | null;
  hoursNote?: ImportText | null;
}

export interface ServiceAtPlaceImport {
  /** The place's id at the source. */
  place: string;
  phone?: string | null;
  email?: string | null;
  note?: ImportText | null;
  hours?: WeeklyHoursImport[];
  exceptions?: HoursExceptionImport[];
}

export interface ServiceImport {
  organization: string;
  scope: ServiceScope;
  regionId: string | null;
  areas?: string[];
  name: ImportText;
  summary: ImportText;
  description?: ImportText | null;
  keywords?: ImportText | null;
  level: ServiceLevel;
  sector: Sector;
  targetGroups: TargetGroup[];
  ageMin?: number | null;
  ageMax?: number | null;
  languages: ServiceLanguage[];
  delivery: DeliveryMode[];
  access: AccessMode[];
  cost: Cost;
  costNote?: ImportText | null;
  status?: Status;
  statusNote?: ImportText | null;
  lastChecked: string;
  categories?: string[];
  methods?: string[];
  contacts?: ContactImport[];
  hours?: WeeklyHoursImport[];
  exceptions?: HoursExceptionImport[];
  at?: ServiceAtPlaceImport[];
}

interface RecordBase {
  sourceId: string;
  /** A name to show in the report (the source's own). */
  label?: string;
  /** What the reader changed or dropped on the way in. */
  warnings?: ImportIssue[];
}

export type ImportRecord =
  | (RecordBase & { kind: 'organization'; values: OrganizationImport })
  | (RecordBase & { kind: 'place'; values: PlaceImport })
  | (RecordBase & { kind: 'service'; values: ServiceImport })
  /** The reader could not make a record of it: reported as rejected. */
  | (RecordBase & { kind: ImportKind; rejected: ImportIssue[] });

export interface NetworkImportInput {
  /** Where the records come from: provenance is kept per source and source id (`ptv`, `hsds:example.org`). */
  source: string;
  format: 'hsds' | 'ptv';
  mode?: 'full' | 'changes';
  /** Decide and report everything, write nothing. */
  dryRun: boolean;
  /**
   * The language of every text when the source has only one (HSDS): merged into the record's
   * other languages instead of replacing them. Without it, texts are complete (PTV).
   */
  textLanguage?: Lang;
  records: AsyncIterable<ImportRecord>;
  /**
   * An import for one region (a coordinator's): organisations of other regions or of none, new
   * or existing, are rejected, and with them their places and services.
   */
  onlyRegion?: string | undefined;
  /**
   * Problems with the input as a whole, asked for when the records are read. A `fatal` one (the
   * file ends in the middle, it is not JSON) means nothing of it is applied.
   */
  inputProblems?: () => (ImportIssue & { fatal: boolean })[];
}

export const IMPORT_OUTCOMES = ['created', 'updated', 'unchanged', 'conflict', 'rejected'] as const;
export type ImportOutcome = (typeof IMPORT_OUTCOMES)[number];

/** A field whose local value differs from the incoming one on a record edited locally. */
export interface ImportConflict {
  field: string;
  local: unknown;
  incoming: unknown;
}

export interface ImportRecordReport {
  kind: ImportKind;
  sourceId: string;
  label?: string;
  /** The record's id in the service network (not for rejected ones). */
  localId?: string;
  outcome: ImportOutcome;
  /** Why it was rejected, or why it is a conflict. */
  reasons?: ImportIssue[];
  warnings?: ImportIssue[];
  conflicts?: ImportConflict[];
  /** The fields an update changed (texts per language: `name.sv`). */
  changed?: string[];
}

export type ImportCounts = Record<ImportKind, Record<ImportOutcome, number>>;

export interface NetworkImportReport {
  runId: string;
  source: string;
  format: 'hsds' | 'ptv';
  mode: 'full' | 'changes';
  dryRun: boolean;
  /** False when nothing was written: a dry run, or an input with a fatal problem. */
  applied: boolean;
  startedAt: string;
  finishedAt: string;
  counts: ImportCounts;
  problems: (ImportIssue & { fatal: boolean })[];
  records: ImportRecordReport[];
  /** Regions and municipalities brought in from the national reference lists for these records. */
  added: { regions: string[]; municipalities: string[] };
}

/** One import_run row: what a list of past runs shows. */
export interface ImportRunSummary {
  id: string;
  source: string;
  format: 'hsds' | 'ptv';
  mode: 'full' | 'changes';
  dryRun: boolean;
  startedAt: string;
  counts: ImportCounts;
  problems: (ImportIssue & { fatal: boolean })[];
}

/** A Finnish municipality as the reference lists and the service network know it. */
export interface MunicipalityReferenceEntry {
  code: string;
  name: I18nText;
  /** Its county (region id); null on the Åland Islands. */
  countyId: string | null;
  /** Other names it goes by in this database (the service network's own, e.g. the demo's). */
  aliases: string[];
}

export interface CountyReferenceEntry {
  id: string;
  code: string;
  name: I18nText;
  /** Other names in this database (the region's name in the service network). */
  aliases: string[];
}
