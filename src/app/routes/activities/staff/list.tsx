import type { Lang } from '../../../../platform/i18n-text.ts';
import { T } from '../../../components/localized.tsx';
import { DataTable } from '../../../components/data-table.tsx';
import { uiMessages, useI18n } from '../../../i18n/index.ts';
import { paths } from '../../../paths.ts';
import { signedIn } from '../../staff/forms.server.ts';
import type { Route } from './+types/list';

export async function loader({ params, context }: Route.LoaderArgs) {
  return { activities: await signedIn(params.lang as Lang, () => context.activities.organiser.listOwnActivities()) };
}

export function meta({ params }: Route.MetaArgs) {
  const m = uiMessages[(params.lang as Lang) ?? 'fi'];
  return [{ title: `${m.activities.staff.title} – ${m.site.name}` }, { name: 'robots', content: 'noindex' }];
}

/** The activities the organiser may edit. */
export default function ActivityList({ loaderData }: Route.ComponentProps) {
  const { lang, m } = useI18n();
  const t = m.activities.staff;
  return (
    <main id="main" className="page" tabIndex={-1}>
      <h1>{t.title}</h1>
      <p className="lead">{t.lead}</p>
      <ul className="plain-list">
        <li>
          <a className="button" href={paths.activities.staffCreate(lang)}>
            {t.create}
          </a>
        </li>
        <li>
          <a href={paths.activities.staffProposals(lang)}>{t.proposals}</a>
        </li>
        <li>
          <a href={paths.activities.staffFigures(lang)}>{t.figures}</a>
        </li>
      </ul>
      {loaderData.activities.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <DataTable caption={t.title} columns={[t.form.nameFi, t.form.type, t.form.place, t.form.statusField]}>
          {loaderData.activities.map((a) => (
            <tr key={a.id}>
              <td>
                <a href={paths.activities.staffEdit(lang, a.id)}>
                  <T text={a.name} />
                </a>
              </td>
              <td>{m.activities.types[a.type]}</td>
              <td>{a.place ? <T text={a.place.name} /> : m.activities.common.online}</td>
              <td>{t.status[a.status]}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </main>
  );
}
