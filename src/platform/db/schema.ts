import type { CatalogTables } from '../../modules/catalog/catalog.tables.ts';

/** Every table Kysely knows; each module declares its own. */
export interface Database extends CatalogTables {}
