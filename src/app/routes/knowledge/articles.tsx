import type { Lang } from '../../../platform/i18n-text.ts';
import { Breadcrumbs } from '../../components/breadcrumbs.tsx';
import { T } from '../../components/localized.tsx';
import { uiMessages, useI18n } from '../../i18n/index.ts';
import { paths } from '../../paths.ts';
import type { Route } from './+types/articles';

export async function loader({ context }: Route.LoaderArgs) {
  return { articles: await context.knowledge.listArticles() };
}

export function meta({ params }: Route.MetaArgs) {
  const m = uiMessages[(params.lang as Lang) ?? 'fi'];
  return [{ title: `${m.knowledge.articles.title} – ${m.site.name}` }];
}

export default function ArticlesPage({ loaderData }: Route.ComponentProps) {
  const { lang, m } = useI18n();
  const t = m.knowledge.articles;
  return (
    <main id="main" className="page" tabIndex={-1}>
      <Breadcrumbs items={[{ label: t.title }]} />
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <p>
        <a href={paths.knowledge.guide(lang)}>{t.guideLink}</a>
      </p>
      <ul className="link-list">
        {loaderData.articles.map((a) => (
          <li key={a.id}>
            <a className="link-list__title" href={paths.knowledge.article(lang, a.slug)}>
              <T text={a.title} />
            </a>
            <T as="p" text={a.summary} />
          </li>
        ))}
      </ul>
    </main>
  );
}
