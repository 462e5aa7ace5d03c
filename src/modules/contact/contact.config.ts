import { z } from 'zod';

import { ConfigError, rateRule, type RateRule } from '../../platform/config.ts';

export interface ContactConfig {
  /** Days after which an anonymous conversation and its messages are deleted. */
  readonly retentionDays: number;
  /** The answer time the network promises, for "answered within target" in the figures. */
  readonly targetResponseMinutes: number;
  readonly rateLimits: { readonly newRequests: RateRule | null; readonly messages: RateRule | null };
}

const schema = z.object({
  CONTACT_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  CONTACT_TARGET_RESPONSE_MINUTES: z.coerce.number().int().min(1).max(10_080).default(60),
  CONTACT_REQUEST_RATE_LIMIT: rateRule.default({ perMinute: 2, burst: 5 }),
  CONTACT_MESSAGE_RATE_LIMIT: rateRule.default({ perMinute: 20, burst: 20 }),
});

/** The contact channel's settings; every bad variable is reported by name. */
export function loadContactConfig(env: Readonly<Record<string, string | undefined>>): ContactConfig {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => `${i.path.join('.')}=${JSON.stringify(present[String(i.path[0])] ?? '')}: ${i.message}`),
    );
  }
  const c = parsed.data;
  return {
    retentionDays: c.CONTACT_RETENTION_DAYS,
    targetResponseMinutes: c.CONTACT_TARGET_RESPONSE_MINUTES,
    rateLimits: { newRequests: c.CONTACT_REQUEST_RATE_LIMIT, messages: c.CONTACT_MESSAGE_RATE_LIMIT },
  };
}
