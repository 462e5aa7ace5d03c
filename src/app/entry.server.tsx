import { Writable } from 'node:stream';
import { renderToPipeableStream } from 'react-dom/server';
import { ServerRouter, type AppLoadContext, type EntryContext } from 'react-router';
import { loggableUrl } from '../platform/loggable-url.ts';

const RENDER_TIMEOUT_MS = 10_000;

/**
 * Whole documents, never streamed: family pages ship no scripts, so the HTML must be complete when
 * it arrives, for screen readers and slow networks alike. One buffer is also one socket write and
 * one compression pass instead of one per chunk React flushes.
 */
export default function handleRequest(
  request: Request,
  status: number,
  headers: Headers,
  routerContext: EntryContext,
  loadContext: AppLoadContext,
) {
  return new Promise<Response>((resolve, reject) => {
    let failed = false;
    // A render that has not finished by then is abandoned; one that has must not leave its timer
    // behind (one per request would keep the process busy for 11 s after the last one).
    const timer = setTimeout(() => abort(), RENDER_TIMEOUT_MS + 1000);
    const { pipe, abort } = renderToPipeableStream(<ServerRouter context={routerContext} url={request.url} nonce={loadContext.nonce} />, {
      nonce: loadContext.nonce,
      onAllReady() {
        const chunks: Buffer[] = [];
        const document = new Writable({
          write(chunk: Buffer, _encoding, done) {
            chunks.push(chunk);
            done();
          },
          final(done) {
            headers.set('content-type', 'text/html; charset=utf-8');
            if (!headers.has('cache-control')) headers.set('cache-control', 'no-cache');
            const body = Buffer.concat(chunks);
            headers.set('content-length', String(body.length));
            clearTimeout(timer);
            resolve(new Response(body, { headers, status: failed ? 500 : status }));
            done();
          },
        });
        document.on('error', reject);
        pipe(document);
      },
      onShellError(error: unknown) {
        clearTimeout(timer);
        reject(error);
      },
      onError(error: unknown) {
        failed = true;
        loadContext.logger.error({ err: error, url: loggableUrl(request.url) }, 'page render failed');
      },
    });
  });
}

/** Errors React Router meets in loaders and actions go to the JSON log with the request id, not to stderr. */
export function handleError(error: unknown, { request, context }: { request: Request; context: AppLoadContext }) {
  if (request.signal.aborted) return;
  context.logger.error({ err: error, url: loggableUrl(request.url) }, 'page request failed');
}

export const streamTimeout = RENDER_TIMEOUT_MS;
