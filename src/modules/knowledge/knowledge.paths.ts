import { pageUrl } from '../../platform/http/page-url.ts';
import type { Lang } from '../../platform/i18n-text.ts';

/** The knowledge bank's pages, relative to the language prefix: the route table uses these patterns. */
export const KNOWLEDGE_PAGES = {
  articles: 'articles',
  article: 'articles/:slug',
  guide: 'guide',
  staffArticles: 'staff/articles',
  staffNewArticle: 'staff/articles/new',
  staffArticle: 'staff/articles/:id',
} as const;

/** Every link to a knowledge page. */
export const knowledgePaths = {
  articles: (lang: Lang) => pageUrl(lang, KNOWLEDGE_PAGES.articles),
  article: (lang: Lang, slug: string) => pageUrl(lang, KNOWLEDGE_PAGES.article, { slug }),
  guide: (lang: Lang, query?: URLSearchParams) => pageUrl(lang, KNOWLEDGE_PAGES.guide, {}, query),
  staffArticles: (lang: Lang) => pageUrl(lang, KNOWLEDGE_PAGES.staffArticles),
  staffNewArticle: (lang: Lang) => pageUrl(lang, KNOWLEDGE_PAGES.staffNewArticle),
  staffArticle: (lang: Lang, id: string) => pageUrl(lang, KNOWLEDGE_PAGES.staffArticle, { id }),
};
