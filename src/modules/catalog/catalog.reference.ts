import type { Kysely } from 'kysely';
import type { Clock } from '../../platform/clock.ts';
import type { I18nText } from '../../platform/i18n-text.ts';
import { cachedFor } from '../../platform/ttl-cache.ts';
import type { CatalogDb } from './catalog.tables.ts';
import { findTaxonomy, listMunicipalities, listRegions } from './directory.queries.ts';
import { listContactPoints } from './contact-points.queries.ts';
import { listConcepts, listSynonyms } from './search/service-search.queries.ts';
import type { SearchVocabulary } from './search/search-terms.ts';
import { createHoursCache } from './hours-cache.ts';
import { createSearchHitsCache } from './search/search-hits-cache.ts';
import { createVocabularyCache } from './search/vocabulary-cache.ts';

const REFERENCE_TTL_MS = 60_000;

/**
 * Rarely changing reference data that every search reads, kept for a minute. One object per
 * process, made in the composition root with the process clock, so tests can age it.
 */
export function createCatalogReference({ db, clock, ttlMs = REFERENCE_TTL_MS }: { db: Kysely<CatalogDb>; clock: Clock; ttlMs?: number }) {
  const now = () => clock.now().getTime();
  const municipalities = cachedFor(ttlMs, () => listMunicipalities(db, null), now);
  const taxonomy = cachedFor(ttlMs, () => findTaxonomy(db), now);
  const caches = {
    vocabulary: cachedFor(
      ttlMs,
      async (): Promise<SearchVocabulary> => {
        const [synonyms, concepts] = await Promise.all([listSynonyms(db), listConcepts(db)]);
        return { synonyms, concepts: new Map(concepts.map((c) => [c.code, c])) };
      },
      now,
    ),
    municipalities,
    municipalityNames: cachedFor(
      ttlMs,
      async (): Promise<ReadonlyMap<string, I18nText>> => new Map((await municipalities()).map((m) => [m.code, m.name])),
      now,
    ),
    taxonomy,
    categoryCodes: cachedFor(
      ttlMs,
      async (): Promise<ReadonlySet<string>> => new Set((await taxonomy()).categories.map((c) => c.code)),
      now,
    ),
    regions: cachedFor(ttlMs, () => listRegions(db), now),
    contactPoints: cachedFor(ttlMs, () => listContactPoints(db), now),
  };
  // Not kept for a minute: valid for one version of the data they come from (their files say which).
  const hours = createHoursCache();
  const vocabularyWords = createVocabularyCache();
  const searchHits = createSearchHitsCache();
  return {
    ...caches,
    hours,
    vocabularyWords,
    searchHits,
    /** After the data was replaced underneath (a test reset): read everything afresh. */
    clear() {
      for (const cache of Object.values(caches)) cache.clear();
      hours.clear();
      vocabularyWords.clear();
      searchHits.clear();
    },
  };
}

export type CatalogReference = ReturnType<typeof createCatalogReference>;
