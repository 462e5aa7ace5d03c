/**
 * The query cost of a question: EXPLAIN (ANALYZE, BUFFERS) of the search for a five-word everyday
 * question in a big municipality (Helsinki, 091) on the national benchmark database, as the
 * server builds it (concepts, stop words, base forms when Voikko is there).
 *
 *   npx tsx bench/search-explain.ts [question] [municipality]
 *
 * BENCH_DATABASE_URL as for `npm run bench` (load it first). Writes bench/results/search-explain.json.
 */
import { writeFile } from 'node:fs/promises';
import { sql } from 'kysely';
import { openDatabase, read } from '../src/platform/db/database.ts';
import type { CatalogDb } from '../src/modules/catalog/catalog.tables.ts';
import { buildSearchWords } from '../src/modules/catalog/search/search-terms.ts';
import { finnishMorphology } from '../src/modules/catalog/search/morphology.ts';
import { listConcepts, listSynonyms, searchQuery } from '../src/modules/catalog/search/service-search.queries.ts';
import { unfilteredCriteria } from '../src/modules/catalog/search/unfiltered-criteria.ts';

const databaseUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/perhekeskus_bench';
const question = process.argv[2] ?? 'vauva ei nuku yöllä enää';
const municipality = process.argv[3] ?? '091';
const RUNS = Number(process.env.SEARCH_EXPLAIN_RUNS ?? 5);

const handle = await openDatabase<CatalogDb>({ kind: 'postgres', url: databaseUrl, poolSize: 1 });
try {
  const morphology = finnishMorphology();
  const report = await read(handle.db, async (tx) => {
    const [synonyms, concepts] = await Promise.all([listSynonyms(tx), listConcepts(tx)]);
    const words = buildSearchWords(question, { synonyms, concepts: new Map(concepts.map((c) => [c.code, c])) }, morphology);
    const query = searchQuery(unfilteredCriteria(words, municipality)).compile(tx);
    const literalSql = query.sql.replace(/\$(\d+)/g, (_, n) => literal(query.parameters[Number(n) - 1]));
    // SEARCH_EXPLAIN_SQL=file writes the query as run, for trying plans by hand in psql.
    if (process.env.SEARCH_EXPLAIN_SQL) await writeFile(process.env.SEARCH_EXPLAIN_SQL, `${literalSql};\n`);
    const times: number[] = [];
    let plan = '';
    for (let i = 0; i < RUNS; i++) {
      const result = await sql<{
        'QUERY PLAN': string;
      }>`explain (analyze, buffers) ${sql.raw(literalSql)}`.execute(tx);
      plan = result.rows.map((r) => r['QUERY PLAN']).join('\n');
      times.push(Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? NaN));
    }
    const sorted = [...times].sort((a, b) => a - b);
    return {
      question,
      municipality,
      voikko: morphology.enabled,
      parts: words.map((w) => w.word),
      executionMs: { runs: times, median: sorted[Math.floor(RUNS / 2)] },
      plan,
    };
  });
  console.log(report.plan);
  console.log(JSON.stringify({ ...report, plan: undefined }, null, 2));
  await writeFile(new URL('./results/search-explain.json', import.meta.url), `${JSON.stringify(report, null, 2)}\n`);
} finally {
  await handle.close();
}

/** A bound parameter as an SQL literal, for EXPLAIN of the exact query (the values are our own). */
function literal(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `array[${value.map(literal).join(', ')}]::text[]`;
  return `'${String(value).replace(/'/g, "''")}'`;
}
