import './production-default.ts';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { systemClock } from '../platform/clock.ts';
import { ConfigError, loadConfig } from '../platform/config.ts';
import { openDatabase } from '../platform/db/database.ts';
import { migrate } from '../platform/db/migrate.ts';
import { createLogger } from '../platform/logger.ts';
import { createApp } from './app.ts';
import { prepareData } from './demo-data.ts';
import { loadPageHandler, serverBuildPath } from './pages.ts';
import { createServices } from './services.ts';

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
  const applied = await migrate(database.db);
  if (applied.length) logger.info({ applied }, 'migrations applied');
  const clock = systemClock;
  await prepareData(database.db, config.demoData, logger, clock);

  const pages = await loadPageHandler();
  if (!pages) logger.warn({ expected: serverBuildPath }, 'pages are not built: run `npm run build`; serving the API only');

  let shuttingDown = false;
  const app = createApp({
    config,
    logger,
    clock,
    database,
    services: createServices({ db: database.db, clock }),
    pages,
    isShuttingDown: () => shuttingDown,
  });

  const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info: AddressInfo) => {
    logger.info(
      { url: `http://${info.address === '0.0.0.0' ? 'localhost' : info.address}:${info.port}`, database: database.kind, startupMs: Date.now() - started },
      'listening',
    );
  });

  const shutdown = (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    logger.info({ signal }, 'shutting down: finishing requests in flight');
    const force = setTimeout(() => {
      logger.warn('requests still open at the shutdown deadline; closing them');
      if ('closeAllConnections' in server) server.closeAllConnections();
    }, config.shutdownTimeoutMs);
    force.unref();
    server.close(async () => {
      clearTimeout(force);
      try {
        await database.close();
        logger.info('stopped');
        process.exit(0);
      } catch (error) {
        logger.error({ err: error }, 'closing the database failed');
        process.exit(1);
      }
    });
    if ('closeIdleConnections' in server) server.closeIdleConnections();
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(`Failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
