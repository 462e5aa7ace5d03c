import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('defaults to the embedded database on port 3000 with the demo region', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.database).toEqual({ kind: 'pglite', dataDir: './data/pglite' });
    expect(config.demoData).toBe('auto');
  });

  it('switches to PostgreSQL with DATABASE_URL', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@localhost:5432/db', PORT: '8080' })).toMatchObject({
      port: 8080,
      database: { kind: 'postgres', url: 'postgres://u@localhost:5432/db' },
    });
  });

  it('opens a read pool for the public reads only beside a primary', () => {
    expect(loadConfig({}).readDatabase).toBeNull();
    expect(
      loadConfig({
        DATABASE_URL: 'postgres://u@primary:5432/db',
        DATABASE_READ_URL: 'postgres://u@replica:5432/db',
        DATABASE_POOL_SIZE: '6',
      }).readDatabase,
    ).toEqual({ kind: 'postgres', url: 'postgres://u@replica:5432/db', poolSize: 6 });
    expect(() => loadConfig({ DATABASE_READ_URL: 'postgres://u@replica:5432/db' })).toThrow(/DATABASE_READ_URL: needs DATABASE_URL/);
  });

  it('reports every bad variable at once, by name', () => {
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', DEMO_DATA: 'sometimes' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const { problems, message } = error as ConfigError;
      expect(problems).toHaveLength(3);
      expect(message).toMatch(/PORT="eighty"/);
      expect(message).toMatch(/DATABASE_URL="mysql:\/\/x": must be a postgres/);
      expect(message).toMatch(/DEMO_DATA="sometimes"/);
    }
  });

  it('runs a laptop in demo mode, and a deployment only with its origin, secret key and mail server', () => {
    expect(loadConfig({}).demoMode).toBe(true);
    expect(() => loadConfig({ PUBLIC_ORIGIN: 'https://perhekeskus.example' })).toThrow(/SECRET_KEY: required[\s\S]*SMTP_HOST: required/);
    expect(() => loadConfig({ PUBLIC_ORIGIN: 'https://perhekeskus.example', DEMO_MODE: 'enabled' })).toThrow(/DEMO_MODE=enabled/);
    expect(() => loadConfig({ DEMO_MODE: 'disabled' })).toThrow(/PUBLIC_ORIGIN: required/);
    const deployment = loadConfig({
      PUBLIC_ORIGIN: 'https://perhekeskus.example',
      SECRET_KEY: 'c2VjcmV0LWtleS1mb3ItdGVzdHMtb25seS0xMjM0NTY3ODkw',
      SMTP_HOST: 'smtp.example',
      SMTP_USER: 'app',
      SMTP_PASSWORD: 'secret',
    });
    expect(deployment).toMatchObject({
      demoMode: false,
      mail: { smtp: { host: 'smtp.example', port: 587, requireStartTls: true, user: 'app' } },
    });
    expect(deployment.secretKey).toHaveLength(32);
  });

  it('reads rate rules as perMinute/burst, 0 for none', () => {
    expect(loadConfig({}).staffWriteRateLimit).toEqual({ perMinute: 120, burst: 60 });
    expect(loadConfig({ STAFF_WRITE_RATE_LIMIT: '0' }).staffWriteRateLimit).toBeNull();
    expect(loadConfig({ STAFF_WRITE_RATE_LIMIT: '0.5/3' }).staffWriteRateLimit).toEqual({ perMinute: 0.5, burst: 3 });
    expect(() => loadConfig({ STAFF_WRITE_RATE_LIMIT: 'lots' })).toThrow(/STAFF_WRITE_RATE_LIMIT="lots"/);
  });
});
