import { readFileSync } from 'node:fs';
import {
  DEMO_IDP_ORGANIZATIONS,
  secretVariableOf,
  startDemoIdentityProvider,
  type DemoIdentityProvider,
} from '../modules/identity/index.ts';

export const DEMO_PROVIDER_ID = 'demo';

/**
 * Demo mode's identity provider, started in the process and configured exactly as a county's
 * would be (OIDC_PROVIDERS and its client secret), next to any providers configured already.
 */
export async function withDemoIdentityProvider(
  env: Readonly<Record<string, string | undefined>>,
  appOrigins: readonly string[],
): Promise<{ env: Record<string, string | undefined>; provider: DemoIdentityProvider }> {
  const provider = await startDemoIdentityProvider({ redirectUris: appOrigins.map((origin) => `${origin}/staff/oidc/callback`) });
  const given = env.OIDC_PROVIDERS?.startsWith('@') ? readFileSync(env.OIDC_PROVIDERS.slice(1), 'utf8') : env.OIDC_PROVIDERS;
  const configured: unknown[] = given ? JSON.parse(given) : [];
  const demo = {
    id: DEMO_PROVIDER_ID,
    name: {
      fi: 'Demo-tunnistus (Etelä-Savon hyvinvointialue)',
      sv: 'Demoidentifiering (Södra Savolax välfärdsområde)',
      en: 'Demo sign-in (South Savo Wellbeing County)',
    },
    issuer: provider.issuer,
    clientId: provider.clientId,
    organizations: DEMO_IDP_ORGANIZATIONS,
  };
  return {
    env: { ...env, OIDC_PROVIDERS: JSON.stringify([...configured, demo]), [secretVariableOf(DEMO_PROVIDER_ID)]: provider.clientSecret },
    provider,
  };
}
