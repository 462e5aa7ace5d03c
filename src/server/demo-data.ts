import { systemActor } from '../platform/actor.ts';
import type { Clock } from '../platform/clock.ts';
import { write, type AnyDatabaseHandle } from '../platform/db/database.ts';
import type { Logger } from '../platform/logger.ts';
import type { DemoDataMode, ModuleInstance } from '../platform/module.ts';

/**
 * Each module's shared reference data is brought up to date at every start; then its demo data is
 * loaded as the mode says, all in one transaction, so a crash leaves no half-loaded demo.
 */
export async function prepareData(
  database: Pick<AnyDatabaseHandle, 'db'>,
  instances: readonly ModuleInstance[],
  options: { mode: DemoDataMode; clock: Clock; logger: Logger },
): Promise<void> {
  const actor = systemActor('demo-data');
  const scope = { actor, clock: options.clock, requestId: 'start-up', lang: 'fi' as const, logger: options.logger, clientAddress: null };
  const loaded = await write(database.db, actor, async (tx, audit) => {
    const ctx = { ...scope, tx, audit };
    for (const instance of instances) await instance.seedReference?.(ctx);
    const loadedBy: ModuleInstance[] = [];
    for (const instance of instances) if (await instance.seedDemo?.(ctx, options.mode)) loadedBy.push(instance);
    return loadedBy;
  });
  // Fresh statistics, or the planner guesses at the search indexes.
  for (const instance of loaded) await instance.afterBulkLoad?.();
}
