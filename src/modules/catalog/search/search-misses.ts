import type { Kysely, QueryExecutorProvider } from 'kysely';
import type { Clock } from '../../../platform/clock.ts';
import { helsinkiMoment } from '../../../platform/helsinki-time.ts';
import type { Lang } from '../../../platform/i18n-text.ts';
import type { Logger } from '../../../platform/logger.ts';
import type { CatalogDb } from '../catalog.tables.ts';
import { addSearchMissCounts } from './search-learning.queries.ts';
import { tokenize } from './search-terms.ts';

export type SearchMissOutcome = 'noResults' | 'suggestionOnly';

/** Distinct questions kept between flushes: a flood of random text cannot grow memory without end. */
const MAX_PENDING = 5_000;
const FLUSH_INTERVAL_MS = 15_000;
/** Counts are for learning new words, not for keeping: a purge job removes older days. */
export const SEARCH_MISS_RETENTION_DAYS = 90;

/** The question as counted: its words, lower case, in order; nothing else of the request. */
export function normaliseMiss(query: string): string | null {
  const text = tokenize(query).join(' ').slice(0, 200);
  return text.length ? text : null;
}

/**
 * Counts questions that found nothing, per Helsinki day, language, normalised text and outcome.
 * A search is a read transaction, so counts gather in memory and are added to search_miss in one
 * write every few seconds (and before editors read them): no address, session or id is ever kept.
 */
export function createSearchMissCounter({ db, clock, logger }: { db: Kysely<CatalogDb>; clock: Clock; logger?: Logger }) {
  let pending = new Map<string, { day: string; lang: Lang; query: string; outcome: SearchMissOutcome; count: number }>();
  let timer: ReturnType<typeof setTimeout> | null = null;

  /** Adds what was counted to the table; through `tx` when the caller is inside a transaction. */
  async function flush(tx: QueryExecutorProvider = db): Promise<void> {
    if (timer) clearTimeout(timer);
    timer = null;
    if (pending.size === 0) return;
    const rows = [...pending.values()];
    pending = new Map();
    await addSearchMissCounts(tx, rows);
  }

  return {
    count(lang: Lang, query: string, outcome: SearchMissOutcome): void {
      const text = normaliseMiss(query);
      if (!text) return;
      const day = helsinkiMoment(clock.now()).date;
      const key = `${day}\u0000${lang}\u0000${text}\u0000${outcome}`;
      const row = pending.get(key);
      if (row) row.count += 1;
      else if (pending.size < MAX_PENDING) pending.set(key, { day, lang, query: text, outcome, count: 1 });
      timer ??= setTimeout(() => {
        flush(db).catch((e: unknown) => logger?.warn({ err: e }, 'could not record search misses'));
      }, FLUSH_INTERVAL_MS);
      timer.unref?.();
    },
    flush,
  };
}

export type SearchMissCounter = ReturnType<typeof createSearchMissCounter>;
