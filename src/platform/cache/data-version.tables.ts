import type { ColumnType } from 'kysely';

/** One row: bumped at COMMIT by every transaction that changes what families see (migration 0010). */
export interface PublicDataVersionTable {
  singleton: ColumnType<boolean, never, never>;
  version: ColumnType<number, never, never>;
  changed_at: ColumnType<Date, never, never>;
  /** Bumped only by a change to the search vocabulary (migration 0014). */
  search_vocabulary_version: ColumnType<number, never, never>;
  /** Bumped only by a change to sign-ups, which only pages showing places left show (migration 0015). */
  registrations_version: ColumnType<number, never, never>;
  /** Bumped by every change but sign-ups and services' stamps: what searches find, and hours (migration 0016). */
  content_version: ColumnType<number, never, never>;
}

/** A version whose transaction changed nothing but services' stamps, with those whose check date moved (migration 0016). */
export interface PublicDataChangeTable {
  version: ColumnType<number, never, never>;
  checked_services: ColumnType<string[], never, never>;
}

export interface DataVersionTables {
  public_data_version: PublicDataVersionTable;
  public_data_change: PublicDataChangeTable;
}
