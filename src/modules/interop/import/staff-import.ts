import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { authorize, reachOf, type ActionTarget } from '../../../platform/authorization/actions.ts';
import { read, write } from '../../../platform/db/transactions.ts';
import { InvalidInputError } from '../../../platform/errors.ts';
import type { I18nText, Lang } from '../../../platform/i18n-text.ts';
import type { RequestScope } from '../../../platform/request-context.ts';
import { listImportRuns, type ImportRunSummary, type NetworkImportReport } from '../../catalog/index.ts';
import { listRegionNames, type InteropDb } from '../hsds/hsds-export.queries.ts';
import { importActions } from '../interop.actions.ts';
import { importHsds } from '../interop.use-cases.ts';
import { refusePrivateUrl } from './public-url.ts';
import { hsdsApiBytes } from './sources.ts';

/**
 * The import page's use cases: an uploaded HSDS file or an HSDS API address, tried first (a dry
 * run with its per-record report) and then applied. The page keeps no upload on the server: the
 * dry run's answer carries the file back in the apply form with its SHA-256, which the apply
 * checks, so what is applied is byte for byte what was tried (or the form is refused).
 */

export const RUNS_LISTED = 20;

export type StaffImportFrom = { kind: 'file'; name: string; text: string } | { kind: 'url'; url: string };

export interface StaffImportInput {
  from: StaffImportFrom;
  lang: Lang;
  /** Provenance source; default hsds:<host or file name>. */
  source?: string | undefined;
  /** The region the import is for: a coordinator's must be theirs; none: the whole network (platform admins). */
  regionId?: string | undefined;
  dryRun: boolean;
  /** On apply: the SHA-256 the dry run gave the file. */
  checksum?: string | undefined;
}

export interface StaffImportChoices {
  /** Whether the whole network may be imported into (platform admins). */
  everywhere: boolean;
  regions: { id: string; name: I18nText }[];
  runs: ImportRunSummary[];
}

export interface StaffImportResult {
  report: NetworkImportReport;
  /** What the apply form sends back. */
  input: Omit<StaffImportInput, 'dryRun' | 'checksum' | 'from'> & { from: StaffImportFrom; checksum: string | null; source: string };
}

const SOURCE = /^[a-z][a-z0-9:._-]{0,99}$/;
const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 90) || 'file';

export const checksumOf = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

function targetOf(regionId: string | undefined): ActionTarget {
  return regionId ? { type: 'region', id: regionId, regionId } : { type: 'network' };
}

/** A refusal goes on record as denied: write() records it after its (empty) transaction rolls back. */
async function authorizeImport(db: Kysely<InteropDb>, scope: RequestScope, target?: ActionTarget) {
  await write(db, scope, async () => authorize(scope, importActions.RUN, target), { unaudited: 'an authorization check only' });
}

export async function importChoices(db: Kysely<InteropDb>, scope: RequestScope): Promise<StaffImportChoices> {
  await authorizeImport(db, scope);
  const reach = reachOf(scope.actor, importActions.RUN);
  return read(db, async (tx) => {
    const regions = await listRegionNames(tx, reach.everywhere ? null : reach.regionIds);
    return { everywhere: reach.everywhere, regions, runs: await listImportRuns(tx, RUNS_LISTED) };
  });
}

export async function runStaffImport(
  db: Kysely<InteropDb>,
  scope: RequestScope,
  input: StaffImportInput,
  fetcher?: typeof fetch,
): Promise<StaffImportResult> {
  await authorizeImport(db, scope, targetOf(input.regionId));
  const issues: InvalidInputError['issues'] = [];
  if (input.source !== undefined && !SOURCE.test(input.source))
    issues.push({ field: 'source', key: 'invalidFormat', params: { value: input.source.slice(0, 80) } });
  let url: URL | null = null;
  if (input.from.kind === 'url') {
    url = URL.canParse(input.from.url) ? new URL(input.from.url) : null;
    const refusal = url ? await refusePrivateUrl(url) : 'notHttps';
    if (refusal) issues.push({ field: 'url', key: refusal });
  } else if (!input.dryRun && input.checksum !== checksumOf(input.from.text)) {
    issues.push({ field: 'file', key: 'changedSinceDryRun' });
  }
  if (issues.length) throw new InvalidInputError(issues);
  const from = input.from;
  const source = input.source ?? `hsds:${url ? slug(url.host) : slug((from as { name: string }).name.replace(/\.(nd)?json$/i, ''))}`;
  const body = url ? hsdsApiBytes(url.toString(), fetcher) : textBytes((from as { text: string }).text);
  const report = await importHsds(db, scope, { source, body, lang: input.lang, dryRun: input.dryRun, onlyRegion: input.regionId });
  return {
    report,
    input: { from, lang: input.lang, source, regionId: input.regionId, checksum: from.kind === 'file' ? checksumOf(from.text) : null },
  };
}

async function* textBytes(text: string) {
  yield text;
}
