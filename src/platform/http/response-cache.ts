import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Context, MiddlewareHandler } from 'hono';
import type { Clock } from '../clock.ts';
import { acceptsGzip } from './compression.ts';

/**
 * The rendered answers to public reads (family pages, open-API lists), kept while nothing they
 * show can have changed: an entry is served only for the public data version it was rendered at
 * (read before rendering; every committing write to public data bumps it, migration 0010) and,
 * because "open now", "today" and "this week" move with the clock, within the minute it was
 * rendered in, unless the handler said when its answer next changes with the clock
 * (`clockHorizon`: a search page, when the first of its cards' hours closes or the day ends) or that
 * it does not (`clockIndependent`: an open-API service list without "open now"). So a popular
 * search page ("neuvola" in Mikkeli) is rendered a few times a day, the same API list once per
 * change of the data, and an edit is served on the next request after it commits, by every instance.
 *
 * Each entry has an ETag: `If-None-Match` is answered 304. Bodies are kept uncompressed and, once
 * asked for, gzipped, so a hit costs neither rendering nor compression. A page whose scripts carry
 * the request's CSP nonce is kept with a placeholder and gets the new request's nonce, compressed
 * per request and without an ETag (a 304 would pair the old body with a new nonce).
 */

export interface ResponseCacheOptions {
  /** The committed version of what the answer shows; read once per request, before anything is rendered. */
  version: (c: Context) => Promise<string>;
  /**
   * Whether an answer kept at version `kept`, which said it shows `services` only (`answerShows`),
   * still holds at `version`: every change in between left those services alone (migration 0016).
   * Without it an answer holds for its own version only.
   */
  holdsAcross?: (kept: string, version: string, services: ReadonlySet<string>) => boolean;
  clock: Clock;
  /** Requests that may be answered from the cache: public reads whose answer depends on nothing but the URL, language, data and minute. */
  cacheable: (c: Context) => boolean;
  /** The request's CSP nonce, when it has one. */
  nonce: (c: Context) => string | undefined;
  /** The language the answer is in (pages: the path; API: `lang` or Accept-Language). */
  language: (c: Context) => string;
  maxBytes?: number;
}

interface Entry {
  /** The version it was rendered at, or a later one it was found to hold at. */
  version: string;
  /** The services it shows, when its handler said (`answerShows`). */
  shows: ReadonlySet<string> | null;
  /** From the start of the minute it was rendered in (a test clock may go back) … */
  from: number;
  /** … until this instant (ms), exclusive; null for an answer that does not change with the clock. */
  until: number | null;
  status: number;
  headers: [string, string][];
  body: Buffer;
  gzip: Buffer | null;
  /** The body holds NONCE_PLACEHOLDER where the rendering request's nonce was. */
  templated: boolean;
  etag: string | null;
  bytes: number;
}

const NONCE_PLACEHOLDER = '\u0000nonce\u0000';
const MAX_ENTRY_BYTES = 1024 * 1024;
const CACHED_TYPES = /^(text\/html|application\/json)/;
/** Headers that belong to one response, not to what it says. */
const NOT_KEPT = new Set(['set-cookie', 'content-length', 'content-encoding', 'x-request-id', 'date', 'x-response-cache']);

/** `a=1&b=2` and `b=2&a=1` ask the same; an empty parameter is kept, it can mean something. */
export function normalisedKey(language: string, url: string): string {
  const parsed = new URL(url);
  const params = [...parsed.searchParams.entries()].sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : x > y ? 1 : 0) : a < b ? -1 : 1));
  return `${language} ${parsed.pathname}?${new URLSearchParams(params).toString()}`;
}

function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}

