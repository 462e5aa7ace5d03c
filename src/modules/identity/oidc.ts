import * as client from 'openid-client';
import { write } from '../../platform/db/transactions.ts';
import { NotFoundError } from '../../platform/errors.ts';
import { isLang, type I18nText, type Lang } from '../../platform/i18n-text.ts';
import type { RequestScope } from '../../platform/request-context.ts';
import { randomToken, tokenHash } from '../../platform/secrets.ts';
import type { OidcProviderConfig } from './identity.config.ts';
import { IDENTITY_EVENTS } from './identity.actions.ts';
import { STAFF_ROUTES } from './identity.paths.ts';
import { clientKey, linkOrigin, takeOrRefuse, type IdentityServices } from './identity.services.ts';
import { findExternalIdentity, findLinkablePerson, insertOidcSignIn, linkExternalIdentity, takeOidcSignIn } from './oidc.queries.ts';
import { endPresentedSession, openSession, type IssuedSession } from './sign-in.ts';

/*
 * OpenID Connect sign-in (authorization code + PKCE, openid-client 6) with the identity providers
 * configured per organisation (OIDC_PROVIDERS). A person is known by (issuer, subject); at the
 * first sign-in the provider's verified e-mail address links them to the person with that address
 * in one of the organisations the provider serves, and to nobody else.
 *
 * Strong identification of families (Suomi.fi e-Identification) is OpenID Connect too and would
 * plug in here as another provider kind: its own client (private_key_jwt, signed and encrypted ID
 * tokens, the national identity number as a claim), its own table of citizen identities instead
 * of `person`, and its own session audience (families, not staff). Not built yet.
 */

const ATTEMPT_MINUTES = 10;

export interface OidcClients {
  readonly providers: readonly { id: string; name: I18nText }[];
  find(id: string): OidcProviderConfig | null;
  authorizationUrl(provider: OidcProviderConfig, params: Record<string, string>): Promise<URL>;
  exchange(
    provider: OidcProviderConfig,
    callbackUrl: URL,
    checks: { codeVerifier: string; state: string; nonce: string },
  ): Promise<{ issuer: string; subject: string; email: string | null; emailVerified: boolean; name: string | null }>;
}

/**
 * Discovery is made once per provider and kept; a failed discovery is tried again next time.
 * Plain-http issuers are accepted only when allowed (the demo and the tests' in-process provider).
 */
export function createOidcClients(providers: readonly OidcProviderConfig[], options: { allowInsecure: boolean }): OidcClients {
  const configurations = new Map<string, Promise<client.Configuration>>();
  const configurationOf = (provider: OidcProviderConfig) => {
    let configuration = configurations.get(provider.id);
    if (!configuration) {
      const insecure = new URL(provider.issuer).protocol === 'http:';
      if (insecure && !options.allowInsecure) throw new Error(`OIDC provider ${provider.id}: an http issuer is allowed only in demo mode`);
      configuration = client.discovery(
        new URL(provider.issuer),
        provider.clientId,
        provider.clientSecret,
        undefined,
        insecure ? { execute: [client.allowInsecureRequests] } : undefined,
      );
      configuration.catch(() => configurations.delete(provider.id));
      configurations.set(provider.id, configuration);
    }
    return configuration;
  };
  return {
    providers: providers.map((p) => ({ id: p.id, name: p.name })),
    find: (id) => providers.find((p) => p.id === id) ?? null,
    async authorizationUrl(provider, params) {
      return client.buildAuthorizationUrl(await configurationOf(provider), params);
    },
    async exchange(provider, callbackUrl, checks) {
      const configuration = await configurationOf(provider);
      const tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
        pkceCodeVerifier: checks.codeVerifier,
        expectedState: checks.state,
        expectedNonce: checks.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims()!;
      let email = typeof claims.email === 'string' ? claims.email : null;
      let verified = claims.email_verified === true;
      let name = typeof claims.name === 'string' ? claims.name : null;
      // Providers that follow the spec strictly put the address only in userinfo.
      if (!email) {
        const info = await client.fetchUserInfo(configuration, tokens.access_token, claims.sub);
        email = typeof info.email === 'string' ? info.email : null;
        verified = info.email_verified === true;
        name ??= typeof info.name === 'string' ? info.name : null;
      }
      return { issuer: claims.iss, subject: claims.sub, email, emailVerified: verified, name };
    },
  };
}

const callbackUrlOf = (s: IdentityServices, requestOrigin: string) => `${linkOrigin(s.site, requestOrigin)}${STAFF_ROUTES.oidcCallback}`;

