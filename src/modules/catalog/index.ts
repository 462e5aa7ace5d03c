import { withTables, write } from '../../platform/db/database.ts';
import type { AppModule, ModuleDeps } from '../../platform/module.ts';
import type { RequestScope } from '../../platform/request-context.ts';
import { bindReadUseCases, bindWriteUseCases, type BoundUseCases } from '../../platform/use-cases.ts';
import { systemActor } from '../../platform/actor.ts';
import { addDays, helsinkiMoment } from '../../platform/helsinki-time.ts';
import type { JobDefinition } from '../../platform/jobs/job-queue.ts';
import * as learning from './search/search-learning.use-cases.ts';
import { purgeSearchMisses as purgeSearchMissRows } from './search/search-learning.queries.ts';
import { catalogActions } from './catalog.actions.ts';
import { catalogApi } from './catalog.api.ts';
import { catalogProblemTexts } from './catalog.problems.ts';
import { createCatalogReference, type CatalogReference } from './catalog.reference.ts';
import type { CatalogDb } from './catalog.tables.ts';
import * as useCases from './catalog.use-cases.ts';
import { seedCatalogDemo, seedCatalogReference } from './catalog.seed.ts';
import { analyzeCatalog } from './network/network.queries.ts';
import { createRateLimiter } from '../../platform/http/rate-limit.ts';
import { rateRule } from '../../platform/config.ts';
import { readFreshnessSettings } from './editing/editing.context.ts';
import { editingClient, type EditingClient } from './editing/editing.client.ts';
import { editingActions } from './editing/editing.actions.ts';
import type { EditingDb } from './editing/editing.tables.ts';
import { freshnessReminderJob } from './editing/freshness.ts';
import { editingApi } from './editing/editing.api.ts';
import { seedMunicipalityReference } from './network/network-import.ts';
import { finnishMorphology } from './search/morphology.ts';
import { createSearchMissCounter, SEARCH_MISS_RETENTION_DAYS, type SearchMissCounter } from './search/search-misses.ts';

/**
 * The tray's read-only use cases (catalog.use-cases.ts), the staff's self-service (editing/) and
 * search learning's write and audit (search/search-learning.use-cases.ts).
 */
export type CatalogReadClient = BoundUseCases<typeof useCases>;
export type CatalogClient = CatalogReadClient & EditingClient & BoundUseCases<typeof learning>;

/**
 * The service tray: the service network (regions, municipalities, organisations, places,
 * services, hours) and its search, open to everyone and read-only.
 */
export const catalogModule: AppModule<'catalog', CatalogClient> = {
  name: 'catalog',
  problemTexts: catalogProblemTexts,
  actions: [...catalogActions, ...editingActions],
  create({ db: pool, readDb, clock, outbox, site, logger }) {
    // The tray's public reads may come from a replica; editing, the search words and the miss
    // counter write (and read) the primary.
    const db = withTables<CatalogDb>(readDb ?? pool);
    const primary = withTables<CatalogDb>(pool);
    // Says once, at start, whether Finnish base forms are on.
    finnishMorphology(logger);
    const { reference, searchMisses } = searchState({ db: pool, clock, logger });
    const reads = bindReadUseCases(db, { reference, searchMisses }, useCases);
    const learningClient = bindWriteUseCases(primary, { reference, searchMisses }, learning);
    const joinRule = rateRule.default({ perMinute: 3, burst: 3 }).parse(site.env.JOIN_REQUEST_RATE_LIMIT);
    const editingDeps = {
      freshness: readFreshnessSettings(site.env, site.publicOrigin),
      outbox,
      // An edit can change what the contact panels show (an advisor's phone); nothing else kept
      // in the reference is editable. Clearing all of it made every save re-read the vocabulary
      // and municipalities on the next search: at 20 saves a second, no search had them cached.
      changed: () => reference.contactPoints.clear(),
    };
    const editing = editingClient(withTables<EditingDb>(pool), {
      ...editingDeps,
      joinLimiter: joinRule ? createRateLimiter(joinRule, { clock }) : null,
    });
    const client = (scope: RequestScope): CatalogClient => ({ ...reads(scope), ...editing(scope), ...learningClient(scope) });
    const purgeSearchMisses: JobDefinition = {
      name: 'catalog-search-miss-purge',
      schedule: '23 3 * * *',
      async handle() {
        const before = addDays(helsinkiMoment(clock.now()).date, -SEARCH_MISS_RETENTION_DAYS);
        await write(primary, systemActor('catalog-search-miss-purge'), (tx) => purgeSearchMissRows(tx, before));
      },
    };
    return {
      publicApi: catalogApi(reads),
      staffApi: editingApi(editing),
      client,
      jobs: [freshnessReminderJob(withTables<EditingDb>(pool), clock, editingDeps), purgeSearchMisses],
      seedReference: async (ctx) => {
        await seedCatalogReference(ctx.tx);
        await seedMunicipalityReference(ctx.tx);
      },
      seedDemo: (ctx, mode) => seedCatalogDemo(ctx, mode),
      afterBulkLoad: () => analyzeCatalog(withTables<CatalogDb>(pool)),
      clearCaches: () => reference.clear(),
    };
  },
};

