import { babyArticles } from './articles-baby.ts';
import { growingArticles } from './articles-growing.ts';
import { hardTimesArticles } from './articles-hard-times.ts';
import type { DemoArticle } from './demo-article.ts';

/** The knowledge bank's demo articles: 20 in Finnish, with Swedish and English for the most asked. */
export const DEMO_ARTICLES: DemoArticle[] = [...babyArticles, ...growingArticles, ...hardTimesArticles];
export type { DemoArticle } from './demo-article.ts';
