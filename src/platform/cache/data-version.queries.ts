import type { ReadTx } from '../db/transactions.ts';
import type { DataVersionTables } from './data-version.tables.ts';

/** The committed version of the public data (int8, which the pool reads as a number). */
export async function readPublicDataVersion(tx: ReadTx<DataVersionTables>): Promise<string> {
  const row = await tx.selectFrom('public_data_version').select('version').executeTakeFirst();
  // Only a database emptied by hand lacks the row; then nothing may be served from the cache.
  return row ? String(row.version) : `missing-${Date.now()}`;
}

export interface PublicDataVersions {
  /** Everything families see but sign-ups (migration 0010). */
  data: string;
  /** Sign-ups, which change places left (migration 0015). */
  registrations: string;
}

/** Both versions of what families see, in one round trip. */
export async function readPublicDataVersions(tx: ReadTx<DataVersionTables>): Promise<PublicDataVersions> {
  const row = await tx.selectFrom('public_data_version').select(['version', 'registrations_version']).executeTakeFirst();
  const missing = `missing-${Date.now()}`;
  return row ? { data: String(row.version), registrations: String(row.registrations_version) } : { data: missing, registrations: missing };
}

/** The committed version of the search vocabulary alone (migration 0014): it moves far less often. */
export async function readSearchVocabularyVersion(tx: ReadTx<DataVersionTables>): Promise<string> {
  const row = await tx.selectFrom('public_data_version').select('search_vocabulary_version').executeTakeFirst();
  return row ? String(row.search_vocabulary_version) : `missing-${Date.now()}`;
}
