import { createHash } from 'node:crypto';
import { z } from 'zod';

const booleanFlag = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');

/**
 * A rate rule as `perMinute/burst` (`10/5`: bursts of five, refilled at ten a minute), or `0` for
 * no limit: load tests raise or switch off the staff limits this way.
 */
export const rateRule = z
  .string()
  .regex(/^(0|\d+(\.\d+)?\/\d+)$/, 'must be perMinute/burst (e.g. 10/5) or 0 for no limit')
  .transform((value): RateRule | null => {
    if (value === '0') return null;
    const [perMinute, burst] = value.split('/').map(Number) as [number, number];
    return { perMinute, burst: Math.max(1, burst) };
  });
export type RateRule = { perMinute: number; burst: number };

const configSchema = z.object({
  NODE_ENV: z.enum(['production', 'development', 'test']).default('production'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  // A second pool for the tray's public reads, e.g. a streaming replica (docs/scaling.md).
  DATABASE_READ_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  DATA_DIR: z.string().min(1).default('./data/pglite'),
  DEMO_DATA: z.enum(['auto', 'always', 'never']).default('auto'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PUBLIC_ORIGIN: z.url({ protocol: /^https?$/ }).optional(),
  TRUST_PROXY: booleanFlag.default(false),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(120_000).default(10_000),
  TEST_HOOKS: z.enum(['enabled', 'disabled']).default('disabled'),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).max(1_000_000).default(600),
  RATE_LIMIT_BURST: z.coerce.number().int().min(1).max(100_000).default(120),
  // Rendered public pages and API lists kept per instance (src/platform/http/response-cache.ts). Off (0) until
  // the two browser journeys it broke (activities sign-up, contact chat) are understood.
  RESPONSE_CACHE_MB: z.coerce.number().int().min(0).max(16_384).default(64),
  MAX_IN_FLIGHT: z.coerce.number().int().min(1).max(10_000).default(32),
  MAX_QUEUED: z.coerce.number().int().min(0).max(100_000).default(256),
  MAX_QUEUE_WAIT_MS: z.coerce.number().int().min(0).max(60_000).default(5_000),
  DEMO_MODE: z.enum(['enabled', 'disabled']).optional(),
  SECRET_KEY: z
    .string()
    .regex(/^[A-Za-z0-9+/=_-]{43,}$/, 'must be at least 32 random bytes, base64 or hex (openssl rand -base64 32)')
    .optional(),
  STAFF_WRITE_RATE_LIMIT: rateRule.default({ perMinute: 120, burst: 60 }),
  SMTP_HOST: z.string().min(1).optional(),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
  SMTP_SECURE: booleanFlag.default(false),
  SMTP_STARTTLS: z.enum(['required', 'opportunistic']).default('required'),
  SMTP_USER: z.string().min(1).optional(),
  SMTP_PASSWORD: z.string().min(1).optional(),
  MAIL_FROM: z
    .string()
    .regex(/^(?:[^<>]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/, 'must be an address or "Name <address>"')
    .default('Perhekeskus <noreply@perhekeskus.example>'),
  MAIL_RETRY_LIMIT: z.coerce.number().int().min(0).max(50).default(5),
  MAIL_RETRY_DELAY_SECONDS: z.coerce.number().int().min(0).max(86_400).default(60),
  SEARCH_MORPHOLOGY: z.enum(['voikko', 'off']).default('voikko'),
  JOBS_POLL_INTERVAL_MS: z.coerce.number().int().min(500).max(600_000).default(1000),
});

export type Config = {
  env: 'production' | 'development' | 'test';
  host: string;
  port: number;
  database: { kind: 'postgres'; url: string; poolSize: number } | { kind: 'pglite'; dataDir: string };
  /**
   * The pool the tray's public reads (search, service and place pages, the open API lists) use:
   * a replica that may lag a little. Null: they use `database`. Writes, staff pages and every read
   * that must see a write just committed stay on `database`.
   */
  readDatabase: { kind: 'postgres'; url: string; poolSize: number } | null;
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
  /**
   * A laptop, the tests or a demo: the in-process OpenID provider and mail sink run, the demo
   * accounts are seeded and /{lang}/staff/dev/mail shows the mail sent. Never with an https origin.
   */
  demoMode: boolean;
  /** Encrypts secrets at rest (TOTP keys). Demo mode without SECRET_KEY uses a fixed, public demo key. */
  secretKey: Buffer;
  /** Every state-changing request of the cookie group, per client; null: no limit. */
  staffWriteRateLimit: RateRule | null;
  /** Bytes of rendered public answers kept per instance; 0: none. */
  responseCacheBytes: number;
  /** Outgoing mail: SMTP, or (demo mode without SMTP_HOST) the in-process sink. */
  mail: {
    smtp: { host: string; port: number; secure: boolean; requireStartTls: boolean; user?: string; password?: string } | null;
    from: string;
    retryLimit: number;
    retryDelaySeconds: number;
  };
  jobs: { pollIntervalMs: number };
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
  const problems: string[] = [];
  if (c.TEST_HOOKS === 'enabled' && c.PUBLIC_ORIGIN?.startsWith('https:')) {
    problems.push(`TEST_HOOKS=enabled: the e2e hooks reset all data and cannot run on a deployment (PUBLIC_ORIGIN=${c.PUBLIC_ORIGIN})`);
  }
  // A deployment says where it lives; a laptop does not, and is a demo unless told otherwise.
  const demoMode = (c.DEMO_MODE ?? (c.PUBLIC_ORIGIN ? 'disabled' : 'enabled')) === 'enabled';
  if (demoMode && c.PUBLIC_ORIGIN?.startsWith('https:')) {
    problems.push(
      `DEMO_MODE=enabled: the demo accounts, identity provider and mail page cannot run on a deployment (PUBLIC_ORIGIN=${c.PUBLIC_ORIGIN})`,
    );
  }
  if (!demoMode) {
    if (!c.PUBLIC_ORIGIN) problems.push('PUBLIC_ORIGIN: required outside demo mode (links in mail point there)');
    if (!c.SECRET_KEY) problems.push('SECRET_KEY: required outside demo mode (openssl rand -base64 32)');
    if (!c.SMTP_HOST) problems.push('SMTP_HOST: required outside demo mode (mail for password resets and invitations)');
  }
  if (c.DATABASE_READ_URL && !c.DATABASE_URL) problems.push('DATABASE_READ_URL: needs DATABASE_URL (the primary the writes go to)');
  if (Boolean(c.SMTP_USER) !== Boolean(c.SMTP_PASSWORD)) problems.push('SMTP_USER and SMTP_PASSWORD: give both or neither');
  if (problems.length) throw new ConfigError(problems);
  return {
    env: c.NODE_ENV,
    host: c.HOST,
    port: c.PORT,
    database: c.DATABASE_URL
      ? { kind: 'postgres', url: c.DATABASE_URL, poolSize: c.DATABASE_POOL_SIZE }
      : { kind: 'pglite', dataDir: c.DATA_DIR },
    readDatabase: c.DATABASE_READ_URL ? { kind: 'postgres', url: c.DATABASE_READ_URL, poolSize: c.DATABASE_POOL_SIZE } : null,
    demoData: c.DEMO_DATA,
    logLevel: c.LOG_LEVEL,
    publicOrigin: c.PUBLIC_ORIGIN,
    trustProxy: c.TRUST_PROXY,
    shutdownTimeoutMs: c.SHUTDOWN_TIMEOUT_MS,
    testHooks: c.TEST_HOOKS === 'enabled',
    rateLimit: { perMinute: c.RATE_LIMIT_PER_MINUTE, burst: c.RATE_LIMIT_BURST },
    concurrency: { maxInFlight: c.MAX_IN_FLIGHT, maxQueued: c.MAX_QUEUED, maxWaitMs: c.MAX_QUEUE_WAIT_MS },
    demoMode,
    secretKey: c.SECRET_KEY ? keyOf(c.SECRET_KEY) : DEMO_SECRET_KEY,
    staffWriteRateLimit: c.STAFF_WRITE_RATE_LIMIT,
    responseCacheBytes: c.RESPONSE_CACHE_MB * 1024 * 1024,
    mail: {
      smtp: c.SMTP_HOST
        ? {
            host: c.SMTP_HOST,
            port: c.SMTP_PORT,
            secure: c.SMTP_SECURE,
            requireStartTls: c.SMTP_STARTTLS === 'required',
            ...(c.SMTP_USER ? { user: c.SMTP_USER, password: c.SMTP_PASSWORD! } : {}),
          }
        : null,
      from: c.MAIL_FROM,
      retryLimit: c.MAIL_RETRY_LIMIT,
      retryDelaySeconds: c.MAIL_RETRY_DELAY_SECONDS,
    },
    jobs: { pollIntervalMs: c.JOBS_POLL_INTERVAL_MS },
  };
}

/** Public on purpose: it only protects demo data, and demo mode never runs with an https origin. */
const DEMO_SECRET_KEY = createHash('sha256').update('perhekeskus demo mode secret key').digest();

/** 32 bytes for AES-256, whatever the length and encoding of the configured key. */
function keyOf(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}
