import { existsSync } from 'node:fs';
import { DEFAULT_TEST_TIME } from './test-clock.ts';
import { adjustableClock, fixedClock, type Clock } from '../../src/platform/clock.ts';
import { testHooks } from '../../src/server/test-hooks.ts';
import type { AnyDatabaseHandle } from '../../src/platform/db/database.ts';
import { createLogger, type Logger } from '../../src/platform/logger.ts';
import { startSmtpSink, type SmtpSink } from '../../src/platform/mail/smtp-sink.ts';
import { createApp } from '../../src/server/app.ts';
import type { CookieGroupSlots } from '../../src/server/audiences.ts';
import { withDemoIdentityProvider } from '../../src/server/demo-services.ts';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../../src/platform/http/app-env.ts';
import type { AppModule } from '../../src/platform/module.ts';
import type { DemoIdentityProvider } from '../../src/modules/identity/index.ts';
import { loadPageHandler, serverBuildPath } from '../../src/server/pages.ts';
import { actionCatalogue, buildModules, jobDefinitions } from '../../src/server/modules.ts';
import { testModuleDeps } from './test-services.ts';

export { DEFAULT_TEST_TIME } from './test-clock.ts';

/** The origin in-process requests come to (`app.request('/x')` is http://localhost/x). */
export const TEST_ORIGIN = 'http://localhost';

/**
 * The whole application in process, as the server runs it, over a test database and a clock the
 * test controls. Pages need the React Router build (`npm run build`; `npm test` does it first).
 * With `mail`, an SMTP sink receives what the outbox sends when the test runs the jobs
 * (`t.jobs.runDue()`); with `oidc`, the demo identity provider runs on a port of its own.
 */
export async function createTestApp(
  database: AnyDatabaseHandle,
  options: {
    clock?: Clock;
    pages?: boolean;
    cookieGroup?: CookieGroupSlots;
    extraModules?: AppModule[];
    testHooks?: boolean;
    isShuttingDown?: () => boolean;
    publicGuards?: MiddlewareHandler<AppEnv>[];
    env?: Record<string, string | undefined>;
    mail?: boolean;
    oidc?: boolean;
    demoMode?: boolean;
    logger?: Logger;
    publicOrigin?: string;
    /** Read the client's address from X-Forwarded-For, so one test can be many clients (rate limits). */
    trustProxy?: boolean;
    /** A second pool the tray's public reads use, as DATABASE_READ_URL gives one (docs/scaling.md). */
    readDatabase?: AnyDatabaseHandle;
  } = {},
) {
  const baseClock = options.clock ?? fixedClock(DEFAULT_TEST_TIME);
  // With the e2e hooks the app gets a clock they can move, running from the test's clock.
  const hookClock = options.testHooks ? adjustableClock(baseClock) : null;
  const clock = hookClock ?? baseClock;
  let pages = null;
  if (options.pages) {
    if (!existsSync(serverBuildPath)) throw new Error(`Page tests need the build at ${serverBuildPath}: run \`npm run build\``);
    pages = await loadPageHandler();
  }
  const logger = options.logger ?? createLogger('silent');
  const sink: SmtpSink | null = options.mail ? await startSmtpSink() : null;
  let idp: DemoIdentityProvider | null = null;
  let env = options.env ?? {};
  if (options.oidc) {
    const demo = await withDemoIdentityProvider(env, [options.publicOrigin ?? TEST_ORIGIN]);
    env = demo.env;
    idp = demo.provider;
  }
  const deps = testModuleDeps(database.db, clock, logger, {
    env,
    sink,
    ...(options.demoMode !== undefined ? { demoMode: options.demoMode } : {}),
    ...(options.publicOrigin ? { publicOrigin: options.publicOrigin } : {}),
  });
  const modules = buildModules({ ...deps, listen: database.listen, ...(options.readDatabase ? { readDb: options.readDatabase.db } : {}) });
  const catalogue = actionCatalogue([...modules.map((m) => m.definition), ...(options.extraModules ?? [])]);
  for (const definition of options.extraModules ?? [])
    modules.push({ definition, instance: definition.create({ ...deps, actionCatalogue: catalogue }) });
  deps.jobs.register(jobDefinitions(modules, []));
  const app = createApp({
    config: { publicOrigin: options.publicOrigin, trustProxy: options.trustProxy ?? false },
    logger,
    clock,
    database,
    ...(options.readDatabase ? { readDatabase: options.readDatabase } : {}),
    modules,
    pages,
    devMailbox: (options.demoMode ?? true) ? sink : null,
    ...(options.cookieGroup ? { cookieGroup: options.cookieGroup } : {}),
    ...(options.isShuttingDown ? { isShuttingDown: options.isShuttingDown } : {}),
    ...(options.publicGuards ? { publicGuards: options.publicGuards } : {}),
    ...(hookClock ? { testHooks: testHooks({ database, clock: hookClock, modules, logger }) } : {}),
  });
  return {
    app,
    clock,
    modules,
    jobs: deps.jobs,
    sink,
    idp,
    get: (path: string, headers: Record<string, string> = {}) => app.request(path, { headers }),
    getJson: async <T = unknown>(path: string, headers: Record<string, string> = {}) => {
      const response = await app.request(path, { headers });
      return { response, body: (await response.json()) as T };
    },
    /** Stops what the test app started besides the app (sink, provider, job loops). */
    async close() {
      await deps.jobs.stop();
      deps.closeMail();
      await sink?.close();
      await idp?.close();
    },
  };
}
