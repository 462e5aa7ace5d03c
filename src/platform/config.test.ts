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
});
