import type { Lang } from '../../../platform/i18n-text.ts';
import { stableId } from '../../../platform/stable-id.ts';
import { differences, valuesHash, type Canonical, type CanonicalPlace } from './network-import.canonical.ts';
import { incomingOrganization, incomingPlace, incomingService } from './network-import.incoming.ts';
import type { ImportIssue, ImportKind, ImportRecord, ImportRecordReport } from './network-import.model.ts';
import {
  clearPlaceParts,
  clearServiceParts,
  existingIds,
  findProvenance,
  importedLocalIds,
  insertImportRows,
  loadOrganizationRows,
  loadPlaceRows,
  loadServiceRows,
  readStaged,
  refreshSearch,
  releaseSavepoint,
  rollbackToSavepoint,
  savepoint,
  updateOrganization,
  updatePlace,
  updateService,
  upsertProvenance,
} from './network-import.queries.ts';
import { checkOrganization, checkPlace, checkService, type RulesContext } from './network-import.rules.ts';
import {
  hoursRows,
  organizationOf,
  organizationRow,
  placeRow,
  placesOf,
  serviceParts,
  serviceRow,
  servicesOf,
} from './network-import.rows.ts';
import type { ImportWriteTx } from './network-import.tables.ts';

/**
 * The apply phase: staged records, a chunk at a time, each compared with the record it was
 * imported into before (provenance), decided (created, updated, unchanged, conflict, rejected) and
 * written. A record is only overwritten when its current values still hash to what the last
 * import wrote; otherwise someone has edited it here, and it is reported as a conflict.
 */

export interface ApplyState {
  tx: ImportWriteTx;
  source: string;
  runId: string;
  now: Date;
  textLanguage: Lang | undefined;
  /** Only organisations of this region may be written or referred to (NetworkImportInput.onlyRegion). */
  onlyRegion?: string | undefined;
  rules: RulesContext;
  /** Source id → local id of organisations and places that exist after their phase (null: rejected). */
  resolved: Record<'organization' | 'place', Map<string, string | null>>;
  /** Makes sure the municipalities and regions the records name exist in the network. */
  ensureAreas: (municipalities: string[], regions: string[]) => Promise<void>;
  report: (entry: ImportRecordReport) => void;
}

type Decision =
  | { outcome: 'created' | 'updated'; localId: string; canonical: Canonical; hash: string; changed?: string[] }
  | { outcome: 'unchanged'; localId: string; hash: string }
  | { outcome: 'conflict'; localId: string; reasons: ImportIssue[]; conflicts: ReturnType<typeof differences> }
  | { outcome: 'rejected'; reasons: ImportIssue[] };

const CHUNK = 200;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TABLE = { organization: 'organization', place: 'place', service: 'service' } as const;

type Staged = Extract<ImportRecord, { values: unknown }>;

export async function applyKind(state: ApplyState, kind: ImportKind): Promise<void> {
  for (let after = 0; ;) {
    const rows = await readStaged(state.tx, kind, after, CHUNK);
    if (!rows.length) return;
    after = rows.at(-1)!.seq;
    await applyChunk(
      state,
      kind,
      rows.map((r) => r.record as Staged),
    );
  }
}

