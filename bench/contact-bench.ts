/**
 * npm run bench:contact: the contact channel's live side on one instance, on PostgreSQL.
 *
 *  1. Starts the server (the demo region and its round-the-clock duty roster, the test hooks for
 *     the clock, the limits off) on BENCH_DATABASE_URL (default …/perhekeskus_bench_contact,
 *     created when missing); the contact tables are emptied first, so runs do not add up.
 *  2. A simulated day (bench/contact-day.ts) yesterday in Helsinki: families write at the
 *     hours families write, the three demo advisors answer; the figures for leadership from
 *     `GET /api/v1/contact/figures?days=1`, the waiting times, and how far the answer time shown
 *     to each family was from the real one.
 *  3. BENCH_STREAMS (default 500) families each with their follow link's event stream open, plus
 *     BENCH_QUEUE_STREAMS (default 5) advisors watching the regional queue; the server's resident
 *     memory before and after, per open stream. Then an advisor replies BENCH_RATE times a second
 *     for BENCH_SECONDS to the families in turn: the delivery latency from the send to the
 *     family's stream (through NOTIFY and back), p50/p95/p99, and to the queue watchers.
 *
 * Results: bench/results/contact.json. BENCH_QUICK=1 shortens every part for a smoke run.
 */
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { loadavg, cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import pg from 'pg';
import { startBenchServer } from './bench-server.ts';
import { openDatabase } from '../src/platform/db/database.ts';
import { sessionOf } from '../tests/support/staff-fixtures.ts';
import { addDays, helsinkiMoment } from '../src/platform/helsinki-time.ts';
import { helsinkiInstant } from '../src/modules/contact/index.ts';
import { simulateDay, type SimClient } from './contact-day.ts';

const resultsDir = fileURLToPath(new URL('./results/', import.meta.url));
const databaseUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/perhekeskus_bench_contact';
const port = Number(process.env.BENCH_PORT ?? 3506);
const base = `http://127.0.0.1:${port}`;
const quick = process.env.BENCH_QUICK === '1';
const STREAMS = Number(process.env.BENCH_STREAMS ?? 500);
const QUEUE_STREAMS = Number(process.env.BENCH_QUEUE_STREAMS ?? 5);
const RATE = Number(process.env.BENCH_RATE ?? 10);
const SECONDS = Number(process.env.BENCH_SECONDS ?? (quick ? 3 : 20));
const DAY_REQUESTS = Number(process.env.BENCH_DAY_REQUESTS ?? (quick ? 40 : 120));
const TARGET_MINUTES = 15;
const ADVISORS = [
  { email: 'neuvoja.mll@perhekeskus.example', name: 'MLL', languages: ['fi', 'en'] as const },
  { email: 'neuvoja.seurakunta@perhekeskus.example', name: 'Seurakunta', languages: ['fi', 'sv'] as const },
  { email: 'hanna.heikkinen@perhekeskus.example', name: 'Hyvinvointialue', languages: ['fi', 'sv'] as const },
];

async function ensureDatabase() {
  const name = new URL(databaseUrl).pathname.slice(1);
  const admin = new URL(databaseUrl);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    if (!(await client.query('select 1 from pg_database where datname = $1', [name])).rowCount)
      await client.query(`create database "${name.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
}

async function emptyContactTables() {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('truncate contact_request cascade');
  } finally {
    await client.end();
  }
}

const startServer = () =>
  startBenchServer({
    databaseUrl,
    port,
    env: {
      DEMO_DATA: 'auto',
      TEST_HOOKS: 'enabled',
      SIGN_IN_RATE_LIMIT: '0',
      STAFF_WRITE_RATE_LIMIT: '0',
      CONTACT_REQUEST_RATE_LIMIT: '0',
      CONTACT_MESSAGE_RATE_LIMIT: '0',
      CONTACT_TARGET_RESPONSE_MINUTES: String(TARGET_MINUTES),
      SESSION_IDLE_MINUTES: '1440',
      SESSION_ABSOLUTE_HOURS: '48',
    },
    readyTimeoutMs: 300_000,
  });

async function residentMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Math.round((Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024) * 10) / 10;
}

async function setClock(at: Date | 'system') {
  const r = await fetch(`${base}/__test/clock`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(at === 'system' ? { system: true } : { at: at.toISOString() }),
  });
  if (!r.ok) throw new Error(`the clock: ${r.status}`);
}

/**
 * A session for a demo advisor as the sign-in would leave it (Hanna signs in through the demo
 * identity provider, which a bench cannot click through), and a JSON client with its CSRF token.
 */
async function signIn(email: string, now: Date): Promise<SimClient & { cookie: string }> {
  const person = await sql<{ id: string }>`select id from person where email = ${email}`.execute(database.db);
  if (!person.rows[0]) throw new Error(`no demo account ${email}`);
  const cookie = `perhekeskus-session=${await sessionOf(database.db, person.rows[0].id, now, 48)}`;
  const session = (await (await fetch(`${base}/api/v1/session`, { headers: { cookie } })).json()) as { csrfToken?: string };
  if (!session.csrfToken) throw new Error(`${email} could not sign in`);
  return {
    cookie,
    async send(method, path, body) {
      const r = await fetch(`${base}${path}`, {
        method,
        headers: {
          cookie,
          'x-csrf-token': session.csrfToken!,
          origin: base,
          'sec-fetch-site': 'same-origin',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return { status: r.status, text: await r.text() };
    },
  };
}

const family: SimClient = {
  async send(method, path, body) {
    const r = await fetch(`${base}${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: r.status, text: await r.text() };
  },
};

/** One Server-Sent Events stream over its own connection; `on` sees every event with its JSON data. */
function openStream(path: string, headers: Record<string, string>, on: (event: string, data: unknown) => void) {
  return new Promise<{ close: () => void }>((resolve, reject) => {
    const req = httpRequest(
      `${base}${path}`,
      { agent: false, headers: { accept: 'text/event-stream', ...headers } },
      (res: IncomingMessage) => {
        if (res.statusCode !== 200) return reject(new Error(`${path}: ${res.statusCode}`));
        res.setEncoding('utf8');
        let buffer = '';
        let ready = false;
        res.on('data', (chunk: string) => {
          buffer += chunk;
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const event = /^event: ?(.*)$/m.exec(block)?.[1];
            const data = /^data: ?(.*)$/m.exec(block)?.[1];
            if (!event) continue;
            if (event === 'ready' && !ready) {
              ready = true;
              resolve({ close: () => req.destroy() });
            } else on(event, data ? JSON.parse(data) : null);
          }
        });
        res.on('error', () => undefined);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** Runs `fn` over `items` with at most `width` at a time. */
async function pool<T, R>(items: readonly T[], width: number, fn: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i]!, i);
      }
    }),
  );
  return out;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const round = (n: number) => Math.round(n * 10) / 10;
