import { timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { CsrfError } from '../errors.ts';
import type { AppEnv } from './app-env.ts';

export const CSRF_FIELD = '_csrf';
export const CSRF_HEADER = 'x-csrf-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const FORM_TYPES = /^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i;

/**
 * CSRF protection for the cookie group: a state-changing request must come from our own origin
 * (Sec-Fetch-Site, else Origin, when the browser sends them) AND carry the token the session slot
 * expects, in the hidden `_csrf` field of a form or the `x-csrf-token` header of an API client.
 * SameSite=Lax on the session cookie is a third layer, not the only one.
 *
 * The form body is read from a clone, so the page's action still reads it whole.
 */
export function csrfProtection(options: { origin: (c: Context<AppEnv>) => string }): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const site = c.req.header('sec-fetch-site');
    if (site && site !== 'same-origin') throw new CsrfError('crossSite');
    const origin = c.req.header('origin');
    if (origin !== undefined && origin !== options.origin(c)) throw new CsrfError('origin');
    const expected = c.var.csrfToken;
    const sent = c.req.header(CSRF_HEADER) ?? (await formToken(c));
    if (!expected || !sent || !sameToken(expected, sent)) throw new CsrfError('token');
    await next();
  };
}

async function formToken(c: Context<AppEnv>): Promise<string | null> {
  if (!FORM_TYPES.test(c.req.header('content-type') ?? '')) return null;
  try {
    const value = (await c.req.raw.clone().formData()).get(CSRF_FIELD);
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  }
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Our own origin, as browsers send it in `Origin`: the configured public origin, else the request's. */
export function requestOrigin(c: Context<AppEnv>, publicOrigin: string | undefined, trustProxy: boolean): string {
  if (publicOrigin) return new URL(publicOrigin).origin;
  const url = new URL(c.req.url);
  if (trustProxy) {
    const proto = c.req.header('x-forwarded-proto');
    const host = c.req.header('x-forwarded-host');
    if (proto) url.protocol = `${proto}:`;
    if (host) url.host = host;
  }
  return url.origin;
}
