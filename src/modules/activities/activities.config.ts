import { z } from 'zod';
import { ConfigError, rateRule, type RateRule } from '../../platform/config.ts';

export interface ActivitiesConfig {
  /** Public sign-ups per client (`perMinute/burst`, `0` for none: load tests and benchmarks). */
  readonly signUpRateLimit: RateRule | null;
  /** Proposals per client. */
  readonly proposalRateLimit: RateRule | null;
  /** Days after an occurrence after which its participants' personal data is deleted. */
  readonly retentionDays: number;
  /** How far ahead recurring activities have their occurrences written out. */
  readonly horizonDays: number;
}

const schema = z.object({
  ACTIVITY_SIGN_UP_RATE_LIMIT: rateRule.default({ perMinute: 10, burst: 10 }),
  ACTIVITY_PROPOSAL_RATE_LIMIT: rateRule.default({ perMinute: 2, burst: 5 }),
  ACTIVITY_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  ACTIVITY_HORIZON_DAYS: z.coerce.number().int().min(7).max(730).default(120),
});

export function loadActivitiesConfig(env: Readonly<Record<string, string | undefined>>): ActivitiesConfig {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success)
    throw new ConfigError(
      parsed.error.issues.map((i) => `${i.path.join('.')}=${JSON.stringify(present[String(i.path[0])] ?? '')}: ${i.message}`),
    );
  const c = parsed.data;
  return {
    signUpRateLimit: c.ACTIVITY_SIGN_UP_RATE_LIMIT,
    proposalRateLimit: c.ACTIVITY_PROPOSAL_RATE_LIMIT,
    retentionDays: c.ACTIVITY_RETENTION_DAYS,
    horizonDays: c.ACTIVITY_HORIZON_DAYS,
  };
}
