import { CompiledQuery, type Kysely } from 'kysely';
import PgBoss from 'pg-boss';
import type { WriteTx } from '../db/transactions.ts';
import type { Logger } from '../logger.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- jobs run on any module's pool and transactions */

/**
 * Background jobs on PostgreSQL (and PGlite) with pg-boss 10 (docs/adr/0001-job-queue-pg-boss.md).
 * A module declares its jobs in `ModuleInstance.jobs`; a use case enqueues one inside its own
 * transaction (`jobs.enqueue(ctx.tx, name, data)`), so the job exists exactly when the change
 * committed. Handlers act as the system and open their own write() transactions.
 */
export interface JobDefinition<T extends object = any> {
  /** Letters, digits and hyphens: `mail-deliver`, `catalog-freshness-reminders`. */
  readonly name: string;
  /** Attempts after the first, and the wait before each (doubling with `backoff`). */
  readonly retry?: { readonly limit: number; readonly delaySeconds: number; readonly backoff?: boolean };
  /** A cron expression in Europe/Helsinki time: the queue gets a job at each of its moments. */
  readonly schedule?: string;
  /** Jobs fetched at once by one polling loop. */
  readonly batchSize?: number;
  handle(data: T, job: JobRun): Promise<void>;
}

export interface JobRun {
  readonly id: string;
  /** 1 for the first attempt. */
  readonly attempt: number;
  /** No retry follows if this attempt fails. */
  readonly lastAttempt: boolean;
}

export interface EnqueueOptions {
  readonly startAfterSeconds?: number;
  /** At most one job with this key waits in the queue. */
  readonly singletonKey?: string;
}

export interface JobQueue {
  /** The jobs this process knows: enqueue() refuses any other name. */
  register(definitions: readonly JobDefinition[]): void;
  /** pg-boss's schema up to date and a queue per registered job (idempotent): at start and for test fixtures. */
  prepare(): Promise<void>;
  /** Adds a job inside the caller's transaction: it commits, or vanishes, with the change. */
  enqueue(tx: WriteTx<any>, name: string, data: object, options?: EnqueueOptions): Promise<void>;
  /** Polling loops for every definition, and the cron schedules. Not called in tests (they use runDue). */
  start(options?: { pollingIntervalMs?: number }): Promise<void>;
  /** Fetches what is due now and runs it once, without waiting; for tests and one-off runs. Returns how many ran. */
  runDue(name?: string): Promise<number>;
  stop(): Promise<void>;
}

const SCHEMA = 'pgboss';
const HELSINKI = 'Europe/Helsinki';

/** pg-boss talks to the database through this adapter: the process's pool, or one open transaction. */
function adapter(db: Kysely<any>): PgBoss.Db {
  return {
    executeSql: async (text, values) => ({ rows: (await db.executeQuery(CompiledQuery.raw(text, values ?? []))).rows as any[] }),
  };
}

