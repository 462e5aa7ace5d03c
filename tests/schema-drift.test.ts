import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from './support/test-database.ts';

/**
 * The Kysely table types are written by hand. This compares them with the migrated schema: every
 * typed table and column exists, every column is typed, nullability agrees, and each column's
 * select type is of the coarse kind node-postgres returns for its SQL type.
 */

const root = fileURLToPath(new URL('..', import.meta.url));
/** Where Kysely learns about every table: each module's `…Tables` must be part of it. */

/** Tables in the database that no `…Tables` interface types, and why. */
const UNTYPED_TABLES: Record<string, string> = {
  schema_migration: "the migration runner's own bookkeeping, read with raw SQL",
};
/** `table.column` in the database that its table's type leaves out, and why. None today. */
const UNTYPED_COLUMNS: Record<string, string> = {};

type Column = { name: string; nullable: boolean; family: string };
type Relation = { name: string; columns: Map<string, Column> };
type TypedTable = Relation & { declaredIn: string; row: string };
type DbRelation = Relation & { kind: 'table' | 'view' };

// ---------------------------------------------------------------------------------------------
// The types, read with the TypeScript compiler.

function tablesFiles(): string[] {
  const files = [];
  for (const dir of ['src/modules', 'src/platform']) {
    for (const entry of readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })) {
      if (entry.endsWith('.tables.ts')) files.push(join(root, dir, entry));
    }
  }
  return files.sort();
}