/** Starts a sign-in at a provider: the attempt is kept server-side, the browser gets a handle to it (a cookie). */
export async function startOidcSignIn(
  s: IdentityServices,
  scope: RequestScope,
  input: { providerId: string; lang: Lang; requestOrigin: string },
): Promise<{ redirectTo: string; handle: string }> {
  takeOrRefuse(s.limits.signIn, clientKey(scope));
  const provider = s.oidc.find(input.providerId);
  if (!provider) throw new NotFoundError('identityProvider', input.providerId);
  const state = client.randomState();
  const nonce = client.randomNonce();
  const codeVerifier = client.randomPKCECodeVerifier();
  const url = await s.oidc.authorizationUrl(provider, {
    redirect_uri: callbackUrlOf(s, input.requestOrigin),
    scope: 'openid email profile',
    state,
    nonce,
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    ui_locales: input.lang,
  });
  const handle = randomToken();
  const now = scope.clock.now();
  await write(
    s.db,
    scope,
    (tx) =>
      insertOidcSignIn(tx, {
        handleHash: tokenHash(handle),
        providerId: provider.id,
        state,
        nonce,
        codeVerifier,
        lang: input.lang,
        now,
        expiresAt: new Date(now.getTime() + ATTEMPT_MINUTES * 60_000),
      }),
    { unaudited: 'an attempt begins; its outcome is recorded at the callback' },
  );
  return { redirectTo: url.href, handle };
}

export type OidcSignInResult =
  | { readonly outcome: 'signedIn'; readonly session: IssuedSession; readonly lang: Lang }
  | { readonly outcome: 'refused'; readonly reason: 'expired' | 'noAccount' | 'providerError'; readonly lang: Lang };

/** The provider sent the browser back: check state, nonce and PKCE, find or link the person, open a session. */
export async function completeOidcSignIn(
  s: IdentityServices,
  scope: RequestScope,
  input: { handle: string | null; search: string; requestOrigin: string; presentedToken?: string | null; userAgent?: string | null },
): Promise<OidcSignInResult> {
  const now = scope.clock.now();
  const failed = async (reason: 'expired' | 'noAccount' | 'providerError', lang: Lang, detail: Record<string, string> = {}) => {
    await write(s.db, scope, async (_tx, audit) =>
      audit.record({ action: IDENTITY_EVENTS.signIn, outcome: 'failed', detail: { method: 'oidc', reason, ...detail } }),
    );
    return { outcome: 'refused', reason, lang } as const;
  };
  const attempt = input.handle
    ? await write(s.db, scope, (tx) => takeOidcSignIn(tx, tokenHash(input.handle!), now), {
        unaudited: 'the attempt is used up; its outcome follows',
      })
    : null;
  if (!attempt) return failed('expired', scope.lang);
  const lang = isLang(attempt.lang) ? attempt.lang : scope.lang;
  const provider = s.oidc.find(attempt.providerId);
  if (!provider) return failed('providerError', lang, { provider: attempt.providerId });

  let identity;
  try {
    identity = await s.oidc.exchange(provider, new URL(`${callbackUrlOf(s, input.requestOrigin)}${input.search}`), attempt);
  } catch (error) {
    scope.logger.warn({ provider: provider.id, reason: (error as Error).message }, 'OIDC sign-in failed at the provider');
    return failed('providerError', lang, { provider: provider.id });
  }

  const known = await findExternalIdentity(s.db, identity.issuer, identity.subject);
  const personId =
    known ?? (identity.email && identity.emailVerified ? await findLinkablePerson(s.db, identity.email, provider.organizations) : null);
  if (!personId) return failed('noAccount', lang, { provider: provider.id });

  return write(s.db, scope, async (tx, audit) => {
    await endPresentedSession(tx, input.presentedToken);
    await linkExternalIdentity(tx, { issuer: identity.issuer, subject: identity.subject, providerId: provider.id, personId, now });
    if (!known)
      audit.record({ action: IDENTITY_EVENTS.linkIdentity, actor: { personId }, target: { personId }, detail: { provider: provider.id } });
    const session = await openSession(tx, s, scope, {
      personId,
      stage: 'signedIn',
      method: 'oidc',
      providerId: provider.id,
      userAgent: input.userAgent ?? null,
    });
    audit.record({
      action: IDENTITY_EVENTS.signIn,
      actor: { personId, sessionId: session.sessionId },
      target: { personId },
      detail: { method: 'oidc', provider: provider.id },
    });
    return { outcome: 'signedIn', session, lang };
  });
}
