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
    // Files in one worker share their imports (the app, the page build, PGlite's WASM) instead of
    // loading them anew per file: the suite takes half the time. Each file still opens its own
    // database, and nothing in the app keeps state in modules that a file could leak to the next.
    isolate: false,
    pool: 'threads',
  },
});
