import type { ReadTx } from '../db/transactions.ts';
import type { DataVersionTables } from './data-version.tables.ts';

export interface PublicDataVersions {
  /** Everything families see but sign-ups (migration 0010). */
  data: string;
  /** Sign-ups, which change places left (migration 0015). */
  registrations: string;
  /**
   * The versions after the one asked for, up to `data`, whose transaction only re-stamped
   * services, with those whose check date moved (migration 0016), oldest first. Any other
   * version in between changed anything at all.
   */
  stamped: { version: number; checked: string[] }[];
}

/** How far back the stamp changes are read (migration 0016 keeps 10 000 versions). */
export const STAMPED_LOOKBACK = 5000;

/**
 * Both versions of what families see and, when the data version moved past `stampedAfter`, the
 * stamp-only changes since it. The version is read alone first, the statement every cache hit
 * waits for; the changes, only after a write, in a second statement, which sees every version up
 * to the one read (each committed before it).
 */
export async function readPublicDataVersions(
  tx: ReadTx<DataVersionTables>,
  stampedAfter: number | null = null,
): Promise<PublicDataVersions> {
  const row = await tx.selectFrom('public_data_version').select(['version', 'registrations_version']).executeTakeFirst();
  const missing = `missing-${Date.now()}`;
  if (!row) return { data: missing, registrations: missing, stamped: [] };
  const data = Number(row.version);
  const moved = stampedAfter !== null && data > stampedAfter;
  const stamped = moved
    ? await tx
        .selectFrom('public_data_change')
        .select(['version', 'checked_services'])
        .where('version', '>', Math.max(stampedAfter, data - STAMPED_LOOKBACK))
        .where('version', '<=', data)
        .orderBy('version')
        .execute()
    : [];
  return {
    data: String(row.version),
    registrations: String(row.registrations_version),
    stamped: stamped.map((c) => ({ version: Number(c.version), checked: c.checked_services })),
  };
}

/**
 * The committed version of the public data but sign-ups and services' stamps (migration 0016):
 * which services a search finds and their order, and their hours, stay the same while it does.
 */
export async function readPublicContentVersion(tx: ReadTx<DataVersionTables>): Promise<string> {
  // Only a database emptied by hand lacks the row; then nothing may be kept.
  const row = await tx.selectFrom('public_data_version').select('content_version').executeTakeFirst();
  return row ? String(row.content_version) : `missing-${Date.now()}`;
}

/** The committed version of the search vocabulary alone (migration 0014): it moves far less often. */
export async function readSearchVocabularyVersion(tx: ReadTx<DataVersionTables>): Promise<string> {
  const row = await tx.selectFrom('public_data_version').select('search_vocabulary_version').executeTakeFirst();
  return row ? String(row.search_vocabulary_version) : `missing-${Date.now()}`;
}
