import { readPublicContentVersion } from '../../platform/cache/data-version.queries.ts';
import type { DataVersionTables } from '../../platform/cache/data-version.tables.ts';
import type { ReadTx } from '../../platform/db/transactions.ts';
import type { Hours } from './catalog.model.ts';
import { findHoursOfServices } from './services.queries.ts';

const MAX_SERVICES = 20_000;
type CatalogReadTx = Parameters<typeof findHoursOfServices>[0];

/**
 * The weekly hours and exception days of the services on a result page, kept per service for as
 * long as the public content version stays the same. Every write to hours, places or services
 * bumps that version at its COMMIT (migrations 0010 and 0016; a "still correct" click, which
 * changes no hours, does not), so an edit is seen on the next request, on every instance. A search
 * page read them with three statements over the hours views (about a quarter of its PostgreSQL
 * time, most of it planning); a page whose services are known reads one row. What is open today
 * is still computed per request from the clock.
 */
export function createHoursCache(maxServices = MAX_SERVICES) {
  let version: string | null = null;
  const byService = new Map<string, Hours[]>();
  return {
    async hoursOf(tx: CatalogReadTx, serviceIds: string[]): Promise<Map<string, Hours[]>> {
      const result = new Map<string, Hours[]>();
      if (serviceIds.length === 0) return result;
      // Read before the hours: hours at least as new as the version are never kept under an older one.
      const current = await readPublicContentVersion(tx as unknown as ReadTx<DataVersionTables>);
      if (current !== version || byService.size > maxServices) {
        byService.clear();
        version = current;
      }
      const missing = serviceIds.filter((id) => !byService.has(id));
      if (missing.length > 0) {
        const found = await findHoursOfServices(tx, missing);
        for (const id of missing) byService.set(id, found.get(id) ?? []);
      }
      for (const id of serviceIds) {
        const hours = byService.get(id);
        if (hours && hours.length > 0) result.set(id, hours);
      }
      return result;
    },
    clear() {
      byService.clear();
      version = null;
    },
  };
}

export type HoursCache = ReturnType<typeof createHoursCache>;
