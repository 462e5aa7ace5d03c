/**
 * npm run bench:activities (and the second half of npm run bench): activities at national scale.
 *   1. The synthetic national network (bench/load-national.ts) and, on it, generated weekly
 *      activities at up to 12 places per municipality, their occurrences written out 120 days
 *      ahead: at least 50 000 occurrences (checked).
 *   2. Against the production server: the p50/p95/p99 of `GET /api/v1/occurrences` and of the week
 *      calendar page (`/fi/activities`), each over 200 realistic filter combinations at a steady
 *      100 requests/s (a request every 10 ms, as traffic arrives).
 *   3. Sign-ups per second at saturation: 50 concurrent clients sign up, each with its own e-mail,
 *      to 40 occurrences of 20 places (so most land on the waiting list under the row lock), then
 *      the integrity check: counters equal the rows and stay within capacity, arrival order, no
 *      duplicates, and every registration with its mail in the outbox and its audit event.
 * Results: bench/results/activities.json, with the machine's load average (figures from a busy
 * machine are not comparable). The run fails when the integrity check or the 50 000 does.
 *
 * BENCH_DATABASE_URL (default: the search benchmark's, postgres://postgres@127.0.0.1:5432/perhekeskus_bench)
 * is created when missing; BENCH_PORT (default 3478); BENCH_QUICK=1 runs each part a few seconds.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { ensureDatabase, startBenchServer } from './bench-server.ts';
import { openDatabase } from '../src/platform/db/database.ts';
import { addDays, helsinkiMoment } from '../src/platform/helsinki-time.ts';
import { systemClock } from '../src/platform/clock.ts';
import {
  countOccurrences,
  dropGenerated,
  generateActivities,
  municipalitiesWithActivities,
  raceIntegrity,
  raceOccurrences,
} from './activities-bench.queries.ts';
import { loadNational } from './load-national.ts';

const resultsDir = fileURLToPath(new URL('./results/', import.meta.url));
const databaseUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/perhekeskus_bench';
const port = Number(process.env.BENCH_PORT ?? 3478);
const base = `http://127.0.0.1:${port}`;
const quick = process.env.BENCH_QUICK === '1';
const RATE = 100;
const FIXED_SECONDS = quick ? 3 : 20;
const SIGN_UP_SECONDS = quick ? 3 : 15;
const SIGN_UP_CLIENTS = 50;
const RACE_OCCURRENCES = 40;
// Fewer places in a quick run, so that its few seconds still reach the waiting list.
const RACE_CAPACITY = quick ? 5 : 20;
const MIN_OCCURRENCES = 50_000;

// One client at hundreds of sign-ups a second: the per-client limits would measure themselves.
const startServer = () =>
  startBenchServer({
    databaseUrl,
    port,
    env: {
      ACTIVITY_SIGN_UP_RATE_LIMIT: '0',
    },
  });

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const round = (n: number) => Math.round(n * 10) / 10;

/** A request every 1/rate s for `seconds`, whatever the answers take: latency under steady traffic. */
async function steady(paths: string[], rate: number, seconds: number) {
  const times: number[] = [];
  const statuses: Record<string, number> = {};
  const pending: Promise<void>[] = [];
  const start = performance.now();
  for (let i = 0; i < rate * seconds; i++) {
    const wait = start + (i * 1000) / rate - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const started = performance.now();
    pending.push(
      fetch(`${base}${paths[i % paths.length]}`, { headers: { 'accept-encoding': 'gzip' } }).then(
        async (res) => {
          await res.arrayBuffer();
          times.push(performance.now() - started);
          statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        },
        () => void (statuses.error = (statuses.error ?? 0) + 1),
      ),
    );
  }
  await Promise.all(pending);
  times.sort((a, b) => a - b);
  return {
    ratePerSecond: rate,
    requests: times.length,
    statuses,
    p50Ms: round(percentile(times, 50)),
    p95Ms: round(percentile(times, 95)),
    p99Ms: round(percentile(times, 99)),
  };
}

/** Calendar filters as families combine them: a municipality, sometimes an age, type, language, day or "free". */
function calendarQueries(municipalities: string[], today: string): string[] {
  const extras = [
    '',
    '&age=2',
    '&type=peerGroup',
    '&language=sv',
    '&free=true',
    '&placesLeft=true',
    `&day=${addDays(today, 2)}`,
    '&age=8&free=true',
  ];
  return Array.from(
    { length: 200 },
    (_, i) => `municipality=${municipalities[(i * 37) % municipalities.length]}${extras[(i * 7) % extras.length]}`,
  );
}

