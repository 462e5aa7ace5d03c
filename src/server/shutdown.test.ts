import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { OpenAPIHono } from '@hono/zod-openapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppEnv } from '../platform/http/app-env.ts';
import { createLogger } from '../platform/logger.ts';
import type { AppModule } from '../platform/module.ts';
import { createTestApp } from '../../tests/support/test-app.ts';
import { openTestDatabase, type TestDatabase } from '../../tests/support/test-database.ts';
import { gracefulShutdown } from './shutdown.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase('empty');
});
afterAll(() => database?.close());

const CHUNK = 'x'.repeat(64 * 1024);
const CHUNKS = 64; // 4 MB, more than the sockets' buffers hold
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A large answer that takes a while to write, and a small one that takes a while to start. */
const slowModule: AppModule<'slow'> = {
  name: 'slow',
  create() {
    const publicApi = new OpenAPIHono<AppEnv>();
    publicApi.get('/slow/large', () => {
      let sent = 0;
      const body = new ReadableStream<Uint8Array>({
        async pull(controller) {
          if (sent === CHUNKS) return controller.close();
          sent++;
          await pause(5);
          controller.enqueue(new TextEncoder().encode(CHUNK));
        },
      });
      return new Response(body, { headers: { 'content-type': 'application/octet-stream' } });
    });
    publicApi.get('/slow/late', async (c) => {
      await pause(300);
      return c.json({ late: true });
    });
    return { publicApi };
  },
};

/** A GET whose answer is counted, not kept; `onFirstByte` runs when its body starts to arrive. */
function get(
  port: number,
  path: string,
  agent: http.Agent,
  onFirstByte = () => {},
): Promise<{ headers: http.IncomingHttpHeaders; bytes: number }> {
  return new Promise((resolve, reject) => {
    const req = http.get({ port, host: '127.0.0.1', path, agent }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => {
        if (bytes === 0) onFirstByte();
        bytes += chunk.length;
      });
      res.on('end', () => resolve({ headers: res.headers, bytes }));
      res.on('error', reject);
    });
    req.on('error', reject);
  });
}

describe('graceful shutdown', () => {
  it('writes out every response in flight whole, tells keep-alive clients to close, then exits 0', async () => {
    let shutdown: ReturnType<typeof gracefulShutdown> | null = null;
    const t = await createTestApp(database, { extraModules: [slowModule], isShuttingDown: () => shutdown?.isShuttingDown() ?? false });
    const server = serve({ fetch: t.app.fetch, hostname: '127.0.0.1', port: 0 }) as http.Server;
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as AddressInfo;
    const exited = new Promise<number>((resolve) => {
      shutdown = gracefulShutdown({ server, timeoutMs: 10_000, logger: createLogger('silent'), release: async () => {}, exit: resolve });
    });
    const agent = new http.Agent({ keepAlive: true });

    // SIGTERM comes while the large answer is streaming and before the late one has begun.
    let underWay!: () => void;
    const streaming = new Promise<void>((resolve) => (underWay = resolve));
    const large = get(port, '/api/v1/slow/large', agent, underWay);
    const late = get(port, '/api/v1/slow/late', agent);
    await streaming;
    shutdown!.begin('SIGTERM');

    const [largeResult, lateResult] = await Promise.all([large, late]);
    expect(largeResult.bytes).toBe(CHUNK.length * CHUNKS);
    expect(lateResult.headers.connection).toBe('close');
    expect(await exited).toBe(0);
    agent.destroy();
  });
});
