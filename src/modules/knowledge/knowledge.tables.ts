import type { ColumnType, Generated } from 'kysely';
import type { AuditTables } from '../../platform/audit/audit.tables.ts';
import type { ReadTx as PlatformReadTx, WriteTx as PlatformWriteTx } from '../../platform/db/transactions.ts';
import type { I18nText } from '../../platform/i18n-text.ts';
import type { MailTables } from '../../platform/mail/mail.tables.ts';
import type { ArticleStatus } from './knowledge.domain.ts';

/** jsonb read as an object, written as JSON text. */
type Json<T> = ColumnType<T, string, string>;
type JsonNullable<T> = ColumnType<T | null, string | null | undefined, string | null>;
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type DateOnly = ColumnType<string, string, string>;

export interface ArticleTable {
  id: Generated<string>;
  slug: string;
  organization_id: string;
  owner_person_id: string;
  reviewer_person_id: string;
  status: ColumnType<ArticleStatus, ArticleStatus | undefined, ArticleStatus>;
  title: Json<I18nText>;
  summary: Json<I18nText>;
  body: Json<I18nText>;
  keywords: JsonNullable<I18nText>;
  reviewed_on: DateOnly;
  review_interval_months: ColumnType<number, number | undefined, number>;
  review_reminded_for: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: ColumnType<number, number | undefined, number>;
  search_document: ColumnType<string | null, never, never>;
}

export interface ArticleCategoryTable {
  article_id: string;
  category_code: string;
}

export interface ArticleLifeSituationTable {
  article_id: string;
  life_situation_code: string;
}

export interface ArticleServiceTable {
  article_id: string;
  service_id: string;
}

export interface KnowledgeTables {
  article: ArticleTable;
  article_category: ArticleCategoryTable;
  article_life_situation: ArticleLifeSituationTable;
  article_service: ArticleServiceTable;
}

/** What the knowledge bank reads of the catalog's and identity's tables, as far as it reads them. */
interface OtherTablesRead {
  organization: { id: string; region_id: string | null; name: ColumnType<I18nText, never, never> };
  category: {
    code: string;
    parent_code: string | null;
    name: ColumnType<I18nText, never, never>;
    position: ColumnType<number, never, never>;
  };
  life_situation: {
    code: string;
    name: ColumnType<I18nText, never, never>;
    category_codes: ColumnType<string[], never, never>;
    position: ColumnType<number, never, never>;
  };
  service: { id: string; name: ColumnType<I18nText, never, never>; status: ColumnType<string, never, never> };
  person: { id: string; name: string; email: string };
  membership: { person_id: string; role: string; organization_id: string | null; region_id: string | null };
}

export type KnowledgeDb = KnowledgeTables & OtherTablesRead & AuditTables & MailTables;
export type ReadTx = PlatformReadTx<KnowledgeDb>;
export type WriteTx = PlatformWriteTx<KnowledgeDb>;
