import type { Lang } from '../../../platform/i18n-text.ts';
import { localize } from '../../../platform/i18n-text.ts';
import { TableRegion } from '../../components/staff-form.tsx';
import { formatDate } from '../../format.ts';
import { uiMessages, useI18n } from '../../i18n/index.ts';
import { paths } from '../../paths.ts';
import { helsinkiMoment } from '../../../platform/helsinki-time.ts';
import { signedIn } from '../staff/forms.server.ts';
import type { Route } from './+types/staff-articles';

export async function loader({ params, context }: Route.LoaderArgs) {
  const list = await signedIn(params.lang as Lang, () => context.knowledge.listArticlesForEditing());
  return { ...list, today: helsinkiMoment(context.clock.now()).date };
}

export function meta({ params }: Route.MetaArgs) {
  const m = uiMessages[(params.lang as Lang) ?? 'fi'];
  return [{ title: `${m.knowledge.staff.title} – ${m.site.name}` }, { name: 'robots', content: 'noindex' }];
}

export default function StaffArticles({ loaderData }: Route.ComponentProps) {
  const { lang, m } = useI18n();
  const t = m.knowledge.staff;
  const { items, canCreate, today } = loaderData;
  return (
    <main id="main" className="page" tabIndex={-1}>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      {canCreate && (
        <p>
          <a className="button" href={paths.knowledge.staffNewArticle(lang)}>
            {t.newArticle}
          </a>
        </p>
      )}
      {items.length === 0 ? (
        <p>{t.empty}</p>
      ) : (
        <TableRegion label={t.title}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t.columns.title}</th>
                <th scope="col">{t.columns.status}</th>
                <th scope="col">{t.columns.organization}</th>
                <th scope="col">{t.columns.owner}</th>
                <th scope="col">{t.columns.due}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((a) => (
                <tr key={a.id}>
                  <td>
                    <a href={paths.knowledge.staffArticle(lang, a.id)}>{localize(a.title, lang).text}</a>
                  </td>
                  <td>{t.status[a.status]}</td>
                  <td>{localize(a.organizationName, lang).text}</td>
                  <td>{a.ownerName}</td>
                  <td>
                    {formatDate(lang, a.reviewDue)}
                    {a.reviewDue <= today && <span className="tag tag--warning"> {t.overdue}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </main>
  );
}
