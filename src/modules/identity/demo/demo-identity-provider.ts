import { createHash, generateKeyPairSync } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Configuration, FindAccount, KoaContextWithOIDC } from 'oidc-provider';
import { DEMO_IDP_USERS } from './demo-accounts.ts';

export interface DemoIdentityProvider {
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
  close(): Promise<void>;
}

export const DEMO_IDP_CLIENT_ID = 'perhekeskus-demo';

/**
 * A real OpenID Connect provider (oidc-provider) inside the process, for the demo and the tests:
 * the sign-in with an organisation's identity provider runs the whole authorization-code flow
 * with PKCE against it, over HTTP on 127.0.0.1. Its sign-in form is oidc-provider's own
 * development form: any login name, any password; `hanna` is the demo user.
 *
 * Not for a deployment: in-memory storage, a development sign-in form and http.
 */
export async function startDemoIdentityProvider(options: { redirectUris: string[]; port?: number }): Promise<DemoIdentityProvider> {
  const server: Server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // A fixed secret per issuer: nothing outside this process ever sees it.
  const clientSecret = createHash('sha256').update(`demo-idp:${issuer}`).digest('base64url');

  const findAccount: FindAccount = async (_ctx, sub) => {
    const user = DEMO_IDP_USERS[sub];
    return {
      accountId: sub,
      // Unknown logins are accounts without an address: the workspace refuses them.
      claims: async () => (user ? { sub, email: user.email, email_verified: true, name: user.name } : { sub }),
    };
  };
  const jwk = {
    ...generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }),
    alg: 'RS256',
    use: 'sig',
    kid: 'demo',
  };

  const configuration: Configuration = {
    clients: [
      {
        client_id: DEMO_IDP_CLIENT_ID,
        client_secret: clientSecret,
        redirect_uris: options.redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    findAccount,
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    jwks: { keys: [jwk as never] },
    cookies: {
      keys: [clientSecret],
      names: { session: 'demo-idp-session', interaction: 'demo-idp-interaction', resume: 'demo-idp-resume' },
    },
    features: { devInteractions: { enabled: true } },
    // A first-party client: no consent screen.
    loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
      const session = ctx.oidc.session!;
      const clientId = ctx.oidc.client!.clientId;
      const existing = ctx.oidc.result?.consent?.grantId ?? session.grantIdFor(clientId);
      if (existing) return provider.Grant.find(existing);
      const grant = new provider.Grant({ clientId, accountId: session.accountId! });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
  };
  // Imported here, not at the top: only the demo and the tests load oidc-provider at all.
  const { default: Provider } = await import('oidc-provider');
  const provider = new Provider(issuer, configuration);
  server.on('request', provider.callback());

  return {
    issuer,
    clientId: DEMO_IDP_CLIENT_ID,
    clientSecret,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
