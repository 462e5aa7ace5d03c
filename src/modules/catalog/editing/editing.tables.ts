import type { ColumnType, Generated } from 'kysely';
import type { ReadTx as PlatformReadTx, WriteTx as PlatformWriteTx } from '../../../platform/db/transactions.ts';
import type { CatalogTables } from '../catalog.tables.ts';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** A changed field's value, wrapped so that any JSON value (a text, a list, an object) is one json object. */
type JsonValue = ColumnType<{ value: unknown } | null, string | null, string | null>;

export interface CatalogChangeTable {
  id: Generated<number>;
  occurred_at: Timestamp;
  subject_type: 'service' | 'place';
  subject_id: string;
  organization_id: string;
  version: number;
  field: string;
  old_value: JsonValue;
  new_value: JsonValue;
  changed_by: string | null;
  changed_by_name: string | null;
  request_id: string | null;
}

export interface FreshnessReminderTable {
  organization_id: string;
  sent_at: Timestamp;
  stale_services: number;
}

export type JoinRequestStatus = 'pending' | 'approved' | 'declined';

export interface JoinRequestTable {
  id: Generated<string>;
  created_at: Timestamp;
  region_id: string;
  municipality_code: string;
  organization_type: 'ngo' | 'parish' | 'company' | 'municipality';
  organization_name: string;
  business_id: string | null;
  website: string | null;
  contact_name: string;
  contact_email: string;
  message: string | null;
  status: ColumnType<JoinRequestStatus, JoinRequestStatus | undefined, JoinRequestStatus>;
  decided_at: Timestamp | null;
  decided_by: string | null;
  organization_id: string | null;
}

/** The self-service tables: change history, freshness reminders, requests to join. */
export interface CatalogEditingTables {
  catalog_change: CatalogChangeTable;
  freshness_reminder: FreshnessReminderTable;
  join_request: JoinRequestTable;
  organization_editor_contact: OrganizationEditorContactView;
}

export type EditingDb = CatalogTables & CatalogEditingTables;
export type ReadTx = PlatformReadTx<EditingDb>;
export type WriteTx = PlatformWriteTx<EditingDb>;

/** The addresses of an organisation's editors and admins, as identity's tables hold them (a view, migrations/0008). */
export interface OrganizationEditorContactView {
  organization_id: string;
  email: string;
  name: string;
}
