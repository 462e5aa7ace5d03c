import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { Kysely } from 'kysely';

export const migrationsDirectory = fileURLToPath(new URL('../../../migrations/', import.meta.url));

/** `0007_opening_hours_notes.sql`: four digits, an underscore, lower-case words. */
export const MIGRATION_FILE_PATTERN = /^(\d{4})_[a-z0-9_]+\.sql$/;
/** Files in the migrations folder that are not migrations. */
const NOT_MIGRATIONS = new Set(['README.md']);

const MIGRATION_LOCK = 727_274_001;

export class MigrationError extends Error {
  override name = 'MigrationError';
}

/** An applied migration's file has changed since it was applied. */
export class MigrationChecksumError extends MigrationError {
  override name = 'MigrationChecksumError';
  constructor(readonly files: string[]) {
    super(
      `${files.length === 1 ? 'Migration' : 'Migrations'} ${files.join(', ')} changed after ${files.length === 1 ? 'it was' : 'they were'} applied. ` +
        'Migrations are append-only: restore the file and write a new migration for the change instead.',
    );
  }
}

/** The migrations folder holds files the runner refuses: names off the pattern, or one number twice. */
export class MigrationFolderError extends MigrationError {
  override name = 'MigrationFolderError';
  constructor(readonly problems: string[]) {
    super(`The migrations folder is not in order:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** The database records migrations that this build's folder does not have. */
export class MissingMigrationError extends MigrationError {
  override name = 'MissingMigrationError';
  constructor(
    readonly files: string[],
    directory: string,
  ) {
    super(
      `The database has applied ${files.join(', ')}, which ${files.length === 1 ? 'is' : 'are'} not in ${directory}. ` +
        'Either a migration was renamed or deleted (migrations are append-only: restore it) or this build is older than the database (deploy a build that has it).',
    );
  }
}

export interface MigrationFile {
  /** The file name, which is also the version recorded in schema_migration. */
  file: string;
  number: number;
  text: string;
  checksum: string;
}

/** sha-256 of the text with CRLF line ends read as LF, so a Windows checkout is not an edit. */
export function migrationChecksum(text: string): string {
  return createHash('sha256').update(text.replace(/\r\n/g, '\n'), 'utf8').digest('hex');
}

/** Reads and checks the migrations folder: every file a well-named migration, no number twice. */
export async function readMigrations(directory = migrationsDirectory): Promise<MigrationFile[]> {
  const names = (await readdir(directory)).filter((f) => !NOT_MIGRATIONS.has(f)).sort();
  const problems: string[] = [];
  const byNumber = new Map<number, string[]>();
  for (const name of names) {
    const match = MIGRATION_FILE_PATTERN.exec(name);
    if (!match) {
      problems.push(`${name}: not a migration name (expected NNNN_lower_case_name.sql, e.g. 0002_add_events.sql)`);
      continue;
    }
    const number = Number(match[1]);
    byNumber.set(number, [...(byNumber.get(number) ?? []), name]);
  }
  for (const [number, files] of byNumber) {
    if (files.length > 1)
      problems.push(
        `${files.join(' and ')}: the same number ${String(number).padStart(4, '0')}; renumber the one not yet applied anywhere`,
      );
  }
  if (problems.length) throw new MigrationFolderError(problems);

  return Promise.all(
    [...byNumber.values()].map(async ([file]) => {
      const text = await readFile(join(directory, file!), 'utf8');
      return { file: file!, number: Number(file!.slice(0, 4)), text, checksum: migrationChecksum(text) };
    }),
  ).then((files) => files.sort((a, b) => a.number - b.number));
}

/**
 * Applies the plain SQL files in migrations/ in number order, each in its own transaction, and
 * records each with the checksum of its text. Before applying anything it refuses a folder with
 * misnamed files or a number used twice, an applied migration whose file has changed, and an
 * applied migration whose file is gone. Returns the files it applied.
 *
 * A missing file is an error, not a warning: it means either the history was rewritten (a file
 * renamed or deleted, after which the runner would apply the renamed file a second time) or this
 * build is older than the database and may not understand its schema. Both need a person.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the runner reads only its own table, with raw SQL
export async function migrate(db: Kysely<any>, directory = migrationsDirectory): Promise<string[]> {
  const files = await readMigrations(directory);
  const applied: string[] = [];
  await db.connection().execute(async (conn) => {
    // Several instances may start at once against one PostgreSQL: one migrates, the others wait.
    await sql`select pg_advisory_lock(${MIGRATION_LOCK})`.execute(conn);
    try {
      await sql`create table if not exists schema_migration (
        version text primary key,
        applied_at timestamptz not null default now(),
        checksum text
      )`.execute(conn);
      // Databases migrated before checksums were recorded.
      await sql`alter table schema_migration add column if not exists checksum text`.execute(conn);

      const recorded = (
        await sql<{ version: string; checksum: string | null }>`select version, checksum from schema_migration order by version`.execute(
          conn,
        )
      ).rows;
      const byFile = new Map(files.map((f) => [f.file, f]));
      const missing = recorded.filter((r) => !byFile.has(r.version)).map((r) => r.version);
      if (missing.length) throw new MissingMigrationError(missing, directory);
      const changed = recorded.filter((r) => r.checksum !== null && r.checksum !== byFile.get(r.version)!.checksum).map((r) => r.version);
      if (changed.length) throw new MigrationChecksumError(changed);

      // Applied before checksums existed: trusted as they are now, and recorded once.
      const unrecorded = recorded.filter((r) => r.checksum === null);
      if (unrecorded.length) {
        await conn.transaction().execute(async (tx) => {
          for (const r of unrecorded) {
            await sql`update schema_migration set checksum = ${byFile.get(r.version)!.checksum} where version = ${r.version} and checksum is null`.execute(
              tx,
            );
          }
        });
      }

      const done = new Set(recorded.map((r) => r.version));
      for (const migration of files) {
        if (done.has(migration.file)) continue;
        try {
          await conn.transaction().execute(async (tx) => {
            await sql.raw(migration.text).execute(tx);
            await sql`insert into schema_migration (version, checksum) values (${migration.file}, ${migration.checksum})`.execute(tx);
          });
        } catch (error) {
          throw new MigrationError(`Migration ${migration.file} failed and was rolled back: ${(error as Error).message}`, { cause: error });
        }
        applied.push(migration.file);
      }
    } finally {
      await sql`select pg_advisory_unlock(${MIGRATION_LOCK})`.execute(conn);
    }
  });
  return applied;
}
