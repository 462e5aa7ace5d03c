import type { Context, MiddlewareHandler } from 'hono';
import { ACTIVITY_PAGES } from '../modules/activities/index.ts';
import { CATALOG_PAGES } from '../modules/catalog/index.ts';
import { INTEROP_PAGES } from '../modules/interop/index.ts';
import { KNOWLEDGE_PAGES } from '../modules/knowledge/index.ts';
import { readPublicDataVersions, STAMPED_LOOKBACK } from '../platform/cache/data-version.queries.ts';
import type { DataVersionTables } from '../platform/cache/data-version.tables.ts';
import { StampChanges } from '../platform/cache/stamp-changes.ts';
import type { Clock } from '../platform/clock.ts';
import { withTables, type AnyDatabaseHandle } from '../platform/db/database.ts';
import { read } from '../platform/db/transactions.ts';
import { freshRead } from '../platform/fresh-read.ts';
import type { AppEnv } from '../platform/http/app-env.ts';
import { languageOfPath } from '../platform/http/language.ts';
import { responseCache } from '../platform/http/response-cache.ts';
import { SHELL_PAGES } from '../app/paths.ts';

/**
 * The family pages whose answer is a function of the URL, the language, the public data and the
 * minute alone. Not here: pages with a person's data behind a link (a sign-up, a contact request),
 * forms, the staff workspace.
 */
const PUBLIC_DATA_PAGES = [
  SHELL_PAGES.home,
  CATALOG_PAGES.search,
  CATALOG_PAGES.service,
  CATALOG_PAGES.place,
  CATALOG_PAGES.municipality,
  CATALOG_PAGES.familyCentre,
  KNOWLEDGE_PAGES.articles,
  KNOWLEDGE_PAGES.article,
  KNOWLEDGE_PAGES.guide,
  ACTIVITY_PAGES.calendar,
  ACTIVITY_PAGES.activity,
  ACTIVITY_PAGES.occurrence,
  INTEROP_PAGES.openData,
];

const patternOf = (route: string) => new RegExp(`^${route.replace(/:[a-zA-Z]+/g, '[^/]+')}$`);
const PAGE_PATTERNS = PUBLIC_DATA_PAGES.map(patternOf);

/**
 * The answers that never show places left, so that a sign-up leaves them be (migration 0015): the
 * search page and the open API's service lists and mixed search, whose activity hits say when and
 * where but not how full. Every other answer is keyed by the sign-ups' version too.
 */
const SEARCH_PAGE = patternOf(CATALOG_PAGES.search);
function showsNoPlacesLeft(path: string): boolean {
  if (path.startsWith('/api/v1/services') || path === '/api/v1/search') return true;
  const route = pageRouteOf(path);
  return route !== null && SEARCH_PAGE.test(route);
}

/** A staff member's browser sends its session cookie to family pages too: their answers are left alone. */
const HAS_OUR_COOKIE = /(^|;\s*)(__Host-)?perhekeskus-/;

/** A family page's path without its language ("/fi/search" → "search"); null for any other path. */
function pageRouteOf(path: string): string | null {
  const lang = languageOfPath(path);
  return lang ? path.slice(lang.length + 2) : null;
}

function isPublicDataPage(path: string): boolean {
  const route = pageRouteOf(path);
  return route !== null && PAGE_PATTERNS.some((p) => p.test(route));
}

/**
 * The response cache in front of the public reads: it sits in the public guards' chain, which the
 * family pages and the public API (GET only) pass, so every API path that reaches it is open data.
 */
export function publicResponseCache(database: AnyDatabaseHandle, clock: Clock, maxBytes: number): MiddlewareHandler<AppEnv> {
  const db = withTables<DataVersionTables>(database.db);
  // An answer kept further back than this is re-rendered, whatever changed.
  const stampChanges = new StampChanges(STAMPED_LOOKBACK);
  // One version read per batch of concurrent requests, each still seeing every earlier commit.
  // The runs are one after another, so the stamp changes are learned in order.
  const versions = freshRead(async () => {
    const fresh = await read(db, (tx) => readPublicDataVersions(tx, stampChanges.knownUpTo()));
    stampChanges.learn(Number(fresh.data), fresh.stamped);
    return fresh;
  });
  return responseCache({
    version: async (c: Context<AppEnv>) => {
      const { data, registrations } = await versions();
      return showsNoPlacesLeft(c.req.path) ? data : `${data}.${registrations}`;
    },
    // "data" or "data.registrations" (above): sign-ups must be the same, the data only re-stamped.
    holdsAcross: (kept, version, services) => {
      const [keptData, ...keptRest] = kept.split('.');
      const [data, ...rest] = version.split('.');
      return keptRest.join('.') === rest.join('.') && stampChanges.leaveAlone(Number(keptData), Number(data), services);
    },
    clock,
    maxBytes,
    language: (c: Context<AppEnv>) => c.var.lang,
    nonce: (c: Context<AppEnv>) => c.var.nonce,
    cacheable: (c: Context<AppEnv>) => {
      if (HAS_OUR_COOKIE.test(c.req.header('cookie') ?? '')) return false;
      const path = c.req.path;
      return path.startsWith('/api/') || path.startsWith('/hsds/') || path === '/hsds' || isPublicDataPage(path);
    },
  });
}
