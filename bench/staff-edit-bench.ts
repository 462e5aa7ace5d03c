/**
 * The staff service-edit page and a save while families search, on the national dataset:
 *   - family search API at 100 requests/s (ten everyday words in Mikkeli),
 *   - the service-edit page of the demo MLL café at 20 requests/s,
 *   - a save ("still correct": a locked row, a history row and an audit row) at 20 requests/s,
 * all at once, each a request every 1/rate seconds as steady traffic arrives, after BENCH_WARMUP
 * seconds (default 5) of the same traffic unmeasured: a server that has just started compiles
 * its modules and fills its caches on the first requests, which no family meets twice.
 * Two scenarios:
 *   - `sameService`: the café's editor saves the café again and again. Its check date moves on
 *     the first save of the day; then only its modification time, which no search shows.
 *   - `checkedEach`: the region's coordinator saves each of the services the ten searches show,
 *     in turn, every save moving a check date that a cached search shows (the worst case for the
 *     response cache): before each round the bench moves their dates back a day in the database,
 *     as if a day had passed.
 * Writes p50/p95 per stream (the searches also by how the response cache answered) and the
 * machine's load average to bench/results/staff-edit.json.
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
import pg from 'pg';
import { ensureDatabase, startBenchServer } from './bench-server.ts';
import { stableId } from '../src/platform/stable-id.ts';
import { loadNational } from './load-national.ts';

const port = Number(process.env.BENCH_PORT ?? 3404);
const base = process.env.BENCH_URL ?? `http://127.0.0.1:${port}`;
const databaseUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/perhekeskus_bench';
const national = process.env.BENCH_NATIONAL !== '0';
const seconds = Number(process.env.BENCH_SECONDS ?? 20);
const warmUpSeconds = Number(process.env.BENCH_WARMUP ?? 5);
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

async function signIn(email: string): Promise<{ cookie: string; csrf: string }> {
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
    body: new URLSearchParams({ _csrf: csrf, email, password: 'Perhekeskus-demo-2026' }),
  });
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const session = await (await fetch(`${base}/api/v1/session`, { headers: { cookie } })).json();
  return { cookie, csrf: session.csrfToken };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

async function steady(ratePerSecond: number, forSeconds: number, request: (i: number) => Promise<Response>) {
  const times: number[] = [];
  // By how the response cache answered (x-response-cache: hit, shared, miss; none for staff pages).
  const timesByCache: Record<string, number[]> = {};
  const statuses: Record<string, number> = {};
  const pending: Promise<void>[] = [];
  const interval = 1000 / ratePerSecond;
  const start = performance.now();
  for (let i = 0; i < ratePerSecond * forSeconds; i++) {
    const due = start + i * interval;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const started = performance.now();
    pending.push(
      request(i).then(
        async (res) => {
          await res.arrayBuffer();
          const took = performance.now() - started;
          times.push(took);
          (timesByCache[res.headers.get('x-response-cache') ?? 'none'] ??= []).push(took);
          statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        },
        // A reset connection (load shedding on a busy machine) counts, and is not a latency.
        () => void (statuses.error = (statuses.error ?? 0) + 1),
      ),
    );
  }
  await Promise.all(pending);
  const round = (n: number) => Math.round(n * 10) / 10;
  const summary = (list: number[]) => {
    list.sort((a, b) => a - b);
    return {
      requests: list.length,
      p50Ms: round(percentile(list, 50)),
      p95Ms: round(percentile(list, 95)),
      p99Ms: round(percentile(list, 99)),
    };
  };
  const { requests, ...latency } = summary(times);
  return {
    ratePerSecond,
    requests,
    statuses,
    ...latency,
    byCache: Object.fromEntries(Object.entries(timesByCache).map(([state, list]) => [state, summary(list)])),
  };
}

const searchUrl = (i: number) => `${base}/api/v1/services?q=${encodeURIComponent(SEARCHES[i % SEARCHES.length]!)}&municipality=491`;

/**
 * The three streams at once, for `forSeconds`; `saved(i)` is the service the i-th save marks "still
 * correct", from `savePage` (the list the button was pressed on, which the answer shows again).
 */
async function streams(
  session: { cookie: string; csrf: string },
  forSeconds: number,
  saved: (i: number) => Promise<string>,
  savePage: string,
) {
  const { cookie, csrf } = session;
  const [search, editPage, save] = await Promise.all([
    steady(100, forSeconds, (i) => fetch(searchUrl(i))),
    steady(20, forSeconds, () => fetch(`${base}/fi/staff/catalog/services/${SERVICE}`, { headers: { cookie } })),
    steady(20, forSeconds, async (i) =>
      fetch(`${base}${savePage}`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie, origin: base, 'sec-fetch-site': 'same-origin' },
        body: new URLSearchParams({ _csrf: csrf, service: await saved(i) }),
      }),
    ),
  ]);
  return { search, editPage, save };
}

async function measured(session: { cookie: string; csrf: string }, saved: (i: number) => Promise<string>, savePage = '/fi/staff/catalog') {
  if (warmUpSeconds > 0) await streams(session, warmUpSeconds, saved, savePage);
  const loadAverageBefore = loadavg();
  const result = await streams(session, seconds, saved, savePage);
  return { loadAverageBefore, loadAverageAfter: loadavg(), ...result };
}

let server: ChildProcess | null = null;
if (!process.env.BENCH_URL) {
  await ensureDatabase(databaseUrl);
  if (national) await loadNational(databaseUrl, { reset: false });
  server = await startServer();
}
const database = new pg.Client({ connectionString: databaseUrl });
try {
  await database.connect();
  const editor = await signIn('mll.editori@perhekeskus.example');
  const sameService = await measured(editor, async () => SERVICE);

  const shown = new Set<string>();
  for (let i = 0; i < SEARCHES.length; i++) {
    const page = (await (await fetch(searchUrl(i))).json()) as { items: { id: string }[] };
    for (const item of page.items) shown.add(item.id);
  }
  // The coordinator's own region's; a national service is its owner's to check.
  const inRegion = await database.query<{ id: string }>("select id from service where id = any($1) and region_id = 'etela-savo'", [
    [...shown],
  ]);
  const inTurn = inRegion.rows.map((r) => r.id);
  const coordinator = await signIn('koordinaattori@perhekeskus.example');
  // From the list of services not checked for a while, as a coordinator works through it.
  const checkedEach = await measured(
    coordinator,
    async (i) => {
      if (i % inTurn.length === 0) await database.query('update service set last_checked = last_checked - 1 where id = any($1)', [inTurn]);
      return inTurn[i % inTurn.length]!;
    },
    '/fi/staff/catalog?stale=1',
  );

  const result = {
    at: new Date().toISOString(),
    base,
    dataset: process.env.BENCH_URL ? 'as running' : national ? 'national + demo region' : 'demo region',
    seconds,
    warmUpSeconds,
    sameService,
    checkedEach: { servicesInTurn: inTurn.length, ...checkedEach },
  };
  writeFileSync(new URL('./results/staff-edit.json', import.meta.url), `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify(result, null, 2));
} finally {
  await database.end();
  if (server) {
    const exited = new Promise((resolve) => server!.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
}
