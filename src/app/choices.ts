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

/**
 * Named reference data as options for a form. Only the label in the page's language goes to the
 * page: the data a loader returns is serialised into every response, so it carries no more than
 * the page shows. Names sort the way the reader's language does (Swedish municipality names
 * differ from the Finnish ones); English pages use the Finnish names and order.
 */
export function choicesOf(items: readonly { code: string; name: I18nText }[], lang: Lang, order: 'asGiven' | 'byLabel'): Choice[] {
  const choices = items.map((item) => ({ value: item.code, label: localize(item.name, lang).text }));
  return order === 'byLabel' ? choices.sort((a, b) => collators[lang].compare(a.label, b.label)) : choices;
}

/** Names in the reader's order (English pages sort as Finnish ones do). */
export function byName(lang: Lang): (a: string, b: string) => number {
  return collators[lang].compare;
}
