export const LANGUAGES = ['fi', 'sv', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];
export const SOURCE_LANGUAGE: Lang = 'fi';

/** A translatable text as stored: Finnish always, Swedish and English when translated. */
export type I18nText = { fi: string; sv?: string; en?: string };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The text in the wanted language, or the Finnish source with `lang` saying so. */
export function localize(text: I18nText, lang: Lang): { text: string; lang: Lang };
export function localize(text: I18nText | null | undefined, lang: Lang): { text: string; lang: Lang } | null;
export function localize(text: I18nText | null | undefined, lang: Lang): { text: string; lang: Lang } | null {
  if (!text) return null;
  const wanted = text[lang];
  return wanted ? { text: wanted, lang } : { text: text.fi, lang: SOURCE_LANGUAGE };
}
