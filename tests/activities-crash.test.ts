import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { anonymous } from '../src/platform/actor.ts';
import { systemClock } from '../src/platform/clock.ts';
import { openDatabase, openPglite, pgliteExtensions, type DatabaseHandle } from '../src/platform/db/database.ts';
import { activitiesOf, family, MLL_MIKKELI, organiser, singleActivity } from './support/activity-fixtures.ts';
import { adminQuery } from './support/postgres-admin.ts';
import { postgresUrl, snapshotFile, templateDatabase, withDatabase } from './support/test-env.ts';
import type { TestTables } from './support/test-tables.ts';

/*
 * The invariant "killing the server in the middle of a sign-up load loses no confirmed
 * registration and leaves no half-written one": a real server process (src/server/main.ts) takes
 * sign-ups over HTTP, is killed with SIGKILL while requests are in flight, and the database it
 * leaves behind is read. A sign-up is one transaction (registration, counters by trigger, audit
 * event, outbox mail), so each either is all there or not at all. PGlite is a folder one process
 * holds: the same test shows it reopens after the kill with everything the server answered for.
 */

const root = fileURLToPath(new URL('..', import.meta.url));
const CAPACITY = 30;
const WORKERS = 12;
const KILL_AFTER = 18; // answered sign-ups: the places are still being handed out when the server dies

type Target = {
  env: Record<string, string>;
  open: () => Promise<DatabaseHandle<TestTables>>;
  drop: () => Promise<void>;
};

async function postgresTarget(): Promise<Target> {
  const name = `perhekeskus_crash_${randomBytes(5).toString('hex')}`;
  await adminQuery(`create database ${name} template ${templateDatabase('demo')}`);
  const url = withDatabase(postgresUrl!, name);
  return {
    env: { DATABASE_URL: url },
    open: () => openDatabase<TestTables>({ kind: 'postgres', url, poolSize: 4 }),
    drop: async () => void (await adminQuery(`drop database if exists ${name} with (force)`)),
  };
}

async function pgliteTarget(): Promise<Target> {
  const dir = await mkdtemp(join(tmpdir(), 'perhekeskus-crash-'));
  const dataDir = join(dir, 'pglite');
  // The demo fixture written out as a folder, as a deployment on PGlite keeps its data.
  const seed = await PGlite.create({
    dataDir,
    loadDataDir: new Blob([await readFile(snapshotFile('demo'))]),
    extensions: pgliteExtensions,
  });
  await seed.close();
  return {
    env: { DATA_DIR: dataDir },
    open: async () => openPglite<TestTables>(await PGlite.create({ dataDir, extensions: pgliteExtensions })),
    drop: () => rm(dir, { recursive: true, force: true }),
  };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

async function startServer(env: Record<string, string>, port: number): Promise<ChildProcess> {
  const server = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'error',
      DEMO_DATA: 'never',
      RATE_LIMIT_PER_MINUTE: '0',
      ACTIVITY_SIGN_UP_RATE_LIMIT: '0',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  server.stderr!.on('data', (chunk: Buffer) => void (stderr = (stderr + chunk.toString()).slice(-4000)));
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}: ${stderr}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/readyz`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  server.kill('SIGKILL');
  throw new Error(`the server did not become ready in 2 minutes: ${stderr}`);
}

/** Families signing up as fast as the server answers, until it is killed mid-load. */
async function signUpUntilKilled(server: ChildProcess, port: number, occurrenceId: string) {
  const answered: { id: string; status: string; email: string }[] = [];
  let sent = 0;
  let inFlightAtKill = -1;
  let inFlight = 0;
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  const worker = async () => {
    while (inFlightAtKill < 0) {
      const email = `kaatuminen${++sent}@example.com`;
      inFlight++;
      try {
        const res = await fetch(`http://127.0.0.1:${port}/api/v1/occurrences/${occurrenceId}/registrations`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ name: `Perhe ${sent}`, email, adults: 1, children: [{ age: 3 }], consent: true }),
        });
        const body = (await res.json()) as { id: string; status: string };
        if (res.status === 201 && inFlightAtKill < 0) answered.push({ id: body.id, status: body.status, email });
        if (answered.length === KILL_AFTER && inFlightAtKill < 0) {
          inFlightAtKill = inFlight - 1;
          server.kill('SIGKILL');
        }
      } catch {
        // The server is gone: what it answered before counts, what it did not is the question.
        if (inFlightAtKill < 0) inFlightAtKill = inFlight;
      } finally {
        inFlight--;
      }
    }
  };
  await Promise.all(Array.from({ length: WORKERS }, worker));
  await exited;
  return { answered, inFlightAtKill };
}

