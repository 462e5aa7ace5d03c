import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { write } from '../../../platform/db/transactions.ts';
import type { I18nText } from '../../../platform/i18n-text.ts';
import type { RequestScope } from '../../../platform/request-context.ts';
import { COUNTIES, MUNICIPALITIES } from '../reference/finnish-municipalities.ts';
import { applyKind, type ApplyState } from './network-import.apply.ts';
import { valuesHash } from './network-import.canonical.ts';
import {
  IMPORT_KINDS,
  IMPORT_OUTCOMES,
  type CountyReferenceEntry,
  type ImportCounts,
  type ImportRunSummary,
  type ImportRecord,
  type ImportRecordReport,
  type MunicipalityReferenceEntry,
  type NetworkImportInput,
  type NetworkImportReport,
} from './network-import.model.ts';
import {
  createStaging,
  findCounties,
  findReferenceMunicipalities,
  insertMunicipalities,
  insertRegion,
  insertRun,
  lastAppliedRun,
  listRuns,
  listCountyReference,
  listMunicipalityReference,
  loadRulesLists,
  regionCodeTaken,
  stage,
  stagedHash,
  updateRun,
  upsertReferenceLists,
} from './network-import.queries.ts';
import type { RulesContext } from './network-import.rules.ts';
import type { CatalogImportDb, ImportReadTx, ImportWriteTx } from './network-import.tables.ts';

/** Records staged per statement while the input is read. */
const STAGE_BATCH = 250;

/** The national lists of counties and municipalities, brought up to date at every start. */
export async function seedMunicipalityReference(tx: ImportWriteTx): Promise<void> {
  const countyOf = new Map(COUNTIES.flatMap((c) => c.municipalities.map((m) => [m, c.id] as const)));
  await upsertReferenceLists(
    tx,
    COUNTIES.map((c) => ({ id: c.id, code: c.code, name: JSON.stringify(c.name) })),
    MUNICIPALITIES.map((m) => ({ code: m.code, county_id: countyOf.get(m.code) ?? null, name: JSON.stringify(m.name) })),
  );
}

/**
 * Every municipality an import can name: the national list and the network's own (a database's
 * municipalities may carry other names, or be invented ones in a benchmark set).
 */
export async function listMunicipalityReferenceEntries(tx: ImportReadTx): Promise<MunicipalityReferenceEntry[]> {
  const rows = await listMunicipalityReference(tx);
  return rows.map((r) => {
    const name = (r.reference_name ?? r.network_name) as I18nText;
    const network = r.network_name as I18nText | null;
    const aliases = network ? [network.fi, network.sv, network.en].filter((n): n is string => Boolean(n)) : [];
    // The network's own region wins: a database may lay out its regions otherwise (the benchmark's invented ones).
    return { code: r.code, name, countyId: r.region_id ?? r.county_id ?? null, aliases };
  });
}

export async function listCountyReferenceEntries(tx: ImportReadTx): Promise<CountyReferenceEntry[]> {
  return (await listCountyReference(tx)).map((r) => {
    const network = r.network_name as I18nText | null;
    return {
      id: r.id,
      code: r.code,
      name: r.name,
      aliases: network ? [network.fi, network.sv, network.en].filter((n): n is string => Boolean(n)) : [],
    };
  });
}

/** When this source last wrote anything: where a "changes since" read starts. */
export async function lastImportOf(tx: ImportReadTx, source: string): Promise<{ runId: string; startedAt: Date } | null> {
  const run = await lastAppliedRun(tx, source);
  return run ? { runId: run.id, startedAt: run.started_at } : null;
}

/** The latest runs, newest first, dry runs too: what an admin page lists. */
export async function listImportRuns(tx: ImportReadTx, limit: number): Promise<ImportRunSummary[]> {
  return (await listRuns(tx, limit)).map((r) => ({
    id: r.id,
    source: r.source,
    format: r.format as ImportRunSummary['format'],
    mode: r.mode as ImportRunSummary['mode'],
    dryRun: r.dry_run,
    startedAt: r.started_at.toISOString(),
    counts: (typeof r.counts === 'string' ? JSON.parse(r.counts) : r.counts) as ImportCounts,
    problems: ((typeof r.problems === 'string' ? JSON.parse(r.problems) : r.problems) ?? []) as ImportRunSummary['problems'],
  }));
}

