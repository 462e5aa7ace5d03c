import type { Clock } from '../platform/clock.ts';
import type { Db } from '../platform/db/database.ts';
import { helsinkiMoment } from '../platform/helsinki-time.ts';
import type { Logger } from '../platform/logger.ts';
import { createEtelaSavoDataset } from '../modules/catalog/demo/etela-savo.ts';
import { loadNetworkDataset, loadReferenceData } from '../modules/catalog/network/network-loader.ts';
import { analyzeCatalog, countRegions } from '../modules/catalog/network/network.queries.ts';
import { referenceData } from '../modules/catalog/reference/reference-data.ts';

/**
 * The shared taxonomy is brought up to date at every start; the Etelä-Savo demo region is loaded
 * into an empty database ('auto'), always when missing ('always'), or never. Its dates (last
 * checked, holiday exceptions, summer and school hours) are computed from the clock's Helsinki
 * date at load time.
 */
export async function prepareData(db: Db, mode: 'auto' | 'always' | 'never', logger: Logger, clock: Clock): Promise<void> {
  const loaded = await db.transaction().execute(async (tx) => {
    await loadReferenceData(tx, referenceData);
    const regions = await countRegions(tx);
    const hasDemo = await tx.selectFrom('region').where('id', '=', 'etela-savo').select('id').executeTakeFirst();
    const load = !hasDemo && (mode === 'always' || (mode === 'auto' && regions === 0));
    if (!load) return false;
    const started = Date.now();
    const today = helsinkiMoment(clock.now()).date;
    const counts = await loadNetworkDataset(tx, createEtelaSavoDataset(today));
    logger.info({ ...counts, today, ms: Date.now() - started }, 'loaded the Etelä-Savo demo region');
    return true;
  });
  // Fresh statistics, or the planner guesses at the search indexes.
  if (loaded) await analyzeCatalog(db);
}
