import { constants, gunzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { compressResponses } from './compression.ts';

const page = `<!doctype html><p>${'Perhekeskus palvelee lapsiperheitä. '.repeat(100)}</p>`;

function app() {
  const app = new Hono();
  app.use(compressResponses());
  app.get('/page', (c) => c.html(page));
  app.get('/small', (c) => c.json({ status: 'ok' }));
  app.get('/stream', (c) => c.body(new Blob([page]).stream(), 200, { 'content-type': 'text/html; charset=utf-8' }));
  app.get('/font', (c) => c.body(new Uint8Array(4096), 200, { 'content-type': 'font/woff2' }));
  app.get('/no-transform', (c) => c.html(page, 200, { 'cache-control': 'no-transform' }));
  return app;
}

describe('response compression', () => {
  it('gzips a text response for a client that accepts gzip, with the right length', async () => {
    const res = await app().request('/page', { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const body = Buffer.from(await res.arrayBuffer());
    expect(Number(res.headers.get('content-length'))).toBe(body.length);
    expect(body.length).toBeLessThan(Buffer.byteLength(page) / 5);
    expect(gunzipSync(body).toString('utf8')).toBe(page);
  });

  it('compresses a streamed body whose length is not known beforehand', async () => {
    const res = await app().request('/stream', { headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await res.arrayBuffer())).toString('utf8')).toBe(page);
  });

  it('sends the body as it is to a client that does not accept gzip or refuses it with q=0', async () => {
    for (const header of [undefined, 'identity', 'gzip;q=0, br']) {
      const res = await app().request('/page', header ? { headers: { 'accept-encoding': header } } : {});
      expect(res.headers.get('content-encoding')).toBeNull();
      expect(await res.text()).toBe(page);
    }
  });

  it('leaves small, already compressed and no-transform responses alone', async () => {
    for (const path of ['/small', '/font', '/no-transform']) {
      const res = await app().request(path, { headers: { 'accept-encoding': 'gzip' } });
      expect(res.headers.get('content-encoding'), path).toBeNull();
    }
    expect(await (await app().request('/small', { headers: { 'accept-encoding': 'gzip' } })).json()).toEqual({ status: 'ok' });
  });
});

describe('streams', () => {
  it('delivers a Server-Sent Event before the stream ends, uncompressed', async () => {
    const encoder = new TextEncoder();
    let close!: () => void;
    const app = new Hono();
    app.use(compressResponses());
    app.get('/events', () => {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(encoder.encode('event: message\ndata: hei\n\n'));
          close = () => controller.close();
        },
      });
      return new Response(body, { headers: { 'content-type': 'text/event-stream' } });
    });
    const res = await app.request('/events', { headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers.get('content-encoding')).toBeNull();
    const reader = res.body!.getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toBe('event: message\ndata: hei\n\n');
    close();
    expect((await reader.read()).done).toBe(true);
  });

  it('compresses a long stream as it flows instead of waiting for its end', async () => {
    const line = `${JSON.stringify({ name: 'Perhekeskus palvelee lapsiperheitä' })}\n`;
    const chunk = new TextEncoder().encode(line.repeat(2000));
    let sent = 0;
    let finish!: () => void;
    const app = new Hono();
    app.use(compressResponses());
    app.get('/export', () => {
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent < 5) {
            sent++;
            controller.enqueue(chunk);
          } else {
            // The producer has more to say, but not yet: the client must already have the first part.
            finish = () => controller.close();
            return new Promise(() => {});
          }
        },
      });
      return new Response(body, { headers: { 'content-type': 'application/x-ndjson' } });
    });
    const res = await app.request('/export', { headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('content-length')).toBeNull();
    const reader = res.body!.getReader();
    const parts: Uint8Array[] = [];
    let received = 0;
    while (received < 1000) {
      const { value } = await reader.read();
      parts.push(value!);
      received += value!.byteLength;
    }
    // What has arrived so far decompresses to whole lines, although the stream has not ended.
    const sofar = gunzipSync(Buffer.concat(parts), { finishFlush: constants.Z_SYNC_FLUSH }).toString('utf8');
    expect(sofar.startsWith(line.repeat(3))).toBe(true);
    finish();
  });
});
