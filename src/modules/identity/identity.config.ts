import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ConfigError, rateRule, type RateRule } from '../../platform/config.ts';
import type { I18nText } from '../../platform/i18n-text.ts';

/** An OpenID Connect provider some organisations sign their staff in with. */
export interface OidcProviderConfig {
  /** Lower-case letters, digits and hyphens; the secret is in OIDC_CLIENT_SECRET_<ID> (upper-case, `_` for `-`). */
  readonly id: string;
  /** Shown on the button: "Sign in with <name>". */
  readonly name: I18nText;
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** The organisations whose members may sign in through it: a first sign-in links by verified e-mail only to them. */
  readonly organizations: readonly string[];
}

export interface IdentityConfig {
  readonly session: { readonly idleMinutes: number; readonly absoluteHours: number };
  readonly lockout: { readonly afterFailures: number; readonly baseMinutes: number; readonly maxMinutes: number };
  /** argon2id cost (src/modules/identity/passwords.ts explains the choice). */
  readonly argon2: { readonly memoryKib: number; readonly timeCost: number };
  readonly links: { readonly passwordResetMinutes: number; readonly emailVerificationHours: number; readonly invitationHours: number };
  /** Audit events older than this many years leave the log (the nightly `audit-retention` job). */
  readonly auditRetentionYears: number;
  readonly rateLimits: {
    /** Sign-in attempts per client address (password and identity-provider starts). */
    readonly signIn: RateRule | null;
    /** Password-reset and verification-mail requests per client address. */
    readonly mailLinks: RateRule | null;
    /** The same per recipient address, so that nobody's inbox is flooded. */
    readonly mailLinksPerRecipient: RateRule | null;
  };
  readonly oidcProviders: readonly OidcProviderConfig[];
}

const providerSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/),
  name: z.object({ fi: z.string().min(1), sv: z.string().min(1).optional(), en: z.string().min(1).optional() }),
  issuer: z.url({ protocol: /^https?$/ }),
  clientId: z.string().min(1),
  organizations: z.array(z.uuid()).min(1),
});

const schema = z.object({
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 14)
    .default(12),
  SIGN_IN_LOCKOUT_AFTER: z.coerce.number().int().min(1).max(100).default(5),
  SIGN_IN_LOCKOUT_MINUTES: z.coerce.number().min(0.1).max(60).default(1),
  SIGN_IN_LOCKOUT_MAX_MINUTES: z.coerce
    .number()
    .min(1)
    .max(24 * 60)
    .default(60),
  ARGON2_MEMORY_KIB: z.coerce
    .number()
    .int()
    .min(8192)
    .max(1024 * 1024)
    .default(19456),
  ARGON2_TIME_COST: z.coerce.number().int().min(1).max(10).default(2),
  PASSWORD_RESET_TTL_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .max(24 * 60)
    .default(30),
  EMAIL_VERIFICATION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 14)
    .default(48),
  INVITATION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(24 * 7),
  // Twelve years by default: the period applied to use logs of social and health care client
  // data (Client Data Act 703/2023; the exact figure is unconfirmed, see docs/staff-workspace.md).
  // Never below two years: a client may ask for two years of log without giving a reason.
  AUDIT_RETENTION_YEARS: z.coerce.number().int().min(2).max(100).default(12),
  SIGN_IN_RATE_LIMIT: rateRule.default({ perMinute: 10, burst: 10 }),
  MAIL_LINK_RATE_LIMIT: rateRule.default({ perMinute: 5, burst: 5 }),
  MAIL_LINK_RECIPIENT_RATE_LIMIT: rateRule.default({ perMinute: 0.1, burst: 3 }),
  OIDC_PROVIDERS: z.string().optional(),
});

/**
 * Reads identity's settings from the environment; every bad variable is reported at once, by
 * name. `OIDC_PROVIDERS` is JSON, inline or `@/path/to/file.json`; each provider's client secret
 * comes from its own variable, so the file itself holds no secret and may be kept in version control.
 */
export function loadIdentityConfig(env: Readonly<Record<string, string | undefined>>): IdentityConfig {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => `${i.path.join('.')}=${JSON.stringify(present[String(i.path[0])] ?? '')}: ${i.message}`),
    );
  }
  const c = parsed.data;
  return {
    session: { idleMinutes: c.SESSION_IDLE_MINUTES, absoluteHours: c.SESSION_ABSOLUTE_HOURS },
    lockout: { afterFailures: c.SIGN_IN_LOCKOUT_AFTER, baseMinutes: c.SIGN_IN_LOCKOUT_MINUTES, maxMinutes: c.SIGN_IN_LOCKOUT_MAX_MINUTES },
    argon2: { memoryKib: c.ARGON2_MEMORY_KIB, timeCost: c.ARGON2_TIME_COST },
    links: {
      passwordResetMinutes: c.PASSWORD_RESET_TTL_MINUTES,
      emailVerificationHours: c.EMAIL_VERIFICATION_TTL_HOURS,
      invitationHours: c.INVITATION_TTL_HOURS,
    },
    auditRetentionYears: c.AUDIT_RETENTION_YEARS,
    rateLimits: {
      signIn: c.SIGN_IN_RATE_LIMIT,
      mailLinks: c.MAIL_LINK_RATE_LIMIT,
      mailLinksPerRecipient: c.MAIL_LINK_RECIPIENT_RATE_LIMIT,
    },
    oidcProviders: c.OIDC_PROVIDERS ? parseProviders(c.OIDC_PROVIDERS, env) : [],
  };
}

export const secretVariableOf = (id: string) => `OIDC_CLIENT_SECRET_${id.toUpperCase().replace(/-/g, '_')}`;

function parseProviders(value: string, env: Readonly<Record<string, string | undefined>>): OidcProviderConfig[] {
  let json: unknown;
  try {
    json = JSON.parse(value.startsWith('@') ? readFileSync(value.slice(1), 'utf8') : value);
  } catch (error) {
    throw new ConfigError([`OIDC_PROVIDERS: not readable JSON (${(error as Error).message})`]);
  }
  const parsed = z.array(providerSchema).safeParse(json);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `OIDC_PROVIDERS[${i.path.join('.')}]: ${i.message}`));
  }
  const problems: string[] = [];
  const ids = new Set<string>();
  const providers = parsed.data.map((p) => {
    if (ids.has(p.id)) problems.push(`OIDC_PROVIDERS: provider ${p.id} is listed twice`);
    ids.add(p.id);
    const secret = env[secretVariableOf(p.id)];
    if (!secret) problems.push(`${secretVariableOf(p.id)}: the client secret of OIDC provider ${p.id} is missing`);
    return { ...p, clientSecret: secret ?? '' };
  });
  if (problems.length) throw new ConfigError(problems);
  return providers;
}
