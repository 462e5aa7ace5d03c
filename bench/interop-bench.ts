/**
 * npm run bench:interop: the open-data API and the HSDS import at national scale, on PostgreSQL.
 *
 *  1. The national synthetic network and the Etelä-Savo demo in BENCH_DATABASE_URL (default
 *     postgres://postgres@127.0.0.1:5432/perhekeskus_bench_interop), the production server on it.
 *  2. The demo region's export in fi, sv and en, every object validated against the official
 *     HSDS 3.0 schemas (the count goes in the results).
 *  3. GET /hsds/services?per_page=50 (200 different pages) at a fixed 100 requests/s: p50/p95/p99.
 *  4. The whole national network as NDJSON (format=ndjson&full=true): time, bytes, time to first
 *     byte, and the server's resident memory before and at its peak (it must stream, not buffer).
 *  5. That export imported by `npm run import:hsds` into an empty database: records a second and
 *     the importer's peak memory.
 *
 * Results: bench/results/interop.json. BENCH_QUICK=1 shortens the fixed-rate run.
 */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { startBenchServer } from './bench-server.ts';
import { hsdsValidators } from '../tests/support/hsds-validators.ts';
import { termId } from '../src/modules/interop/hsds/hsds-vocabulary.ts';
import { loadNational } from './load-national.ts';
import { openDatabase } from '../src/platform/db/database.ts';
import { migrate } from '../src/platform/db/migrate.ts';
import type { CatalogDb } from '../src/modules/catalog/catalog.tables.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const resultsDir = fileURLToPath(new URL('./results/', import.meta.url));
const databaseUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/perhekeskus_bench_interop';
const importUrl = (() => {
  const u = new URL(databaseUrl);
  u.pathname = `${u.pathname}_import`;
  return u.toString();
})();
const port = Number(process.env.BENCH_PORT ?? 3505);
const base = `http://127.0.0.1:${port}`;
const quick = process.env.BENCH_QUICK === '1';
const FIXED_RATE = 100;
const FIXED_SECONDS = quick ? 5 : 20;
const BUDGETS = { hsdsServicesP95Ms: 60, exportPeakGrowthMb: 150 };

