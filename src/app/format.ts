import { boundedMemo } from '../platform/bounded-memo.ts';
import type { Lang } from '../platform/i18n-text.ts';

export const locales: Record<Lang, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/**
 * Formatters kept per locale and options: making an Intl.DateTimeFormat costs a thousand times
 * what using one does, and a staff list formatted a date per row with a new one (1.4 ms a page).
 * Callers pass a handful of fixed option sets; the bound is only a guard.
 */
const dateTimeFormatOf = boundedMemo(200, (key: string) => {
  const [locale, options] = JSON.parse(key) as [string, Intl.DateTimeFormatOptions];
  return new Intl.DateTimeFormat(locale, options);
});
export const dateTimeFormat = (locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  dateTimeFormatOf(JSON.stringify([locale, options]));
const numberFormatOf = boundedMemo(3, (lang: Lang) => new Intl.NumberFormat(locales[lang]));

/** A calendar date ('YYYY-MM-DD') as people in Finland write it in each language. */
export function formatDate(lang: Lang, date: string, options: Intl.DateTimeFormatOptions = {}): string {
  // English readers get "3 November 2026": "03/11/2026" reads as 11 March to many of them.
  const month = lang === 'en' ? 'long' : 'numeric';
  return dateTimeFormat(locales[lang], { timeZone: 'UTC', day: 'numeric', month, year: 'numeric', ...options }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

export function formatNumber(lang: Lang, n: number): string {
  return numberFormatOf(lang).format(n);
}

/** Finnish times are written 8.00–16.00; Swedish and English readers in Finland use 8.00 too, or 08:00. */
export function formatTime(lang: Lang, time: string): string {
  const [h = '0', m = '00'] = time.split(':');
  return lang === 'en' ? `${Number(h)}:${m}` : `${Number(h)}.${m}`;
}

/**
 * A moment as a Helsinki date and time in the reader's language, e.g. "23.11.2026 klo 14.05";
 * in English "23 November 2026 at 14:05", as formatDate (not 23/11/2026).
 */
export function formatMoment(lang: Lang, at: Date | string): string {
  const options: Intl.DateTimeFormatOptions =
    lang === 'en'
      ? { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' }
      : { dateStyle: 'short', timeStyle: 'short' };
  return dateTimeFormat(locales[lang], { timeZone: 'Europe/Helsinki', ...options }).format(typeof at === 'string' ? new Date(at) : at);
}
