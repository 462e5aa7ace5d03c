import { join } from 'node:path';
import { inject } from 'vitest';

/** Set to a PostgreSQL URL to run the integration suites on PostgreSQL instead of PGlite. */
export const postgresUrl = process.env.TEST_DATABASE_URL || null;

export type Fixture = 'empty' | 'demo';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where this run's PGlite snapshots are, and what its PostgreSQL templates are called. */
    fixtureRun: { directory: string; suffix: string };
  }
}

export const templateDatabase = (fixture: Fixture, suffix = inject('fixtureRun').suffix) => `perhekeskus_template_${fixture}_${suffix}`;
export const snapshotFile = (fixture: Fixture, directory = inject('fixtureRun').directory) => join(directory, `pglite-${fixture}.tar`);

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/**
 * The demo region's whole HSDS export in Finnish (`/hsds/services?format=ndjson&full=true&lang=fi`),
 * fetched once per run by the global setup from the app over the 'demo' fixture: the API test
 * validates it and the import test imports it, instead of each exporting it again (seconds).
 */
export const demoHsdsExportFile = (directory = inject('fixtureRun').directory) => join(directory, 'hsds-demo-fi.ndjson');
export const DEMO_HSDS_EXPORT_PATH = '/hsds/services?format=ndjson&full=true&lang=fi';
