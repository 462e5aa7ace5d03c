import { STOP_WORDS } from '../reference/stop-words.ts';
import type { FinnishMorphology, WordAnalysis } from './morphology.ts';

export const MAX_QUERY_LENGTH = 200;
const MAX_WORDS = 8;
const MAX_WORD_LENGTH = 40;
/** Shorter words are matched only as word prefixes: as substrings they would match almost anything. */
export const MIN_SUBSTRING_LENGTH = 4;
/** A question word's alternatives stay a bounded tsquery however many words its concept has. */
const MAX_ALTERNATIVES = 24;
/** The shortest known word a compound may start with ("tal" + "svårigheter"). */
const MIN_COMPOUND_HEAD = 3;
const MIN_COMPOUND_TAIL = 4;

export interface Synonym {
  lang: 'fi' | 'sv' | 'en';
  term: string;
  expansions: string[];
  /** The concept the word belongs to, if any: then it stands for the whole concept. */
  concept: string | null;
}

export interface Concept {
  code: string;
  categories: string[];
  /** The words services use for it: its words' expansions in every language. */
  expansions: string[];
  /** The families' own words for it, in every language. */
  terms: string[];
}

/** What the search knows of families' words, as data (search_synonym, search_concept). */
export interface SearchVocabulary {
  synonyms: readonly Synonym[];
  concepts: ReadonlyMap<string, Concept>;
}

/**
 * One part of the question: a word, or a phrase or concept it named. A service matches the part
 * when one alternative matches (all its words), one base form matches, or it is in one of the
 * categories; the more parts a service matches, the higher it ranks.
 */
export interface SearchWord {
  word: string;
  /** Each alternative is one or more words that must all match. */
  alternatives: string[][];
  /** The words themselves, their base forms and their concept's words: a service named with one is dedicated to it. */
  core?: string[];
  /** Finnish base forms and compound parts (Voikko), matched against the services' base forms. */
  baseForms?: string[][];
  categories?: string[];
  /**
   * The vocabulary's words that contain a part of this word, as query text ('simple'), looked up
   * before the search (vocabulary-cache.ts); null when none does, absent when not looked up.
   */
  vocabulary?: string | null;
  /** Less than 1 for words nearly every service has ("lapsi", "family"). */
  weight?: number;
  /** No synonym or concept knew the word: "did you mean" may offer a spelling for it. */
  unknown?: boolean;
}

const STOP = new Set(Object.values(STOP_WORDS).flat());
/** Words that describe nearly every family service: they count, but less than the situation. */
const GENERIC = new Set([
  'lapsi',
  'lapsen',
  'lasta',
  'lapset',
  'lapsille',
  'lasten',
  'lapsiperhe',
  'lapsiperheelle',
  'lapsiperheiden',
  'perhe',
  'perheelle',
  'perheen',
  'perheet',
  'perheille',
  'barn',
  'barnet',
  'barnen',
  'familj',
  'familjen',
  'familjer',
  'child',
  'children',
  'kid',
  'kids',
  'family',
  'families',
  'parent',
  'parents',
  'vanhempi',
  'vanhemmat',
  'tuki',
  'tukea',
  'stöd',
  'support',
  'palvelu',
  'palvelut',
  'service',
  'services',
  'ryhmä',
  'ryhmät',
  'grupp',
  'group',
  'groups',
]);
const GENERIC_WEIGHT = 0.3;

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

/** The word itself or an inflected form: Finnish and Swedish add endings ("vauvan", "eron"). */
export function isFormOf(word: string, term: string): boolean {
  return word === term || (term.length >= 3 && word.startsWith(term) && word.length - term.length <= 4);
}

/** The synonyms of one word; kept for the single-word case the tests name. */
export function synonymsFor(word: string, synonyms: readonly Synonym[]): string[] {
  const found = synonyms.filter((s) => !s.term.includes(' ') && isFormOf(word, s.term));
  return [...new Set(found.flatMap((s) => s.expansions.map((e) => e.toLocaleLowerCase('fi'))))];
}

interface Reading {
  token: string;
  analysis: WordAnalysis;
}

const noMorphology: Pick<FinnishMorphology, 'analyse'> = { analyse: () => ({ baseForms: [], parts: [] }) };

