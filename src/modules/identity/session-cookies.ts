import type { CookiePolicy } from '../../platform/http/cookies.ts';

/**
 * The staff workspace's cookies, for the session slot and for pages (which set and clear the
 * session cookie in their actions). Values are random base64url; the database keeps hashes.
 */
export const SESSION_COOKIE = 'session';
/** The CSRF token before sign-in (double submit), for the sign-in and password forms. */
export const PRE_SESSION_CSRF_COOKIE = 'csrf';
/** The handle of a sign-in on its way to an identity provider and back. */
export const OIDC_COOKIE = 'oidc';

export function presentedSessionToken(cookies: CookiePolicy, request: Request): string | null {
  return cookies.read(request.headers.get('cookie'), SESSION_COOKIE);
}

/** No Max-Age: the cookie ends with the browser; the server ends the session at its timeouts anyway. */
export const sessionCookie = (cookies: CookiePolicy, token: string) => cookies.serialize(SESSION_COOKIE, token);
export const clearSessionCookie = (cookies: CookiePolicy) => cookies.clear(SESSION_COOKIE);
