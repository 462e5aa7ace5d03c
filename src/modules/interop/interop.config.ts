import { z } from 'zod';
import { ConfigError } from '../../platform/config.ts';

/**
 * The scheduled PTV reads. Without PTV_API_URL there are none: a deployment opts in by naming the
 * API (the v11 open API is https://api.palvelutietovaranto.suomi.fi/api/v11/). The region's
 * municipalities default to the network's own, read when the job runs.
 */
export interface PtvJobsConfig {
  readonly baseUrl: string;
  /** Statistics Finland codes; empty: the municipalities of the network at the time of the run. */
  readonly municipalities: readonly string[];
  readonly includeWholeCountry: boolean;
  /** Cron in Europe/Helsinki; null: that job is not scheduled. */
  readonly changesSchedule: string | null;
  readonly fullSchedule: string | null;
}

const cron = z
  .string()
  .regex(/^(off|(\S+\s+){4}\S+)$/, 'a cron expression of five fields, or off')
  .transform((v) => (v === 'off' ? null : v));

const schema = z.object({
  PTV_API_URL: z.url({ protocol: /^https?$/ }).optional(),
  PTV_MUNICIPALITIES: z
    .string()
    .regex(/^\d{3}(,\s*\d{3})*$/, 'comma-separated three-digit municipality codes')
    .transform((v) => v.split(',').map((c) => c.trim()))
    .optional(),
  PTV_INCLUDE_WHOLE_COUNTRY: z.enum(['true', 'false']).default('false'),
  // DVV's advice: changes daily, everything weekly (a changed connection does not move `modified`).
  PTV_CHANGES_SCHEDULE: cron.default('20 4 * * *'),
  PTV_FULL_SCHEDULE: cron.default('20 3 * * 0'),
});

export function loadPtvJobsConfig(env: Readonly<Record<string, string | undefined>>): PtvJobsConfig | null {
  const present = Object.fromEntries(Object.entries(env).filter(([k, v]) => k.startsWith('PTV_') && v !== undefined && v !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success)
    throw new ConfigError(
      parsed.error.issues.map((i) => `${i.path.join('.')}=${JSON.stringify(present[String(i.path[0])] ?? '')}: ${i.message}`),
    );
  const c = parsed.data;
  if (!c.PTV_API_URL) return null;
  return {
    baseUrl: c.PTV_API_URL.endsWith('/') ? c.PTV_API_URL : `${c.PTV_API_URL}/`,
    municipalities: c.PTV_MUNICIPALITIES ?? [],
    includeWholeCountry: c.PTV_INCLUDE_WHOLE_COUNTRY === 'true',
    changesSchedule: c.PTV_CHANGES_SCHEDULE,
    fullSchedule: c.PTV_FULL_SCHEDULE,
  };
}
