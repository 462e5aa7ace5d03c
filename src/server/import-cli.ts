import { writeFile } from 'node:fs/promises';
import type { Kysely } from 'kysely';
import { systemActor } from '../platform/actor.ts';
import { systemClock } from '../platform/clock.ts';
import { loadConfig } from '../platform/config.ts';
import { openDatabase, withTables } from '../platform/db/database.ts';
import { migrate } from '../platform/db/migrate.ts';
import { isLang, type Lang } from '../platform/i18n-text.ts';
import { createLogger, type Logger } from '../platform/logger.ts';
import type { RequestScope } from '../platform/request-context.ts';
import type { NetworkImportReport } from '../modules/catalog/index.ts';
import { reportLines, type InteropDb } from '../modules/interop/index.ts';
import { prepareData } from './demo-data.ts';
import { buildModules } from './modules.ts';
import { createPlatformServices } from './platform-services.ts';

/**
 * What the import CLIs share: the database the server uses (DATABASE_URL, else PGlite in
 * DATA_DIR), migrated and with its reference data when new; the report printed, and written as
 * JSON when asked. With PGlite the server must not be running: one process holds the folder.
 */

export interface CliArgs {
  positional: string[];
  flags: Map<string, string | true>;
}

export function parseArgs(argv: string[]): CliArgs {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) positional.push(a);
    else if (a.includes('=')) flags.set(a.slice(2, a.indexOf('=')), a.slice(a.indexOf('=') + 1));
    else if (argv[i + 1] && !argv[i + 1]!.startsWith('--') && !['dry-run', 'all', 'whole-country'].includes(a.slice(2)))
      flags.set(a.slice(2), argv[++i]!);
    else flags.set(a.slice(2), true);
  }
  return { positional, flags };
}

export const flag = (args: CliArgs, name: string) => {
  const v = args.flags.get(name);
  return typeof v === 'string' ? v : undefined;
};

export interface ImportCliContext {
  db: Kysely<InteropDb>;
  scope: RequestScope;
  logger: Logger;
}

/** Runs an import on the server's database and prints its report; the exit code says how it went. */
export async function runImportCli(args: CliArgs, run: (ctx: ImportCliContext) => Promise<NetworkImportReport>): Promise<number> {
  const config = loadConfig(process.env);
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const database = await openDatabase(config.database);
  const cleanups: (() => Promise<void>)[] = [];
  try {
    const applied = await migrate(database.db);
    if (applied.length) process.stderr.write(`migrations applied: ${applied.join(', ')}\n`);
    // The import sends no mail and runs no job; the modules still get the process's services.
    const platform = await createPlatformServices({ db: database.db, config, clock: systemClock, logger });
    cleanups.push(() => platform.close());
    const modules = buildModules({
      db: database.db,
      clock: systemClock,
      logger,
      jobs: platform.jobs,
      outbox: platform.outbox,
      site: {
        demoMode: config.demoMode,
        publicOrigin: config.publicOrigin,
        trustProxy: config.trustProxy,
        secretKey: config.secretKey,
        env: process.env,
      },
    });
    // Reference data (the taxonomy, Finland's municipalities) in every database; no demo.
    await prepareData(
      database,
      modules.map((m) => m.instance),
      { mode: 'never', clock: systemClock, logger },
    );
    const wanted = flag(args, 'lang') ?? 'fi';
    const lang: Lang = isLang(wanted) ? wanted : 'fi';
    const scope: RequestScope = {
      actor: systemActor('import-cli'),
      clock: systemClock,
      requestId: `cli-${Date.now()}`,
      lang,
      logger,
      clientAddress: null,
    };
    const report = await run({ db: withTables<InteropDb>(database.db), scope, logger });
    for (const line of reportLines(report, lang, { all: args.flags.has('all') })) process.stdout.write(`${line}\n`);
    const out = flag(args, 'report');
    if (out) await writeFile(out, `${JSON.stringify(report, null, 2)}\n`);
    return report.problems.some((p) => p.fatal) ? 2 : 0;
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup();
    await database.close();
  }
}
