import type { ColumnType, Generated } from 'kysely';
import type { OrganizationRole, Role } from '../../platform/actor.ts';
import type { AuditTables } from '../../platform/audit/audit.tables.ts';
import type { ReadTx as PlatformReadTx, WriteTx as PlatformWriteTx } from '../../platform/db/transactions.ts';
import type { I18nText } from '../../platform/i18n-text.ts';
import type { MailTables } from '../../platform/mail/mail.tables.ts';
import type { SessionStage, SignInMethod, TokenPurpose } from './identity.domain.ts';

type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface PersonTable {
  id: Generated<string>;
  name: string;
  email: string;
  email_verified_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface LocalAccountTable {
  person_id: string;
  password_hash: string;
  password_changed_at: Timestamp;
  failed_sign_ins: ColumnType<number, number | undefined, number>;
  locked_until: Timestamp | null;
  totp_secret: string | null;
  totp_pending_secret: string | null;
  totp_enabled_at: Timestamp | null;
  totp_last_step: number | null;
}

export interface RecoveryCodeTable {
  person_id: string;
  code_hash: string;
  used_at: Timestamp | null;
}

export interface ExternalIdentityTable {
  issuer: string;
  subject: string;
  provider_id: string;
  person_id: string;
  created_at: Timestamp;
  last_sign_in_at: Timestamp | null;
}

export interface MembershipTable {
  id: Generated<string>;
  person_id: string;
  role: Role;
  organization_id: string | null;
  region_id: string | null;
  created_at: Timestamp;
  created_by: string | null;
}

export interface StaffSessionTable {
  id: Generated<string>;
  token_hash: string;
  person_id: string;
  stage: SessionStage;
  method: SignInMethod;
  provider_id: string | null;
  csrf_token: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  failed_codes: ColumnType<number, number | undefined, number>;
  client_address: string | null;
  user_agent: string | null;
}

export interface AccountTokenTable {
  token_hash: string;
  person_id: string;
  purpose: TokenPurpose;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}

export interface InvitationTable {
  token_hash: string;
  organization_id: string;
  role: OrganizationRole;
  invited_by: string | null;
}

export interface OidcSignInTable {
  handle_hash: string;
  provider_id: string;
  state: string;
  nonce: string;
  code_verifier: string;
  lang: 'fi' | 'sv' | 'en';
  created_at: Timestamp;
  expires_at: Timestamp;
}

export interface IdentityTables {
  person: PersonTable;
  local_account: LocalAccountTable;
  recovery_code: RecoveryCodeTable;
  external_identity: ExternalIdentityTable;
  membership: MembershipTable;
  staff_session: StaffSessionTable;
  account_token: AccountTokenTable;
  invitation: InvitationTable;
  oidc_sign_in: OidcSignInTable;
}

/** The catalog's tables identity reads (organisations and regions own memberships), as far as it reads them. */
interface CatalogTablesRead {
  organization: { id: string; region_id: string | null; name: ColumnType<I18nText, never, never> };
  region: { id: string; name: ColumnType<I18nText, never, never> };
}

export type IdentityDb = IdentityTables & CatalogTablesRead & AuditTables & MailTables;
export type ReadTx = PlatformReadTx<IdentityDb>;
export type WriteTx = PlatformWriteTx<IdentityDb>;