async function admin(url: string, statement: (name: string) => string) {
  const target = new URL(url);
  const name = target.pathname.slice(1).replace(/"/g, '');
  const adminUrl = new URL(url);
  adminUrl.pathname = '/postgres';
  const client = new pg.Client({ connectionString: adminUrl.toString() });
  await client.connect();
  try {
    const exists = (await client.query('select 1 from pg_database where datname = $1', [name])).rowCount;
    const sql = statement(name);
    if (sql.startsWith('drop') || !exists) await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Peak and current resident memory of a process, in MB (Linux /proc). */
async function memoryOf(pid: number): Promise<{ rssMb: number; peakMb: number }> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rssMb: Math.round(kb('VmRSS') / 1024), peakMb: Math.round(kb('VmHWM') / 1024) };
}

/** Resets the peak (VmHWM) so that the next reading is the peak of what follows. */
async function resetPeak(pid: number) {
  try {
    await writeFile(`/proc/${pid}/clear_refs`, '5');
  } catch {
    // not allowed here: the peak then counts from the start
  }
}

const startServer = () =>
  startBenchServer({
    databaseUrl,
    port,
    readyTimeoutMs: 300_000,
  });

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

/** A request every 1/rate s: `rate` single-connection runs of one request a second, started 1/rate s apart (see search-bench.ts). */
async function fixedRate(paths: string[], rate: number, seconds: number) {
  const times: number[] = [];
  let errors = 0;
  const runs: Promise<unknown>[] = [];
  for (let i = 0; i < rate; i++) {
    const start = (i * 7) % paths.length;
    const rotated = [...paths.slice(start), ...paths.slice(0, start)];
    runs.push(
      new Promise((resolve, reject) => {
        const instance = autocannon(
          {
            url: base,
            connections: 1,
            overallRate: 1,
            duration: seconds,
            requests: rotated.map((path) => ({ method: 'GET' as const, path })),
            headers: { 'accept-encoding': 'gzip' },
          },
          (error, result) => {
            if (error) reject(error);
            else {
              errors += result.errors + result.timeouts + result.non2xx;
              resolve(result);
            }
          },
        );
        instance.on('response', (_c, _s, _b, responseTime) => times.push(responseTime));
      }),
    );
    await new Promise((r) => setTimeout(r, 1000 / rate));
  }
  await Promise.all(runs);
  times.sort((a, b) => a - b);
  return {
    requests: times.length,
    errors,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    max: times.at(-1) ?? NaN,
  };
}

/** Reads a streamed response to a file without holding it; lines and bytes counted. */
async function download(path: string, file: string) {
  const started = performance.now();
  const response = await fetch(`${base}${path}`, { headers: { 'accept-encoding': 'identity' } });
  if (!response.ok || !response.body) throw new Error(`GET ${path}: ${response.status}`);
  const out = createWriteStream(file);
  let firstByteMs = 0;
  let bytes = 0;
  let lines = 0;
  for await (const chunk of response.body) {
    if (!bytes) firstByteMs = performance.now() - started;
    bytes += chunk.byteLength;
    for (const b of chunk) if (b === 10) lines++;
    if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((r) => out.end(() => r()));
  return { ms: Math.round(performance.now() - started), firstByteMs: Math.round(firstByteMs), bytes, lines };
}

async function validateDemo(v: ReturnType<typeof hsdsValidators>) {
  let services = 0;
  let objects = 0;
  const count = (x: unknown): number =>
    Array.isArray(x)
      ? x.reduce((n: number, y) => n + count(y), 0)
      : x && typeof x === 'object'
        ? ('id' in x ? 1 : 0) + Object.values(x).reduce((n: number, y) => n + count(y), 0)
        : 0;
  for (const lang of ['fi', 'sv', 'en']) {
    const text = await (
      await fetch(`${base}/hsds/services?format=ndjson&full=true&lang=${lang}&taxonomy_term_id=${termId('areas', 'etela-savo')}`)
    ).text();
    for (const line of text.split('\n').filter(Boolean)) {
      const s = JSON.parse(line);
      if (!v.service(s)) throw new Error(`service ${s.id} (${lang}) does not validate: ${JSON.stringify(v.service.errors?.[0])}`);
      services++;
      objects += count(s);
    }
  }
  return { services, objects };
}

async function importFile(file: string) {
  await admin(importUrl, (name) => `drop database if exists "${name}" with (force)`);
  await admin(importUrl, (name) => `create database "${name}"`);
  // The synthetic set's municipalities are invented: the empty database gets them (and their
  // regions), not their services, so that the import can place the records.
  const handle = await openDatabase<CatalogDb>({ kind: 'postgres', url: importUrl, poolSize: 2 });
  const source = await openDatabase<CatalogDb>({ kind: 'postgres', url: databaseUrl, poolSize: 2 });
  try {
    await migrate(handle.db);
    const regions = await source.db.selectFrom('region').selectAll().execute();
    const municipalities = await source.db.selectFrom('municipality').selectAll().execute();
    await handle.db
      .insertInto('region')
      .values(regions.map((r) => ({ ...r, name: JSON.stringify(r.name) })))
      .execute();
    await handle.db
      .insertInto('municipality')
      .values(municipalities.map((m) => ({ ...m, name: JSON.stringify(m.name) })))
      .execute();
  } finally {
    await handle.close();
    await source.close();
  }
  const started = performance.now();
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/import-hsds.ts', file, '--source', 'hsds:bench', '--lang', 'fi', '--report', `${file}.report.json`],
    {
      cwd: root,
      env: { ...process.env, DATABASE_URL: importUrl, LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  let peakMb = 0;
  const sampler = setInterval(() => {
    if (child.pid)
      memoryOf(child.pid).then(
        (m) => (peakMb = Math.max(peakMb, m.peakMb)),
        () => undefined,
      );
  }, 500);
  const code = await new Promise<number>((resolve) => child.on('exit', (c) => resolve(c ?? 1)));
  clearInterval(sampler);
  const ms = performance.now() - started;
  const report = JSON.parse(await readFile(`${file}.report.json`, 'utf8')) as { counts: Record<string, Record<string, number>> };
  const records = Object.values(report.counts).reduce((n, c) => n + Object.values(c).reduce((a, b) => a + b, 0), 0);
  return {
    exitCode: code,
    ms: Math.round(ms),
    records,
    recordsPerSecond: Math.round((records / ms) * 1000),
    peakMb,
    counts: report.counts,
  };
}

async function main() {
  const started = Date.now();
  await admin(databaseUrl, (name) => `create database "${name}"`);
  const load = await loadNational(databaseUrl, { reset: false });
  const server = await startServer();
  const work = await mkdtemp(join(tmpdir(), 'interop-bench-'));
  try {
    console.log('validating the demo region in fi, sv and en …');
    const validated = await validateDemo(hsdsValidators());
    const total = ((await (await fetch(`${base}/hsds/services?per_page=1`)).json()) as { total_items: number }).total_items;
    const pages = Array.from(
      { length: 200 },
      (_, i) => `/hsds/services?per_page=50&page=${1 + ((i * 37) % Math.max(1, Math.floor(total / 50)))}&lang=${['fi', 'sv', 'en'][i % 3]}`,
    );
    await fixedRate(pages.slice(0, 20), 20, 2);
    console.log(`GET /hsds/services?per_page=50 at ${FIXED_RATE}/s …`);
    const services = await fixedRate(pages, FIXED_RATE, FIXED_SECONDS);

    if (process.env.BENCH_ONLY === 'api') {
      console.log(JSON.stringify(services));
      return;
    }
    console.log(`exporting ${total} services as NDJSON …`);
    const before = await memoryOf(server.pid!);
    await resetPeak(server.pid!);
    const file = join(work, 'national.ndjson');
    const exported = await download('/hsds/services?format=ndjson&full=true&lang=fi', file);
    const after = await memoryOf(server.pid!);

    console.log('importing the export into an empty database …');
    const imported = await importFile(file);

    const report = {
      date: new Date().toISOString(),
      machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version },
      database: { kind: 'postgres', services: total, load: { skipped: load.skipped, counts: load.counts } },
      validation: { ...validated, languages: ['fi', 'sv', 'en'] },
      hsdsServicesPerPage50: { rate: FIXED_RATE, seconds: FIXED_SECONDS, ...services },
      ndjsonExport: {
        ...exported,
        services: exported.lines,
        mbPerSecond: Math.round((exported.bytes / 2 ** 20 / (exported.ms / 1000)) * 10) / 10,
        serverRssBeforeMb: before.rssMb,
        serverPeakMb: after.peakMb,
      },
      import: imported,
      budgets: BUDGETS,
      withinBudget: {
        hsdsServicesP95: services.p95 <= BUDGETS.hsdsServicesP95Ms,
        exportStreams: after.peakMb - before.rssMb <= BUDGETS.exportPeakGrowthMb,
        importApplied: imported.exitCode === 0,
      },
      elapsedSeconds: Math.round((Date.now() - started) / 1000),
    };
    await mkdir(resultsDir, { recursive: true });
    await writeFile(`${resultsDir}interop.json`, `${JSON.stringify(report, null, 2)}\n`);
    console.log(
      JSON.stringify(
        {
          validation: report.validation,
          hsdsServicesPerPage50: report.hsdsServicesPerPage50,
          ndjsonExport: report.ndjsonExport,
          import: { ...imported, counts: undefined },
        },
        null,
        2,
      ),
    );
    console.log('within budget:', report.withinBudget, `(${report.elapsedSeconds} s)`);
  } finally {
    server.kill('SIGTERM');
    await rm(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
