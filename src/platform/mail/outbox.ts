import type { Kysely } from 'kysely';
import nodemailer from 'nodemailer';
import { systemActor } from '../actor.ts';
import type { Clock } from '../clock.ts';
import { write, type WriteTx } from '../db/transactions.ts';
import type { JobDefinition, JobQueue } from '../jobs/job-queue.ts';
import type { Logger } from '../logger.ts';
import { findPendingMessage, insertOutboxMessage, markAttemptFailed, markSent } from './outbox.queries.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- the outbox, on any module's pool */

export interface MailMessage {
  readonly to: string;
  readonly toName?: string | null;
  readonly subject: string;
  readonly text: string;
  readonly html?: string | null;
  /** What the mail is for (`identity.passwordReset`), for the outbox and the demo mail page. */
  readonly purpose: string;
}

/** How mail leaves the process: SMTP (nodemailer), in the demo and tests to the in-process sink. */
export interface MailTransport {
  deliver(message: { from: string; to: string; subject: string; text: string; html?: string }): Promise<void>;
  close(): void;
}

export interface Outbox {
  /**
   * Queues a mail inside the caller's transaction: the outbox row and its delivery job commit
   * with the change, or neither exists. Returns the outbox id.
   */
  send(tx: WriteTx<any>, message: MailMessage, requestId?: string): Promise<string>;
  /** The delivery job, for the job queue. */
  readonly jobs: readonly JobDefinition[];
}

export const MAIL_DELIVERY_JOB = 'mail-deliver';

export function smtpTransport(smtp: {
  host: string;
  port: number;
  secure: boolean;
  requireStartTls: boolean;
  user?: string;
  password?: string;
  /** The in-process sink speaks no TLS. */
  plain?: boolean;
}): MailTransport {
  const transporter = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    ...(smtp.plain ? { ignoreTLS: true } : { requireTLS: !smtp.secure && smtp.requireStartTls }),
    ...(smtp.user ? { auth: { user: smtp.user, pass: smtp.password ?? '' } } : {}),
    pool: true,
    maxConnections: 2,
  });
  return {
    async deliver(message) {
      await transporter.sendMail(message);
    },
    close: () => transporter.close(),
  };
}

export function createOutbox(options: {
  db: Kysely<any>;
  jobs: JobQueue;
  transport: MailTransport;
  from: string;
  clock: Clock;
  logger: Logger;
  retry: { limit: number; delaySeconds: number };
}): Outbox {
  const { db, jobs, transport, from, clock, logger } = options;
  const actor = systemActor(MAIL_DELIVERY_JOB);

  const deliver: JobDefinition<{ outboxId: string }> = {
    name: MAIL_DELIVERY_JOB,
    // Backoff doubles the delay from attempt to attempt; pg-boss makes its delay at least a second.
    retry: { limit: options.retry.limit, delaySeconds: options.retry.delaySeconds, backoff: options.retry.delaySeconds > 0 },
    async handle({ outboxId }, run) {
      // No transaction is held while SMTP talks: on PGlite it would stop every other query. pg-boss
      // hands a job to one worker at a time, which is what keeps a message from going out twice.
      const message = await findPendingMessage(db, outboxId);
      if (!message) return; // sent already, or the data was reset
      let failure: string | null = null;
      try {
        await transport.deliver({
          from,
          to: message.recipient_name ? `"${message.recipient_name.replace(/["\\]/g, '')}" <${message.recipient}>` : message.recipient,
          subject: message.subject,
          text: message.text_body ?? '',
          ...(message.html_body ? { html: message.html_body } : {}),
        });
      } catch (error) {
        // Only the SMTP error goes to the log and the row; never the body, which may hold a link.
        failure = error instanceof Error ? error.message : String(error);
      }
      await write(
        db,
        actor,
        (tx) => (failure ? markAttemptFailed(tx, outboxId, failure, run.lastAttempt) : markSent(tx, outboxId, clock.now())),
        { unaudited: 'mail delivery bookkeeping' },
      );
      if (failure) {
        logger.warn(
          { outboxId, purpose: message.purpose, attempt: run.attempt, lastAttempt: run.lastAttempt, reason: failure },
          'mail not delivered',
        );
        throw new Error(`mail ${outboxId} not delivered: ${failure}`);
      }
      logger.info({ outboxId, purpose: message.purpose }, 'mail delivered');
    },
  };

  return {
    jobs: [deliver],
    async send(tx, message, requestId) {
      const id = await insertOutboxMessage(tx, {
        created_at: clock.now(),
        purpose: message.purpose,
        recipient: message.to,
        recipient_name: message.toName ?? null,
        subject: message.subject,
        text_body: message.text,
        html_body: message.html ?? null,
        request_id: requestId ?? null,
      });
      await jobs.enqueue(tx, MAIL_DELIVERY_JOB, { outboxId: id });
      return id;
    },
  };
}