async function applyChunk(state: ApplyState, kind: ImportKind, records: Staged[]) {
  const { tx, source } = state;
  const provenance = new Map(
    (
      await findProvenance(
        tx,
        source,
        kind,
        records.map((r) => r.sourceId),
      )
    ).map((p) => [p.source_id, p]),
  );
  // A record never imported whose id is a local record's id is that record (an export of ours): adopted.
  const candidates = records.filter((r) => !provenance.has(r.sourceId) && UUID.test(r.sourceId)).map((r) => r.sourceId.toLowerCase());
  const taken = await existingIds(tx, TABLE[kind], candidates);
  const otherOrigin = await importedLocalIds(tx, kind, [...taken]);
  const localIdOf = (r: Staged) =>
    provenance.get(r.sourceId)?.local_id ?? (taken.has(r.sourceId.toLowerCase()) ? r.sourceId.toLowerCase() : null);
  await resolveReferences(state, kind, records);

  const localIds = records.map(localIdOf).filter((id): id is string => id !== null);
  const local = await loadLocal(tx, kind, localIds);
  const warningsOf = new Map<Staged, ImportIssue[]>();
  const decisions = records.map((record): Decision => {
    const warnings = [...(record.warnings ?? [])];
    warningsOf.set(record, warnings);
    const localId = localIdOf(record);
    const before = localId ? local.get(localId) : undefined;
    const prov = provenance.get(record.sourceId);
    if (kind === 'organization' && before && outsideRegion(state, (before as { regionId: string | null }).regionId))
      return { outcome: 'rejected', reasons: [{ key: 'outsideRegion', params: { value: state.onlyRegion! } }] };
    if (localId && !before) return { outcome: 'conflict', localId, reasons: [{ key: 'deletedLocally' }], conflicts: [] };
    if (!prov && localId && otherOrigin.has(localId))
      return {
        outcome: 'conflict',
        localId,
        reasons: [{ key: 'importedFromAnotherSource', params: { value: otherOrigin.get(localId)! } }],
        conflicts: [],
      };
    const built = build(state, record, before, warnings);
    if ('reasons' in built) return { outcome: 'rejected', reasons: built.reasons };
    const hash = valuesHash(built.canonical);
    if (!localId) return { outcome: 'created', localId: newId(state, kind, record.sourceId, taken), canonical: built.canonical, hash };
    const current = valuesHash(before);
    if (current === hash) return { outcome: 'unchanged', localId, hash };
    // Nothing new at the source since the last import: what was changed here stays.
    if (prov && hash === prov.imported_hash) {
      warnings.push({ key: 'localEditsKept' });
      return { outcome: 'unchanged', localId, hash: prov.imported_hash };
    }
    if (prov && current === prov.imported_hash)
      return {
        outcome: 'updated',
        localId,
        canonical: built.canonical,
        hash,
        changed: differences(before!, built.canonical).map((c) => c.field),
      };
    return {
      outcome: 'conflict',
      localId,
      reasons: [{ key: prov ? 'editedLocally' : 'existsNotImported' }],
      conflicts: differences(before!, built.canonical),
    };
  });

  const writes = decisions.flatMap((d, i) => (d.outcome === 'created' || d.outcome === 'updated' ? [{ d, record: records[i]! }] : []));
  await state.ensureAreas(...areasOf(writes.map((w) => w.d.canonical)));
  const failed = await writeSafely(state, kind, writes);

  const provenanceRows = [];
  for (const [i, record] of records.entries()) {
    let d = decisions[i]!;
    const failure = failed.get(record.sourceId);
    if (failure) d = { outcome: 'rejected', reasons: [failure] };
    if (kind !== 'service') state.resolved[kind].set(record.sourceId, d.outcome === 'rejected' ? null : d.localId);
    if (d.outcome === 'created' || d.outcome === 'updated' || d.outcome === 'unchanged')
      provenanceRows.push({
        source,
        kind,
        source_id: record.sourceId,
        local_id: d.localId,
        imported_hash: d.hash,
        first_imported_at: provenance.get(record.sourceId)?.first_imported_at ?? state.now,
        last_imported_at: state.now,
        last_run_id: state.runId,
      });
    const warnings = warningsOf.get(record) ?? [];
    state.report({
      kind,
      sourceId: record.sourceId,
      ...(record.label ? { label: record.label } : {}),
      ...('localId' in d ? { localId: d.localId } : {}),
      outcome: d.outcome,
      ...('reasons' in d && d.reasons.length ? { reasons: d.reasons } : {}),
      ...(warnings.length ? { warnings } : {}),
      ...(d.outcome === 'conflict' && d.conflicts.length ? { conflicts: d.conflicts } : {}),
      ...(d.outcome === 'updated' && d.changed?.length ? { changed: d.changed } : {}),
    });
  }
  await upsertProvenance(state.tx, provenanceRows);
}

function newId(state: ApplyState, kind: ImportKind, sourceId: string, taken: Set<string>): string {
  // A source's own UUIDs are kept when free, so links between systems keep working.
  if (UUID.test(sourceId) && !taken.has(sourceId.toLowerCase())) return sourceId.toLowerCase();
  return stableId(`import:${kind}`, `${state.source}:${sourceId}`);
}

