import type { Insertable, Kysely } from 'kysely';
import type { AuditEventTable, AuditTables } from './audit.tables.ts';

export type AuditRow = Insertable<AuditEventTable>;

/** Appends audit rows; inside write() this is the last statement before COMMIT. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any pool or transaction, whatever its tables
export async function insertAuditEvents(db: Kysely<any>, rows: readonly AuditRow[]): Promise<void> {
  if (rows.length === 0) return;
  await (db as unknown as Kysely<AuditTables>).insertInto('audit_event').values(rows).execute();
}
