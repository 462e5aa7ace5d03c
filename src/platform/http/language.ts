import { LANGUAGES, SOURCE_LANGUAGE, isLang, type Lang } from '../i18n-text.ts';

/** The best of fi/sv/en for an Accept-Language header; Finnish when nothing fits. */
export function negotiateLanguage(acceptLanguage: string | null | undefined): Lang {
  if (!acceptLanguage) return SOURCE_LANGUAGE;
  const ranked = acceptLanguage
    .split(',')
    .slice(0, 20)
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = q ? Number(q.slice(2)) : 1;
      return { base: tag.trim().toLowerCase().split('-')[0] ?? '', quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((r) => r.base !== '' && r.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  // Norwegian and Danish readers understand Swedish better than Finnish.
  const alias: Record<string, Lang> = { nb: 'sv', nn: 'sv', no: 'sv', da: 'sv' };
  for (const r of ranked) {
    if (isLang(r.base)) return r.base;
    if (alias[r.base]) return alias[r.base]!;
  }
  return ranked.some((r) => r.base === '*') ? SOURCE_LANGUAGE : ranked.length ? 'en' : SOURCE_LANGUAGE;
}

/** The language a page path starts with, e.g. /sv/search → sv. */
export function languageOfPath(path: string): Lang | null {
  const first = path.split('/')[1];
  return isLang(first) ? first : null;
}

export { LANGUAGES };
