import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Hono, MiddlewareHandler } from 'hono';
import type { Kysely } from 'kysely';
import type { Action } from './authorization/actions.ts';
import type { Clock } from './clock.ts';
import type { AppEnv } from './http/app-env.ts';
import type { ProblemTexts } from './i18n/problems.ts';
import type { JobDefinition, JobQueue } from './jobs/job-queue.ts';
import type { Logger } from './logger.ts';
import type { Outbox } from './mail/outbox.ts';
import type { RequestScope, WriteContext } from './request-context.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- a module's own table types are its business */

/** What the deployment tells every module (src/platform/config.ts reads it). */
export interface SiteSettings {
  /** The in-process identity provider and mail sink, the demo accounts, the demo mail page. */
  readonly demoMode: boolean;
  /** Where users reach us; links in mail are built on it (in demo mode, on the request's origin). */
  readonly publicOrigin: string | undefined;
  readonly trustProxy: boolean;
  /** 32 bytes that encrypt secrets at rest. */
  readonly secretKey: Buffer;
  /** The environment, for a module's own settings (each module checks its variables at create()). */
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** What the composition root gives every module: one pool, one clock, one logger, the job queue and the outbox. */
export interface ModuleDeps {
  /** The process's pool; a module sees its own tables through `withTables<ItsDb>(db)`. */
  readonly db: Kysely<any>;
  /**
   * The pool for public reads that may lag a little behind a commit (DATABASE_READ_URL: a
   * replica); absent, they use `db`. Only for anonymous reads that no write of the same request or
   * of the same person's next request depends on; everything else stays on `db`.
   */
  readonly readDb?: Kysely<any>;
  readonly clock: Clock;
  readonly logger: Logger;
  /** `jobs.enqueue(ctx.tx, name, data)`: a job that commits with the change. The handlers are in `ModuleInstance.jobs`. */
  readonly jobs: JobQueue;
  /** `outbox.send(ctx.tx, message)`: a mail that commits with the change and is sent by a job, with retries. */
  readonly outbox: Outbox;
  readonly site: SiteSettings;
  /**
   * LISTEN on the database (DatabaseHandle.listen): NOTIFYs after COMMIT, from every instance on
   * the same PostgreSQL (PGlite: this process). Absent where nothing listens (imports, some tests).
   */
  readonly listen?: (channel: string, fn: (payload: string) => void) => Promise<() => Promise<void>>;
  /** Every module's actions (AppModule.actions): what "permitted actions" are computed over. */
  readonly actionCatalogue: readonly Action[];
}

export type DemoDataMode = 'auto' | 'always' | 'never';

/** A module once built: its routers per audience, its use cases for pages, its data loaders. */
export interface ModuleInstance<Client = unknown, DB = any> {
  /** Anonymous, read-only, cacheable, open to any origin: GET and HEAD routes under /api/v1. */
  readonly publicApi?: OpenAPIHono<AppEnv>;
  /**
   * Anonymous writes that carry no credential (a family's sign-up): under /api/v1, never cached,
   * body-limited; the use case limits its rate. Documented with the public API.
   */
  readonly publicWriteApi?: OpenAPIHono<AppEnv>;
  /**
   * Anonymous writes of the family side under /api/v1 (the contact channel): no cookies, so no
   * CSRF to guard; never cached; the module limits its writes per client itself.
   */
  readonly familyApi?: OpenAPIHono<AppEnv>;
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
  /** Its background jobs: handlers, retries, cron schedules (src/platform/jobs/job-queue.ts). */
  readonly jobs?: readonly JobDefinition[];
  /**
   * Browser routes of the cookie group that are neither pages nor API, under /staff (sign-in
   * redirects to and from an identity provider).
   */
  readonly staffRoutes?: Hono<AppEnv>;
  /** Pages of the cookie group that take uploads above its body limit (path pattern, bytes). */
  readonly uploads?: readonly { readonly path: RegExp; readonly maxBytes: number }[];
  /** The cookie group's session slot, from the module that owns sign-in: sets `actor` and `csrfToken`. */
  readonly session?: MiddlewareHandler<AppEnv>;
  /** Releases what it holds open (connections to identity providers …) at shutdown. */
  close?(): Promise<void>;
}

/** One vertical slice, as the server's module list holds it. */
export interface AppModule<Name extends string = string, Client = unknown> {
  readonly name: Name;
  /** Its resource names, detail texts and input-issue texts in fi, sv and en. */
  readonly problemTexts?: ProblemTexts;
  /** The actions it declares in the one action catalogue (src/platform/authorization/actions.ts). */
  readonly actions?: readonly Action[];
  create(deps: ModuleDeps): ModuleInstance<Client>;
}

/** The module list's use cases as pages see them: `context.catalog.searchServices(...)`. */
export type ModuleClients<Modules extends readonly AppModule[]> = {
  [M in Modules[number] as M['name']]: M extends AppModule<string, infer Client> ? Client : never;
};