export type { CatalogReadContext } from './catalog.use-cases.ts';
export { catalogPaths, CATALOG_PAGES } from './catalog.paths.ts';

// The import (open data, PTV): other modules write the service network only through these.
export {
  runNetworkImport,
  listMunicipalityReferenceEntries,
  listCountyReferenceEntries,
  lastImportOf,
  listImportRuns,
} from './network/network-import.ts';
export type * from './network/network-import.model.ts';
export type { CatalogImportDb, CatalogImportTables } from './network/network-import.tables.ts';
export type { CatalogTables, CatalogDb } from './catalog.tables.ts';
export * from './catalog.domain.ts';
export { importReportTexts } from './network/network-import.texts.ts';
export { catalogActions, serviceActions, placeActions, organizationActions } from './catalog.actions.ts';
export { joinRequestActions } from './editing/editing.actions.ts';
export { hoursFormValues, WEEKDAY_FIELDS } from './editing/places-editing.ts';
export { cardHoursChangeAt } from './opening-hours.ts';
export { FRESHNESS_REMINDER_JOB, sendFreshnessReminders } from './editing/freshness.ts';
export type * from './editing/editing.model.ts';
export type { StaleDashboard } from './editing/freshness.ts';
export type { JoinRequestView } from './editing/join-requests.ts';
export * as editingForm from './editing/editing.schema.ts';
/** Ids of the demo region's organisations, for other modules' demo data. */
export { organizationId, serviceId } from './network/network-loader.ts';
export { REGION_ID as DEMO_REGION_ID } from './demo/etela-savo.common.ts';
export {
  ORG as DEMO_ORGANIZATIONS,
  mllOrg as demoMllOrganization,
  parishOrg as demoParishOrganization,
} from './demo/etela-savo.organizations.ts';

type SearchState = { reference: CatalogReference; searchMisses: SearchMissCounter };
const searchStates = new WeakMap<ModuleDeps['db'], WeakMap<ModuleDeps['clock'], SearchState>>();

/**
 * One pool's reference caches and search-miss counter, shared by the catalog's own edges and
 * another module's (the knowledge bank's mixed search, GET /api/v1/search): a question that found
 * nothing there is counted too, and a word an editor adds is understood by both at once. Per pool
 * and clock: one process has one of each; tests may build several over one database.
 */
function searchState(deps: Pick<ModuleDeps, 'db' | 'clock' | 'logger'>): SearchState {
  let byClock = searchStates.get(deps.db);
  if (!byClock) searchStates.set(deps.db, (byClock = new WeakMap()));
  let state = byClock.get(deps.clock);
  if (!state) {
    const db = withTables<CatalogDb>(deps.db);
    state = {
      reference: createCatalogReference({ db, clock: deps.clock }),
      searchMisses: createSearchMissCounter({ db, clock: deps.clock, logger: deps.logger }),
    };
    byClock.set(deps.clock, state);
  }
  return state;
}

/**
 * The tray's use cases for another module's edges (the knowledge bank's mixed search): the same
 * client pages get, over the process's pool, with the same reference caches and miss counter.
 */
export function catalogClientFor(deps: Pick<ModuleDeps, 'db' | 'readDb' | 'clock' | 'logger'>): (scope: RequestScope) => CatalogReadClient {
  return bindReadUseCases(withTables<CatalogDb>(deps.readDb ?? deps.db), searchState(deps), useCases);
}
export { serviceSearchQuery, ServiceListItemSchema } from './catalog.schema.ts';
export { presentServiceListItem } from './catalog.presenter.ts';
/** How the tray splits a family's question into words; other modules' searches read questions the same way. */
export { tokenize as questionWords } from './search/search-terms.ts';
export type { ServiceSearchInput, ServiceSummary, ServiceSearchResult } from './catalog.model.ts';
/** Demo-region keys and ids, for other modules' demo data (activities at the meeting places). */
export { placeId } from './network/network-loader.ts';
export { centralMeetingPlaceKey } from './demo/etela-savo.places-meeting.ts';
export { towns as DEMO_TOWNS } from './demo/etela-savo.municipalities.ts';
export { municipalityOrg as demoMunicipalityOrganization, MLL_TOWNS as DEMO_MLL_TOWNS } from './demo/etela-savo.organizations.ts';
