import type { Kysely } from 'kysely';
import type { Clock } from '../platform/clock.ts';
import type { Config } from '../platform/config.ts';
import { createJobQueue, type JobQueue } from '../platform/jobs/job-queue.ts';
import type { Logger } from '../platform/logger.ts';
import { createOutbox, smtpTransport, type MailTransport, type Outbox } from '../platform/mail/outbox.ts';
import { startSmtpSink, type SmtpSink } from '../platform/mail/smtp-sink.ts';

export interface PlatformServices {
  readonly jobs: JobQueue;
  readonly outbox: Outbox;
  /** The in-process SMTP sink (demo mode without SMTP_HOST), else null. */
  readonly sink: SmtpSink | null;
  close(): Promise<void>;
}

/**
 * The job queue and the outbox over the process's pool. Mail goes out over SMTP; in demo mode
 * without SMTP_HOST it goes to an in-process sink whose messages the demo mail page shows.
 */
export async function createPlatformServices(options: {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the process's pool, whatever its tables
  db: Kysely<any>;
  config: Pick<Config, 'mail' | 'demoMode'>;
  clock: Clock;
  logger: Logger;
}): Promise<PlatformServices> {
  const { db, config, clock, logger } = options;
  const jobs = createJobQueue({ db, logger });
  let sink: SmtpSink | null = null;
  let transport: MailTransport;
  if (config.mail.smtp) transport = smtpTransport(config.mail.smtp);
  else if (config.demoMode) {
    sink = await startSmtpSink();
    transport = smtpTransport({ host: '127.0.0.1', port: sink.port, secure: false, requireStartTls: false, plain: true });
  } else throw new Error('No SMTP server configured (SMTP_HOST) and not in demo mode');
  const outbox = createOutbox({
    db,
    jobs,
    transport,
    from: config.mail.from,
    clock,
    logger,
    retry: { limit: config.mail.retryLimit, delaySeconds: config.mail.retryDelaySeconds },
  });
  return {
    jobs,
    outbox,
    sink,
    async close() {
      await jobs.stop();
      transport.close();
      await sink?.close();
    },
  };
}
