import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3399);
// A fresh embedded database each run: the first start loads the demo region into it.
const dataDir = process.env.E2E_DATA_DIR ?? join(mkdtempSync(join(tmpdir(), 'perhekeskus-e2e-')), 'pglite');

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: {
      // Debian's Chromium; Playwright's own browser download is not reachable from CI.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: {
    command: 'node --import tsx src/server/main.ts',
    url: `http://127.0.0.1:${port}/readyz`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    // The journeys reset data and move the clock through the test hooks; one browser is one client.
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      DEMO_DATA: 'auto',
      TEST_HOOKS: 'enabled',
      RATE_LIMIT_PER_MINUTE: '0',
      // One browser signs in many times: the staff limits are tested in vitest.
      SIGN_IN_RATE_LIMIT: '0',
      MAIL_LINK_RATE_LIMIT: '0',
      MAIL_LINK_RECIPIENT_RATE_LIMIT: '0',
      STAFF_WRITE_RATE_LIMIT: '0',
      JOBS_POLL_INTERVAL_MS: '500',
    },
  },
});
