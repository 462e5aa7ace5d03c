import type { MiddlewareHandler } from 'hono';
import { scopeOf, type AppEnv } from '../../platform/http/app-env.ts';
import { withHeader } from '../../platform/http/cookies.ts';
import { randomToken } from '../../platform/secrets.ts';
import type { IdentityServices } from './identity.services.ts';
import { PRE_SESSION_CSRF_COOKIE, SESSION_COOKIE } from './session-cookies.ts';
import { resolveSession } from './sign-in.ts';

/**
 * The cookie group's session slot. With a live session the request acts for its person (with
 * the grants of their memberships) and its forms carry the session's CSRF token; without one it
 * stays anonymous and its forms carry a pre-session token from a cookie of its own (double
 * submit), which sign-in then replaces. An ended session's cookie is cleared.
 */
export function sessionSlot(s: IdentityServices): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const cookies = c.var.cookies;
    const cookieHeader = c.req.header('cookie');
    const token = cookies.read(cookieHeader, SESSION_COOKIE);
    let clearSession = false;
    if (token) {
      const session = await resolveSession(s, token, scopeOf(c));
      if (session?.stage === 'signedIn') c.set('actor', session.actor);
      if (session) c.set('csrfToken', session.csrfToken);
      else clearSession = true;
    }
    let issued: string | null = null;
    if (!c.var.csrfToken) {
      const preSession = cookies.read(cookieHeader, PRE_SESSION_CSRF_COOKIE);
      if (preSession) c.set('csrfToken', preSession);
      else if (cookies.usable) c.set('csrfToken', (issued = randomToken(24)));
    }
    await next();
    if (clearSession) c.res = withHeader(c.res, 'set-cookie', cookies.clear(SESSION_COOKIE));
    if (issued) c.res = withHeader(c.res, 'set-cookie', cookies.serialize(PRE_SESSION_CSRF_COOKIE, issued));
  };
}
