import type { CatalogTables } from '../../src/modules/catalog/catalog.tables.ts';
import type { CatalogImportTables } from '../../src/modules/catalog/network/network-import.tables.ts';

/** Every module's tables, for tests that set up or inspect rows directly. */
export interface TestTables extends CatalogTables, CatalogImportTables {}
