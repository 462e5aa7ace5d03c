import type { ColumnType } from 'kysely';
import type { ReadTx as PlatformReadTx, WriteTx as PlatformWriteTx } from '../../../platform/db/transactions.ts';
import type { I18nText } from '../../../platform/i18n-text.ts';
import type { CatalogTables } from '../catalog.tables.ts';

type Json<T> = ColumnType<T, string, string>;
type Timestamp = ColumnType<Date, Date | string, Date | string>;

/** Finland's wellbeing services counties and Helsinki (migrations/0002). */
export interface CountyReferenceTable {
  id: string;
  code: string;
  name: Json<I18nText>;
}

/** Every Finnish municipality with its county (null on the Åland Islands). */
export interface MunicipalityReferenceTable {
  code: string;
  county_id: string | null;
  name: Json<I18nText>;
}

export interface ImportRunTable {
  id: string;
  source: string;
  format: 'hsds' | 'ptv';
  dry_run: boolean;
  mode: ColumnType<'full' | 'changes', 'full' | 'changes' | undefined, 'full' | 'changes'>;
  started_at: Timestamp;
  finished_at: Timestamp;
  counts: Json<Record<string, Record<string, number>>>;
  problems: ColumnType<unknown[], string | undefined, string>;
}

export interface ImportProvenanceTable {
  source: string;
  kind: 'organization' | 'place' | 'service';
  source_id: string;
  local_id: string;
  imported_hash: string;
  first_imported_at: Timestamp;
  last_imported_at: Timestamp;
  last_run_id: string;
}

/** The catalog's import bookkeeping and the national reference lists. */
export interface CatalogImportTables {
  county_reference: CountyReferenceTable;
  municipality_reference: MunicipalityReferenceTable;
  import_run: ImportRunTable;
  import_provenance: ImportProvenanceTable;
}

/** What the import's SQL sees: the service network and its own tables. */
export type CatalogImportDb = CatalogTables & CatalogImportTables;
export type ImportReadTx = PlatformReadTx<CatalogImportDb>;
export type ImportWriteTx = PlatformWriteTx<CatalogImportDb>;
