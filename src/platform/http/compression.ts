import { promisify } from 'node:util';
import { constants, gzip } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';

const gzipAsync = promisify(gzip);

/** Below this, the gzip header and a round trip to the thread pool cost more than they save. */
const MIN_BYTES = 1024;
const COMPRESSIBLE = /^(text\/|application\/(json|problem\+json|javascript|xml|xhtml\+xml)|image\/svg\+xml)/;

function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  return header.split(',').some((part) => {
    const [coding, ...params] = part.trim().split(';');
    if (coding?.trim().toLowerCase() !== 'gzip' && coding?.trim() !== '*') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return !q || Number(q.slice(2)) > 0;
  });
}

/**
 * gzip for text responses, whole bodies at a time. Our responses are complete before they are sent
 * (pages render whole documents), so one buffer compressed on the libuv thread pool keeps the
 * event loop free; a compression stream would cost a flush and a socket write per small chunk.
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
    const length = Number(res.headers.get('content-length') ?? NaN);
    if (length < MIN_BYTES) return;
    const body = Buffer.from(await res.arrayBuffer());
    // Hono copies the other headers of the old response onto the one assigned to c.res.
    const init = { status: res.status, statusText: res.statusText, headers: { 'content-type': type } };
    if (body.length < MIN_BYTES) {
      c.res = new Response(body, init);
      return;
    }
    const compressed = await gzipAsync(body, { level: constants.Z_DEFAULT_COMPRESSION });
    c.res = new Response(compressed, init);
    c.res.headers.set('content-encoding', 'gzip');
    c.res.headers.set('content-length', String(compressed.length));
  };
}
