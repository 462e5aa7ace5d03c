import { withTables } from '../../platform/db/database.ts';
import type { AppModule } from '../../platform/module.ts';
import { bindReadUseCases, type BoundUseCases } from '../../platform/use-cases.ts';
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
import { createSearchMissCounter } from './search/search-misses.ts';

/** Every export of catalog.use-cases.ts is a read-only use case, bound to one request. */
export type CatalogClient = BoundUseCases<typeof useCases>;

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
    const client = bindReadUseCases(db, { reference, searchMisses }, useCases);
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
