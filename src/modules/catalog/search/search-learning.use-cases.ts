import { authorize, isPermitted, type Action } from '../../../platform/authorization/actions.ts';
import { InvalidInputError, NotFoundError } from '../../../platform/errors.ts';
import { addDays, helsinkiMoment } from '../../../platform/helsinki-time.ts';
import type { I18nText, Lang } from '../../../platform/i18n-text.ts';
import type { WriteContext } from '../../../platform/request-context.ts';
import { searchVocabularyActions } from '../catalog.actions.ts';
import type { CatalogReference } from '../catalog.reference.ts';
import type { CatalogDb } from '../catalog.tables.ts';
import { addConceptWord, conceptOfWord, listConceptNames, listSearchMissRows, type SearchMissRow } from './search-learning.queries.ts';
import type { SearchMissCounter } from './search-misses.ts';

/** Search that learns: editors see what families asked in vain and teach the search a word. */
export interface SearchLearningContext extends WriteContext<CatalogDb> {
  readonly reference: CatalogReference;
  readonly searchMisses: SearchMissCounter;
}

/** How far back editors look. */
const MISS_WINDOW_DAYS = 30;
const MISS_LIST_LIMIT = 200;

export interface SearchMissList {
  fromDay: string;
  misses: SearchMissRow[];
  concepts: { code: string; name: I18nText }[];
  permittedActions: Action['name'][];
}

export async function listSearchMisses(ctx: SearchLearningContext): Promise<SearchMissList> {
  authorize(ctx, searchVocabularyActions.READ_MISSES);
  // What was counted in memory since the last flush is part of the list.
  await ctx.searchMisses.flush(ctx.tx);
  const fromDay = addDays(helsinkiMoment(ctx.clock.now()).date, -MISS_WINDOW_DAYS);
  const [misses, concepts] = await Promise.all([listSearchMissRows(ctx.tx, fromDay, MISS_LIST_LIMIT), listConceptNames(ctx.tx)]);
  ctx.audit.record({ action: searchVocabularyActions.READ_MISSES, detail: { fromDay, rows: misses.length } });
  return {
    fromDay,
    misses,
    concepts,
    permittedActions: [searchVocabularyActions.ADD_WORD].filter((a) => isPermitted(ctx.actor, a)).map((a) => a.name),
  };
}

export interface AddConceptWordInput {
  lang: Lang;
  word: string;
  concept: string;
}

const WORD_PATTERN = /^\p{L}[\p{L} -]{1,40}$/u;

/** One step: the word now stands for the concept in every search, within the reference cache's minute. */
export async function addWordToConcept(
  ctx: SearchLearningContext,
  input: AddConceptWordInput,
): Promise<{ lang: Lang; word: string; concept: string }> {
  authorize(ctx, searchVocabularyActions.ADD_WORD);
  const word = input.word.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('fi');
  if (!WORD_PATTERN.test(word)) throw new InvalidInputError([{ field: 'word', key: 'invalidFormat' }]);
  const concepts = await listConceptNames(ctx.tx);
  if (!concepts.some((c) => c.code === input.concept)) throw new NotFoundError('searchConcept', input.concept);
  const current = await conceptOfWord(ctx.tx, input.lang, word);
  if (current && current !== input.concept) {
    throw new InvalidInputError([{ field: 'word', key: 'wordInOtherConcept', params: { value: word, concept: current } }]);
  }
  await addConceptWord(ctx.tx, input.lang, word, input.concept);
  ctx.audit.record({ action: searchVocabularyActions.ADD_WORD, detail: { lang: input.lang, word, concept: input.concept } });
  ctx.reference.vocabulary.clear();
  return { lang: input.lang, word, concept: input.concept };
}
