export const MAX_QUERY_LENGTH = 200;
const MAX_WORDS = 8;
const MAX_WORD_LENGTH = 40;
/** Shorter words are matched only as word prefixes: as substrings they would match almost anything. */
export const MIN_SUBSTRING_LENGTH = 4;

export interface Synonym {
  lang: 'fi' | 'sv' | 'en';
  term: string;
  expansions: string[];
}

/** One typed word and what else may stand for it; a service must match one alternative of every word. */
export interface SearchWord {
  word: string;
  /** Each alternative is one or more words that must all match. */
  alternatives: string[][];
}

/** Splits what a family typed into words of letters and digits; everything else separates words. */
export function tokenize(query: string): string[] {
  const words =
    query
      .normalize('NFKC')
      .toLocaleLowerCase('fi')
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  const unique = [...new Set(words.map((w) => w.slice(0, MAX_WORD_LENGTH)))];
  return unique.slice(0, MAX_WORDS);
}

/**
 * A synonym applies to the word itself and to its inflected forms: Finnish and Swedish add endings
 * ("vauvan", "vauvalle"), so a word that starts with a term of three or more letters counts.
 */
export function synonymsFor(word: string, synonyms: readonly Synonym[]): string[] {
  const found = synonyms.filter((s) => {
    if (s.term.includes(' ')) return false;
    return word === s.term || (s.term.length >= 3 && word.startsWith(s.term) && word.length - s.term.length <= 4);
  });
  return [...new Set(found.flatMap((s) => s.expansions.map((e) => e.toLocaleLowerCase('fi'))))];
}

export function buildSearchWords(query: string, synonyms: readonly Synonym[]): SearchWord[] {
  let words = tokenize(query);
  const result: SearchWord[] = [];
  // A multi-word term ("single parent") stands for its words together.
  for (const phrase of synonyms.filter((s) => s.term.includes(' '))) {
    const parts = phrase.term.split(' ');
    if (!parts.every((p) => words.includes(p))) continue;
    words = words.filter((w) => !parts.includes(w));
    result.push({ word: phrase.term, alternatives: dedupe([parts, ...phrase.expansions.map(tokenize)]) });
  }
  for (const word of words) {
    result.push({ word, alternatives: dedupe([[word], ...synonymsFor(word, synonyms).map(tokenize)]) });
  }
  return result;
}

function dedupe(alternatives: string[][]): string[][] {
  const seen = new Set<string>();
  return alternatives.filter((a) => {
    const key = a.join(' ');
    if (a.length === 0 || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Letters unaccent turns into other letters rather than just dropping a mark. */
const UNACCENT_LETTERS: Record<string, string> = { æ: 'ae', ø: 'o', œ: 'oe', ß: 'ss', đ: 'd', ð: 'd', þ: 'th', ł: 'l', ŋ: 'n', ŧ: 't' };

/**
 * The same folding as the database's search_fold() (lower(unaccent(...))) for the letters people
 * type, done here so that the search sends ready patterns instead of folding once per row.
 */
export function foldForSearch(word: string): string {
  return word
    .toLocaleLowerCase('fi')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[æøœßđðþłŋŧ]/g, (ch) => UNACCENT_LETTERS[ch] ?? ch);
}

/**
 * The word as text-search query syntax, for each language's to_tsquery(). A part counts as a prefix
 * (the last letters still unwritten) only in names, keywords and categories (weights A and B): in
 * running text "puhe" (speech) would find every "puhelin" (phone). Parts are letters and digits only
 * (see tokenize), so nothing in them can be read as an operator.
 */
export function tsqueryText(word: SearchWord): string {
  return word.alternatives.map((parts) => `(${parts.map((p) => `(${p}:*AB | ${p})`).join(' & ')})`).join(' | ');
}
