/**
 * The staff service-edit page and a save while families search, on the national dataset:
 *   - family search API at 100 requests/s,
 *   - the service-edit page of the demo MLL café at 20 requests/s, signed in as its editor,
 *   - a save ("still correct": a locked row, a history row and an audit row) at 20 requests/s,
 * all at once, each a request every 1/rate seconds as steady traffic arrives. Writes p50/p95 per
 * stream and the machine's load average to bench/results/staff-edit.json.
 *
 * Without BENCH_URL it loads the synthetic national network into BENCH_DATABASE_URL (as
 * `npm run bench` does; BENCH_NATIONAL=0 leaves it at the demo region), starts the server on
 * BENCH_PORT with the demo accounts and the limits off, and stops it afterwards. With BENCH_URL it
 * measures a server already running there (DEMO_DATA=auto, RATE_LIMIT_PER_MINUTE=0,
 * STAFF_WRITE_RATE_LIMIT=0, SIGN_IN_RATE_LIMIT=0). BENCH_SECONDS (default 20) per stream.
 */
import type { ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { ensureDatabase, startBenchServer } from './bench-server.ts';
import { stableId } from '../src/platform/stable-id.ts';
import { loadNational } from './load-national.ts';

const port = Number(process.env.BENCH_PORT ?? 3404);
const base = process.env.BENCH_URL ?? `http://127.0.0.1:${port}`;
const databaseUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/perhekeskus_bench';
const national = process.env.BENCH_NATIONAL !== '0';
const seconds = Number(process.env.BENCH_SECONDS ?? 20);
const SERVICE = stableId('service', 'mll-perhekahvila-mikkeli');
const SEARCHES = ['perhe', 'neuvola', 'vauva', 'kerho', 'tuki', 'äiti', 'isä', 'leikki', 'nuoret', 'kahvila'];

// One client at 140 requests a second: the per-client limits would measure themselves.
const startServer = () =>
  startBenchServer({
    databaseUrl,
    port,
    env: {
      SIGN_IN_RATE_LIMIT: '0',
      STAFF_WRITE_RATE_LIMIT: '0',
    },
  });

async function signIn(): Promise<{ cookie: string; csrf: string }> {
  const page = await fetch(`${base}/fi/staff`);
  const pre = page.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const csrf = /name="_csrf" value="([^"]*)"/.exec(await page.text())![1]!;
  const res = await fetch(`${base}/fi/staff`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: pre, origin: base, 'sec-fetch-site': 'same-origin' },
    body: new URLSearchParams({ _csrf: csrf, email: 'mll.editori@perhekeskus.example', password: 'Perhekeskus-demo-2026' }),
  });
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const session = await (await fetch(`${base}/api/v1/session`, { headers: { cookie } })).json();
  return { cookie, csrf: session.csrfToken };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

async function steady(ratePerSecond: number, request: (i: number) => Promise<Response>) {
  const times: number[] = [];
  const statuses: Record<string, number> = {};
  const pending: Promise<void>[] = [];
  const interval = 1000 / ratePerSecond;
  const start = performance.now();
  for (let i = 0; i < ratePerSecond * seconds; i++) {
    const due = start + i * interval;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const started = performance.now();
    pending.push(
      request(i).then(
        async (res) => {
          await res.arrayBuffer();
          times.push(performance.now() - started);
          statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        },
        // A reset connection (load shedding on a busy machine) counts, and is not a latency.
        () => void (statuses.error = (statuses.error ?? 0) + 1),
      ),
    );
  }
  await Promise.all(pending);
  times.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    ratePerSecond,
    requests: times.length,
    statuses,
    p50Ms: round(percentile(times, 50)),
    p95Ms: round(percentile(times, 95)),
    p99Ms: round(percentile(times, 99)),
  };
}

let server: ChildProcess | null = null;
if (!process.env.BENCH_URL) {
  await ensureDatabase(databaseUrl);
  if (national) await loadNational(databaseUrl, { reset: false });
  server = await startServer();
}
const { cookie, csrf } = await signIn().catch((error: unknown) => {
  server?.kill('SIGTERM');
  throw error;
});
const loadBefore = loadavg();
const [search, editPage, save] = await Promise.all([
  steady(100, (i) => fetch(`${base}/api/v1/services?q=${encodeURIComponent(SEARCHES[i % SEARCHES.length]!)}&municipality=491`)),
  steady(20, () => fetch(`${base}/fi/staff/catalog/services/${SERVICE}`, { headers: { cookie } })),
  steady(20, () =>
    fetch(`${base}/fi/staff/catalog`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie, origin: base, 'sec-fetch-site': 'same-origin' },
      body: new URLSearchParams({ _csrf: csrf, service: SERVICE }),
    }),
  ),
]);
const result = {
  at: new Date().toISOString(),
  base,
  dataset: process.env.BENCH_URL ? 'as running' : national ? 'national + demo region' : 'demo region',
  seconds,
  loadAverageBefore: loadBefore,
  loadAverageAfter: loadavg(),
  search,
  editPage,
  save,
};
writeFileSync(new URL('./results/staff-edit.json', import.meta.url), `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));
if (server) {
  const exited = new Promise((resolve) => server!.once('exit', resolve));
  server.kill('SIGTERM');
  await exited;
}