const latency = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return {
    count: s.length,
    p50Ms: round(percentile(s, 50)),
    p95Ms: round(percentile(s, 95)),
    p99Ms: round(percentile(s, 99)),
    maxMs: round(s.at(-1) ?? NaN),
  };
};

async function simulatedDay() {
  const yesterday = addDays(helsinkiMoment(new Date()).date, -1);
  // Signed in an hour before the day starts, with the server's clock there too.
  const signedInAt = new Date(helsinkiInstant(yesterday, '00:00').getTime() - 3_600_000);
  await setClock(signedInAt);
  const advisors = await Promise.all(ADVISORS.map(async (a) => ({ ...a, ...(await signIn(a.email, signedInAt)) })));
  const result = await simulateDay(
    {
      setClock,
      family,
      advisors,
      leadership: () => signIn('koordinaattori@perhekeskus.example', helsinkiInstant(addDays(yesterday, 1), '00:00')),
    },
    { date: yesterday, requests: DAY_REQUESTS, targetMinutes: TARGET_MINUTES },
  );
  await setClock('system');
  return { date: yesterday, summary: result.summary, figures: result.figures };
}

async function streams(serverPid: number) {
  const created = await pool(Array.from({ length: STREAMS }), 8, async (_, i) => {
    const r = await family.send('POST', '/api/v1/contact-requests', {
      topic: 'parenting',
      municipality: '491',
      language: 'fi',
      channel: 'chat',
      message: `Avoin keskustelu ${i + 1}`,
    });
    if (r.status !== 201) throw new Error(`a new request: ${r.status} ${r.text}`);
    const { reference, followUrl } = JSON.parse(r.text) as { reference: string; followUrl: string };
    return { reference, token: new URL(followUrl).searchParams.get('token')! };
  });
  const advisor = await signIn(ADVISORS[0]!.email, new Date());
  const queue = JSON.parse((await advisor.send('GET', '/api/v1/contact/queue?status=open')).text) as {
    requests: { id: string; reference: string }[];
  };
  const idOf = new Map(queue.requests.map((r) => [r.reference, r.id]));
  // The advisor answers a hundred of the open conversations (each claimed once); all stay open.
  const answered = created.slice(0, Math.min(100, created.length)).map((c) => ({ ...c, id: idOf.get(c.reference)! }));
  await pool(answered, 4, async (c) => {
    const r = await advisor.send('POST', `/api/v1/contact/requests/${c.id}/claim`);
    if (r.status !== 204) throw new Error(`a claim: ${r.status} ${r.text}`);
  });

  const pendingFamily = new Map<string, number>(); // message body → sent at
  const pendingQueue = new Map<string, { at: number; left: number }>(); // request id → sent at, watchers still to hear
  const familyMs: number[] = [];
  const queueMs: number[] = [];
  const before = await residentMb(serverPid);
  const opened = performance.now();
  const familyStreams = await pool(created, 50, (c) =>
    openStream(`/api/v1/contact-requests/follow/events?token=${c.token}`, {}, (event, data) => {
      const body = (data as { message?: { body?: string } } | null)?.message?.body;
      if (event !== 'message' || !body) return;
      const sent = pendingFamily.get(body);
      if (sent !== undefined) {
        familyMs.push(performance.now() - sent);
        pendingFamily.delete(body);
      }
    }),
  );
  const queueStreams = await pool(Array.from({ length: QUEUE_STREAMS }), 5, () =>
    openStream('/api/v1/contact/events', { cookie: advisor.cookie }, (event, data) => {
      const id = (data as { requestId?: string } | null)?.requestId;
      const pending = id ? pendingQueue.get(id) : undefined;
      if (event !== 'queue' || !pending) return;
      queueMs.push(performance.now() - pending.at);
      if (--pending.left === 0) pendingQueue.delete(id!);
    }),
  );
  const openSeconds = round((performance.now() - opened) / 1000);
  await new Promise((r) => setTimeout(r, 1000));
  const after = await residentMb(serverPid);

  const statuses: Record<string, number> = {};
  const sends: Promise<void>[] = [];
  const start = performance.now();
  const total = Math.round(RATE * SECONDS);
  for (let i = 0; i < total; i++) {
    const wait = start + (i * 1000) / RATE - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const target = answered[i % answered.length]!;
    const body = `Vastaus ${i} (${target.reference})`;
    const at = performance.now();
    pendingFamily.set(body, at);
    if (!pendingQueue.has(target.id)) pendingQueue.set(target.id, { at, left: QUEUE_STREAMS });
    sends.push(
      advisor.send('POST', `/api/v1/contact/requests/${target.id}/messages`, { message: body }).then((r) => {
        statuses[r.status] = (statuses[r.status] ?? 0) + 1;
      }),
    );
  }
  await Promise.all(sends);
  // What has not arrived two seconds after the last send counts as lost.
  await new Promise((r) => setTimeout(r, 2000));
  const peak = await residentMb(serverPid);
  for (const s of [...familyStreams, ...queueStreams]) s.close();
  return {
    streams: { family: familyStreams.length, queueWatchers: queueStreams.length, openedInSeconds: openSeconds },
    memory: {
      residentBeforeMb: before,
      residentWithStreamsMb: after,
      residentAfterMessagesMb: peak,
      perStreamKb: round(((after - before) * 1024) / (familyStreams.length + queueStreams.length)),
    },
    messages: { sent: total, ratePerSecond: RATE, seconds: SECONDS, statuses, lost: pendingFamily.size },
    deliveryToFamily: latency(familyMs),
    fanOutToQueueWatchers: latency(queueMs),
  };
}

await ensureDatabase();
const server = await startServer();
const database = await openDatabase({ kind: 'postgres', url: databaseUrl, poolSize: 2 });
try {
  await emptyContactTables();
  const loadBefore = loadavg();
  const day = await simulatedDay();
  const live = await streams(server.pid!);
  const result = {
    at: new Date().toISOString(),
    quick,
    machine: { cpus: cpus().length, loadAverageBefore: loadBefore, loadAverageAfter: loadavg() },
    simulatedDay: day,
    live,
  };
  await mkdir(resultsDir, { recursive: true });
  await writeFile(`${resultsDir}contact.json`, `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify({ ...result, simulatedDay: { date: day.date, summary: { ...day.summary, byHour: undefined } } }, null, 2));
} finally {
  await database.close();
  server.kill('SIGTERM');
}