export function responseCache(options: ResponseCacheOptions): MiddlewareHandler {
  const maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
  const entries = new Map<string, Entry>();
  let totalBytes = 0;

  const remove = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    totalBytes -= entry.bytes;
  };
  const store = (key: string, entry: Entry) => {
    remove(key);
    entries.set(key, entry);
    totalBytes += entry.bytes;
    // Map keeps insertion order and a hit re-inserts: the first key is the least recently used.
    for (const oldest of entries.keys()) {
      if (totalBytes <= maxBytes) break;
      remove(oldest);
    }
  };

  const answer = (c: Context, entry: Entry, state: 'hit' | 'shared' | 'miss'): Response => {
    const headers = new Headers(entry.headers);
    headers.set('x-response-cache', state);
    if (entry.etag) {
      headers.set('etag', entry.etag);
      if (etagMatches(c.req.header('if-none-match'), entry.etag)) return new Response(null, { status: 304, headers });
    }
    if (entry.templated) {
      const nonce = options.nonce(c) ?? '';
      return new Response(entry.body.toString('utf8').replaceAll(NONCE_PLACEHOLDER, nonce), { status: entry.status, headers });
    }
    if (acceptsGzip(c.req.header('accept-encoding')) && entry.body.length >= 1024) {
      if (!entry.gzip) {
        entry.gzip = gzipSync(entry.body);
        entry.bytes += entry.gzip.length;
        totalBytes += entry.gzip.length;
      }
      headers.set('content-encoding', 'gzip');
      headers.set('content-length', String(entry.gzip.length));
      return new Response(new Uint8Array(entry.gzip), { status: entry.status, headers });
    }
    headers.set('content-length', String(entry.body.length));
    return new Response(new Uint8Array(entry.body), { status: entry.status, headers });
  };

  /** The answer `next` renders, kept when it may be: null when it may not (it is then left as c.res). */
  const render = async (c: Context, next: () => Promise<void>, key: string, version: string, now: number): Promise<Entry | null> => {
    await next();
    const res = c.res;
    const cacheControl = res.headers.get('cache-control') ?? '';
    if (
      res.status !== 200 ||
      !res.body ||
      res.headers.has('set-cookie') ||
      res.headers.has('content-encoding') ||
      /no-store|private/.test(cacheControl) ||
      !CACHED_TYPES.test(res.headers.get('content-type') ?? '') ||
      Number(res.headers.get('content-length') ?? 0) > MAX_ENTRY_BYTES
    ) {
      return null;
    }
    const body = Buffer.from(await res.arrayBuffer());
    const nonce = options.nonce(c);
    let text = body.toString('utf8');
    // Only scripts depend on the nonce: a nonce on a stylesheet link is allowed by 'self' anyway.
    const templated = Boolean(nonce) && text.includes('<script') && text.includes(nonce!);
    if (templated) text = text.replaceAll(nonce!, NONCE_PLACEHOLDER);
    const keptBody = templated ? Buffer.from(text, 'utf8') : body;
    const entry: Entry = {
      version,
      shows: (c.get('answerShows') as Set<string> | undefined) ?? null,
      ...validity(c, now),
      status: res.status,
      headers: [...res.headers.entries()].filter(([name]) => !NOT_KEPT.has(name.toLowerCase())),
      body: keptBody,
      gzip: null,
      templated,
      etag: templated ? null : `W/"${createHash('sha256').update(keptBody).digest('base64url').slice(0, 27)}"`,
      bytes: keptBody.length + key.length,
    };
    if (keptBody.length <= MAX_ENTRY_BYTES) store(key, entry);
    return entry;
  };

  /**
   * Renders under way, by key and version. After an edit, everyone asking a popular question
   * at once would render it at once; those who ask for the same version wait for the first
   * render instead. That render read its data after reading the version, so it holds every commit
   * the waiting requests must see (they read the same version after they arrived).
   */
  const rendering = new Map<string, { version: string; done: Promise<Entry | null> }>();

  return async (c, next) => {
    if (c.req.method !== 'GET' || !options.cacheable(c)) return next();
    // The version first: data read after it is at least as new, so an entry is never older than its version.
    const version = await options.version(c);
    const now = options.clock.now().getTime();
    const key = normalisedKey(options.language(c), c.req.url);
    const holds = (entry: Entry) => entry.from <= now && (entry.until === null || now < entry.until) && atVersion(entry);
    const atVersion = (entry: Entry) => {
      if (entry.version === version) return true;
      if (!entry.shows || !options.holdsAcross?.(entry.version, version, entry.shows)) return false;
      // Found to hold here: the next request at this version need not look back again.
      entry.version = version;
      return true;
    };
    const kept = entries.get(key);
    if (kept && holds(kept)) {
      entries.delete(key);
      entries.set(key, kept);
      c.res = answer(c, kept, 'hit');
      return;
    }
    const underWay = rendering.get(key);
    if (underWay?.version === version) {
      // A render that failed failed its own request; this one renders for itself.
      const shared = await underWay.done.catch(() => null);
      if (shared && holds(shared)) {
        c.res = answer(c, shared, 'shared');
        return;
      }
    }
    const mine = { version, done: render(c, next, key, version, now) };
    rendering.set(key, mine);
    try {
      const entry = await mine.done;
      if (entry) replaceResponse(c, answer(c, entry, 'miss'));
    } finally {
      if (rendering.get(key) === mine) rendering.delete(key);
    }
  };
}

/**
 * How long an answer rendered at `now` holds as the clock moves: its minute, unless the handler
 * said more. A horizon already past (rendered across it) falls back on the minute.
 */
function validity(c: Context, now: number): Pick<Entry, 'from' | 'until'> {
  const minuteStart = now - (now % 60_000);
  if (c.get('clockIndependent')) return { from: minuteStart, until: null };
  const horizon = c.get('clockHorizon') as number | undefined;
  return { from: minuteStart, until: horizon !== undefined && horizon > now ? horizon : minuteStart + 60_000 };
}

/**
 * Hono copies the old response's headers onto one assigned over it; the rendered response's own
 * content-length would then describe the uncompressed body. The answer carries every header it needs.
 */
function replaceResponse(c: Context, response: Response) {
  c.res = undefined as unknown as Response;
  c.res = response;
}