class NotApplied extends Error {
  constructor(readonly report: NetworkImportReport) {
    super('import not applied');
  }
}

/**
 * An import in one transaction: read and stage every record, then apply organisations, places and
 * services. A dry run, or an input with a fatal problem, is rolled back whole after it has been
 * decided, so its report says what would have happened. Every run is recorded in import_run.
 */
export async function runNetworkImport(
  db: Kysely<CatalogImportDb>,
  scope: RequestScope,
  input: NetworkImportInput,
): Promise<NetworkImportReport> {
  const runId = randomUUID();
  const startedAt = scope.clock.now();
  const runRow = {
    id: runId,
    source: input.source,
    format: input.format,
    dry_run: input.dryRun,
    mode: input.mode ?? 'full',
    started_at: startedAt,
    finished_at: startedAt,
    counts: '{}',
  };
  try {
    return await write(db, scope, async (tx, audit) => {
      await insertRun(tx, runRow);
      const report = await importInTransaction(tx, scope, input, runId, startedAt);
      if (!report.applied) throw new NotApplied(report);
      await finishRun(tx, report);
      audit.record(importEvent(report, input));
      return report;
    });
  } catch (error) {
    if (!(error instanceof NotApplied)) throw error;
    await write(db, scope, async (tx, audit) => {
      await insertRun(tx, runRow);
      await finishRun(tx, error.report);
      audit.record(importEvent(error.report, input));
    });
    return error.report;
  }
}

/** An import is a write to the whole network: on record with what it did (no personal data). */
function importEvent(report: NetworkImportReport, input: NetworkImportInput) {
  return {
    action: 'Network.IMPORT',
    outcome: report.applied || input.dryRun ? ('success' as const) : ('failed' as const),
    target: { type: 'import_run', id: report.runId },
    detail: { source: input.source, format: input.format, dryRun: input.dryRun, counts: JSON.stringify(report.counts) },
  };
}

async function finishRun(tx: ImportWriteTx, report: NetworkImportReport) {
  await updateRun(tx, report.runId, {
    finished_at: new Date(report.finishedAt),
    counts: JSON.stringify(report.counts),
    problems: JSON.stringify(report.problems),
  });
}

