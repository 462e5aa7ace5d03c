/**
 * What families ask the search in the benchmark: 200 popular searches (everyday and service words,
 * a municipality, sometimes an age or a filter), asked again and again as popular searches are,
 * and questions asked for the first time, which no cache has seen: two everyday words in a
 * municipality, for a child of some age, each combination once per benchmark process.
 */

const WORDS = [
  'neuvola',
  'perhetyö',
  'vauva',
  'ero',
  'puheterapia',
  'kerho',
  'kotipalvelu',
  'nuori',
  'uupumus',
  'lastensuojelu',
  'kirjasto',
  'psykologi',
  'tuki',
];
const EXTRAS = ['', '&age=3', '&level=basic', '&delivery=online', '&age=12&level=universal', '&topic=family-support', '&cost=free'];

export type SearchSurface = 'api' | 'page';

export const pathOf = (surface: SearchSurface, query: string) =>
  surface === 'api' ? `/api/v1/services?${query}&lang=fi` : `/fi/search?${query}`;

/** The popular searches: the same 200 every run. */
export function popularQueries(municipalities: readonly string[]): string[] {
  const queries: string[] = [];
  for (let i = 0; i < 200; i++) {
    const word = WORDS[i % WORDS.length]!;
    const municipality = municipalities[(i * 37) % municipalities.length]!;
    const extra = EXTRAS[(i * 7) % EXTRAS.length]!;
    queries.push(`q=${encodeURIComponent(word)}&municipality=${municipality}${extra}`);
  }
  return queries;
}

/**
 * A new question on every call, never one asked before in this process (and never a popular one:
 * those have one word): 13 × 12 word pairs × each municipality × no age or 0–17, about 900 000.
 */
export function freshQuestions(municipalities: readonly string[]): () => string {
  let n = 0;
  const pairs = WORDS.flatMap((a) => WORDS.filter((b) => b !== a).map((b) => `${a} ${b}`));
  return () => {
    const pair = pairs[n % pairs.length]!;
    const municipality = municipalities[Math.floor(n / pairs.length) % municipalities.length]!;
    const age = Math.floor(n / (pairs.length * municipalities.length)) % 19;
    n++;
    return `q=${encodeURIComponent(pair)}&municipality=${municipality}${age === 18 ? '' : `&age=${age}`}`;
  };
}

/**
 * The requests of one scenario: the popular searches in turn, each `1 / freshShare`-th request a
 * question asked for the first time instead. `start` staggers concurrent runs' places in the list.
 */
export function searchTraffic(
  surface: SearchSurface,
  popular: readonly string[],
  fresh: () => string,
  freshShare: number,
): (start?: number) => () => string {
  const every = freshShare > 0 ? Math.round(1 / freshShare) : 0;
  let sent = 0;
  return (start = 0) => {
    let i = start;
    return () => {
      sent++;
      if (every && sent % every === 0) return pathOf(surface, fresh());
      return pathOf(surface, popular[i++ % popular.length]!);
    };
  };
}