function build(
  state: ApplyState,
  record: Staged,
  before: Canonical | undefined,
  warnings: ImportIssue[],
): { canonical: Canonical } | { reasons: ImportIssue[] } {
  const lang = state.textLanguage;
  const organizationOfRecord = (sourceId: string) => state.resolved.organization.get(sourceId) ?? null;
  if (record.kind === 'organization') {
    const canonical = incomingOrganization(record.values, before as never, lang);
    const reasons = checkOrganization(canonical, state.rules);
    if (outsideRegion(state, canonical.regionId)) reasons.push({ key: 'outsideRegion', params: { value: state.onlyRegion! } });
    return reasons.length ? { reasons } : { canonical };
  }
  let organizationId = organizationOfRecord(record.values.organization);
  if (!organizationId && record.kind === 'place' && record.values.organizationFallback) {
    organizationId = organizationOfRecord(record.values.organizationFallback);
    if (organizationId) warnings.push({ key: 'placeOrganizationReplaced', params: { value: record.values.organization } });
  }
  if (!organizationId)
    return { reasons: [{ key: 'unknownOrganization', field: 'organization', params: { value: record.values.organization } }] };
  if (record.kind === 'place') {
    const canonical = incomingPlace(record.values, before as never, lang, organizationId);
    const reasons = checkPlace(canonical, state.rules);
    return reasons.length ? { reasons } : { canonical };
  }
  const canonical = incomingService(
    record.values,
    before as never,
    lang,
    organizationId,
    (id) => state.resolved.place.get(id) ?? null,
    warnings,
  );
  const reasons = checkService(canonical, state.rules);
  if (canonical.regionId !== null && outsideRegion(state, canonical.regionId))
    reasons.push({ key: 'outsideRegion', field: 'region', params: { value: state.onlyRegion! } });
  return reasons.length ? { reasons } : { canonical };
}

const outsideRegion = (state: ApplyState, regionId: string | null) => state.onlyRegion !== undefined && regionId !== state.onlyRegion;

/** References to organisations and places of earlier runs of the same source, or adopted local ones. */
async function resolveReferences(state: ApplyState, kind: ImportKind, records: Staged[]) {
  const wanted: Record<'organization' | 'place', Set<string>> = { organization: new Set(), place: new Set() };
  for (const r of records) {
    if (r.kind === 'organization') continue;
    wanted.organization.add(r.values.organization);
    if (r.kind === 'place' && r.values.organizationFallback) wanted.organization.add(r.values.organizationFallback);
    if (r.kind === 'service') for (const a of r.values.at ?? []) wanted.place.add(a.place);
  }
  for (const target of ['organization', 'place'] as const) {
    if (target === 'place' && kind !== 'service') continue;
    const missing = [...wanted[target]].filter((id) => !state.resolved[target].has(id));
    if (!missing.length) continue;
    const known = await findProvenance(state.tx, state.source, target, missing);
    for (const p of known) state.resolved[target].set(p.source_id, p.local_id);
    const rest = missing.filter((id) => !state.resolved[target].has(id) && UUID.test(id));
    const local = await existingIds(
      state.tx,
      TABLE[target],
      rest.map((id) => id.toLowerCase()),
    );
    for (const id of rest) if (local.has(id.toLowerCase())) state.resolved[target].set(id, id.toLowerCase());
    if (target === 'organization' && state.onlyRegion !== undefined) {
      // Records may not hang on an organisation of another region that the file does not bring.
      const found = missing.flatMap((id) => state.resolved.organization.get(id) ?? []);
      const regions = new Map((await loadOrganizationRows(state.tx, found)).map((r) => [r.id, r.region_id]));
      for (const id of missing) {
        const localId = state.resolved.organization.get(id);
        if (localId && outsideRegion(state, regions.get(localId) ?? null)) state.resolved.organization.set(id, null);
      }
    }
  }
}

async function loadLocal(tx: ImportWriteTx, kind: ImportKind, ids: string[]): Promise<Map<string, Canonical>> {
  if (kind === 'organization') return new Map((await loadOrganizationRows(tx, ids)).map((r) => [r.id, organizationOf(r)]));
  if (kind === 'place') return placesOf(await loadPlaceRows(tx, ids));
  return servicesOf(await loadServiceRows(tx, ids));
}

function areasOf(records: Canonical[]): [string[], string[]] {
  const municipalities = new Set<string>();
  const regions = new Set<string>();
  for (const r of records) {
    if ('streetAddress' in r) {
      municipalities.add(r.municipality);
      for (const c of r.familyCentreArea) municipalities.add(c);
    } else if ('scope' in r) {
      for (const c of r.areas) municipalities.add(c);
      if (r.regionId) regions.add(r.regionId);
    } else {
      if (r.municipality) municipalities.add(r.municipality);
      if (r.regionId) regions.add(r.regionId);
    }
  }
  return [[...municipalities], [...regions]];
}