function formsOf(r: Reading): string[] {
  return [r.token, ...r.analysis.baseForms];
}

function matchesPart(r: Reading, part: string): boolean {
  return formsOf(r).some((f) => isFormOf(f, part));
}

interface SynonymIndex {
  /** Synonyms of several words, longest first, with their words. */
  phrases: { s: Synonym; words: string[] }[];
  /** Synonyms of one word. */
  single: Synonym[];
}

/**
 * The vocabulary read once per list of synonyms (which the reference cache keeps): tokenizing
 * every synonym on every search was a tenth of a search API request's CPU time.
 */
const synonymIndexes = new WeakMap<readonly Synonym[], SynonymIndex>();
function synonymIndex(synonyms: readonly Synonym[]): SynonymIndex {
  let index = synonymIndexes.get(synonyms);
  if (!index) {
    index = {
      phrases: synonyms
        .map((s) => ({ s, words: tokenize(s.term) }))
        .filter((p) => p.words.length > 1)
        .sort((a, b) => b.words.length - a.words.length),
      single: synonyms.filter((s) => !s.term.includes(' ') && !s.term.includes('-')),
    };
    synonymIndexes.set(synonyms, index);
  }
  return index;
}

/**
 * The question as parts to rank by: phrases first (so that "ei nuku" is read before "ei" is
 * dropped as a stop word), then each remaining word with its base forms, compound parts and the
 * concepts they name. Words of one concept become one part: "rahat ei riitä" is one situation.
 */
export function buildSearchWords(
  query: string,
  vocabulary: SearchVocabulary | readonly Synonym[],
  morphology: Pick<FinnishMorphology, 'analyse'> = noMorphology,
): SearchWord[] {
  const { synonyms, concepts } = Array.isArray(vocabulary)
    ? { synonyms: vocabulary as readonly Synonym[], concepts: new Map<string, Concept>() }
    : (vocabulary as SearchVocabulary);
  let readings: Reading[] = tokenize(query).map((token) => ({
    token,
    analysis: /^\p{L}+$/u.test(token) ? morphology.analyse(token) : { baseForms: [], parts: [] },
  }));
  const parts: { word: string; found: Synonym[]; reading?: Reading; tail?: string; whole?: boolean }[] = [];

  const { phrases, single } = synonymIndex(synonyms);
  for (const { s, words } of phrases) {
    const used = words.map((w) => readings.find((r) => matchesPart(r, w)));
    if (used.some((r) => !r) || new Set(used).size !== used.length) continue;
    readings = readings.filter((r) => !used.includes(r));
    parts.push({ word: s.term, found: [s] });
  }

  const known = (form: string) => single.filter((s) => isFormOf(form, s.term));
  const content = readings.filter((r) => !STOP.has(r.token));
  for (const reading of content.length || parts.length ? content : readings) {
    let found = formsOf(reading).flatMap(known);
    const whole = found.length > 0;
    let tail: string | undefined;
    if (!whole) {
      // Voikko's parts are base forms already: only the word itself names a synonym ("puhelin" is
      // not a form of "puhe"); a split of our own may leave an inflected tail.
      const analysed = reading.analysis.parts.length > 1;
      const pieces = analysed ? reading.analysis.parts : splitCompound(reading.token, single);
      found = pieces.flatMap((p) => (analysed ? single.filter((s) => s.term === p) : known(p)));
      if (reading.analysis.parts.length <= 1 && pieces.length > 1) tail = pieces[pieces.length - 1];
    }
    parts.push({ word: reading.token, found, reading, whole, ...(tail ? { tail } : {}) });
  }

  const merged = new Map<string, SearchWord>();
  for (const part of parts) {
    const conceptCodes = [...new Set(part.found.map((s) => s.concept).filter((c): c is string => c !== null))];
    const concept = conceptCodes.map((c) => concepts.get(c)).find((c) => c);
    const analysis = part.reading?.analysis;
    const alternatives: string[][] = [
      tokenize(part.word),
      ...(analysis?.baseForms ?? []).map((b) => [b]),
      ...(part.tail ? [[part.tail]] : []),
      ...part.found.flatMap((s) => [tokenize(s.term), ...s.expansions.map(tokenize)]),
      ...(concept?.expansions ?? []).map(tokenize),
    ];
    const key = concept ? `concept:${concept.code}` : `word:${part.word}`;
    const previous = merged.get(key);
    const baseForms = [
      ...(analysis?.baseForms ?? []).filter((b) => /^\p{L}+$/u.test(b)).map((b) => [b]),
      ...(analysis && analysis.parts.length > 1 ? [analysis.parts.filter((p) => /^\p{L}+$/u.test(p))] : []),
    ];
    const core = [
      ...tokenize(part.word),
      ...(analysis?.baseForms ?? []),
      ...part.found.map((s) => s.term),
      ...(concept?.terms ?? []),
    ].filter((w) => !STOP.has(w));
    const next: SearchWord = {
      word: previous ? `${previous.word} ${part.word}` : part.word,
      alternatives: dedupe([...(previous?.alternatives ?? []), ...alternatives]).slice(0, MAX_ALTERNATIVES),
      core: [...new Set([...(previous?.core ?? []), ...core])],
      ...(baseForms.length || previous?.baseForms ? { baseForms: dedupe([...(previous?.baseForms ?? []), ...baseForms]) } : {}),
      ...(concept?.categories.length ? { categories: concept.categories } : {}),
      ...(GENERIC.has(part.word) && !concept ? { weight: GENERIC_WEIGHT } : {}),
      ...(part.whole === false ? { unknown: true } : {}),
    };
    merged.set(key, next);
  }
  return [...merged.values()];
}

