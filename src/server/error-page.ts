import type { Lang } from '../platform/i18n-text.ts';
import type { Problem } from '../platform/http/problem.ts';

const texts = {
  fi: { home: 'Etusivulle' },
  sv: { home: 'Till startsidan' },
  en: { home: 'Go to the home page' },
} satisfies Record<Lang, Record<string, string>>;

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

/**
 * For requests refused before a page could render (undecodable URLs, unknown paths without a
 * language): plain, self-contained HTML that needs no script and no stylesheet.
 */
export function errorPage(lang: Lang, problem: Problem): string {
  const t = texts[lang];
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(problem.title)}</title></head>
<body>
<main>
<h1>${escapeHtml(problem.title)}</h1>
<p>${escapeHtml(problem.detail)}</p>
${problem.errors?.length ? `<ul>${problem.errors.map((e) => `<li>${escapeHtml(e.message)}</li>`).join('')}</ul>` : ''}
<p><a href="/${lang}">${t.home}</a></p>
</main>
</body>
</html>`;
}
