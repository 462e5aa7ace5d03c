import { localize, type I18nText, type Lang } from '../../platform/i18n-text.ts';
import { catalogPaths } from '../catalog/index.ts';
import type { ArticleDetail, ArticleSummary } from './knowledge.model.ts';
import { knowledgePaths } from './knowledge.paths.ts';

/** Texts in one language, noting which fields fell back to Finnish. */
function localizer(lang: Lang) {
  const untranslated: string[] = [];
  return {
    text(field: string, value: I18nText) {
      const result = localize(value, lang);
      if (result.lang !== lang && !untranslated.includes(field)) untranslated.push(field);
      return result.text;
    },
    done: () => ({ language: lang, untranslatedFields: untranslated }),
  };
}

export function presentArticleListItem(lang: Lang, a: ArticleSummary) {
  const l = localizer(lang);
  return {
    id: a.id,
    slug: a.slug,
    title: l.text('title', a.title),
    summary: l.text('summary', a.summary),
    reviewedOn: a.reviewedOn,
    url: knowledgePaths.article(lang, a.slug),
    ...l.done(),
  };
}

export function presentArticle(lang: Lang, a: ArticleDetail) {
  const l = localizer(lang);
  const name = (value: I18nText) => localize(value, lang).text;
  return {
    id: a.id,
    slug: a.slug,
    title: l.text('title', a.title),
    summary: l.text('summary', a.summary),
    body: l.text('body', a.body),
    reviewedOn: a.reviewedOn,
    url: knowledgePaths.article(lang, a.slug),
    organization: { id: a.organization.id, name: name(a.organization.name) },
    categories: a.categories.map((c) => ({ code: c.code, name: name(c.name) })),
    lifeSituations: a.lifeSituations.map((s) => ({ code: s.code, name: name(s.name) })),
    services: a.services.map((s) => ({ id: s.id, name: name(s.name), url: catalogPaths.service(lang, s.id) })),
    ...l.done(),
  };
}