/**
 * A compound the dictionary does not know, split where it starts with a known word and the rest is
 * long enough to be one ("talsvårigheter" → tal + svårigheter, "koulukiusaaminen" → koulu +
 * kiusaaminen); Swedish joins with an s ("förlossningsrädsla"). Data-driven: the known words are
 * the vocabulary's, so an editor's new word also splits compounds.
 */
export function splitCompound(word: string, known: readonly Synonym[]): string[] {
  let best: string | null = null;
  for (const s of known) {
    if (s.term.length < MIN_COMPOUND_HEAD || !word.startsWith(s.term)) continue;
    if (word.length - s.term.length < MIN_COMPOUND_TAIL) continue;
    if (!best || s.term.length > best.length) best = s.term;
  }
  if (!best) return [word];
  const rest = word.slice(best.length);
  const isKnown = (w: string) => known.some((s) => isFormOf(w, s.term));
  const linked = rest.startsWith('s') && rest.length > MIN_COMPOUND_TAIL && !isKnown(rest) && isKnown(rest.slice(1));
  return [best, linked ? rest.slice(1) : rest];
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
export function tsqueryText(word: Pick<SearchWord, 'alternatives'>): string {
  return word.alternatives.map((parts) => `(${parts.map((p) => `(${p}:*AB | ${p})`).join(' & ')})`).join(' | ');
}

/**
 * The two halves of tsqueryText that an index answers exactly, without rechecking a row: each
 * part as a whole word anywhere, and as a prefix (for the stemmers: the last letters still
 * unwritten) over names, keywords, organisation, categories and methods alone.
 */
export function exactQueryText(word: Pick<SearchWord, 'alternatives'>): string {
  return word.alternatives.map((parts) => `(${parts.join(' & ')})`).join(' | ');
}

export function prefixQueryText(word: Pick<SearchWord, 'alternatives'>): string {
  return word.alternatives.map((parts) => `(${parts.map((p) => `${p}:*`).join(' & ')})`).join(' | ');
}

/** Base forms as a 'simple' tsquery over the services' base forms: exact lexemes, parts all required. */
export function baseFormQueryText(word: SearchWord): string | null {
  const forms = (word.baseForms ?? []).filter((f) => f.length > 0);
  return forms.length ? forms.map((parts) => `(${parts.join(' & ')})`).join(' | ') : null;
}

/** The categories as lexemes of the services' base-forms column ('c:<code>'), for one tsquery. */
export function categoryQueryText(word: SearchWord): string | null {
  const codes = (word.categories ?? []).filter((c) => /^[a-z][a-z0-9-]*$/.test(c));
  return codes.length ? codes.map((c) => `'c:${c}'`).join(' | ') : null;
}
