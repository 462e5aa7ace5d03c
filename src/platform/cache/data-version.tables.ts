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
}

export interface DataVersionTables {
  public_data_version: PublicDataVersionTable;
}
