/**
 * How this request's cookies are named and flagged. Over https every cookie is
 * `__Host-perhekeskus-<name>; Secure; HttpOnly; SameSite=Lax; Path=/` (the prefix makes the
 * browser refuse one set by a sibling domain or without Secure). On plain-http localhost, a
 * developer's machine, the prefix and Secure are left out, because the browser would refuse both;
 * anywhere else on plain http no session cookie is issued at all (`usable` is false).
 */
export interface CookiePolicy {
  readonly usable: boolean;
  readonly secure: boolean;
  name(base: string): string;
  serialize(base: string, value: string, options?: { maxAgeSeconds?: number }): string;
  clear(base: string): string;
  read(cookieHeader: string | null | undefined, base: string): string | null;
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

export function cookiePolicy(https: boolean, hostname: string): CookiePolicy {
  const local = LOCAL_HOSTS.has(hostname) || hostname.endsWith('.localhost');
  const name = (base: string) => (https ? `__Host-perhekeskus-${base}` : `perhekeskus-${base}`);
  const attributes = ['Path=/', 'HttpOnly', 'SameSite=Lax', ...(https ? ['Secure'] : [])];
  return {
    usable: https || local,
    secure: https,
    name,
    serialize: (base, value, options = {}) =>
      [`${name(base)}=${value}`, ...attributes, ...(options.maxAgeSeconds !== undefined ? [`Max-Age=${options.maxAgeSeconds}`] : [])].join(
        '; ',
      ),
    clear: (base) => [`${name(base)}=`, ...attributes, 'Max-Age=0'].join('; '),
    read(cookieHeader, base) {
      if (!cookieHeader) return null;
      const wanted = name(base);
      for (const part of cookieHeader.split(';')) {
        const eq = part.indexOf('=');
        if (eq > 0 && part.slice(0, eq).trim() === wanted) {
          const value = part.slice(eq + 1).trim();
          // Our values are base64url: anything else is not ours.
          return /^[A-Za-z0-9_-]{16,200}$/.test(value) ? value : null;
        }
      }
      return null;
    },
  };
}

/** Appends a header to a response that may have been built with immutable headers (Response.redirect). */
export function withHeader(response: Response, name: string, value: string): Response {
  try {
    response.headers.append(name, value);
    return response;
  } catch {
    const copy = new Response(response.body, response);
    copy.headers.append(name, value);
    return copy;
  }
}
