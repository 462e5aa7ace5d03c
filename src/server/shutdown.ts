import type { Server } from 'node:http';
import type { Logger } from '../platform/logger.ts';

/**
 * SIGTERM, gracefully: readiness turns false, every response from now on says `Connection: close`
 * (so keep-alive clients go elsewhere after their current answer), no new connection is accepted,
 * and the process ends only when every response in flight has been written out, or at the
 * deadline, when what is left is cut and the exit code says so.
 */
export function gracefulShutdown(options: {
  server: Pick<Server, 'close' | 'closeAllConnections'>;
  timeoutMs: number;
  logger: Logger;
  /** Closing the database and whatever else must be flushed, after the last response. */
  release: () => Promise<void>;
  exit: (code: number) => void;
}) {
  let shuttingDown = false;
  return {
    isShuttingDown: () => shuttingDown,
    begin(signal: string) {
      if (shuttingDown) return;
      shuttingDown = true;
      options.logger.info({ signal }, 'shutting down: finishing requests in flight');
      let cut = false;
      const force = setTimeout(() => {
        cut = true;
        options.logger.warn('responses still open at the shutdown deadline; closing them');
        options.server.closeAllConnections();
      }, options.timeoutMs);
      force.unref();
      // Stops accepting; idle keep-alive sockets close now, busy ones after their response.
      options.server.close(async () => {
        clearTimeout(force);
        try {
          await options.release();
          options.logger.info({ cut }, 'stopped');
          options.exit(cut ? 1 : 0);
        } catch (error) {
          options.logger.error({ err: error }, 'closing the database failed');
          options.exit(1);
        }
      });
    },
  };
}