async function importInTransaction(tx: ImportWriteTx, scope: RequestScope, input: NetworkImportInput, runId: string, startedAt: Date) {
  await createStaging(tx);
  const records: ImportRecordReport[] = [];
  const counts = Object.fromEntries(IMPORT_KINDS.map((k) => [k, Object.fromEntries(IMPORT_OUTCOMES.map((o) => [o, 0]))])) as ImportCounts;
  const report = (entry: ImportRecordReport) => {
    records.push(entry);
    counts[entry.kind][entry.outcome]++;
  };
  await stageAll(tx, input.records, report);
  const problems = input.inputProblems?.() ?? [];

  const lists = await loadRulesLists(tx);
  const networkMunicipalities = new Set(lists.municipalities.map((m) => m.code));
  const networkRegions = new Set(lists.regions.map((r) => r.id));
  const rules: RulesContext = {
    categories: new Set(lists.categories.map((c) => c.code)),
    methods: new Set(lists.methods.map((m) => m.code)),
    municipalities: new Set([...networkMunicipalities, ...lists.referenceMunicipalities.filter((m) => m.county_id).map((m) => m.code)]),
    regions: new Set([...networkRegions, ...lists.counties.map((c) => c.id)]),
  };
  const added = { regions: [] as string[], municipalities: [] as string[] };

  const ensureRegions = async (ids: string[]) => {
    const missing = ids.filter((id) => !networkRegions.has(id));
    for (const county of await findCounties(tx, missing)) {
      // The demo's region codes follow another numbering; a taken code gets a prefix.
      const code = (await regionCodeTaken(tx, county.code)) ? `HVA${county.code}`.slice(0, 8) : county.code;
      await insertRegion(tx, { id: county.id, code, name: JSON.stringify(county.name), website: null });
      networkRegions.add(county.id);
      added.regions.push(county.id);
    }
  };
  const state: ApplyState = {
    tx,
    source: input.source,
    runId,
    now: startedAt,
    textLanguage: input.textLanguage,
    onlyRegion: input.onlyRegion,
    rules,
    resolved: { organization: new Map(), place: new Map() },
    report,
    ensureAreas: async (municipalities, regions) => {
      const missing = municipalities.filter((c) => !networkMunicipalities.has(c));
      const reference = await findReferenceMunicipalities(tx, missing);
      await ensureRegions([...regions, ...reference.flatMap((m) => (m.county_id ? [m.county_id] : []))]);
      const rows = reference
        .filter((m) => m.county_id)
        .map((m) => ({ code: m.code, region_id: m.county_id!, name: JSON.stringify(m.name) }));
      await insertMunicipalities(tx, rows);
      for (const r of rows) {
        networkMunicipalities.add(r.code);
        added.municipalities.push(r.code);
      }
    },
  };
  for (const kind of IMPORT_KINDS) await applyKind(state, kind);

  const fatal = problems.some((p) => p.fatal);
  return {
    runId,
    source: input.source,
    format: input.format,
    mode: input.mode ?? 'full',
    dryRun: input.dryRun,
    applied: !input.dryRun && !fatal,
    startedAt: startedAt.toISOString(),
    finishedAt: new Date(Math.max(scope.clock.now().getTime(), startedAt.getTime())).toISOString(),
    counts,
    problems,
    records,
    added,
  } satisfies NetworkImportReport;
}

/** Reads the input into the staging table; a second record with the same id and other values is rejected. */
async function stageAll(tx: ImportWriteTx, input: AsyncIterable<ImportRecord>, report: (entry: ImportRecordReport) => void) {
  type Entry = { kind: string; sourceId: string; record: string; hash: string; original: ImportRecord };
  let batch = new Map<string, Entry>();
  const rejectDuplicate = (d: Entry) =>
    report({
      kind: d.original.kind,
      sourceId: d.sourceId,
      ...(d.original.label ? { label: d.original.label } : {}),
      outcome: 'rejected',
      reasons: [{ key: 'duplicateId' }],
    });
  const flush = async () => {
    const duplicates = await stage(tx, [...batch.values()]);
    for (const d of duplicates) {
      // The same record again (an organisation nested in each of its services) is no duplicate.
      if ((await stagedHash(tx, d.kind, d.sourceId)) !== d.hash) rejectDuplicate(d);
    }
    batch = new Map();
  };
  for await (const record of input) {
    if ('rejected' in record) {
      report({
        kind: record.kind,
        sourceId: record.sourceId,
        ...(record.label ? { label: record.label } : {}),
        outcome: 'rejected',
        reasons: record.rejected,
        ...(record.warnings?.length ? { warnings: record.warnings } : {}),
      });
      continue;
    }
    // Whose the place is when its own organisation is missing depends on where it was met: not part of what it is.
    const { organizationFallback: _, ...identity } = record.values as { organizationFallback?: string };
    const entry = {
      kind: record.kind,
      sourceId: record.sourceId,
      record: JSON.stringify(record),
      hash: valuesHash(identity),
      original: record,
    };
    const key = `${record.kind} ${record.sourceId}`;
    const earlier = batch.get(key);
    if (earlier) {
      if (earlier.hash !== entry.hash) rejectDuplicate(entry);
      continue;
    }
    batch.set(key, entry);
    if (batch.size >= STAGE_BATCH) await flush();
  }
  if (batch.size) await flush();
}
