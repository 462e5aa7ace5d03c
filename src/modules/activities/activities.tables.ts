import type { ColumnType, Generated } from 'kysely';
import type { CatalogTables } from '../catalog/index.ts';
import type { AuditTables } from '../../platform/audit/audit.tables.ts';
import type { ReadTx as PlatformReadTx, WriteTx as PlatformWriteTx } from '../../platform/db/transactions.ts';
import type { I18nText, Lang } from '../../platform/i18n-text.ts';
import type { MailTables } from '../../platform/mail/mail.tables.ts';
import type {
  ActivityStatus,
  ActivityType,
  CostKind,
  ProposalKind,
  ProposalStatus,
  ProposerRole,
  RegistrationStatus,
  SignUpMode,
} from './activities.domain.ts';

type Json<T> = ColumnType<T, string, string>;
type JsonNullable<T> = ColumnType<T | null, string | null | undefined, string | null>;
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type DateOnly = ColumnType<string, string, string>;

export interface ActivityTable {
  id: Generated<string>;
  organization_id: string;
  place_id: string | null;
  municipality_code: string;
  online_url: string | null;
  type: ActivityType;
  status: ColumnType<ActivityStatus, ActivityStatus | undefined, ActivityStatus>;
  name: Json<I18nText>;
  description: JsonNullable<I18nText>;
  target_groups: ColumnType<string[], string[] | undefined, string[]>;
  age_min: number | null;
  age_max: number | null;
  languages: string[];
  accessibility_note: JsonNullable<I18nText>;
  cost: ColumnType<CostKind, CostKind | undefined, CostKind>;
  cost_note: JsonNullable<I18nText>;
  sign_up: SignUpMode;
  capacity: number | null;
  sign_up_opens_days: ColumnType<number, number | undefined, number>;
  sign_up_closes_hours: ColumnType<number, number | undefined, number>;
  first_date: DateOnly;
  start_time: string;
  duration_minutes: number;
  rrule: string | null;
  exception_dates: ColumnType<string[], string[] | undefined, string[]>;
  added_dates: ColumnType<string[], string[] | undefined, string[]>;
  proposal_id: string | null;
  version: ColumnType<number, number | undefined, number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ActivityOrganizerTable {
  activity_id: string;
  organization_id: string;
}

export interface ActivityOccurrenceTable {
  id: Generated<string>;
  activity_id: string;
  starts_at: Timestamp;
  ends_at: Timestamp;
  local_date: DateOnly;
  capacity: number | null;
  confirmed_count: ColumnType<number, number | undefined, number>;
  waitlisted_count: ColumnType<number, number | undefined, number>;
  status: ColumnType<'scheduled' | 'cancelled', 'scheduled' | 'cancelled' | undefined, 'scheduled' | 'cancelled'>;
  cancelled_at: NullableTimestamp;
  head_adults: number | null;
  head_children_0_2: number | null;
  head_children_3_6: number | null;
  head_children_7_12: number | null;
  head_children_13_17: number | null;
  personal_data_deleted_at: NullableTimestamp;
}

export interface RegistrationTable {
  id: Generated<string>;
  occurrence_id: string;
  arrival: Generated<number>;
  status: RegistrationStatus;
  name: string | null;
  email: string | null;
  phone: string | null;
  contact_key: string | null;
  adults: number;
  children_ages: ColumnType<number[], number[] | undefined, number[]>;
  needs: string | null;
  lang: string;
  consent_version: string;
  consented_at: Timestamp;
  manage_token_hash: string;
  attended: boolean | null;
  reminder_sent_at: NullableTimestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
  anonymised_at: NullableTimestamp;
}

export interface ActivityProposalTable {
  id: Generated<string>;
  place_id: string;
  kind: ProposalKind;
  proposer_role: ProposerRole;
  text: string;
  contact_name: string | null;
  contact_email: string | null;
  /** The proposer's language: the answer is mailed in it. */
  lang: Lang;
  status: ColumnType<ProposalStatus, ProposalStatus | undefined, ProposalStatus>;
  answer: string | null;
  activity_id: string | null;
  created_at: Timestamp;
  handled_at: NullableTimestamp;
}

export interface ActivitiesTables {
  activity: ActivityTable;
  activity_organizer: ActivityOrganizerTable;
  activity_occurrence: ActivityOccurrenceTable;
  registration: RegistrationTable;
  activity_proposal: ActivityProposalTable;
}

/** What the module reads and writes: its own tables, the service network it hangs on, the audit log and the outbox. */
export interface ActivitiesDb extends ActivitiesTables, CatalogTables, AuditTables, MailTables {}
export type ReadTx = PlatformReadTx<ActivitiesDb>;
export type WriteTx = PlatformWriteTx<ActivitiesDb>;
