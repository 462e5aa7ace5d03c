import { withTables } from '../../platform/db/database.ts';
import type { AppModule } from '../../platform/module.ts';
import { bindReadUseCases, bindWriteUseCases, type BoundUseCases } from '../../platform/use-cases.ts';
import { systemActor } from '../../platform/actor.ts';
import { write } from '../../platform/db/database.ts';
import { addDays, helsinkiMoment } from '../../platform/helsinki-time.ts';
import type { JobDefinition } from '../../platform/jobs/job-queue.ts';
import type { RequestScope } from '../../platform/request-context.ts';
import * as learning from './search/search-learning.use-cases.ts';
import { purgeSearchMisses as purgeSearchMissRows } from './search/search-learning.queries.ts';
import { catalogActions } from './catalog.actions.ts';
import { catalogApi } from './catalog.api.ts';
import { catalogProblemTexts } from './catalog.problems.ts';
import { createCatalogReference } from './catalog.reference.ts';
import type { CatalogDb } from './catalog.tables.ts';
import * as useCases from './catalog.use-cases.ts';
import { seedCatalogDemo, seedCatalogReference } from './catalog.seed.ts';
import { analyzeCatalog } from './network/network.queries.ts';
import { seedMunicipalityReference } from './network/network-import.ts';
import { finnishMorphology } from './search/morphology.ts';
import { createSearchMissCounter, SEARCH_MISS_RETENTION_DAYS } from './search/search-misses.ts';

/** Every export of catalog.use-cases.ts is a read-only use case; search learning's write and audit. */
export type CatalogClient = BoundUseCases<typeof useCases> & BoundUseCases<typeof learning>;

/**
 * The service tray: the service network (regions, municipalities, organisations, places,
 * services, hours) and its search, open to everyone and read-only.
 */
export const catalogModule: AppModule<'catalog', CatalogClient> = {
  name: 'catalog',
  problemTexts: catalogProblemTexts,
  actions: catalogActions,
  create({ db: pool, clock, logger }) {
    const db = withTables<CatalogDb>(pool);
    const reference = createCatalogReference({ db, clock });
    // Says once, at start, whether Finnish base forms are on.
    finnishMorphology(logger);
    const searchMisses = createSearchMissCounter({ db, clock, logger });
    const readClient = bindReadUseCases(db, { reference, searchMisses }, useCases);
    const learningClient = bindWriteUseCases(db, { reference, searchMisses }, learning);
    const client = (scope: RequestScope): CatalogClient => ({ ...readClient(scope), ...learningClient(scope) });
    const purgeSearchMisses: JobDefinition = {
      name: 'catalog-search-miss-purge',
      schedule: '23 3 * * *',
      async handle() {
        const before = addDays(helsinkiMoment(clock.now()).date, -SEARCH_MISS_RETENTION_DAYS);
        await write(db, systemActor('catalog-search-miss-purge'), (tx) => purgeSearchMissRows(tx, before));
      },
    };
    return {
      publicApi: catalogApi(client),
      client,
      seedReference: async (ctx) => {
        await seedCatalogReference(ctx.tx);
        await seedMunicipalityReference(ctx.tx);
      },
      seedDemo: (ctx, mode) => seedCatalogDemo(ctx, mode),
      afterBulkLoad: () => analyzeCatalog(db),
      clearCaches: () => reference.clear(),
      jobs: [purgeSearchMisses],
    };
  },
};

export type { CatalogReadContext } from './catalog.use-cases.ts';
export { catalogPaths, CATALOG_PAGES } from './catalog.paths.ts';

// The import (open data, PTV): other modules write the service network only through these.
export { runNetworkImport, listMunicipalityReferenceEntries, listCountyReferenceEntries, lastImportOf } from './network/network-import.ts';
export type * from './network/network-import.model.ts';
export type { CatalogImportDb, CatalogImportTables } from './network/network-import.tables.ts';
export type { CatalogTables, CatalogDb } from './catalog.tables.ts';
export * from './catalog.domain.ts';
export { importReportTexts } from './network/network-import.texts.ts';
export { catalogActions, serviceActions, placeActions, organizationActions } from './catalog.actions.ts';
/** Ids of the demo region's organisations, for other modules' demo data. */
export { organizationId } from './network/network-loader.ts';
export { REGION_ID as DEMO_REGION_ID } from './demo/etela-savo.common.ts';
export {
  ORG as DEMO_ORGANIZATIONS,
  mllOrg as demoMllOrganization,
  parishOrg as demoParishOrganization,
} from './demo/etela-savo.organizations.ts';