export function createJobQueue(options: { db: Kysely<any>; logger: Logger }): JobQueue {
  const { db, logger } = options;
  const definitions = new Map<string, JobDefinition>();
  // Never started: sends, fetches, completes and fails through the pool. On PGlite a call through
  // the pool while a transaction holds its only client would wait forever, so enqueue() always
  // passes the transaction's own adapter.
  const client = new PgBoss({ db: adapter(db), schema: SCHEMA, migrate: false, supervise: false, schedule: false });
  client.on('error', (error) => logger.error({ err: error }, 'job queue error'));
  let running: PgBoss | null = null;
  let stopLoops = new AbortController();
  const loops: Promise<void>[] = [];

  const register = (list: readonly JobDefinition[]) => {
    for (const definition of list) {
      if (!/^[a-z0-9-]+$/.test(definition.name)) throw new Error(`Job name ${definition.name}: use lower-case letters, digits and hyphens`);
      const earlier = definitions.get(definition.name);
      if (earlier && earlier !== definition) throw new Error(`Job ${definition.name} is defined twice`);
      definitions.set(definition.name, definition);
    }
  };

  async function runBatch(definition: JobDefinition): Promise<number> {
    const jobs = await client.fetch<object>(definition.name, { batchSize: definition.batchSize ?? 10, includeMetadata: true });
    for (const job of jobs) {
      const run: JobRun = { id: job.id, attempt: job.retryCount + 1, lastAttempt: job.retryCount >= job.retryLimit };
      try {
        await definition.handle(job.data, run);
        await client.complete(definition.name, job.id);
      } catch (error) {
        logger.warn({ err: error, job: definition.name, jobId: job.id, attempt: run.attempt, lastAttempt: run.lastAttempt }, 'job failed');
        await client.fail(definition.name, job.id, { message: error instanceof Error ? error.message : String(error) });
      }
    }
    return jobs.length;
  }

  async function poll(definition: JobDefinition, intervalMs: number, signal: AbortSignal): Promise<void> {
    while (!signal.aborted) {
      let ran = 0;
      try {
        ran = await runBatch(definition);
      } catch (error) {
        logger.warn({ err: error, job: definition.name }, 'could not fetch jobs');
      }
      // A full batch may have more behind it: fetch again at once.
      if (ran >= (definition.batchSize ?? 10)) continue;
      await new Promise<void>((resolve) => {
        const stop = () => {
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(() => {
          signal.removeEventListener('abort', stop);
          resolve();
        }, intervalMs);
        signal.addEventListener('abort', stop, { once: true });
      });
    }
  }

  return {
    register,
    async prepare() {
      const list = [...definitions.values()];
      const migrator = new PgBoss({ db: adapter(db), schema: SCHEMA, migrate: true, supervise: false, schedule: false });
      migrator.on('error', (error) => logger.error({ err: error }, 'job queue error'));
      await migrator.start();
      try {
        for (const definition of list) {
          const queue = {
            name: definition.name,
            retryLimit: definition.retry?.limit ?? 0,
            retryDelay: definition.retry?.delaySeconds ?? 0,
            retryBackoff: definition.retry?.backoff ?? false,
          };
          if (await migrator.getQueue(definition.name)) await migrator.updateQueue(definition.name, queue);
          else await migrator.createQueue(definition.name, queue);
        }
      } finally {
        await migrator.stop({ graceful: false, close: false });
      }
    },

    async enqueue(tx, name, data, enqueueOptions = {}) {
      const definition = definitions.get(name);
      if (!definition) throw new Error(`No job ${name}: declare it in a module's jobs and prepare the queue`);
      await client.send(name, data, {
        db: adapter(tx),
        // The definition decides, whatever the queue was created with.
        retryLimit: definition.retry?.limit ?? 0,
        retryDelay: definition.retry?.delaySeconds ?? 0,
        retryBackoff: definition.retry?.backoff ?? false,
        ...(enqueueOptions.startAfterSeconds ? { startAfter: enqueueOptions.startAfterSeconds } : {}),
        ...(enqueueOptions.singletonKey ? { singletonKey: enqueueOptions.singletonKey } : {}),
      });
    },

    async start(startOptions = {}) {
      if (running) return;
      stopLoops = new AbortController();
      // Maintenance (expiry, retention) and the cron clock run in this instance; several instances
      // share them through pg-boss's own advisory locks.
      running = new PgBoss({ db: adapter(db), schema: SCHEMA, migrate: false, supervise: true, schedule: true });
      running.on('error', (error) => logger.error({ err: error }, 'job queue error'));
      await running.start();
      for (const definition of definitions.values()) {
        if (definition.schedule) await running.schedule(definition.name, definition.schedule, {}, { tz: HELSINKI });
        loops.push(poll(definition, startOptions.pollingIntervalMs ?? 1000, stopLoops.signal));
      }
    },

    async runDue(name) {
      let ran = 0;
      for (const definition of definitions.values()) {
        if (name && definition.name !== name) continue;
        for (let batch = await runBatch(definition); batch > 0; batch = await runBatch(definition)) ran += batch;
      }
      return ran;
    },

    async stop() {
      stopLoops.abort();
      await Promise.all(loops.splice(0));
      if (running) await running.stop({ graceful: true, close: false, wait: true, timeout: 5000 });
      running = null;
    },
  };
}