async function crashAndCheck(target: Target) {
  // The occurrence, dated from the real clock: the server signs up on it.
  let db = await target.open();
  const setup = activitiesOf(db.db, { clock: systemClock });
  const editor = await organiser(db.db, [{ role: 'editor', organizationId: MLL_MIKKELI }]);
  const { id: activityId } = await setup.as(editor).organiser.createActivity(singleActivity(systemClock, { capacity: CAPACITY }));
  const { id: occurrenceId } = await db.db
    .selectFrom('activity_occurrence')
    .select('id')
    .where('activity_id', '=', activityId)
    .executeTakeFirstOrThrow();
  await setup.jobs.stop();
  await db.close();

  const port = await freePort();
  const server = await startServer(target.env, port);
  const { answered, inFlightAtKill } = await signUpUntilKilled(server, port, occurrenceId);
  expect(server.signalCode).toBe('SIGKILL');
  expect(answered.length).toBeGreaterThanOrEqual(KILL_AFTER);
  expect(inFlightAtKill).toBeGreaterThan(0);

  db = await target.open();
  try {
    const rows = await db.db
      .selectFrom('registration')
      .select(['id', 'status', 'email', 'arrival'])
      .where('occurrence_id', '=', occurrenceId)
      .orderBy('arrival')
      .execute();
    // Nothing the server answered for is lost.
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const a of answered) expect(byId.get(a.id)).toMatchObject({ status: a.status, email: a.email });
    // The counters agree with the rows, within capacity, and places went in arrival order.
    const occurrence = await db.db
      .selectFrom('activity_occurrence')
      .select(['confirmed_count', 'waitlisted_count', 'capacity'])
      .where('id', '=', occurrenceId)
      .executeTakeFirstOrThrow();
    const confirmed = rows.filter((r) => r.status === 'confirmed');
    const waitlisted = rows.filter((r) => r.status === 'waitlisted');
    expect(occurrence).toEqual({ confirmed_count: confirmed.length, waitlisted_count: waitlisted.length, capacity: CAPACITY });
    expect(confirmed.length).toBe(Math.min(CAPACITY, rows.length));
    expect(rows.slice(0, confirmed.length).every((r) => r.status === 'confirmed')).toBe(true);
    // Every registration has its one mail in the outbox and its audit event; no mail without a registration.
    const mails = await db.db
      .selectFrom('outbox')
      .select(['recipient', 'purpose'])
      .where('recipient', 'like', 'kaatuminen%@example.com')
      .execute();
    expect(mails.map((m) => `${m.recipient} ${m.purpose}`).sort()).toEqual(rows.map((r) => `${r.email} activities.${r.status}`).sort());
    const events = await db.db
      .selectFrom('audit_event')
      .select('target_id')
      .where('action', '=', 'Registration.CREATE')
      .where(
        'target_id',
        'in',
        rows.map((r) => r.id),
      )
      .execute();
    expect(new Set(events.map((e) => e.target_id)).size).toBe(rows.length);

    // And the database takes the next family as if nothing had happened.
    const after = activitiesOf(db.db, { clock: systemClock });
    const next = await after.as(anonymous).family.signUp(occurrenceId, family(9_000_001, { email: 'kaatuminen-jalkeen@example.com' }));
    expect(next.status).toBe(confirmed.length < CAPACITY ? 'confirmed' : 'waitlisted');
    await after.jobs.stop();
    return { answered: answered.length, stored: rows.length, inFlightAtKill };
  } finally {
    await db.close();
  }
}

const targets: Target[] = [];
afterAll(async () => {
  for (const t of targets) await t.drop();
});

describe('a server killed in the middle of sign-ups', () => {
  it(
    `leaves every answered sign-up whole and nothing half-written (${postgresUrl ? 'PostgreSQL' : 'PGlite'})`,
    { timeout: 240_000 },
    async () => {
      const target = postgresUrl ? await postgresTarget() : await pgliteTarget();
      targets.push(target);
      const result = await crashAndCheck(target);
      expect(result.stored).toBeGreaterThanOrEqual(result.answered);
    },
  );
});
