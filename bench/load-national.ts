/**
 * Loads the synthetic national service network (21 regions, 300 municipalities, 30 000+ services)
 * into PostgreSQL for benchmarks.
 *
 *   npx tsx bench/load-national.ts [--database-url URL] [--reset]
 *
 * The database comes from --database-url or DATABASE_URL. Runs the migrations, then loads the
 * reference data and the synthetic dataset in one transaction and analyzes the tables. Loading is
 * skipped when the synthetic regions are already there; --reset empties the catalog first. The
 * dataset's dates (terms, exception days, lastChecked) are counted from today's Helsinki date.
 */
import { pathToFileURL } from 'node:url';
import { systemClock } from '../src/platform/clock.ts';
import { helsinkiMoment } from '../src/platform/helsinki-time.ts';
import { systemActor } from '../src/platform/actor.ts';
import { openDatabase, write } from '../src/platform/db/database.ts';
import type { CatalogDb } from '../src/modules/catalog/catalog.tables.ts';
import { migrate } from '../src/platform/db/migrate.ts';
import { referenceData } from '../src/modules/catalog/reference/reference-data.ts';
import { loadNetworkDataset, loadReferenceData } from '../src/modules/catalog/network/network-loader.ts';
import { analyzeCatalog } from '../src/modules/catalog/network/network.queries.ts';
import {
  catalogRowCounts,
  countRegionsById,
  truncateCatalog,
  type CATALOG_TABLES,
} from '../src/modules/catalog/network/network-admin.queries.ts';

type CatalogTable = (typeof CATALOG_TABLES)[number];
import { generateSyntheticNetwork, syntheticRegionId } from './synthetic/synthetic-network.ts';

export interface LoadNationalOptions {
  reset: boolean;
  seed?: number;
  /** The Helsinki date ('YYYY-MM-DD') the dataset's dates are counted from; default: today. */
  today?: string;
  /** Progress lines; console.log by default. */
  log?: (line: string) => void;
}

export interface LoadNationalResult {
  skipped: boolean;
  synonyms: number;
  timings: { generateMs: number; loadMs: number; analyzeMs: number; totalMs: number };
  counts: Record<CatalogTable, number>;
}

export async function loadNational(url: string, options: LoadNationalOptions): Promise<LoadNationalResult> {
  const log = options.log ?? ((line: string) => console.log(line));
  const started = performance.now();
  const handle = await openDatabase<CatalogDb>({ kind: 'postgres', url, poolSize: 4 });
  try {
    const applied = await migrate(handle.db);
    if (applied.length) log(`migrations applied: ${applied.join(', ')}`);

    // The default set's region ids are known without generating it, so a repeated run is quick.
    const regionIds = Array.from({ length: 21 }, (_, i) => syntheticRegionId(i));
    if (!options.reset && (await countRegionsById(handle.db, regionIds)) > 0) {
      log('synthetic regions already loaded; nothing to do (use --reset to reload)');
      const counts = await catalogRowCounts(handle.db);
      const totalMs = performance.now() - started;
      return { skipped: true, synonyms: 0, timings: { generateMs: 0, loadMs: 0, analyzeMs: 0, totalMs }, counts };
    }

    let t = performance.now();
    const today = options.today ?? helsinkiMoment(systemClock.now()).date;
    const dataset = generateSyntheticNetwork({ seed: options.seed, today });
    const generateMs = performance.now() - t;
    log(`generated ${dataset.services.length} services and ${dataset.places.length} places, dated from ${today}, in ${ms(generateMs)}`);

    t = performance.now();
    const skipped = await write(handle.db, systemActor('load-national'), async (tx) => {
      if (options.reset) {
        await truncateCatalog(tx);
        log('catalog emptied (--reset)');
      } else if (
        (await countRegionsById(
          tx,
          dataset.regions.map((r) => r.id),
        )) > 0
      ) {
        return true; // loaded by someone else meanwhile
      }
      await loadReferenceData(tx, referenceData);
      await loadNetworkDataset(tx, dataset);
      return false;
    });
    const loadMs = performance.now() - t;
    if (skipped) log('synthetic regions already loaded; nothing to do (use --reset to reload)');
    else log(`loaded in ${ms(loadMs)}`);

    t = performance.now();
    if (!skipped) await analyzeCatalog(handle.db);
    const analyzeMs = performance.now() - t;

    const counts = await catalogRowCounts(handle.db);
    return {
      skipped,
      synonyms: referenceData.synonyms.length,
      timings: { generateMs, loadMs, analyzeMs, totalMs: performance.now() - started },
      counts,
    };
  } finally {
    await handle.close();
  }
}

const ms = (value: number) => (value >= 1000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`);

function parseArgs(argv: string[]): { url?: string; reset: boolean; help: boolean } {
  const out: { url?: string; reset: boolean; help: boolean } = { reset: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--reset') out.reset = true;
    else if (arg === '--help' || arg === '-h') out.help = true;
    else if (arg === '--database-url') out.url = argv[++i];
    else if (arg.startsWith('--database-url=')) out.url = arg.slice('--database-url='.length);
    else throw new Error(`unknown argument: ${arg}`);
  }
  return out;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.help) {
    console.log('usage: npx tsx bench/load-national.ts [--database-url URL] [--reset]');
    return;
  }
  const url = args.url ?? process.env.DATABASE_URL;
  if (!url) {
    console.error('load-national: no database. Give --database-url postgres://... or set DATABASE_URL.');
    process.exitCode = 2;
    return;
  }
  const result = await loadNational(url, { reset: args.reset });
  const width = Math.max(...Object.keys(result.counts).map((k) => k.length));
  for (const [table, n] of Object.entries(result.counts)) console.log(`  ${table.padEnd(width)}  ${n.toLocaleString('en').padStart(9)}`);
  const { generateMs, loadMs, analyzeMs, totalMs } = result.timings;
  console.log(
    `generate ${ms(generateMs)}, load ${ms(loadMs)}, analyze ${ms(analyzeMs)}, total ${ms(totalMs)}${result.skipped ? ' (skipped)' : ''}`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
