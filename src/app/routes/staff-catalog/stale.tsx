import type { Lang } from '../../../platform/i18n-text.ts';
import { T } from '../../components/localized.tsx';
import { DataTable } from '../../components/data-table.tsx';
import { formatDate } from '../../format.ts';
import { format, uiMessages, useI18n } from '../../i18n/index.ts';
import { paths } from '../../paths.ts';
import { signedIn } from '../staff/forms.server.ts';
import type { Route } from './+types/stale';

export async function loader({ params, context }: Route.LoaderArgs) {
  return signedIn(params.lang as Lang, () => context.catalog.staleDashboard());
}

export function meta({ params }: Route.MetaArgs) {
  const m = uiMessages[(params.lang as Lang) ?? 'fi'];
  return [{ title: `${m.staffCatalog.stale.title} – ${m.site.name}` }, { name: 'robots', content: 'noindex' }];
}

/** The coordinator's dashboard: stale services by organisation and by municipality. */
export default function Stale({ loaderData }: Route.ComponentProps) {
  const { lang, m } = useI18n();
  const t = m.staffCatalog.stale;
  const { byOrganization, byMunicipality, total, staleBefore } = loaderData;
  return (
    <main id="main" className="page" tabIndex={-1}>
      <p>
        <a href={paths.staffCatalog.catalog(lang)}>{m.staffCatalog.common.back}</a>
      </p>
      <h1>{t.title}</h1>
      <p className="lead">{format(t.lead, { date: formatDate(lang, staleBefore) })}</p>
      {total === 0 ? (
        <p>{t.none}</p>
      ) : (
        <>
          <p>{format(t.total, { total })}</p>
          <section aria-labelledby="by-organization">
            <h2 id="by-organization">{t.byOrganization}</h2>
            {byOrganization.map((o) => (
              <section key={o.organization.id} aria-labelledby={`org-${o.organization.id}`}>
                <h3 id={`org-${o.organization.id}`}>
                  <T text={o.organization.name} /> ({o.services.length})
                </h3>
                <ul>
                  {o.services.map((s) => (
                    <li key={s.id}>
                      <a href={paths.staffCatalog.service(lang, s.id)}>
                        <T text={s.name} />
                      </a>{' '}
                      – {format(m.staffCatalog.common.lastChecked, { date: formatDate(lang, s.lastChecked) })}
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </section>
          <section aria-labelledby="by-municipality">
            <h2 id="by-municipality">{t.byMunicipality}</h2>
            <DataTable caption={t.municipalityCaption} columns={[t.municipality, t.count]}>
              {byMunicipality.map((row) => (
                <tr key={row.municipality.code}>
                  <td>
                    <T text={row.municipality.name} />
                  </td>
                  <td>{row.count}</td>
                </tr>
              ))}
            </DataTable>
          </section>
        </>
      )}
    </main>
  );
}
