/**
 * Single-request latency of everyday questions on the national benchmark database: each question
 * of tests/fixtures/reference/search/everyday-questions.json and tests/fixtures/own-questions.json through the search use case, as the server runs
 * it (concepts, stop words, Voikko base forms when installed), in a big municipality unless the
 * question names one. Prints the warm time of each (the median of a few runs after one to warm the
 * caches), slowest first. A smoke measure for a loaded machine, not the benchmark: that is
 * `npm run bench`.
 *
 *   npx tsx bench/search-questions-latency.ts [municipality] [runs]
 *
 * BENCH_DATABASE_URL as for `npm run bench` (load it first with bench/load-national.ts).
 */
import { readFileSync } from 'node:fs';
import { systemClock } from '../src/platform/clock.ts';
import { openDatabase, read } from '../src/platform/db/database.ts';
import type { Lang } from '../src/platform/i18n-text.ts';
import { createLogger } from '../src/platform/logger.ts';
import { createCatalogReference } from '../src/modules/catalog/catalog.reference.ts';
import type { CatalogDb } from '../src/modules/catalog/catalog.tables.ts';
import { searchServices } from '../src/modules/catalog/catalog.use-cases.ts';
import { finnishMorphology } from '../src/modules/catalog/search/morphology.ts';

const databaseUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/perhekeskus_bench';
const bigMunicipality = process.argv[2] ?? '001';
const runs = Number(process.argv[3] ?? 5);

interface Question {
  lang: Lang;
  q: string;
  municipality?: string;
}
const load = (url: URL) => (JSON.parse(readFileSync(url, 'utf8')) as { cases: Question[] }).cases;
const questions = [
  ...load(new URL('../tests/fixtures/reference/search/everyday-questions.json', import.meta.url)),
  ...load(new URL('../tests/fixtures/own-questions.json', import.meta.url)),
];

const handle = await openDatabase<CatalogDb>({ kind: 'postgres', url: databaseUrl, poolSize: 1 });
try {
  const logger = createLogger('warn');
  const morphology = finnishMorphology(logger);
  const reference = createCatalogReference({ db: handle.db, clock: systemClock });
  const scope = (lang: Lang) => ({
    actor: { kind: 'anonymous' as const },
    clock: systemClock,
    lang,
    requestId: 'bench',
    logger,
    clientAddress: null,
  });
  const timings: { ms: number; total: number; question: string }[] = [];
  for (const question of questions) {
    const input = { q: question.q, municipality: bigMunicipality, page: 1, pageSize: 20 };
    const once = async () => {
      const started = performance.now();
      const result = await read(handle.db, (tx) => searchServices({ ...scope(question.lang), tx, reference, morphology }, input));
      return { ms: performance.now() - started, total: result.total };
    };
    await once();
    const measured = [];
    for (let i = 0; i < runs; i++) measured.push(await once());
    measured.sort((a, b) => a.ms - b.ms);
    const median = measured[Math.floor(measured.length / 2)]!;
    timings.push({ ms: median.ms, total: median.total, question: `${question.lang} "${question.q}" in ${input.municipality}` });
  }
  timings.sort((a, b) => b.ms - a.ms);
  console.log(`Voikko ${morphology.enabled ? 'on' : 'off'}; warm median of ${runs} runs (loaded machine)`);
  for (const t of timings) console.log(`${t.ms.toFixed(1).padStart(8)} ms  ${String(t.total).padStart(6)} hits  ${t.question}`);
} finally {
  await handle.close();
}
