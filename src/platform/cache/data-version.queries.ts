import { sql } from 'kysely';
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
 * Both versions of what families see and, when `stampedAfter` is given, the stamp-only changes
 * since it: one statement, so the changes read are exactly those up to the version read.
 */
export async function readPublicDataVersions(
  tx: ReadTx<DataVersionTables>,
  stampedAfter: number | null = null,
): Promise<PublicDataVersions> {
  const row = await tx
    .selectFrom('public_data_version as v')
    .select([
      'v.version',
      'v.registrations_version',
      sql<[number | string, string[]][]>`coalesce((
        select json_agg(json_build_array(c.version, c.checked_services) order by c.version) from public_data_change c
        where ${stampedAfter}::bigint is not null and c.version > ${stampedAfter}::bigint
          and c.version > v.version - ${STAMPED_LOOKBACK} and c.version <= v.version), '[]')`.as('stamped'),
    ])
    .executeTakeFirst();
  const missing = `missing-${Date.now()}`;
  if (!row) return { data: missing, registrations: missing, stamped: [] };
  return {
    data: String(row.version),
    registrations: String(row.registrations_version),
    stamped: row.stamped.map(([version, checked]) => ({ version: Number(version), checked })),
  };
}

/**
 * The committed version of the public data but sign-ups and services' stamps (migration 0016):
 * which services a search finds and their order, and their hours, stay the same while it does.
 */
export async function readPublicContentVersion(tx: ReadTx<DataVersionTables>): Promise<string> {
  const row = await tx.selectFrom('public_data_version').select('content_version').executeTakeFirst();
  return row ? String(row.content_version) : `missing-${Date.now()}`;
}

/** The committed version of the search vocabulary alone (migration 0014): it moves far less often. */
export async function readSearchVocabularyVersion(tx: ReadTx<DataVersionTables>): Promise<string> {
  const row = await tx.selectFrom('public_data_version').select('search_vocabulary_version').executeTakeFirst();
  return row ? String(row.search_vocabulary_version) : `missing-${Date.now()}`;
}
