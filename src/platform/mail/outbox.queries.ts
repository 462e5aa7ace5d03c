import type { Kysely } from 'kysely';
import type { ReadTx, WriteTx } from '../db/transactions.ts';
import type { MailTables, OutboxTable } from './mail.tables.ts';
import type { Insertable, Selectable } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- the outbox, on any module's transaction */
const tables = <T>(tx: T) => tx as unknown as Kysely<MailTables>;

export async function insertOutboxMessage(tx: WriteTx<any>, row: Insertable<OutboxTable>): Promise<string> {
  const { id } = await tables(tx).insertInto('outbox').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function findPendingMessage(tx: ReadTx<any>, id: string): Promise<Selectable<OutboxTable> | null> {
  return (
    (await tables(tx).selectFrom('outbox').selectAll().where('id', '=', id).where('status', '=', 'pending').executeTakeFirst()) ?? null
  );
}

export async function markSent(tx: WriteTx<any>, id: string, at: Date): Promise<void> {
  await tables(tx)
    .updateTable('outbox')
    .set((eb) => ({ status: 'sent', sent_at: at, attempts: eb('attempts', '+', 1), text_body: null, html_body: null, last_error: null }))
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .execute();
}

export async function markAttemptFailed(tx: WriteTx<any>, id: string, error: string, final: boolean): Promise<void> {
  await tables(tx)
    .updateTable('outbox')
    .set((eb) => ({
      attempts: eb('attempts', '+', 1),
      last_error: error.slice(0, 500),
      ...(final ? { status: 'failed' as const, text_body: null, html_body: null } : {}),
    }))
    .where('id', '=', id)
    .execute();
}

export async function outboxStatus(tx: ReadTx<any>, id: string) {
  return tables(tx).selectFrom('outbox').select(['status', 'attempts', 'last_error', 'text_body']).where('id', '=', id).executeTakeFirst();
}
