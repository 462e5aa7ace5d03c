import { defineConfig } from 'vitest/config';

// Suites that need a PostgreSQL server (a connection it can end, two instances on one database)
// run only with TEST_DATABASE_URL; .ci/run always runs them.
const postgresOnly = process.env.TEST_DATABASE_URL ? [] : ['**/*.postgres.test.ts'];

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'tests/**/*.test.ts', 'bench/**/*.test.ts'],
    exclude: ['**/node_modules/**', ...postgresOnly],
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: more workers only queue behind each other's database work.
    maxWorkers: 2,
  },
});
