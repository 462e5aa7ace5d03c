/**
 * `npm run bench`: the search benchmark, then the activities, staff-edit and contact ones, each
 * in its own process. All run even when one fails a budget (the figures of the others are still
 * wanted); the exit code is non-zero when any failed, and the failed ones are named.
 */
import { spawnSync } from 'node:child_process';

const BENCHMARKS = ['search-bench.ts', 'activities-bench.ts', 'staff-edit-bench.ts', 'contact-bench.ts'];
const failed: string[] = [];
for (const file of BENCHMARKS) {
  console.log(`\n=== bench/${file} ===`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', `bench/${file}`], { stdio: 'inherit', env: process.env });
  if (run.status !== 0) failed.push(file);
}
if (failed.length > 0) {
  console.error(`\nfailed: ${failed.join(', ')}`);
  process.exitCode = 1;
}
