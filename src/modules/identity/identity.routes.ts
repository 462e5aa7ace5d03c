import { Hono, type Context } from 'hono';
import { scopeOf, type AppEnv } from '../../platform/http/app-env.ts';
import { requestOrigin } from '../../platform/http/csrf.ts';
import { negotiateLanguage } from '../../platform/http/language.ts';
import { isLang } from '../../platform/i18n-text.ts';
import { staffPaths } from './identity.paths.ts';
import type { IdentityServices } from './identity.services.ts';
import { completeOidcSignIn, startOidcSignIn } from './oidc.ts';
import { OIDC_COOKIE, presentedSessionToken, sessionCookie } from './session-cookies.ts';

const ATTEMPT_SECONDS = 600;

/**
 * The staff routes that are neither pages nor API, mounted at /staff in the cookie group:
 * /staff itself (to the sign-in page in the browser's language) and the round trip to an
 * organisation's identity provider.
 */
export function identityRoutes(s: IdentityServices) {
  const routes = new Hono<AppEnv>();
  const originOf = (c: Context<AppEnv>) => requestOrigin(c, s.site.publicOrigin, s.site.trustProxy);

  routes.get('/', (c) => {
    c.header('vary', 'Accept-Language');
    return c.redirect(staffPaths.signIn(negotiateLanguage(c.req.header('accept-language'))), 302);
  });

  routes.get('/oidc/:provider/start', async (c) => {
    const requested = c.req.query('lang');
    const lang = isLang(requested) ? requested : c.var.lang;
    if (!c.var.cookies.usable) return c.redirect(staffPaths.signIn(lang, new URLSearchParams({ error: 'insecure' })), 303);
    const { redirectTo, handle } = await startOidcSignIn(s, scopeOf(c, lang), {
      providerId: c.req.param('provider'),
      lang,
      requestOrigin: originOf(c),
    });
    c.header('set-cookie', c.var.cookies.serialize(OIDC_COOKIE, handle, { maxAgeSeconds: ATTEMPT_SECONDS }), { append: true });
    return c.redirect(redirectTo, 303);
  });

  routes.get('/oidc/callback', async (c) => {
    const url = new URL(c.req.url);
    const result = await completeOidcSignIn(s, scopeOf(c), {
      handle: c.var.cookies.read(c.req.header('cookie'), OIDC_COOKIE),
      search: url.search,
      requestOrigin: originOf(c),
      presentedToken: presentedSessionToken(c.var.cookies, c.req.raw),
      userAgent: c.req.header('user-agent') ?? null,
    });
    c.header('set-cookie', c.var.cookies.clear(OIDC_COOKIE), { append: true });
    if (result.outcome === 'refused') return c.redirect(staffPaths.signIn(result.lang, new URLSearchParams({ error: result.reason })), 303);
    c.header('set-cookie', sessionCookie(c.var.cookies, result.session.token), { append: true });
    return c.redirect(staffPaths.workspace(result.lang), 303);
  });

  return routes;
}
