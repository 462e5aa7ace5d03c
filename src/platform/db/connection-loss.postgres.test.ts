import { OpenAPIHono } from '@hono/zod-openapi';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminQuery } from '../../../tests/support/postgres-admin.ts';
import { createTestApp } from '../../../tests/support/test-app.ts';
import { openTestDatabase, type TestDatabase } from '../../../tests/support/test-database.ts';
import type { AppEnv } from '../http/app-env.ts';
import type { AppModule } from '../module.ts';

// PostgreSQL only: PGlite runs in this process and has no server that could end a connection.

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase('demo');
});
afterAll(() => database?.close());

const ROUNDS = 10;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A route whose query is surely running when the connection is ended. */
const sleeperModule: AppModule<'sleeper'> = {
  name: 'sleeper',
  create({ db }) {
    const publicApi = new OpenAPIHono<AppEnv>();
    publicApi.get('/sleeper', async (c) => {
      await sql`select pg_sleep(5)`.execute(db);
      return c.json({ slept: true });
    });
    return { publicApi };
  },
};

async function terminateSleepers(databaseName: string): Promise<number> {
  // Until the sleeper's query runs: up to 15 s on a busy machine.
  for (let attempt = 0; attempt < 750; attempt++) {
    const result = await adminQuery(
      `select count(pg_terminate_backend(pid))::int as n from pg_stat_activity where datname = '${databaseName}' and query like 'select pg_sleep%'`,
    );
    const ended = Number(result.rows[0]?.n ?? 0);
    if (ended > 0) return ended;
    await pause(20);
  }
  return 0;
}

describe('a connection the server ends while a query runs', () => {
  it(`answers that request 503, keeps serving the others, and reconnects: ${ROUNDS} rounds`, async () => {
    const t = await createTestApp(database, { extraModules: [sleeperModule] });
    const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(database.db);
    const databaseName = rows[0]!.name;

    let searching = true;
    const statuses: number[] = [];
    const background = (async () => {
      while (searching) {
        statuses.push((await t.get('/api/v1/services?q=neuvola&municipality=491')).status);
        await pause(5);
      }
    })();

    try {
      for (let round = 0; round < ROUNDS; round++) {
        const sleeper = t.get('/api/v1/sleeper');
        expect(await terminateSleepers(databaseName), `round ${round}`).toBeGreaterThan(0);
        const res = await sleeper;
        expect(res.status, `round ${round}`).toBe(503);
        expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
        expect(res.headers.get('retry-after')).toBe('5');
        // The pool connects anew: the next search is answered.
        expect((await t.get('/api/v1/services?q=perhetyö')).status, `round ${round}`).toBe(200);
      }
    } finally {
      searching = false;
      await background;
    }
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.every((s) => s === 200 || s === 503)).toBe(true);
  });
});
