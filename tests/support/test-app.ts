import { existsSync } from 'node:fs';
import type { Clock } from '../../src/platform/clock.ts';
import type { DatabaseHandle } from '../../src/platform/db/database.ts';
import { createLogger } from '../../src/platform/logger.ts';
import { createApp } from '../../src/server/app.ts';
import { loadPageHandler, serverBuildPath } from '../../src/server/pages.ts';
import { createServices } from '../../src/server/services.ts';
import { testClock } from './test-clock.ts';

export { DEFAULT_TEST_TIME } from './test-clock.ts';

/**
 * The whole application in process, as the server runs it, over a test database and a clock the
 * test controls. Pages need the React Router build (`npm run build`; `npm test` does it first).
 */
export async function createTestApp(database: DatabaseHandle, options: { clock?: Clock; pages?: boolean } = {}) {
  const clock = options.clock ?? testClock();
  let pages = null;
  if (options.pages) {
    if (!existsSync(serverBuildPath)) throw new Error(`Page tests need the build at ${serverBuildPath}: run \`npm run build\``);
    pages = await loadPageHandler();
  }
  const app = createApp({
    config: { publicOrigin: undefined, trustProxy: false },
    logger: createLogger('silent'),
    clock,
    database,
    services: createServices({ db: database.db, clock }),
    pages,
  });
  return {
    app,
    clock,
    get: (path: string, headers: Record<string, string> = {}) => app.request(path, { headers }),
    getJson: async <T = unknown>(path: string, headers: Record<string, string> = {}) => {
      const response = await app.request(path, { headers });
      return { response, body: (await response.json()) as T };
    },
  };
}
