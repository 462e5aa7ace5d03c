import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../../tests/support/test-database.ts';
import {
  MIGRATION_FILE_PATTERN,
  MigrationChecksumError,
  MigrationError,
  MigrationFolderError,
  MissingMigrationError,
  migrate,
  migrationsDirectory,
  readMigrations,
} from './migrate.ts';

let database: TestDatabase;
const folders: string[] = [];

beforeAll(async () => {
  database = await openTestDatabase('empty');
});
afterAll(async () => {
  await database?.close();
  await Promise.all(folders.map((f) => rm(f, { recursive: true, force: true })));
});

// The test database came migrated with the real migrations; each test starts from a database that
// has applied none, and its migrations create their tables in the schema `scratch`.
beforeEach(async () => {
  await sql`drop table if exists schema_migration`.execute(database.db);
  await sql`drop schema if exists scratch cascade`.execute(database.db);
});

/** A migrations folder of its own; returns its path. */
async function folder(files: Record<string, string>): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), 'perhekeskus-migrations-'));
  folders.push(directory);
  await Promise.all(Object.entries(files).map(([name, text]) => writeFile(join(directory, name), text)));
  return directory;
}
const write = (directory: string, name: string, text: string) => writeFile(join(directory, name), text);
const run = (directory: string) => migrate(database.db, directory);

const recorded = async () =>
  (
    await sql<{ version: string; checksum: string | null }>`select version, checksum from schema_migration order by version`.execute(
      database.db,
    )
  ).rows;
const scratchTables = async () =>
  (
    await sql<{
      table_name: string;
    }>`select table_name from information_schema.tables where table_schema = 'scratch' order by table_name`.execute(database.db)
  ).rows.map((r) => r.table_name);
const migrationTableExists = async () =>
  (await sql<{ exists: boolean }>`select to_regclass('schema_migration') is not null as exists`.execute(database.db)).rows[0]!.exists;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const FIRST = 'create schema scratch;\ncreate table scratch.family (id int primary key);\n';
const SECOND = 'alter table scratch.family add column name text not null;\n';
const THIRD = "insert into scratch.family (id, name) values (1, 'Virtanen');\n";

