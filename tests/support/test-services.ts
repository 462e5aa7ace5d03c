import type { Kysely } from 'kysely';
import type { Clock } from '../../src/platform/clock.ts';
import { createJobQueue, type JobQueue } from '../../src/platform/jobs/job-queue.ts';
import type { Logger } from '../../src/platform/logger.ts';
import type { ModuleDeps, SiteSettings } from '../../src/platform/module.ts';
import { createOutbox, smtpTransport, type MailTransport, type Outbox } from '../../src/platform/mail/outbox.ts';
import type { SmtpSink } from '../../src/platform/mail/smtp-sink.ts';
import { createHash } from 'node:crypto';

/** A fixed key for tests: TOTP keys sealed in one test open in the next. */
export const TEST_SECRET_KEY = createHash('sha256').update('perhekeskus test key').digest();

/** Mail that goes nowhere unless a test gives a sink to deliver to. */
const nowhere: MailTransport = {
  deliver: async () => {
    throw new Error('no mail transport in this test: pass a sink to createTestApp({ mail: true })');
  },
  close: () => {},
};

/**
 * What a module is built with in a test: the test's pool and clock, a job queue that runs only
 * when the test says (`jobs.runDue()`), an outbox that delivers to the given sink, and demo mode.
 */
export function testModuleDeps(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any test database
  db: Kysely<any>,
  clock: Clock,
  logger: Logger,
  options: { env?: Record<string, string | undefined>; sink?: SmtpSink | null; demoMode?: boolean; publicOrigin?: string } = {},
): Omit<ModuleDeps, 'actionCatalogue'> & { jobs: JobQueue; outbox: Outbox; closeMail: () => void } {
  const jobs = createJobQueue({ db, logger });
  const transport = options.sink
    ? smtpTransport({ host: '127.0.0.1', port: options.sink.port, secure: false, requireStartTls: false, plain: true })
    : nowhere;
  const outbox = createOutbox({
    db,
    jobs,
    transport,
    from: 'Perhekeskus <noreply@perhekeskus.example>',
    clock,
    logger,
    retry: { limit: 2, delaySeconds: 0 },
  });
  jobs.register(outbox.jobs);
  const site: SiteSettings = {
    demoMode: options.demoMode ?? true,
    publicOrigin: options.publicOrigin,
    trustProxy: false,
    secretKey: TEST_SECRET_KEY,
    // Passwords hash at argon2's lowest cost in tests (and in the fixtures' demo accounts): the flows are tested here, the cost in the bench.
    env: { ARGON2_MEMORY_KIB: '8192', ARGON2_TIME_COST: '1', ...options.env },
  };
  return { db, clock, logger, jobs, outbox, site, closeMail: () => transport.close() };
}
