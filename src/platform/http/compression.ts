import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { promisify } from 'node:util';
import { constants, createGzip, gzip } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';

const gzipAsync = promisify(gzip);

/** Below this, the gzip header and a round trip to the thread pool cost more than they save. */
const MIN_BYTES = 1024;
/** A body of unknown length that has not ended by this many bytes is a stream: compressed as it flows. */
const STREAM_AFTER_BYTES = 256 * 1024;
const COMPRESSIBLE = /^(text\/|application\/(json|problem\+json|x-ndjson|javascript|xml|xhtml\+xml)|image\/svg\+xml)/;

export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  return header.split(',').some((part) => {
    const [coding, ...params] = part.trim().split(';');
    if (coding?.trim().toLowerCase() !== 'gzip' && coding?.trim() !== '*') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return !q || Number(q.slice(2)) > 0;
  });
}

/**
 * gzip for text responses. A complete body (pages render whole documents, JSON is one string) is
 * compressed in one buffer on the libuv thread pool: one socket write instead of a flush and a
 * write per small chunk. A body of unknown length is read only as far as it has been produced:
 * if it has not ended within STREAM_AFTER_BYTES it is a stream (an NDJSON export), compressed as it
 * flows, each chunk flushed at once. Server-Sent Events pass untouched: every event arrives when
 * it is sent, not when the stream ends.
 */
export function compressResponses(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const res = c.res;
    const type = res.headers.get('content-type') ?? '';
    res.headers.append('vary', 'Accept-Encoding');
    if (
      !res.body ||
      c.req.method === 'HEAD' ||
      res.headers.has('content-encoding') ||
      !COMPRESSIBLE.test(type) ||
      /no-transform/.test(res.headers.get('cache-control') ?? '') ||
      !acceptsGzip(c.req.header('accept-encoding'))
    ) {
      return;
    }
    if (type.startsWith('text/event-stream')) return;
    const declared = res.headers.get('content-length');
    if (declared !== null && Number(declared) < MIN_BYTES) return;
    // Hono copies the other headers of the old response onto the one assigned to c.res.
    const init = { status: res.status, statusText: res.statusText, headers: { 'content-type': type } };
    const read = await readUpTo(res.body, STREAM_AFTER_BYTES);
    if (read.rest) {
      c.res = new Response(gzipStream(read.head, read.rest), init);
      c.res.headers.set('content-encoding', 'gzip');
      c.res.headers.delete('content-length');
      return;
    }
    const body = read.head;
    if (body.length < MIN_BYTES) {
      c.res = new Response(body as Uint8Array<ArrayBuffer>, init);
      return;
    }
    const compressed = await gzipAsync(body, { level: constants.Z_DEFAULT_COMPRESSION });
    c.res = new Response(compressed, init);
    c.res.headers.set('content-encoding', 'gzip');
    c.res.headers.set('content-length', String(compressed.length));
  };
}

/** The body if it ends within `limit` bytes; else what was read so far and the reader for the rest. */
async function readUpTo(
  body: ReadableStream<Uint8Array>,
  limit: number,
): Promise<{ head: Buffer; rest: ReadableStreamDefaultReader<Uint8Array> | null }> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (size <= limit) {
    const { done, value } = await reader.read();
    if (done) return { head: Buffer.concat(chunks), rest: null };
    chunks.push(value);
    size += value.byteLength;
  }
  return { head: Buffer.concat(chunks), rest: reader };
}

/** gzip as the body streams: Z_SYNC_FLUSH after every chunk, so nothing waits for the next one. */
function gzipStream(head: Buffer, rest: ReadableStreamDefaultReader<Uint8Array>): ReadableStream<Uint8Array> {
  const source = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(head);
    },
    async pull(controller) {
      const { done, value } = await rest.read();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    cancel(reason) {
      return rest.cancel(reason);
    },
  });
  const compressed = Readable.fromWeb(source as WebReadableStream<Uint8Array>).pipe(createGzip({ flush: constants.Z_SYNC_FLUSH }));
  return Readable.toWeb(compressed) as unknown as ReadableStream<Uint8Array>;
}
