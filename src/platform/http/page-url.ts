import type { Lang } from '../i18n-text.ts';

/**
 * A page URL from a route pattern relative to the language prefix ('services/:id'), so that a
 * module's route table and its links come from the same pattern.
 */
export function pageUrl(lang: Lang, pattern: string, params: Record<string, string> = {}, query?: URLSearchParams | string): string {
  const path = pattern.replace(/:(\w+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`No value for :${name} in ${pattern}`);
    return encodeURIComponent(value);
  });
  const search = query === undefined ? '' : String(query);
  return `/${lang}${path ? `/${path}` : ''}${search ? `?${search}` : ''}`;
}
