import type { Kysely } from 'kysely';
import { read } from '../../platform/db/transactions.ts';
import { ForbiddenError } from '../../platform/errors.ts';
import { helsinkiMoment } from '../../platform/helsinki-time.ts';
import type { Lang } from '../../platform/i18n-text.ts';
import type { RequestScope } from '../../platform/request-context.ts';
import {
  listCountyReferenceEntries,
  listMunicipalityReferenceEntries,
  runNetworkImport,
  type ImportIssue,
  type ImportRecord,
  type NetworkImportReport,
} from '../catalog/index.ts';
import { loadVocabularyRows, type InteropDb } from './hsds/hsds-export.queries.ts';
import { hsdsRecords } from './hsds/hsds-import.ts';
import { DEFAULT_LIMITS, jsonRecords, type JsonLimits } from './import/json-records.ts';
import { municipalityResolver } from './import/municipality-resolver.ts';
import { ptvRecords, type PtvFile } from './ptv/ptv-import.ts';

/**
 * The imports, as use cases an edge calls with a stream of bytes and gets a report back: the
 * CLIs (npm run import:hsds / import:ptv), the PTV jobs and the import page (import/staff-import.ts).
 */

export interface HsdsImportInput {
  /** Provenance source: records of one source are matched with its earlier imports. */
  source: string;
  /** The bytes of a file or of an API's answers: a Page of services, NDJSON, or one object. */
  body: AsyncIterable<Uint8Array | string>;
  /** The language of the texts (HSDS has one per file). */
  lang: Lang;
  dryRun: boolean;
  /** Where to put places whose municipality cannot be read from their address. */
  defaultMunicipality?: string | undefined;
  limits?: JsonLimits | undefined;
  /** Only organisations of this region, and their places and services (a coordinator's import). */
  onlyRegion?: string | undefined;
}

export interface PtvImportInput {
  source?: string | undefined;
  /** Saved PTV open-API answers, any number, each recognised by its shape. */
  files: AsyncIterable<PtvFile> | PtvFile[];
  dryRun: boolean;
  mode?: 'full' | 'changes' | undefined;
  limits?: JsonLimits | undefined;
}

type Problem = ImportIssue & { fatal: boolean };

export function parseProblem(error: unknown, where?: string): Problem {
  const detail = String((error as Error)?.message ?? error).slice(0, 200);
  return { key: 'invalidJson', fatal: true, params: { detail, ...(where ? { value: where } : {}) } };
}

/**
 * Imports write the service network: never for an anonymous request. Jobs and CLIs act as the
 * system; the admin page checks Import.RUN first (import/staff-import.ts).
 */
function authorize(scope: RequestScope) {
  if (scope.actor.kind === 'anonymous') throw new ForbiddenError('importNetwork');
}

async function mapOptions(db: Kysely<InteropDb>, scope: RequestScope) {
  return read(db, async (tx) => {
    const [municipalities, counties, vocabulary] = await Promise.all([
      listMunicipalityReferenceEntries(tx),
      listCountyReferenceEntries(tx),
      loadVocabularyRows(db),
    ]);
    return {
      resolver: municipalityResolver(municipalities, counties),
      categories: new Set(vocabulary.categories.map((c) => c.code)),
      methods: new Set(vocabulary.methods.map((m) => m.code)),
      today: helsinkiMoment(scope.clock.now()).date,
    };
  });
}

export async function importHsds(db: Kysely<InteropDb>, scope: RequestScope, input: HsdsImportInput): Promise<NetworkImportReport> {
  authorize(scope);
  const options = { ...(await mapOptions(db, scope)), lang: input.lang, defaultMunicipality: input.defaultMunicipality };
  const problems: Problem[] = [];
  async function* records(): AsyncGenerator<ImportRecord> {
    try {
      for await (const item of jsonRecords(input.body, input.limits ?? DEFAULT_LIMITS)) {
        if (item.kind === 'skipped') yield { kind: 'service', sourceId: `#${item.index + 1}`, rejected: [{ key: item.reason }] };
        else yield* hsdsRecords(item.value, item.index, options);
      }
    } catch (error) {
      problems.push(parseProblem(error));
    }
  }
  return runNetworkImport(db, scope, {
    source: input.source,
    format: 'hsds',
    dryRun: input.dryRun,
    textLanguage: input.lang,
    onlyRegion: input.onlyRegion,
    records: records(),
    inputProblems: () => problems,
  });
}

export async function importPtv(db: Kysely<InteropDb>, scope: RequestScope, input: PtvImportInput): Promise<NetworkImportReport> {
  authorize(scope);
  const options = await mapOptions(db, scope);
  const problems: Problem[] = [];
  const records = ptvRecords(input.files, { ...options, limits: input.limits ?? DEFAULT_LIMITS }, problems);
  return runNetworkImport(db, scope, {
    source: input.source ?? 'ptv',
    format: 'ptv',
    mode: input.mode ?? 'full',
    dryRun: input.dryRun,
    records,
    inputProblems: () => problems,
  });
}