/** `clients` families at once, each signing up again as soon as answered, for `seconds`. */
async function signUpSaturation(occurrenceIds: string[], clients: number, seconds: number) {
  const run = randomBytes(4).toString('hex');
  const statuses: Record<string, number> = {};
  const times: number[] = [];
  let n = 0;
  const until = performance.now() + seconds * 1000;
  const client = async () => {
    while (performance.now() < until) {
      const i = n++;
      const started = performance.now();
      try {
        const res = await fetch(`${base}/api/v1/occurrences/${occurrenceIds[i % occurrenceIds.length]}/registrations`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            name: `Perhe ${i}`,
            email: `bench-${run}-${i}@example.com`,
            adults: 1,
            children: [{ age: 4 }],
            consent: true,
          }),
        });
        const body = (await res.json()) as { status?: string };
        times.push(performance.now() - started);
        const key = res.status === 201 ? (body.status ?? '201') : String(res.status);
        statuses[key] = (statuses[key] ?? 0) + 1;
      } catch {
        statuses.error = (statuses.error ?? 0) + 1;
      }
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: clients }, client));
  const elapsed = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  const created = (statuses.confirmed ?? 0) + (statuses.waitlisted ?? 0);
  return {
    clients,
    seconds: round(elapsed),
    signUpsPerSecond: round(created / elapsed),
    statuses,
    p50Ms: round(percentile(times, 50)),
    p95Ms: round(percentile(times, 95)),
  };
}

async function main() {
  await ensureDatabase(databaseUrl);
  const load = await loadNational(databaseUrl, { reset: false });
  const server = await startServer();
  const handle = await openDatabase({ kind: 'postgres', url: databaseUrl, poolSize: 2 });
  try {
    // After the start, so the demo seeding (DEMO_DATA=always) has run and cannot touch them.
    const today = helsinkiMoment(systemClock.now()).date;
    await dropGenerated(handle.db);
    let t = performance.now();
    const generated = await generateActivities(handle.db, today, 12, 120);
    const generateMs = Math.round(performance.now() - t);
    const occurrences = await countOccurrences(handle.db);
    console.log(
      `generated ${generated.activities} activities, ${generated.occurrences} occurrences in ${generateMs} ms; ${occurrences} in all`,
    );
    const municipalities = await municipalitiesWithActivities(handle.db);
    const queries = calendarQueries(municipalities, today);

    const loadBefore = loadavg();
    const api = await steady(
      queries.map((q) => `/api/v1/occurrences?${q}`),
      RATE,
      FIXED_SECONDS,
    );
    console.log(`occurrences API at ${RATE}/s: p50 ${api.p50Ms} ms, p95 ${api.p95Ms} ms`, api.statuses);
    const page = await steady(
      queries.map((q) => `/fi/activities?${q}`),
      RATE,
      FIXED_SECONDS,
    );
    console.log(`week calendar page at ${RATE}/s: p50 ${page.p50Ms} ms, p95 ${page.p95Ms} ms`, page.statuses);

    const race = await raceOccurrences(handle.db, addDays(today, 1), RACE_OCCURRENCES, RACE_CAPACITY);
    t = performance.now();
    const signUps = await signUpSaturation(race, SIGN_UP_CLIENTS, SIGN_UP_SECONDS);
    console.log(`sign-ups at saturation (${SIGN_UP_CLIENTS} clients): ${signUps.signUpsPerSecond}/s`, signUps.statuses);
    const integrity = await raceIntegrity(handle.db, race);
    console.log(`integrity after the race: ${integrity.ok ? 'ok' : 'FAILED'}`, integrity.problems.slice(0, 10));
    const loadAfter = loadavg();

    const report = {
      at: new Date().toISOString(),
      quick,
      machine: { cpus: cpus().length, memoryGb: Math.round(totalmem() / 2 ** 30), loadBefore, loadAfter },
      dataset: {
        services: load.counts.service,
        places: load.counts.place,
        generatedActivities: generated.activities,
        occurrences,
        generateMs,
      },
      occurrencesApi: api,
      weekCalendarPage: page,
      signUps,
      integrity,
    };
    await mkdir(resultsDir, { recursive: true });
    await writeFile(`${resultsDir}activities.json`, `${JSON.stringify(report, null, 2)}\n`);
    console.log('written to bench/results/activities.json');
    if (!integrity.ok) throw new Error('the integrity check after the sign-up race failed');
    if (occurrences < MIN_OCCURRENCES) throw new Error(`only ${occurrences} occurrences; the benchmark asks for ${MIN_OCCURRENCES}`);
  } finally {
    await handle.close();
    server.kill('SIGTERM');
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
