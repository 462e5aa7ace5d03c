import type { Kysely } from 'kysely';
import { systemActor } from '../../../platform/actor.ts';
import type { Clock } from '../../../platform/clock.ts';
import { read } from '../../../platform/db/transactions.ts';
import type { Logger } from '../../../platform/logger.ts';
import { lastImportOf, type NetworkImportReport } from '../../catalog/index.ts';
import type { InteropDb } from '../hsds/hsds-export.queries.ts';
import { importPtv } from '../interop.use-cases.ts';
import { readPtvChanges, readPtvRegion, type PtvReadOptions } from './ptv-sync.ts';

/**
 * The scheduled PTV reads, as job handlers a queue can register: the changes every night and the
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

/** Job names, schedules (cron, Europe/Helsinki) and handlers: for the queue of the staff workspace. */
export const PTV_JOBS = [
  { name: 'ptv-changes', schedule: '20 4 * * *', run: (deps: PtvJobDeps) => syncPtv(deps, 'changes') },
  { name: 'ptv-full', schedule: '20 3 * * 0', run: (deps: PtvJobDeps) => syncPtv(deps, 'full') },
] as const;
