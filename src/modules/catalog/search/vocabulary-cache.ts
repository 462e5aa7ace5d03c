import { readPublicDataVersion } from '../../../platform/cache/data-version.queries.ts';
import type { DataVersionTables } from '../../../platform/cache/data-version.tables.ts';
import type { ReadTx as PlatformReadTx } from '../../../platform/db/transactions.ts';
import type { ReadTx } from '../catalog.tables.ts';
import type { SearchWord } from './search-terms.ts';
import { vocabularyPatterns, vocabularyQueryText } from './service-search.queries.ts';

const MAX_ENTRIES = 5_000;

/**
 * Which words of the vocabulary contain a typed part ("neuvola" in "lastenneuvola"), kept per set
 * of patterns for as long as the public data version stays the same (the vocabulary is one of the
 * tables that bump it, migration 0010). Finding them is a trigram index scan that costs tens of
 * milliseconds for a concept with many terms ("ero": twenty), the same for every municipality and
 * page; a popular question pays it once per edit instead of on every search.
 */
export function createVocabularyCache(maxEntries = MAX_ENTRIES) {
  let version: string | null = null;
  const byPatterns = new Map<string, string | null>();
  return {
    /** The words with their vocabulary looked up. */
    async resolve(tx: ReadTx, words: readonly SearchWord[]): Promise<SearchWord[]> {
      const patterns = words.map(vocabularyPatterns);
      if (patterns.every((p) => p === null)) return [...words];
      // Read before the vocabulary: words at least as new as the version are never kept under an older one.
      const current = await readPublicDataVersion(tx as unknown as PlatformReadTx<DataVersionTables>);
      if (current !== version || byPatterns.size > maxEntries) {
        byPatterns.clear();
        version = current;
      }
      const resolved: SearchWord[] = [];
      for (const [i, word] of words.entries()) {
        const list = patterns[i];
        if (!list) {
          resolved.push(word);
          continue;
        }
        const key = list.join('\n');
        if (!byPatterns.has(key)) byPatterns.set(key, await vocabularyQueryText(tx, list));
        resolved.push({ ...word, vocabulary: byPatterns.get(key)! });
      }
      return resolved;
    },
    clear() {
      byPatterns.clear();
      version = null;
    },
  };
}

export type VocabularyCache = ReturnType<typeof createVocabularyCache>;
