import type { Kysely } from 'kysely';
import type { Action } from '../../platform/authorization/actions.ts';
import type { Clock } from '../../platform/clock.ts';
import { InvalidInputError, TooManyRequestsError, type InputIssue } from '../../platform/errors.ts';
import { createRateLimiter, type RateLimiter } from '../../platform/http/rate-limit.ts';
import type { Logger } from '../../platform/logger.ts';
import type { Outbox } from '../../platform/mail/outbox.ts';
import type { SiteSettings } from '../../platform/module.ts';
import type { RequestScope } from '../../platform/request-context.ts';
import type { IdentityConfig } from './identity.config.ts';
import type { IdentityDb } from './identity.tables.ts';
import type { OidcClients } from './oidc.ts';
import type { PasswordHasher } from './passwords.ts';
import type { Totp } from './totp.ts';

/** What identity's flows share, built once in create(). */
export interface IdentityServices {
  readonly db: Kysely<IdentityDb>;
  readonly config: IdentityConfig;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly site: SiteSettings;
  readonly outbox: Outbox;
  readonly hasher: PasswordHasher;
  readonly totp: Totp;
  readonly oidc: OidcClients;
  /** Every module's actions: the workspace lists what a person may do with each organisation. */
  readonly catalogue: readonly Action[];
  readonly limits: {
    readonly signIn: RateLimiter | null;
    readonly mailLinks: RateLimiter | null;
    readonly mailLinksPerRecipient: RateLimiter | null;
  };
}

/** In-memory token buckets per instance (docs/operations.md), on the module's clock so that tests can refill them. */
export function createIdentityLimits(config: IdentityConfig, clock: Clock): IdentityServices['limits'] {
  const of = (rule: IdentityConfig['rateLimits']['signIn']) => (rule ? createRateLimiter(rule, { clock }) : null);
  return {
    signIn: of(config.rateLimits.signIn),
    mailLinks: of(config.rateLimits.mailLinks),
    mailLinksPerRecipient: of(config.rateLimits.mailLinksPerRecipient),
  };
}

/** Takes one from a limiter or refuses with 429; `null`: no limit. */
export function takeOrRefuse(limiter: RateLimiter | null, key: string): void {
  if (!limiter) return;
  const verdict = limiter.take(key);
  if (!verdict.allowed) throw new TooManyRequestsError(verdict.retryAfterSeconds);
}

/** Takes one from a limiter; says whether it was there (for limits that must not be noticed, like the per-recipient one). */
export function tookFrom(limiter: RateLimiter | null, key: string): boolean {
  return !limiter || limiter.take(key).allowed;
}

export const clientKey = (scope: RequestScope) => scope.clientAddress ?? 'unknown';

const EMAIL = /^[^@\s<>"]+@[^@\s<>"]+\.[A-Za-z]{2,}$/;

/** An e-mail address as typed: trimmed, lower-cased, checked; issues name the field. */
export function emailInput(field: string, value: unknown, issues: InputIssue[]): string {
  const text = typeof value === 'string' ? value.trim().toLowerCase() : '';
  if (!text) issues.push({ field, key: 'required' });
  else if (text.length > 254) issues.push({ field, key: 'tooLong', params: { max: 254 } });
  else if (!EMAIL.test(text)) issues.push({ field, key: 'invalidEmail' });
  return text;
}

export function textInput(field: string, value: unknown, issues: InputIssue[], max = 200): string {
  const text = typeof value === 'string' ? value : '';
  if (!text) issues.push({ field, key: 'required' });
  else if (text.length > max) issues.push({ field, key: 'tooLong', params: { max } });
  return text;
}

export function refuseIfAny(issues: InputIssue[]): void {
  if (issues.length) throw new InvalidInputError(issues);
}

/** Where a mailed link points: the configured public origin; in demo mode, the origin the request came to. */
export function linkOrigin(site: SiteSettings, requestOrigin: string): string {
  return site.publicOrigin ? new URL(site.publicOrigin).origin : requestOrigin;
}
