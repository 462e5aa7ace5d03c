import { localize, type I18nText, type Lang } from '../platform/i18n-text.ts';

/** One option of a select or a checkbox group, already in the reader's language. */
export interface Choice {
  value: string;
  label: string;
}

const collators: Record<Lang, Intl.Collator> = {
  fi: new Intl.Collator('fi'),
  sv: new Intl.Collator('sv'),
  en: new Intl.Collator('fi'),
};

/** Per list of reference data (the reference cache hands out the same array until it refreshes). */
const memo = new WeakMap<readonly unknown[], Map<string, readonly Choice[]>>();

/**
 * Named reference data as options for a form. Only the label in the page's language goes to the
 * page: the data a loader returns is serialised into every response, so it carries no more than
 * the page shows. Names sort the way the reader's language does (Swedish municipality names
 * differ from the Finnish ones); English pages use the Finnish names and order.
 *
 * The same `items` array in the same language gives the same (frozen) array back: sorting 300
 * municipalities with a collator cost each search page about a millisecond, and a stable array
 * lets the form cache the options it renders from it (selectOptionsHtml).
 */
export function choicesOf(items: readonly { code: string; name: I18nText }[], lang: Lang, order: 'asGiven' | 'byLabel'): readonly Choice[] {
  const key = `${lang}:${order}`;
  const known = memo.get(items)?.get(key);
  if (known) return known;
  const choices = items.map((item) => ({ value: item.code, label: localize(item.name, lang).text }));
  if (order === 'byLabel') choices.sort((a, b) => collators[lang].compare(a.label, b.label));
  const frozen = Object.freeze(choices);
  memo.set(items, (memo.get(items) ?? new Map<string, readonly Choice[]>()).set(key, frozen));
  return frozen;
}

/** Names in the reader's order (English pages sort as Finnish ones do). */
export function byName(lang: Lang): (a: string, b: string) => number {
  return collators[lang].compare;
}
