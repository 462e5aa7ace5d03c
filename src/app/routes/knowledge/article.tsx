import { localize, type Lang } from '../../../platform/i18n-text.ts';
import { Breadcrumbs } from '../../components/breadcrumbs.tsx';
import { T } from '../../components/localized.tsx';
import { formatDate } from '../../format.ts';
import { format, uiMessages, useI18n } from '../../i18n/index.ts';
import { orNotFound } from '../../page-data.ts';
import { paths } from '../../paths.ts';
import type { Route } from './+types/article';

export async function loader({ params, context }: Route.LoaderArgs) {
  const slug = params.slug ?? '';
  return { article: await orNotFound(() => context.knowledge.getArticle(slug)) };
}

export function meta({ data, params }: Route.MetaArgs) {
  const lang = (params.lang as Lang) ?? 'fi';
  const m = uiMessages[lang];
  if (!data) return [{ title: `${m.errors.notFoundTitle} – ${m.site.name}` }];
  return [
    { title: `${localize(data.article.title, lang).text} – ${m.site.name}` },
    { name: 'description', content: localize(data.article.summary, lang).text },
  ];
}

export default function ArticlePage({ loaderData }: Route.ComponentProps) {
  const { lang, m } = useI18n();
  const t = m.knowledge.articles;
  const { article } = loaderData;
  const body = localize(article.body, lang);
  return (
    <main id="main" className="page article-page" tabIndex={-1}>
      <Breadcrumbs items={[{ label: t.title, href: paths.knowledge.articles(lang) }, { label: localize(article.title, lang).text }]} />
      <article>
        <T as="h1" text={article.title} />
        <T as="p" className="lead" text={article.summary} />
        <p className="hint">
          {format(t.reviewedOn, { date: formatDate(lang, article.reviewedOn) })} ·{' '}
          {format(t.publisher, { organization: localize(article.organization.name, lang).text })}
        </p>
        {/* Stored sanitised (sanitize-html, knowledge/rich-text.ts): headings, lists, links only. */}
        <div className="article-body" lang={body.lang !== lang ? body.lang : undefined} dangerouslySetInnerHTML={{ __html: body.text }} />
        {body.lang !== lang && <p className="fallback-note">{m.site.notTranslated}</p>}
      </article>
      {article.services.length > 0 && (
        <section aria-labelledby="article-services">
          <h2 id="article-services">{t.services}</h2>
          <ul className="link-list">
            {article.services.map((s) => (
              <li key={s.id}>
                <a href={paths.service(lang, s.id)}>
                  <T text={s.name} />
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <p>
        <a href={paths.knowledge.guide(lang)}>{t.guideLink}</a>
      </p>
    </main>
  );
}
