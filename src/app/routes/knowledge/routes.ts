import { route } from '@react-router/dev/routes';
import { KNOWLEDGE_PAGES } from '../../../modules/knowledge/knowledge.paths.ts';

/** The knowledge bank's family pages, under the language prefix. */
export const knowledgeRoutes = [
  route(KNOWLEDGE_PAGES.articles, 'routes/knowledge/articles.tsx'),
  route(KNOWLEDGE_PAGES.article, 'routes/knowledge/article.tsx'),
  route(KNOWLEDGE_PAGES.guide, 'routes/knowledge/guide.tsx'),
];

/** The editors' pages: inside the staff layout (session, CSRF token), listed by the staff route list. */
export const knowledgeStaffRoutes = [
  route(KNOWLEDGE_PAGES.staffArticles, 'routes/knowledge/staff-articles.tsx'),
  route(KNOWLEDGE_PAGES.staffNewArticle, 'routes/knowledge/staff-article-new.tsx'),
  route(KNOWLEDGE_PAGES.staffArticle, 'routes/knowledge/staff-article-edit.tsx'),
];
