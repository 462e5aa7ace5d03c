import { readPublicContentVersion } from '../../../platform/cache/data-version.queries.ts';
import type { DataVersionTables } from '../../../platform/cache/data-version.tables.ts';
import type { ReadTx as PlatformReadTx } from '../../../platform/db/transactions.ts';
import type { ServiceSummary } from '../catalog.model.ts';
import type { ReadTx } from '../catalog.tables.ts';
import type { ServiceSearchCriteria, ServiceSearchHit } from './service-search.queries.ts';

const MAX_ENTRIES = 5_000;

/** What a search found, without what the list shows of each. */
type Match = Omit<ServiceSearchHit, 'summary'> & { id: string };

/**
 * Which services a question finds and in which order, kept for as long as the public content
 * version stays the same (migration 0016): it moves with every change to what families see but a
 * service's stamps ("still correct") and sign-ups, none of which a search matches or orders by. A
 * "still correct" on a service shown in a popular search sends that answer back to rendering
 * (its date changed); the render then reads the page's services by id, without searching again.
 * Not for "open now": its matches move with the minute.
 */
export function createSearchHitsCache(maxEntries = MAX_ENTRIES) {
  let version: string | null = null;
  const matches = new Map<string, Match[]>();
  return {
    /**
     * The page of hits for the criteria: `search` when the matches are not known at this version,
     * else `summaries` of the known matches (a service gone meanwhile: `search` after all).
     */
    async hits(
      tx: ReadTx,
      criteria: ServiceSearchCriteria,
      search: () => Promise<ServiceSearchHit[]>,
      summaries: (ids: readonly string[]) => Promise<ReadonlyMap<string, ServiceSummary>>,
    ): Promise<ServiceSearchHit[]> {
      if (criteria.openAt) return search();
      // Read before the search: matches at least as new as the version are never kept under an older one.
      const current = await readPublicContentVersion(tx as unknown as PlatformReadTx<DataVersionTables>);
      if (current !== version) {
        matches.clear();
        version = current;
      }
      const key = JSON.stringify(criteria);
      const known = matches.get(key);
      if (known) {
        const found = await summaries(known.map((m) => m.id));
        if (known.every((m) => found.has(m.id))) {
          // Least recently used first: a hit moves to the end.
          matches.delete(key);
          matches.set(key, known);
          return known.map(({ id, ...match }) => ({ ...match, summary: found.get(id)! }));
        }
      }
      const hits = await search();
      if (version === current) {
        matches.delete(key);
        matches.set(
          key,
          hits.map(({ summary, ...match }) => ({ ...match, id: summary.id })),
        );
        for (const oldest of matches.keys()) {
          if (matches.size <= maxEntries) break;
          matches.delete(oldest);
        }
      }
      return hits;
    },
    clear() {
      matches.clear();
      version = null;
    },
  };
}

export type SearchHitsCache = ReturnType<typeof createSearchHitsCache>;
