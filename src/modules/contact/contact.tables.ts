import type { ColumnType, Generated } from 'kysely';
import type { ReadTx as PlatformReadTx, WriteTx as PlatformWriteTx } from '../../platform/db/transactions.ts';
import type { CatalogTables } from '../catalog/index.ts';
import type { IdentityTables } from '../identity/index.ts';
import type {
  ConsentDataItem,
  ContactChannel,
  ContactLanguage,
  ContactOutcome,
  ContactStatus,
  ContactTopic,
  DeclineReason,
  ReferralStatus,
} from './contact.domain.ts';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export interface ContactRequestTable {
  id: Generated<string>;
  reference: string;
  follow_token_hash: Buffer;
  region_id: string;
  municipality_code: string;
  topic: ContactTopic;
  language: ContactLanguage;
  channel: ContactChannel;
  contact_name: string | null;
  contact_phone: string | null;
  anonymous: ColumnType<boolean, never, never>;
  status: Generated<ContactStatus>;
  claimed_by: string | null;
  claimed_organization_id: string | null;
  claimed_at: NullableTimestamp;
  offered_to_organization_id: string | null;
  first_response_at: NullableTimestamp;
  closed_at: NullableTimestamp;
  outcome: ContactOutcome | null;
  outcome_service_id: string | null;
  family_typing_at: NullableTimestamp;
  advisor_typing_at: NullableTimestamp;
  family_read_at: NullableTimestamp;
  advisor_read_at: NullableTimestamp;
  created_at: Timestamp;
}

export interface ContactMessageTable {
  id: Generated<string>;
  request_id: string;
  seq: Generated<number>;
  author: 'family' | 'advisor';
  author_person_id: string | null;
  body: string;
  created_at: Timestamp;
}

export interface ContactNoteTable {
  id: Generated<string>;
  request_id: string;
  person_id: string;
  kind: 'note' | 'transfer';
  body: string;
  created_at: Timestamp;
}

export interface DutyShiftTable {
  id: Generated<string>;
  person_id: string;
  organization_id: string;
  region_id: string;
  municipality_code: string | null;
  language: ContactLanguage;
  starts_at: Timestamp;
  ends_at: Timestamp;
}

export interface ContactConsentTable {
  id: Generated<string>;
  request_id: string;
  given_by: string;
  data_items: ConsentDataItem[];
  organization_id: string;
  purpose: string;
  recorded_by: string;
  given_at: Timestamp;
  valid_until: Timestamp;
  withdrawn_at: NullableTimestamp;
}

export interface ReferralTable {
  id: Generated<string>;
  request_id: string;
  consent_id: string;
  service_id: string;
  organization_id: string;
  status: Generated<ReferralStatus>;
  decline_reason: DeclineReason | null;
  outcome: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ContactTables {
  contact_request: ContactRequestTable;
  contact_message: ContactMessageTable;
  contact_note: ContactNoteTable;
  duty_shift: DutyShiftTable;
  contact_consent: ContactConsentTable;
  referral: ReferralTable;
}

/** The contact channel's tables and what it reads of the catalog's and identity's. */
export type ContactDb = ContactTables &
  Pick<CatalogTables, 'region' | 'municipality' | 'organization' | 'service'> &
  Pick<IdentityTables, 'person' | 'membership'>;
export type ReadTx = PlatformReadTx<ContactDb>;
export type WriteTx = PlatformWriteTx<ContactDb>;
