import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';

// Dates stay 'YYYY-MM-DD' strings: turning them into JS Dates would shift them across time zones.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

export { read, write, type ReadTx, type WriteTx, type WriteOptions } from './transactions.ts';

export type DatabaseTarget = { kind: 'postgres'; url: string; poolSize: number } | { kind: 'pglite'; dataDir: string };

/**
 * One pool per process. The platform does not know the modules' tables: `db` is typed by whoever
 * asks (a module sees its own tables, tests see all of them), which is a cast over the same pool.
 */
export interface DatabaseHandle<DB = unknown> {
  readonly kind: 'postgres' | 'pglite';
  readonly db: Kysely<DB>;
  ping(): Promise<void>;
  close(): Promise<void>;
  /**
   * LISTEN on a channel: `fn` hears every NOTIFY on it after its transaction commits, from this
   * process and, on PostgreSQL, from every other instance on the same database. Returns the UNLISTEN.
   */
  listen(channel: string, fn: (payload: string) => void): Promise<() => Promise<void>>;
}

/** Plumbing (the server, migrations, the module list) passes the pool on without reading tables. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
export type AnyDatabaseHandle = DatabaseHandle<any>;

/** The same pool, seen with another set of tables. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any pool, whatever it was typed with
export function withTables<DB>(db: Kysely<any>): Kysely<DB> {
  return db as unknown as Kysely<DB>;
}

export const pgliteExtensions = { pg_trgm, unaccent, btree_gist };

export interface DatabaseOptions {
  /** Told when the server closes an idle connection (a restart, a failover, a dropped database). */
  onConnectionLost?: (error: Error) => void;
}

export async function openDatabase<DB = unknown>(target: DatabaseTarget, options: DatabaseOptions = {}): Promise<DatabaseHandle<DB>> {
  if (target.kind === 'postgres') {
    const pool = new pg.Pool({
      connectionString: target.url,
      max: target.poolSize,
      application_name: 'perhekeskus',
      // Our queries are short; JIT compilation alone took longer than whole searches.
      options: '-c jit=off',
    });
    // The pool has already dropped the broken client and connects anew for the next query. Without
    // a listener, Node would take the pool's 'error' event for an uncaught exception and stop.
    pool.on('error', (error) => options.onConnectionLost?.(error));
    // A client checked out for a query has no pool listener: when the server ends its connection
    // mid-query (a failover, idle_session_timeout, an admin's kill) the client emits 'error' once
    // more. The query itself rejects, and its request answers 503; the broken client is not
    // queryable any more, so the pool discards it on release.
    pool.on('connect', (client) => {
      client.on('error', (error) => options.onConnectionLost?.(error));
      // The query learns that the server ended its connection (57P01) before the client sees the
      // socket close; Kysely releases the client in between, and the pool would hand the dead one
      // to the next request. Marked unqueryable at once, the pool discards it on release.
      const query = client.query.bind(client) as (...args: unknown[]) => unknown;
      client.query = ((...args: unknown[]) => {
        const result = query(...args);
        if (result instanceof Promise) {
          result.catch((error: unknown) => {
            if (isConnectionLost(error)) (client as unknown as { _queryable: boolean })._queryable = false;
          });
        }
        return result;
      }) as typeof client.query;
    });
    const listener = postgresListener(target.url, options);
    return handleFor<DB>('postgres', pool, () => listener.close(), listener.listen);
  }
  if (!target.dataDir.startsWith('memory://')) await mkdir(target.dataDir, { recursive: true });
  const lite = await PGlite.create({ dataDir: target.dataDir, extensions: pgliteExtensions });
  return openPglite<DB>(lite);
}

/**
 * PGlite is a single connection. A pool of exactly one client makes every transaction hold that
 * client until it ends, so statements from other requests wait instead of joining it.
 */
export function openPglite<DB = unknown>(lite: PGlite): DatabaseHandle<DB> {
  const pool = new pg.Pool({ ...(createPgConfig(lite) as unknown as pg.PoolConfig), max: 1 });
  return handleFor<DB>(
    'pglite',
    pool,
    () => lite.close(),
    (channel, fn) => lite.listen(channel, fn),
  );
}

const CHANNEL_NAME = /^[a-z][a-z0-9_]{0,62}$/;

/**
 * One dedicated connection per process for LISTEN, opened at the first listen(): a pooled client
 * would lose its LISTENs when the pool hands it to a query or closes it.
 */
function postgresListener(url: string, options: DatabaseOptions) {
  const listeners = new Map<string, Set<(payload: string) => void>>();
  let client: Promise<pg.Client> | null = null;
  const connect = () => {
    client ??= (async () => {
      const c = new pg.Client({ connectionString: url, application_name: 'perhekeskus-listen' });
      c.on('error', (error) => options.onConnectionLost?.(error));
      c.on('notification', (n) => {
        for (const fn of listeners.get(n.channel) ?? []) fn(n.payload ?? '');
      });
      await c.connect();
      return c;
    })();
    return client;
  };
  return {
    async listen(channel: string, fn: (payload: string) => void) {
      if (!CHANNEL_NAME.test(channel)) throw new Error(`Not a channel name: ${channel}`);
      const c = await connect();
      let set = listeners.get(channel);
      if (!set) {
        set = new Set();
        listeners.set(channel, set);
        await c.query(`listen ${channel}`);
      }
      set.add(fn);
      return async () => {
        set.delete(fn);
      };
    },
    async close() {
      const c = await client;
      client = null;
      await c?.end();
    },
  };
}

function handleFor<DB>(
  kind: 'postgres' | 'pglite',
  pool: pg.Pool,
  closeEngine: () => Promise<void>,
  listen: DatabaseHandle['listen'],
): DatabaseHandle<DB> {
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  let closed = false;
  return {
    kind,
    db,
    listen,
    async ping() {
      await sql`select 1`.execute(db);
    },
    async close() {
      if (closed) return;
      closed = true;
      await db.destroy();
      await closeEngine();
    },
  };
}

/** SQLSTATE classes and codes that mean "the connection, not the query, failed". */
const CONNECTION_LOST_CODES = new Set(['57P01', '57P02', '57P03', '53300']);
const CONNECTION_LOST_MESSAGES =
  /Connection terminated|terminating connection|ECONNREFUSED|ECONNRESET|EPIPE|Client has encountered a connection error|timeout exceeded when trying to connect/i;

/**
 * Whether an error from a query means the database was out of reach rather than the request being
 * wrong: the request then answers 503 and may be retried, and the pool connects anew.
 */
export function isConnectionLost(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && (CONNECTION_LOST_CODES.has(code) || code.startsWith('08'))) return true;
  if (typeof code === 'string' && ['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT'].includes(code)) return true;
  return typeof message === 'string' && CONNECTION_LOST_MESSAGES.test(message);
}
