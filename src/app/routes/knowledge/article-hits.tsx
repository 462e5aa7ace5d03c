import type { ArticleSummary } from '../../../modules/knowledge/knowledge.model.ts';
import { T } from '../../components/localized.tsx';
import { useI18n } from '../../i18n/index.ts';
import { paths } from '../../paths.ts';

/** Articles that answer a search, each labelled as an article, above the services. */
export function ArticleHits({ articles }: { articles: Pick<ArticleSummary, 'id' | 'slug' | 'title' | 'summary'>[] }) {
  const { lang, m } = useI18n();
  const t = m.knowledge.articles;
  if (articles.length === 0) return null;
  return (
    <section className="article-hits" aria-labelledby="article-hits-heading">
      <h2 id="article-hits-heading">{t.searchHeading}</h2>
      <ul className="link-list">
        {articles.map((a) => (
          <li key={a.id}>
            <span className="tag">{t.label}</span>{' '}
            <a className="link-list__title" href={paths.knowledge.article(lang, a.slug)}>
              <T text={a.title} />
            </a>
            <T as="p" text={a.summary} />
          </li>
        ))}
      </ul>
    </section>
  );
}
