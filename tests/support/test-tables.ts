import type { CatalogTables } from '../../src/modules/catalog/catalog.tables.ts';

/** Every module's tables, for tests that set up or inspect rows directly. */
export interface TestTables extends CatalogTables {}
