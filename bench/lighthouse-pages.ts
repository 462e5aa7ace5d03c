/**
 * Only the Lighthouse part of `npm run bench`, against a server that is already running
 * (BENCH_BASE_URL, default http://127.0.0.1:3000) with the demo region: the family pages' mobile
 * performance and layout shift without loading the national network. Results:
 * bench/results/lighthouse-family-pages.json.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { runLighthouse } from './lighthouse.ts';

const base = process.env.BENCH_BASE_URL ?? 'http://127.0.0.1:3000';
const sample = (await (await fetch(`${base}/api/v1/services?q=lastenneuvola&municipality=491&pageSize=1`)).json()) as {
  items: { id: string }[];
};
const pages = { home: '/fi', search: '/fi/search?q=neuvola&municipality=491&age=2', service: `/fi/services/${sample.items[0]?.id}` };
const scores = await runLighthouse(base, pages);
const report = { date: new Date().toISOString(), machine: { cpus: cpus().length, node: process.version }, base, pages, scores };
const resultsDir = new URL('./results/', import.meta.url);
await mkdir(resultsDir, { recursive: true });
await writeFile(new URL('lighthouse-family-pages.json', resultsDir), `${JSON.stringify(report, null, 2)}\n`);
console.table(Object.fromEntries(Object.entries(scores).map(([name, { errors, ...s }]) => [name, { ...s, errors: errors?.length ?? 0 }])));
