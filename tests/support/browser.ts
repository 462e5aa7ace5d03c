/**
 * A browser without a browser, for tests: a cookie jar that honours host and path, manual
 * redirects, form posts with the page's CSRF token and its own Origin. Requests to `appOrigin`
 * go to the in-process app (`app.request`); others (an identity provider on a port of its own)
 * over the network.
 */
interface StoredCookie {
  value: string;
  host: string;
  path: string;
}

export interface BrowserResponse {
  status: number;
  headers: Headers;
  url: URL;
  text: string;
  /** Every Set-Cookie header of this response, as sent. */
  setCookies: string[];
}

export class Browser {
  private jar = new Map<string, StoredCookie>(); // name|host|path
  /** The last page's hidden `_csrf` value. */
  csrf = '';

  constructor(
    private readonly app: { request: (input: string, init?: RequestInit) => Response | Promise<Response> },
    readonly appOrigin = 'http://localhost',
    private readonly defaultHeaders: Record<string, string> = {},
  ) {}

  cookie(nameEnd: string): string | undefined {
    for (const [key, c] of this.jar) if (key.split('|')[0]!.endsWith(nameEnd)) return c.value;
    return undefined;
  }

  setCookie(name: string, value: string, host = new URL(this.appOrigin).hostname) {
    this.jar.set(`${name}|${host}|/`, { value, host, path: '/' });
  }

  clearCookies() {
    this.jar.clear();
  }

  private cookieHeader(url: URL): string {
    return [...this.jar.entries()]
      .filter(
        ([, c]) =>
          c.host === url.hostname &&
          (c.path === '/' || url.pathname === c.path || url.pathname.startsWith(c.path.endsWith('/') ? c.path : `${c.path}/`)),
      )
      .map(([key, c]) => `${key.split('|')[0]}=${c.value}`)
      .join('; ');
  }

  private store(setCookies: string[], url: URL) {
    for (const header of setCookies) {
      const [pair, ...attributes] = header.split(';').map((s) => s.trim());
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq);
      const value = pair!.slice(eq + 1);
      const path = attributes.find((a) => /^path=/i.test(a))?.slice(5) ?? (url.pathname.replace(/\/[^/]*$/, '') || '/');
      const expired =
        attributes.some((a) => /^max-age=0$/i.test(a)) ||
        attributes.some((a) => /^expires=/i.test(a) && new Date(a.slice(8)).getTime() < Date.now());
      const key = `${name}|${url.hostname}|${path}`;
      if (expired || value === '') this.jar.delete(key);
      else this.jar.set(key, { value, host: url.hostname, path });
    }
  }

  async request(target: string | URL, init: RequestInit = {}): Promise<BrowserResponse> {
    const url = new URL(target, this.appOrigin);
    const headers = new Headers({ ...this.defaultHeaders, ...Object.fromEntries(new Headers(init.headers)) });
    const cookie = this.cookieHeader(url);
    if (cookie) headers.set('cookie', cookie);
    const local = url.origin === this.appOrigin;
    const response = local
      ? await this.app.request(url.pathname + url.search, { ...init, headers })
      : await fetch(url, { ...init, headers, redirect: 'manual' });
    const setCookies = response.headers.getSetCookie();
    this.store(setCookies, url);
    const text = await response.text();
    const csrf = /name="_csrf" value="([^"]*)"/.exec(text)?.[1];
    if (csrf) this.csrf = csrf;
    return { status: response.status, headers: response.headers, url, text, setCookies };
  }

  get(path: string | URL, headers: Record<string, string> = {}) {
    return this.request(path, { headers });
  }

  /** A form post as a browser sends it from our own page: urlencoded, our Origin, the page's CSRF token unless given. */
  post(path: string | URL, fields: Record<string, string>, headers: Record<string, string> = {}) {
    const body = new URLSearchParams({ _csrf: this.csrf, ...fields });
    return this.request(path, {
      method: 'POST',
      body: body.toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: this.appOrigin, 'sec-fetch-site': 'same-origin', ...headers },
    });
  }

  /** A multipart form post (a form with a file input), as a browser sends it from our own page. */
  postMultipart(path: string | URL, fields: Record<string, string>, files: Record<string, { name: string; text: string }> = {}) {
    const body = new FormData();
    body.set('_csrf', this.csrf);
    for (const [name, value] of Object.entries(fields)) body.set(name, value);
    for (const [name, file] of Object.entries(files)) body.set(name, new File([file.text], file.name, { type: 'application/json' }));
    return this.request(path, { method: 'POST', body, headers: { origin: this.appOrigin, 'sec-fetch-site': 'same-origin' } });
  }

  /** Follows redirects from a response until a page answers or `stop` says so. */
  async follow(first: BrowserResponse, stop: (url: URL) => boolean = () => false): Promise<BrowserResponse> {
    let response = first;
    for (let i = 0; i < 20 && response.status >= 300 && response.status < 400; i++) {
      const next = new URL(response.headers.get('location')!, response.url);
      if (stop(next)) return { ...response, url: next };
      response = await this.get(next);
    }
    return response;
  }
}