function readTypes() {
  const files = tablesFiles();
  const tsconfig = ts.readConfigFile(join(root, 'tsconfig.json'), (path) => readFileSync(path, 'utf8'));
  const { options } = ts.convertCompilerOptionsFromJson(tsconfig.config.compilerOptions, root);
  const program = ts.createProgram(files, { ...options, types: [], noEmit: true, skipLibCheck: true });
  const checker = program.getTypeChecker();
  const problems: string[] = [];

  // A file that does not compile resolves its broken types to `any`, which would pass everything.
  for (const file of program.getRootFileNames()) {
    for (const d of program.getSemanticDiagnostics(program.getSourceFile(file))) {
      problems.push(`${relative(root, file)}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
    }
  }

  /** What a select returns for a column: kysely's ColumnType (and Generated, Json<T> … built on it) carries it as `__select__`. */
  const selectType = (type: ts.Type): ts.Type[] =>
    (type.isUnion() ? type.types : [type]).flatMap((part) => {
      const select = checker.getPropertyOfType(part, '__select__');
      if (!select) return [part];
      const inner = checker.getTypeOfSymbol(select);
      return inner.isUnion() ? inner.types : [inner];
    });

  const familyOf = (parts: readonly ts.Type[]): string =>
    [
      ...new Set(
        parts.flatMap((part) => {
          const f = part.flags;
          if (f & (ts.TypeFlags.Null | ts.TypeFlags.Undefined | ts.TypeFlags.Never)) return [];
          if (f & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return ['unknown'];
          if (f & ts.TypeFlags.StringLike) return ['string'];
          if (f & ts.TypeFlags.NumberLike) return ['number'];
          if (f & ts.TypeFlags.BooleanLike) return ['boolean'];
          if (f & ts.TypeFlags.BigIntLike) return ['bigint'];
          if (checker.isArrayType(part)) {
            const element = checker.getTypeArguments(part as ts.TypeReference)[0]!;
            return [`array of ${familyOf(element.isUnion() ? element.types : [element])}`];
          }
          if (part.getSymbol()?.getName() === 'Date') return ['Date'];
          if (part.getSymbol()?.getName() === 'Buffer') return ['Buffer'];
          if (f & ts.TypeFlags.Object) return ['json'];
          return [checker.typeToString(part)];
        }),
      ),
    ]
      .sort()
      .join(' | ');

  const columnsOf = (row: ts.Type, where: string): Map<string, Column> => {
    const columns = new Map<string, Column>();
    for (const property of checker.getPropertiesOfType(row)) {
      const parts = selectType(checker.getTypeOfSymbol(property));
      if (property.flags & ts.SymbolFlags.Optional)
        problems.push(`${where}.${property.getName()}: optional; a row always has every column`);
      const nullable = parts.some((p) => p.flags & (ts.TypeFlags.Null | ts.TypeFlags.Any | ts.TypeFlags.Unknown));
      columns.set(property.getName(), { name: property.getName(), nullable, family: familyOf(parts) });
    }
    return columns;
  };

  const tables = new Map<string, TypedTable>();
  for (const file of files) {
    const module = checker.getSymbolAtLocation(program.getSourceFile(file)!);
    const exports = module ? checker.getExportsOfModule(module) : [];
    for (const symbol of exports.filter((s) => s.flags & ts.SymbolFlags.Interface && s.getName().endsWith('Tables'))) {
      const declaredIn = `${relative(root, file)} ${symbol.getName()}`;
      for (const table of checker.getPropertiesOfType(checker.getDeclaredTypeOfSymbol(symbol))) {
        const rowType = checker.getTypeOfSymbol(table);
        const row = checker.typeToString(rowType);
        const earlier = tables.get(table.getName());
        if (earlier) problems.push(`${table.getName()}: typed twice, in ${earlier.declaredIn} and ${declaredIn}`);
        tables.set(table.getName(), { name: table.getName(), declaredIn, row, columns: columnsOf(rowType, `${row} (${table.getName()})`) });
      }
    }
  }

  return { files, tables, problems };
}

// ---------------------------------------------------------------------------------------------
// The schema, read from information_schema.

/** What node-postgres hands back for a column's SQL type (database.ts reads date as text, int8 as number). */
function familyOfSqlType(udt: string, inArray = false): string {
  if (udt.startsWith('_')) return `array of ${familyOfSqlType(udt.slice(1), true)}`;
  switch (udt) {
    case 'text':
    case 'varchar':
    case 'bpchar':
    case 'citext':
    case 'name':
    case 'uuid':
    case 'date':
    case 'time':
    case 'timetz':
    case 'tsvector':
    case 'numeric':
      return 'string';
    case 'int2':
    case 'int4':
    case 'float4':
    case 'float8':
      return 'number';
    case 'int8':
      return inArray ? 'string' : 'number'; // the INT8 parser does not apply inside arrays
    case 'bool':
      return 'boolean';
    case 'timestamptz':
    case 'timestamp':
      return 'Date';
    case 'jsonb':
    case 'json':
      return 'json';
    case 'bytea':
      return 'Buffer';
    default:
      return `unmapped SQL type ${udt}`;
  }
}

async function readSchema(handle: TestDatabase): Promise<Map<string, DbRelation>> {
  const rows = (
    await sql<{ table_name: string; table_type: string; column_name: string; is_nullable: 'YES' | 'NO'; udt_name: string }>`
      select c.table_name, t.table_type, c.column_name, c.is_nullable, c.udt_name
      from information_schema.columns c
      join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
      where c.table_schema = current_schema() and t.table_type in ('BASE TABLE', 'VIEW')
      order by c.table_name, c.ordinal_position`.execute(handle.db)
  ).rows;
  const relations = new Map<string, DbRelation>();
  for (const r of rows) {
    let relation = relations.get(r.table_name);
    if (!relation)
      relations.set(
        r.table_name,
        (relation = { name: r.table_name, kind: r.table_type === 'VIEW' ? 'view' : 'table', columns: new Map() }),
      );
    relation.columns.set(r.column_name, { name: r.column_name, nullable: r.is_nullable === 'YES', family: familyOfSqlType(r.udt_name) });
  }
  return relations;
}

// ---------------------------------------------------------------------------------------------

let database: TestDatabase;
let types: ReturnType<typeof readTypes>;
let schema: Map<string, DbRelation>;

beforeAll(async () => {
  types = readTypes();
  database = await openTestDatabase('empty');
  schema = await readSchema(database);
});
afterAll(() => database?.close());

/** Each typed table with its database relation, where there is one. */
const pairs = () =>
  [...types.tables.values()].flatMap((typed) => (schema.has(typed.name) ? [{ typed, actual: schema.get(typed.name)! }] : []));
const report = (problems: string[]) => expect(problems, `\n${problems.join('\n')}\n`).toEqual([]);

describe('the table types', () => {
  it('are read from the *.tables.ts files', () => {
    expect(types.files.length).toBeGreaterThan(0);
    expect(types.tables.size).toBeGreaterThan(0);
    report(types.problems);
  });

  it('name only tables and views that exist', () => {
    report(
      [...types.tables.values()]
        .filter((t) => !schema.has(t.name))
        .map((t) => `${t.name} (${t.declaredIn}): no such table or view in the database`),
    );
  });

  it('have exactly the columns of the database', () => {
    const problems: string[] = [];
    for (const { typed, actual } of pairs()) {
      for (const column of typed.columns.keys()) {
        if (!actual.columns.has(column)) problems.push(`${typed.name}.${column}: in ${typed.row} but not in the ${actual.kind}`);
      }
      for (const column of actual.columns.keys()) {
        if (!typed.columns.has(column) && !(`${typed.name}.${column}` in UNTYPED_COLUMNS)) {
          problems.push(`${typed.name}.${column}: in the ${actual.kind} but not in ${typed.row}`);
        }
      }
    }
    report(problems);
  });

  // PostgreSQL reports every column of a view as nullable, whatever its query, so views are left out.
  it('admit null exactly where a table column is nullable', () => {
    const problems: string[] = [];
    for (const { typed, actual } of pairs().filter((p) => p.actual.kind === 'table')) {
      for (const column of typed.columns.values()) {
        const real = actual.columns.get(column.name);
        if (!real || real.nullable === column.nullable) continue;
        problems.push(
          real.nullable
            ? `${typed.name}.${column.name}: nullable in the table, but ${typed.row} does not admit null`
            : `${typed.name}.${column.name}: NOT NULL in the table, but ${typed.row} admits null`,
        );
      }
    }
    report(problems);
  });

  it('select the kind of value node-postgres returns for each column', () => {
    const problems: string[] = [];
    for (const { typed, actual } of pairs()) {
      for (const column of typed.columns.values()) {
        const real = actual.columns.get(column.name);
        if (!real) continue;
        // jsonb holds any JSON: an object or an array.
        const fits = column.family === real.family || (real.family === 'json' && column.family.startsWith('array of'));
        if (!fits)
          problems.push(`${typed.name}.${column.name}: the database returns ${real.family}, ${typed.row} selects ${column.family}`);
      }
    }
    report(problems);
  });

  it('cover every table and view in the database', () => {
    report(
      [...schema.values()]
        .filter((r) => !types.tables.has(r.name) && !(r.name in UNTYPED_TABLES))
        .map((r) => `${r.name}: a ${r.kind} in the database that no *Tables interface in src/**/*.tables.ts types`),
    );
  });
});