type Write = { d: Extract<Decision, { canonical: Canonical }>; record: Staged };

/**
 * Writes a chunk inside a savepoint. Should the database refuse it anyway (a rule the checks
 * missed), the chunk is written again record by record, and only the refused ones are rejected.
 */
async function writeSafely(state: ApplyState, kind: ImportKind, writes: Write[]) {
  const failed = new Map<string, ImportIssue>();
  if (!writes.length) return failed;
  try {
    await savepoint(state.tx, 'import_chunk');
    await writeRecords(state, kind, writes);
    await releaseSavepoint(state.tx, 'import_chunk');
    return failed;
  } catch {
    await rollbackToSavepoint(state.tx, 'import_chunk');
  }
  for (const w of writes) {
    try {
      await savepoint(state.tx, 'import_record');
      await writeRecords(state, kind, [w]);
      await releaseSavepoint(state.tx, 'import_record');
    } catch (error) {
      await rollbackToSavepoint(state.tx, 'import_record');
      const detail =
        (error as { constraint?: string; message?: string }).constraint ?? String((error as Error).message ?? error).slice(0, 200);
      failed.set(w.record.sourceId, { key: 'databaseRefused', params: { detail } });
    }
  }
  return failed;
}

async function writeRecords(state: ApplyState, kind: ImportKind, writes: Write[]) {
  const { tx } = state;
  const created = writes.filter((w) => w.d.outcome === 'created');
  const updated = writes.filter((w) => w.d.outcome === 'updated');
  if (kind === 'organization') {
    await insertImportRows(
      tx,
      'organization',
      created.map((w) => organizationRow(w.d.localId, w.d.canonical as never)),
    );
    for (const w of updated) await updateOrganization(tx, w.d.localId, organizationRow(w.d.localId, w.d.canonical as never));
    return;
  }
  if (kind === 'place') {
    await insertImportRows(
      tx,
      'place',
      created.map((w) => placeRow(w.d.localId, w.d.canonical as never)),
    );
    for (const w of updated) await updatePlace(tx, w.d.localId, placeRow(w.d.localId, w.d.canonical as never));
    await clearPlaceParts(
      tx,
      updated.map((w) => w.d.localId),
    );
    const parts = writes.map((w) => {
      const p = w.d.canonical as CanonicalPlace;
      return {
        hours: hoursRows({ place_id: w.d.localId }, p.hours),
        areas: p.familyCentreArea.map((code) => ({ family_centre_id: w.d.localId, municipality_code: code })),
      };
    });
    await insertImportRows(
      tx,
      'opening_hours',
      parts.flatMap((p) => p.hours.weekly),
    );
    await insertImportRows(
      tx,
      'opening_hours_exception',
      parts.flatMap((p) => p.hours.exceptions),
    );
    await insertImportRows(
      tx,
      'family_centre_area',
      parts.flatMap((p) => p.areas),
    );
    return;
  }
  await insertImportRows(
    tx,
    'service',
    created.map((w) => serviceRow(w.d.localId, w.d.canonical as never)),
  );
  for (const w of updated) await updateService(tx, w.d.localId, serviceRow(w.d.localId, w.d.canonical as never));
  await clearServiceParts(
    tx,
    updated.map((w) => w.d.localId),
  );
  const parts = writes.map((w) =>
    serviceParts(w.d.localId, w.d.canonical as never, (placeId) => stableId('service-at-place', `import:${w.d.localId}@${placeId}`)),
  );
  await insertImportRows(
    tx,
    'service_area',
    parts.flatMap((p) => p.areas),
  );
  await insertImportRows(
    tx,
    'service_category',
    parts.flatMap((p) => p.categories),
  );
  await insertImportRows(
    tx,
    'service_method',
    parts.flatMap((p) => p.methods),
  );
  await insertImportRows(
    tx,
    'service_contact',
    parts.flatMap((p) => p.contacts),
  );
  await insertImportRows(
    tx,
    'service_at_place',
    parts.flatMap((p) => p.saps),
  );
  await insertImportRows(
    tx,
    'opening_hours',
    parts.flatMap((p) => p.weekly),
  );
  await insertImportRows(
    tx,
    'opening_hours_exception',
    parts.flatMap((p) => p.exceptions),
  );
  await refreshSearch(
    tx,
    writes.map((w) => w.d.localId),
  );
}
