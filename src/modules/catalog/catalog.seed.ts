import type { DemoDataMode } from '../../platform/module.ts';
import type { WriteContext } from '../../platform/request-context.ts';
import type { CatalogDb, WriteTx } from './catalog.tables.ts';
import { helsinkiMoment } from '../../platform/helsinki-time.ts';
import { createEtelaSavoDataset } from './demo/etela-savo.ts';
import { REGION_ID as DEMO_REGION_ID } from './demo/etela-savo.common.ts';
import { loadNetworkDataset, loadReferenceData } from './network/network-loader.ts';
import { countRegions, regionExists } from './network/network.queries.ts';
import { referenceData } from './reference/reference-data.ts';

/** The shared taxonomy (categories, methods, synonyms, life situations), up to date at every start. */
export async function seedCatalogReference(tx: WriteTx): Promise<void> {
  await loadReferenceData(tx, referenceData);
}

/**
 * The Etelä-Savo demo region: into a database without regions ('auto'), or whenever missing
 * ('always'), dated from the clock's Helsinki date at load time, so the demo is never out of date.
 */
export async function seedCatalogDemo(ctx: WriteContext<CatalogDb>, mode: DemoDataMode): Promise<boolean> {
  if (mode === 'never') return false;
  if (await regionExists(ctx.tx, DEMO_REGION_ID)) return false;
  if (mode === 'auto' && (await countRegions(ctx.tx)) > 0) return false;
  const started = performance.now();
  // Its dates (last checked, holidays, summer and school hours) are computed from today.
  const today = helsinkiMoment(ctx.clock.now()).date;
  const counts = await loadNetworkDataset(ctx.tx, createEtelaSavoDataset(today));
  ctx.logger.info({ ...counts, today, ms: Math.round(performance.now() - started) }, 'loaded the Etelä-Savo demo region');
  return true;
}