describe('migrate', () => {
  it('applies the files in number order, each once, and returns what it applied', async () => {
    // Each migration needs the one before it.
    const directory = await folder({ '0003_first_family.sql': THIRD, '0001_families.sql': FIRST, '0002_family_name.sql': SECOND });
    expect(await run(directory)).toEqual(['0001_families.sql', '0002_family_name.sql', '0003_first_family.sql']);
    expect((await sql<{ name: string }>`select name from scratch.family`.execute(database.db)).rows).toEqual([{ name: 'Virtanen' }]);
  });

  it('records the sha-256 of each file, reading CRLF line ends as LF', async () => {
    const directory = await folder({ '0001_families.sql': FIRST, '0002_family_name.sql': SECOND.replace(/\n/g, '\r\n') });
    await run(directory);
    expect(await recorded()).toEqual([
      { version: '0001_families.sql', checksum: sha256(FIRST) },
      { version: '0002_family_name.sql', checksum: sha256(SECOND) },
    ]);
    // A checkout with LF line ends is the same migration.
    await write(directory, '0002_family_name.sql', SECOND);
    expect(await run(directory)).toEqual([]);
  });

  it('applies nothing on a second run, and only the new file when one is added', async () => {
    const directory = await folder({ '0001_families.sql': FIRST, '0002_family_name.sql': SECOND });
    await run(directory);
    expect(await run(directory)).toEqual([]);
    await write(directory, '0003_first_family.sql', THIRD);
    expect(await run(directory)).toEqual(['0003_first_family.sql']);
    expect(await run(directory)).toEqual([]);
  });

  it('refuses an applied migration whose file was edited, before applying anything', async () => {
    const directory = await folder({ '0001_families.sql': FIRST, '0002_family_name.sql': SECOND });
    await run(directory);
    await write(directory, '0002_family_name.sql', SECOND.replace('not null', 'null'));
    await write(directory, '0003_first_family.sql', THIRD);

    const error = await run(directory).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationChecksumError);
    expect((error as Error).message).toContain('0002_family_name.sql');
    expect((error as Error).message).toMatch(/append-only.*new migration/);
    expect((error as MigrationChecksumError).files).toEqual(['0002_family_name.sql']);
    // 0003 was not applied.
    expect((await recorded()).map((r) => r.version)).toEqual(['0001_families.sql', '0002_family_name.sql']);
    expect((await sql<{ n: number }>`select count(*)::int as n from scratch.family`.execute(database.db)).rows[0]!.n).toBe(0);
  });

  it('refuses two files with one number, naming both, before applying anything', async () => {
    const directory = await folder({ '0001_families.sql': FIRST, '0002_family_name.sql': SECOND, '0002_first_family.sql': THIRD });
    const error = await run(directory).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationFolderError);
    expect((error as Error).message).toContain('0002_family_name.sql and 0002_first_family.sql');
    expect(await migrationTableExists()).toBe(false);
    expect(await scratchTables()).toEqual([]);
  });

  it('refuses file names off the pattern, naming each, but allows a README.md', async () => {
    const directory = await folder({
      '0001_families.sql': FIRST,
      '2_family_name.sql': SECOND,
      '0003-first-family.sql': THIRD,
      '0004_Upper.sql': 'select 1;',
      'notes.txt': 'remember',
      'README.md': '# Migrations\n',
    });
    const error = await run(directory).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationFolderError);
    const message = (error as Error).message;
    for (const name of ['2_family_name.sql', '0003-first-family.sql', '0004_Upper.sql', 'notes.txt']) expect(message).toContain(name);
    expect(message).not.toContain('README.md');
    expect(message).not.toContain('0001_families.sql');
    expect(await scratchTables()).toEqual([]);

    const clean = await folder({ '0001_families.sql': FIRST, 'README.md': '# Migrations\n' });
    expect(await run(clean)).toEqual(['0001_families.sql']);
  });

  it('rolls a failing migration back whole and does not record it', async () => {
    const directory = await folder({
      '0001_families.sql': FIRST,
      '0002_broken.sql': 'create table scratch.child (id int primary key);\ninsert into scratch.family values (1);\nselect 1 / 0;\n',
    });
    const error = await run(directory).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as Error).message).toContain('0002_broken.sql');
    expect((error as Error).message).toContain('division by zero');
    expect((await recorded()).map((r) => r.version)).toEqual(['0001_families.sql']);
    expect(await scratchTables()).toEqual(['family']);
    expect((await sql<{ n: number }>`select count(*)::int as n from scratch.family`.execute(database.db)).rows[0]!.n).toBe(0);

    // It was never applied, so fixing it is not an edit.
    await write(directory, '0002_broken.sql', 'create table scratch.child (id int primary key);\n');
    expect(await run(directory)).toEqual(['0002_broken.sql']);
  });

  it('refuses a database that has applied a migration the folder does not have', async () => {
    const directory = await folder({ '0001_families.sql': FIRST, '0002_family_name.sql': SECOND });
    await run(directory);
    const renamed = await folder({ '0001_families.sql': FIRST, '0002_name_of_family.sql': SECOND, '0003_first_family.sql': THIRD });
    const error = await run(renamed).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MissingMigrationError);
    expect((error as Error).message).toContain('0002_family_name.sql');
    expect((await recorded()).map((r) => r.version)).toEqual(['0001_families.sql', '0002_family_name.sql']);
  });

  it('adds the checksum to a database migrated before checksums, trusting and recording its files once', async () => {
    // The table as the runner used to create it, with 0001 applied.
    await sql`create table schema_migration (version text primary key, applied_at timestamptz not null default now())`.execute(database.db);
    await sql.raw(FIRST).execute(database.db);
    await sql`insert into schema_migration (version) values ('0001_families.sql')`.execute(database.db);

    const directory = await folder({ '0001_families.sql': FIRST, '0002_family_name.sql': SECOND });
    expect(await run(directory)).toEqual(['0002_family_name.sql']);
    expect(await recorded()).toEqual([
      { version: '0001_families.sql', checksum: sha256(FIRST) },
      { version: '0002_family_name.sql', checksum: sha256(SECOND) },
    ]);
    // From now on an edit of 0001 is caught.
    await write(directory, '0001_families.sql', `${FIRST}-- edited\n`);
    await expect(run(directory)).rejects.toThrow(MigrationChecksumError);
  });

  it('applies each migration once when two instances start at the same time', async () => {
    const directory = await folder({ '0001_families.sql': FIRST, '0002_family_name.sql': SECOND, '0003_first_family.sql': THIRD });
    const [a, b] = await Promise.all([run(directory), run(directory)]);
    expect([...a, ...b].sort()).toEqual(['0001_families.sql', '0002_family_name.sql', '0003_first_family.sql']);
    expect([a.length, b.length].sort()).toEqual([0, 3]);
  });
});

describe('the migrations folder', () => {
  it('holds only well-named migrations, numbered 0001, 0002 … without gaps or repeats', async () => {
    const names = (await readdir(migrationsDirectory)).filter((f) => f !== 'README.md');
    expect(names.filter((f) => !MIGRATION_FILE_PATTERN.test(f))).toEqual([]);
    const migrations = await readMigrations();
    expect(migrations.map((m) => m.file)).toEqual(names.sort());
    expect(migrations.map((m) => m.number)).toEqual(migrations.map((_, i) => i + 1));
  });
});
