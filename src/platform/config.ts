import { z } from 'zod';

const booleanFlag = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');

const configSchema = z.object({
  NODE_ENV: z.enum(['production', 'development', 'test']).default('production'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  DATA_DIR: z.string().min(1).default('./data/pglite'),
  DEMO_DATA: z.enum(['auto', 'always', 'never']).default('auto'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PUBLIC_ORIGIN: z.url({ protocol: /^https?$/ }).optional(),
  TRUST_PROXY: booleanFlag.default(false),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(120_000).default(10_000),
  TEST_HOOKS: z.enum(['enabled', 'disabled']).default('disabled'),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).max(1_000_000).default(600),
  RATE_LIMIT_BURST: z.coerce.number().int().min(1).max(100_000).default(120),
  MAX_IN_FLIGHT: z.coerce.number().int().min(1).max(10_000).default(32),
  MAX_QUEUED: z.coerce.number().int().min(0).max(100_000).default(256),
  MAX_QUEUE_WAIT_MS: z.coerce.number().int().min(0).max(60_000).default(5_000),
});

export type Config = {
  env: 'production' | 'development' | 'test';
  host: string;
  port: number;
  database: { kind: 'postgres'; url: string; poolSize: number } | { kind: 'pglite'; dataDir: string };
  demoData: 'auto' | 'always' | 'never';
  logLevel: z.infer<typeof configSchema>['LOG_LEVEL'];
  /** The origin users reach us at; https here turns on HSTS. */
  publicOrigin: string | undefined;
  trustProxy: boolean;
  shutdownTimeoutMs: number;
  /** Browser journeys may reset the data and set the clock (src/server/test-hooks.ts). Never in a deployment. */
  testHooks: boolean;
  /** Per client on public pages and the open API; `perMinute: 0` turns the limit off (benchmarks). */
  rateLimit: { perMinute: number; burst: number };
  /** Requests served at once, waiting, and how long one may wait before a 503. */
  concurrency: { maxInFlight: number; maxQueued: number; maxWaitMs: number };
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads the environment once at start; every problem is reported together, naming the variable. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = configSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = issue.path.join('.');
        return `${name}=${JSON.stringify(present[name] ?? '')}: ${issue.message}`;
      }),
    );
  }
  const c = parsed.data;
  if (c.TEST_HOOKS === 'enabled' && c.PUBLIC_ORIGIN?.startsWith('https:')) {
    throw new ConfigError([
      `TEST_HOOKS=enabled: the e2e hooks reset all data and cannot run on a deployment (PUBLIC_ORIGIN=${c.PUBLIC_ORIGIN})`,
    ]);
  }
  return {
    env: c.NODE_ENV,
    host: c.HOST,
    port: c.PORT,
    database: c.DATABASE_URL
      ? { kind: 'postgres', url: c.DATABASE_URL, poolSize: c.DATABASE_POOL_SIZE }
      : { kind: 'pglite', dataDir: c.DATA_DIR },
    demoData: c.DEMO_DATA,
    logLevel: c.LOG_LEVEL,
    publicOrigin: c.PUBLIC_ORIGIN,
    trustProxy: c.TRUST_PROXY,
    shutdownTimeoutMs: c.SHUTDOWN_TIMEOUT_MS,
    testHooks: c.TEST_HOOKS === 'enabled',
    rateLimit: { perMinute: c.RATE_LIMIT_PER_MINUTE, burst: c.RATE_LIMIT_BURST },
    concurrency: { maxInFlight: c.MAX_IN_FLIGHT, maxQueued: c.MAX_QUEUED, maxWaitMs: c.MAX_QUEUE_WAIT_MS },
  };
}
