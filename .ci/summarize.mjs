// Adds up the vitest and Playwright JSON reports; a stage that failed without a report counts as one failure.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
let passed = 0;
let failed = 0;

for (const stage of ['pglite', 'no-voikko', 'postgres', 'e2e']) {
  const report = join(dir, `${stage}.json`);
  const exit = existsSync(join(dir, `${stage}.exit`)) ? readFileSync(join(dir, `${stage}.exit`), 'utf8').trim() : 'exit: missing';
  let stagePassed = 0;
  let stageFailed = 0;
  if (existsSync(report)) {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    if (stage === 'e2e') {
      stagePassed = json.stats?.expected ?? 0;
      stageFailed = (json.stats?.unexpected ?? 0) + (json.stats?.flaky ?? 0);
    } else {
      stagePassed = json.numPassedTests ?? 0;
      // A suite that failed to load has no failed tests of its own; it still fails the stage.
      const brokenSuites = (json.numFailedTestSuites ?? 0) > 0 && (json.numFailedTests ?? 0) === 0 ? 1 : 0;
      stageFailed = (json.numFailedTests ?? 0) + brokenSuites;
    }
  }
  if (exit !== 'exit: 0' && stageFailed === 0) stageFailed = 1;
  console.log(`${stage}: ${stagePassed} passed, ${stageFailed} failed (${exit})`);
  passed += stagePassed;
  failed += stageFailed;
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
