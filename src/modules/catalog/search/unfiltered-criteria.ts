import type { SearchWord } from './search-terms.ts';
import type { ServiceSearchCriteria } from './service-search.queries.ts';

/** The words in the municipality with no filter, best first from the top (a benchmark, a test). */
export function unfilteredCriteria(words: SearchWord[], municipality: string | null, limit = 20): ServiceSearchCriteria {
  return {
    words,
    municipality,
    age: null,
    group: null,
    categories: [],
    levels: [],
    languages: [],
    delivery: [],
    costs: [],
    accessibility: [],
    openAt: null,
    openOn: null,
    sortLang: 'fi',
    collapseTowns: false,
    limit,
    offset: 0,
  };
}
