import type { Clock } from '../platform/clock.ts';
import type { Db } from '../platform/db/database.ts';
import { createCatalogService } from '../modules/catalog/catalog.service.ts';

/** Every module's use cases, built once per process over one database. */
export function createServices({ db, clock }: { db: Db; clock: Clock }) {
  return {
    catalog: createCatalogService({ db, clock }),
  };
}

export type Services = ReturnType<typeof createServices>;
