import { withTables } from '../../platform/db/database.ts';
import type { AppModule } from '../../platform/module.ts';
import type { ImportIssue } from '../catalog/index.ts';
import type { RequestScope } from '../../platform/request-context.ts';
import { cachedFor } from '../../platform/ttl-cache.ts';
import { loadVocabularyRows, type InteropDb } from './hsds/hsds-export.queries.ts';
import { buildVocabulary } from './hsds/hsds-terms.ts';
import { HSDS_PREFIX, hsdsApi } from './hsds/hsds.api.ts';
import { loadPtvJobsConfig } from './interop.config.ts';
import { interopActions } from './interop.actions.ts';
import { UPLOAD_MAX_BYTES } from './import/upload-limits.ts';
import { describeIssue } from './import/import-report.ts';
import {
  importChoices,
  runStaffImport,
  type StaffImportChoices,
  type StaffImportInput,
  type StaffImportResult,
} from './import/staff-import.ts';
import { IMPORT_PAGE_PATH, interopPaths } from './interop.paths.ts';
import { ptvJobs } from './ptv/ptv-jobs.ts';
import { interopProblemTexts } from './interop.problems.ts';
import { importHsds, importPtv, type HsdsImportInput, type PtvImportInput } from './interop.use-cases.ts';

const VOCABULARY_TTL_MS = 60_000;

/**
 * Open data and interoperability: the service network as Open Referral HSDS 3.0 under /hsds, and
 * imports from HSDS files and APIs and from Suomi.fi PTV. It writes the network only through the
 * catalog's face (its import use case); it reads the catalog's tables for the export.
 */
export const interopModule: AppModule<'interop', InteropClient> = {
  name: 'interop',
  problemTexts: interopProblemTexts,
  actions: interopActions,
  create({ db: pool, clock, logger, site }) {
    const db = withTables<InteropDb>(pool);
    const ptv = loadPtvJobsConfig(site.env);
    const now = () => clock.now().getTime();
    const vocabulary = cachedFor(VOCABULARY_TTL_MS, async () => buildVocabulary(await loadVocabularyRows(db)), now);
    return {
      openData: {
        prefix: HSDS_PREFIX,
        router: hsdsApi({ db, vocabulary, profileUrl: (origin, lang) => `${origin}${interopPaths.openData(lang)}` }),
      },
      client: (scope: RequestScope) => ({
        /** An HSDS file or API read as a stream: the use case an admin page calls (with a report). */
        importHsds: (input: HsdsImportInput) => importHsds(db, scope, input),
        /** Saved PTV open-API answers (or the API itself). */
        importPtv: (input: PtvImportInput) => importPtv(db, scope, input),
        /** The import page: what the person may import into, and the latest runs. */
        importChoices: () => importChoices(db, scope),
        /** The import page's dry run and apply (Import.RUN). */
        runStaffImport: (input: StaffImportInput) => runStaffImport(db, scope, input),
        /** An import report's issue in words (pages do not load the module's texts themselves). */
        describeImportIssue: (issue: ImportIssue) => describeIssue(issue, scope.lang),
      }),
      clearCaches: () => vocabulary.clear(),
      jobs: ptvJobs({ db, clock, logger, config: ptv }),
      // The file, and on apply the file again in the form: room for it and the form around it.
      uploads: [{ path: IMPORT_PAGE_PATH, maxBytes: UPLOAD_MAX_BYTES + 256 * 1024 }],
    };
  },
};

export interface InteropClient {
  importHsds(input: HsdsImportInput): ReturnType<typeof importHsds>;
  importPtv(input: PtvImportInput): ReturnType<typeof importPtv>;
  importChoices(): Promise<StaffImportChoices>;
  runStaffImport(input: StaffImportInput): Promise<StaffImportResult>;
  describeImportIssue(issue: ImportIssue): string;
}

export { interopPaths, INTEROP_PAGES } from './interop.paths.ts';
export { reportLines, describeIssue } from './import/import-report.ts';
export { fileBytes, folderFiles, hsdsApiBytes, httpBytes } from './import/sources.ts';
export { readPtvRegion, PTV_BASE_URL, type PtvReadOptions } from './ptv/ptv-sync.ts';
export { PTV_JOB_NAMES, syncPtv, type PtvJobDeps } from './ptv/ptv-jobs.ts';
export { importHsds, importPtv, type HsdsImportInput, type PtvImportInput } from './interop.use-cases.ts';
export type { InteropDb } from './hsds/hsds-export.queries.ts';
export { importActions } from './interop.actions.ts';
export { UPLOAD_MAX_BYTES } from './import/upload-limits.ts';
export { type StaffImportChoices, type StaffImportInput, type StaffImportResult } from './import/staff-import.ts';
