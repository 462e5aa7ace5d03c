import { existsSync } from 'node:fs';
import { DEFAULT_TEST_TIME } from './test-clock.ts';
import { adjustableClock, fixedClock, type Clock } from '../../src/platform/clock.ts';
import { testHooks } from '../../src/server/test-hooks.ts';
import type { AnyDatabaseHandle } from '../../src/platform/db/database.ts';
import { createLogger } from '../../src/platform/logger.ts';
import { createApp } from '../../src/server/app.ts';
import type { CookieGroupSlots } from '../../src/server/audiences.ts';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../../src/platform/http/app-env.ts';
import type { AppModule } from '../../src/platform/module.ts';
import { loadPageHandler, serverBuildPath } from '../../src/server/pages.ts';
import { buildModules } from '../../src/server/modules.ts';

export { DEFAULT_TEST_TIME } from './test-clock.ts';

/**
 * The whole application in process, as the server runs it, over a test database and a clock the
 * test controls. Pages need the React Router build (`npm run build`; `npm test` does it first).
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
  const logger = createLogger('silent');
  const modules = buildModules({ db: database.db, clock, logger });
  for (const definition of options.extraModules ?? [])
    modules.push({ definition, instance: definition.create({ db: database.db, clock, logger }) });
  const app = createApp({
    config: { publicOrigin: undefined, trustProxy: false },
    logger,
    clock,
    database,
    modules,
    pages,
    ...(options.cookieGroup ? { cookieGroup: options.cookieGroup } : {}),
    ...(options.isShuttingDown ? { isShuttingDown: options.isShuttingDown } : {}),
    ...(options.publicGuards ? { publicGuards: options.publicGuards } : {}),
    ...(hookClock ? { testHooks: testHooks({ database, clock: hookClock, modules, logger }) } : {}),
  });
  return {
    app,
    clock,
    modules,
    get: (path: string, headers: Record<string, string> = {}) => app.request(path, { headers }),
    getJson: async <T = unknown>(path: string, headers: Record<string, string> = {}) => {
      const response = await app.request(path, { headers });
      return { response, body: (await response.json()) as T };
    },
  };
}
