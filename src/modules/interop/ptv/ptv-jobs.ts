import type { Kysely } from 'kysely';
import { systemActor } from '../../../platform/actor.ts';
import type { Clock } from '../../../platform/clock.ts';
import { read } from '../../../platform/db/transactions.ts';
import type { JobDefinition } from '../../../platform/jobs/job-queue.ts';
import type { Logger } from '../../../platform/logger.ts';
import { lastImportOf, type NetworkImportReport } from '../../catalog/index.ts';
import { listNetworkMunicipalityCodes, type InteropDb } from '../hsds/hsds-export.queries.ts';
import type { PtvJobsConfig } from '../interop.config.ts';
import { importPtv } from '../interop.use-cases.ts';
import { readPtvChanges, readPtvRegion, type PtvReadOptions } from './ptv-sync.ts';

/**
 * The scheduled PTV reads, registered on the job queue by the module (PTV_API_URL turns them on): the changes every night and the
 * whole region once a week. Each is one import (same report, provenance and conflict rules as the
 * CLI) and leaves an import_run row; "changes since" starts an hour before the last applied run.
 */

export const PTV_SOURCE = 'ptv';
const OVERLAP_MS = 60 * 60 * 1000;

export interface PtvJobDeps {
  db: Kysely<InteropDb>;
  clock: Clock;
  logger: Logger;
  options: PtvReadOptions;
}

export async function syncPtv(deps: PtvJobDeps, mode: 'full' | 'changes', dryRun = false): Promise<NetworkImportReport> {
  const last = mode === 'changes' ? await read(deps.db, (tx) => lastImportOf(tx, PTV_SOURCE)) : null;
  // Without an earlier run there is nothing to read changes since: everything is read.
  const effective = last ? mode : 'full';
  const answers =
    last && effective === 'changes'
      ? await readPtvChanges(deps.options, new Date(last.startedAt.getTime() - OVERLAP_MS))
      : await readPtvRegion(deps.options);
  try {
    const scope = {
      actor: systemActor(`ptv-${effective}`),
      clock: deps.clock,
      requestId: `ptv-${effective}-${deps.clock.now().toISOString()}`,
      lang: 'fi' as const,
      logger: deps.logger,
      clientAddress: null,
    };
    const report = await importPtv(deps.db, scope, { source: PTV_SOURCE, files: answers.files, dryRun, mode: effective });
    deps.logger.info({ mode: effective, calls: answers.calls, counts: report.counts, applied: report.applied }, 'PTV sync');
    return report;
  } finally {
    await answers.dispose();
  }
}

/** The two PTV jobs as the queue runs them (cron in Europe/Helsinki), or none without PTV_API_URL. */
export function ptvJobs(deps: Omit<PtvJobDeps, 'options'> & { config: PtvJobsConfig | null; fetcher?: typeof fetch }): JobDefinition[] {
  const { config } = deps;
  if (!config) return [];
  const run = async (mode: 'full' | 'changes') => {
    const municipalities = config.municipalities.length
      ? [...config.municipalities]
      : await read(deps.db, (tx) => listNetworkMunicipalityCodes(tx));
    const options: PtvReadOptions = {
      baseUrl: config.baseUrl,
      municipalities,
      includeWholeCountry: config.includeWholeCountry,
      ...(deps.fetcher ? { fetcher: deps.fetcher } : {}),
    };
    const report = await syncPtv({ ...deps, options }, mode);
    // A broken answer applies nothing; failing the job puts it on the queue's record and retries it.
    const fatal = report.problems.filter((p) => p.fatal);
    if (fatal.length) throw new Error(`PTV ${mode}: nothing applied (${fatal.map((p) => p.key).join(', ')})`);
  };
  // A failed read is retried after 10 and 20 minutes: PTV's maintenance breaks are short.
  const retry = { limit: 2, delaySeconds: 600, backoff: true };
  return [
    {
      name: PTV_JOB_NAMES.changes,
      retry,
      ...(config.changesSchedule ? { schedule: config.changesSchedule } : {}),
      handle: () => run('changes'),
    },
    { name: PTV_JOB_NAMES.full, retry, ...(config.fullSchedule ? { schedule: config.fullSchedule } : {}), handle: () => run('full') },
  ];
}

export const PTV_JOB_NAMES = { changes: 'ptv-changes', full: 'ptv-full' } as const;
