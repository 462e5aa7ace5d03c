import './production-default.ts';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { adjustableClock, systemClock } from '../platform/clock.ts';
import { ConfigError, loadConfig } from '../platform/config.ts';
import { openDatabase } from '../platform/db/database.ts';
import { migrate } from '../platform/db/migrate.ts';
import { createLogger } from '../platform/logger.ts';
import { createApp } from './app.ts';
import { prepareData } from './demo-data.ts';
import { loadPageHandler, serverBuildPath } from './pages.ts';
import { boundConcurrency } from '../platform/http/load-shedding.ts';
import { createRateLimiter, rateLimitByClient } from '../platform/http/rate-limit.ts';
import { buildModules, jobDefinitions } from './modules.ts';
import { withDemoIdentityProvider } from './demo-services.ts';
import { createPlatformServices } from './platform-services.ts';
import { staffPaths } from '../modules/identity/index.ts';
import { gracefulShutdown } from './shutdown.ts';
import { TEST_HOOKS_PREFIX, testHooks } from './test-hooks.ts';

async function main() {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const started = Date.now();

  const database = await openDatabase(config.database, {
    onConnectionLost: (error) => logger.warn({ err: error }, 'the database closed an idle connection; the next query opens a new one'),
  });
  // The tray's public reads from a replica when one is configured (docs/scaling.md).
  const readDatabase = config.readDatabase
    ? await openDatabase(config.readDatabase, {
        onConnectionLost: (error) =>
          logger.warn({ err: error }, 'the read database closed an idle connection; the next query opens a new one'),
      })
    : null;
  const applied = await migrate(database.db);
  if (applied.length) logger.info({ applied }, 'migrations applied');
  // Only the e2e hooks may move time; a deployment runs on the system clock.
  const hookClock = config.testHooks ? adjustableClock() : null;
  const clock = hookClock ?? systemClock;
  const platform = await createPlatformServices({ db: database.db, config, clock, logger });
  // Demo mode signs staff in at an identity provider inside the process, as a county's own would.
  const demoIdp = config.demoMode
    ? await withDemoIdentityProvider(process.env, [`http://localhost:${config.port}`, `http://127.0.0.1:${config.port}`])
    : null;
  let modules;
  try {
    modules = buildModules({
      db: database.db,
      ...(readDatabase ? { readDb: readDatabase.db } : {}),
      listen: database.listen,
      clock,
      logger,
      jobs: platform.jobs,
      outbox: platform.outbox,
      site: {
        demoMode: config.demoMode,
        publicOrigin: config.publicOrigin,
        trustProxy: config.trustProxy,
        secretKey: config.secretKey,
        env: demoIdp?.env ?? process.env,
      },
    });
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78);
    }
    throw error;
  }
  platform.jobs.register(jobDefinitions(modules, platform.outbox.jobs));
  await platform.jobs.prepare();
  await prepareData(
    database,
    modules.map((m) => m.instance),
    { mode: config.demoData, clock, logger },
  );

  const pages = await loadPageHandler();
  if (!pages) logger.warn({ expected: serverBuildPath }, 'pages are not built: run `npm run build`; serving the API only');

  let shutdown: ReturnType<typeof gracefulShutdown> | null = null;
  const app = createApp({
    config,
    logger,
    clock,
    database,
    ...(readDatabase ? { readDatabase } : {}),
    modules,
    pages,
    devMailbox: platform.sink,
    isShuttingDown: () => shutdown?.isShuttingDown() ?? false,
    publicGuards: [
      rateLimitByClient(
        config.rateLimit.perMinute > 0 ? createRateLimiter(config.rateLimit, { clock: systemClock }) : null,
        config.trustProxy,
      ),
      boundConcurrency(config.concurrency),
    ],
    ...(hookClock ? { testHooks: testHooks({ database, clock: hookClock, modules, logger }) } : {}),
  });
  if (config.testHooks)
    logger.warn({ prefix: TEST_HOOKS_PREFIX }, 'TEST_HOOKS=enabled: anyone can reset the data and set the clock; for browser tests only');

  await platform.jobs.start({ pollingIntervalMs: config.jobs.pollIntervalMs });
  const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info: AddressInfo) => {
    const origin = config.publicOrigin ?? `http://${info.address === '0.0.0.0' ? 'localhost' : info.address}:${info.port}`;
    logger.info(
      {
        url: origin,
        staff: `${new URL(origin).origin}${staffPaths.signIn('fi')}`,
        ...(config.demoMode
          ? { demo: { mail: `${new URL(origin).origin}${staffPaths.devMail('fi')}`, identityProvider: demoIdp?.provider.issuer } }
          : {}),
        database: database.kind,
        startupMs: Date.now() - started,
      },
      'listening',
    );
  });

  shutdown = gracefulShutdown({
    server: server as Server,
    timeoutMs: config.shutdownTimeoutMs,
    logger,
    release: async () => {
      await platform.close();
      for (const m of modules) await m.instance.close?.();
      await demoIdp?.provider.close();
      await readDatabase?.close();
      await database.close();
    },
    exit: (code) => process.exit(code),
  });
  process.on('SIGTERM', () => shutdown?.begin('SIGTERM'));
  process.on('SIGINT', () => shutdown?.begin('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(`Failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
