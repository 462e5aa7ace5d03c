import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

export interface LighthouseScores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Largest contentful paint and total blocking time, in ms, under Lighthouse's mobile throttling. */
  lcpMs: number;
  tbtMs: number;
  /** Cumulative layout shift (budget 0.02: late web fonts once moved the search page by 0.31). */
  cls: number;
  /** Why a category could not be scored, when one could not (Lighthouse's runtime and audit errors). */
  errors?: string[];
}

const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const ATTEMPTS = 3;

/**
 * Lighthouse 12 with its default mobile emulation and throttling, each page in a fresh Chrome. On
 * this machine a run now and then fails to record its trace (NO_NAVSTART) and scores no performance; such
 * a run is repeated, and the errors of the runs that failed are kept with the scores.
 */
export async function runLighthouse(base: string, pages: Record<string, string>): Promise<Record<string, LighthouseScores>> {
  const scores: Record<string, LighthouseScores> = {};
  for (const [name, path] of Object.entries(pages)) {
    const failedRuns: string[] = [];
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
      const { scores: run, scored } = await runOnce(`${base}${path}`);
      if (scored || attempt === ATTEMPTS) {
        scores[name] = failedRuns.length ? { ...run, errors: [...failedRuns, ...(run.errors ?? [])] } : run;
        break;
      }
      failedRuns.push(`run ${attempt}: ${(run.errors ?? ['performance not scored']).join('; ')}`);
    }
  }
  return scores;
}

async function runOnce(url: string): Promise<{ scores: LighthouseScores; scored: boolean }> {
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', chromeFlags: CHROME_FLAGS });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    // A runtime error fails most audits with the same message; it alone says what went wrong.
    const errors = lhr.runtimeError
      ? [`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`]
      : Object.entries(lhr.audits).flatMap(([id, audit]) => (audit.errorMessage ? [`${id}: ${audit.errorMessage}`] : []));
    const scores: LighthouseScores = {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      lcpMs: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? NaN),
      tbtMs: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? NaN),
      cls: Math.round((lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN) * 1000) / 1000,
      ...(errors.length ? { errors } : {}),
    };
    return { scores, scored: !lhr.runtimeError && lhr.categories.performance?.score != null };
  } finally {
    chrome.kill();
  }
}
