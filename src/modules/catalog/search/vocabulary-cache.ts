import { readSearchVocabularyVersion } from '../../../platform/cache/data-version.queries.ts';
import type { DataVersionTables } from '../../../platform/cache/data-version.tables.ts';
import type { ReadTx as PlatformReadTx } from '../../../platform/db/transactions.ts';
import type { ReadTx } from '../catalog.tables.ts';
import type { SearchWord } from './search-terms.ts';
import { closestVocabularyWords, vocabularyPatterns, vocabularyQueryText } from './service-search.queries.ts';

const MAX_ENTRIES = 5_000;

/**
 * What the search looks up in the vocabulary of the services' words, kept for as long as the
 * vocabulary stays the same (its own version, migration 0014; an edit of hours or a "still correct"
 * click leaves it alone):
 * - which words contain a typed part ("neuvola" in "lastenneuvola"): a trigram index scan that
 *   costs tens of milliseconds for a concept with many terms ("ero": twenty), the same for every
 *   municipality and page;
 * - the "did you mean" suggestion for a word the services never use, a similarity scan.
 * A popular question pays them once per change of the vocabulary instead of on every search.
 */
export function createVocabularyCache(maxEntries = MAX_ENTRIES) {
  let version: string | null = null;
  const byPatterns = new Map<string, string | null>();
  const suggestions = new Map<string, string | null>();
  const clear = () => {
    byPatterns.clear();
    suggestions.clear();
  };
  // Read before the vocabulary: what is read after it is never kept under an older version.
  const sync = async (tx: ReadTx) => {
    const current = await readSearchVocabularyVersion(tx as unknown as PlatformReadTx<DataVersionTables>);
    if (current !== version || byPatterns.size + suggestions.size > maxEntries) {
      clear();
      version = current;
    }
  };
  return {
    /** The words with their vocabulary looked up. */
    async resolve(tx: ReadTx, words: readonly SearchWord[]): Promise<SearchWord[]> {
      const patterns = words.map(vocabularyPatterns);
      if (patterns.every((p) => p === null)) return [...words];
      await sync(tx);
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
    /** For words the services never use: the closest word they do use, when one is close enough. */
    async suggestions(tx: ReadTx, words: readonly string[]): Promise<Map<string, string>> {
      if (words.length === 0) return new Map();
      await sync(tx);
      const missing = words.filter((w) => !suggestions.has(w));
      if (missing.length) {
        const found = await closestVocabularyWords(tx, missing);
        for (const word of missing) suggestions.set(word, found.get(word) ?? null);
      }
      return new Map(words.flatMap((w) => (suggestions.get(w) ? [[w, suggestions.get(w)!] as const] : [])));
    },
    clear() {
      clear();
      version = null;
    },
  };
}

export type VocabularyCache = ReturnType<typeof createVocabularyCache>;
