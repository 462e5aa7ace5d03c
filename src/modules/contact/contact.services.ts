import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Clock } from '../../platform/clock.ts';
import { TooManyRequestsError } from '../../platform/errors.ts';
import { createRateLimiter, type RateLimiter } from '../../platform/http/rate-limit.ts';
import type { Logger } from '../../platform/logger.ts';
import type { ContactConfig } from './contact.config.ts';
import type { ContactHub } from './contact.realtime.ts';
import type { ContactDb } from './contact.tables.ts';

/** What the contact channel's use cases share for the life of the process. */
export interface ContactServices {
  readonly db: Kysely<ContactDb>;
  readonly hub: ContactHub;
  readonly config: ContactConfig;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly limits: ContactLimits;
}

export interface ContactLimits {
  readonly newRequests: RateLimiter | null;
  readonly messagesByClient: RateLimiter | null;
  readonly messagesByToken: RateLimiter | null;
}

export function createContactLimits(config: ContactConfig, clock: Clock): ContactLimits {
  const { newRequests, messages } = config.rateLimits;
  return {
    newRequests: newRequests ? createRateLimiter(newRequests, { clock }) : null,
    messagesByClient: messages ? createRateLimiter(messages, { clock }) : null,
    messagesByToken: messages ? createRateLimiter(messages, { clock }) : null,
  };
}

/** Takes one token or refuses with 429 and how long to wait. */
export function takeOrRefuse(limiter: RateLimiter | null, key: string): void {
  if (!limiter) return;
  const verdict = limiter.take(key);
  if (!verdict.allowed) throw new TooManyRequestsError(verdict.retryAfterSeconds);
}

/** The follow token as stored: its SHA-256 (the token is 256 random bits, so no salt or slow hash). */
export function followTokenHash(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}
