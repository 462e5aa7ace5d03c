import type { ColumnType, Generated } from 'kysely';

export const OUTBOX_STATUSES = ['pending', 'sent', 'failed'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

type Timestamp = ColumnType<Date, Date | string, Date | string>;

/**
 * Mail to send, written in the same transaction as the change that causes it; the `mail-deliver`
 * job sends it. The body is cleared once sent: it may carry a single-use link.
 */
export interface OutboxTable {
  id: Generated<string>;
  created_at: Timestamp;
  purpose: string;
  recipient: string;
  recipient_name: string | null;
  subject: string;
  text_body: string | null;
  html_body: string | null;
  status: ColumnType<OutboxStatus, OutboxStatus | undefined, OutboxStatus>;
  attempts: ColumnType<number, number | undefined, number>;
  last_error: string | null;
  sent_at: Timestamp | null;
  request_id: string | null;
}

export interface MailTables {
  outbox: OutboxTable;
}
