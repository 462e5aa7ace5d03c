import type { CatalogTables } from '../../src/modules/catalog/catalog.tables.ts';
import type { CatalogEditingTables } from '../../src/modules/catalog/editing/editing.tables.ts';
import type { CatalogImportTables } from '../../src/modules/catalog/network/network-import.tables.ts';
import type { IdentityTables } from '../../src/modules/identity/identity.tables.ts';
import type { KnowledgeTables } from '../../src/modules/knowledge/knowledge.tables.ts';
import type { ActivitiesTables } from '../../src/modules/activities/activities.tables.ts';
import type { ContactTables } from '../../src/modules/contact/contact.tables.ts';
import type { AuditTables } from '../../src/platform/audit/audit.tables.ts';
import type { MailTables } from '../../src/platform/mail/mail.tables.ts';

/** Every module's tables, for tests that set up or inspect rows directly. */
export interface TestTables
  extends
    CatalogTables,
    CatalogEditingTables,
    CatalogImportTables,
    IdentityTables,
    KnowledgeTables,
    AuditTables,
    MailTables,
    ActivitiesTables,
    ContactTables {}
