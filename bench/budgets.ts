/**
 * The family-search budgets, stated against the machine's own ceiling (the static file at
 * saturation in the same run) so that two machines' results compare: the cost of a request
 * relative to doing nothing, and latency at a rate that is the same share of each machine.
 */

export const SEARCH_BUDGETS = {
  /** Throughput at saturation, as a share of the static ceiling. */
  searchApiShareOfCeiling: 0.4,
  searchPageShareOfCeiling: 0.25,
  /** The steady rate latency is measured at, as a share of the ceiling (≈ 100 req/s at 2 000). */
  fixedRateShareOfCeiling: 0.05,
  searchApiP95Ms: 30,
  searchPageP95Ms: 60,
  pageJsKb: 50,
  lighthousePerformance: 95,
  lighthouseAccessibility: 100,
  lighthouseCls: 0.02,
} as const;

export interface BudgetCheck {
  budget: string;
  limit: string;
  measured: string;
  ok: boolean;
}

interface Inputs {
  ceiling: number;
  fixedRate: number;
  searchApi: { saturation: number; p95AtFixedRate: number };
  searchPage: { saturation: number; p95AtFixedRate: number };
  javascriptGzipBytes: Record<string, number>;
  lighthouse: Record<string, { performance: number; accessibility: number; cls: number }> | null;
}

const percent = (n: number) => `${Math.round(n * 1000) / 10} %`;

/** Every budget with its limit and the measured value; a failed one names itself. */
export function checkBudgets(input: Inputs): BudgetCheck[] {
  const b = SEARCH_BUDGETS;
  const share = (n: number) => (input.ceiling > 0 ? n / input.ceiling : 0);
  const checks: BudgetCheck[] = [
    {
      budget: 'search API throughput',
      limit: `≥ ${percent(b.searchApiShareOfCeiling)} of ${input.ceiling} req/s`,
      measured: `${input.searchApi.saturation} req/s = ${percent(share(input.searchApi.saturation))}`,
      ok: share(input.searchApi.saturation) >= b.searchApiShareOfCeiling,
    },
    {
      budget: 'search page throughput',
      limit: `≥ ${percent(b.searchPageShareOfCeiling)} of ${input.ceiling} req/s`,
      measured: `${input.searchPage.saturation} req/s = ${percent(share(input.searchPage.saturation))}`,
      ok: share(input.searchPage.saturation) >= b.searchPageShareOfCeiling,
    },
    {
      budget: 'search API p95',
      limit: `≤ ${b.searchApiP95Ms} ms at ${input.fixedRate} req/s`,
      measured: `${input.searchApi.p95AtFixedRate} ms`,
      ok: input.searchApi.p95AtFixedRate <= b.searchApiP95Ms,
    },
    {
      budget: 'search page p95',
      limit: `≤ ${b.searchPageP95Ms} ms at ${input.fixedRate} req/s`,
      measured: `${input.searchPage.p95AtFixedRate} ms`,
      ok: input.searchPage.p95AtFixedRate <= b.searchPageP95Ms,
    },
  ];
  for (const [page, bytes] of Object.entries(input.javascriptGzipBytes))
    checks.push({
      budget: `JavaScript of the ${page} page`,
      limit: `≤ ${b.pageJsKb} kB gzip`,
      measured: `${Math.round(bytes / 102.4) / 10} kB`,
      ok: bytes <= b.pageJsKb * 1024,
    });
  for (const [page, s] of Object.entries(input.lighthouse ?? {}))
    checks.push({
      budget: `Lighthouse on the ${page} page`,
      limit: `performance ≥ ${b.lighthousePerformance}, accessibility ≥ ${b.lighthouseAccessibility}, CLS ≤ ${b.lighthouseCls}`,
      measured: `${s.performance} / ${s.accessibility} / ${s.cls}`,
      ok: s.performance >= b.lighthousePerformance && s.accessibility >= b.lighthouseAccessibility && s.cls <= b.lighthouseCls,
    });
  return checks;
}

/** The steady rate for the latency budgets: the agreed share of this machine's ceiling. */
export const fixedRateFor = (ceiling: number) => Math.max(1, Math.round(ceiling * SEARCH_BUDGETS.fixedRateShareOfCeiling));
