import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Kysely } from 'kysely';
import type { Clock } from './clock.ts';
import type { AppEnv } from './http/app-env.ts';
import type { ProblemTexts } from './i18n/problems.ts';
import type { Logger } from './logger.ts';
import type { RequestScope, WriteContext } from './request-context.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- a module's own table types are its business */

/** What the composition root gives every module: one pool, one clock, one logger. */
export interface ModuleDeps {
  /** The process's pool; a module sees its own tables through `withTables<ItsDb>(db)`. */
  readonly db: Kysely<any>;
  readonly clock: Clock;
  readonly logger: Logger;
}

export type DemoDataMode = 'auto' | 'always' | 'never';

/** A module once built: its routers per audience, its use cases for pages, its data loaders. */
export interface ModuleInstance<Client = unknown, DB = any> {
  /** Anonymous, read-only, cacheable, open to any origin: GET and HEAD routes under /api/v1. */
  readonly publicApi?: OpenAPIHono<AppEnv>;
  /** Behind the cookie group (session, CSRF, rate limit, no-store): routes under /api/v1. */
  readonly staffApi?: OpenAPIHono<AppEnv>;
  /**
   * A second public audience outside /api/v1 with its own path and contract (the Open Referral
   * HSDS API under /hsds): read-only, CORS *, guarded like the public API.
   */
  readonly openData?: { readonly prefix: `/${string}`; readonly router: OpenAPIHono<AppEnv> };
  /** The use cases pages call, bound to one request. */
  readonly client?: (scope: RequestScope) => Client;
  /** Shared reference data every database has, brought up to date at each start. */
  seedReference?(ctx: WriteContext<DB>): Promise<void>;
  /**
   * Demo data: `auto` loads it into a database that has none of this deployment's own data yet,
   * `always` whenever it is missing. Says whether it loaded anything.
   */
  seedDemo?(ctx: WriteContext<DB>, mode: DemoDataMode): Promise<boolean>;
  /** Runs after a bulk load has committed (statistics, vacuum): outside any transaction. */
  afterBulkLoad?(): Promise<void>;
  /** Forgets cached data, when the data was replaced underneath (the e2e reset). */
  clearCaches?(): void;
}

/** One vertical slice, as the server's module list holds it. */
export interface AppModule<Name extends string = string, Client = unknown> {
  readonly name: Name;
  /** Its resource names, detail texts and input-issue texts in fi, sv and en. */
  readonly problemTexts?: ProblemTexts;
  create(deps: ModuleDeps): ModuleInstance<Client>;
}

/** The module list's use cases as pages see them: `context.catalog.searchServices(...)`. */
export type ModuleClients<Modules extends readonly AppModule[]> = {
  [M in Modules[number] as M['name']]: M extends AppModule<string, infer Client> ? Client : never;
};
