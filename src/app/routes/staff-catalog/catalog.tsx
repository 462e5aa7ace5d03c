import { data } from 'react-router';
import type { Lang } from '../../../platform/i18n-text.ts';
import { T } from '../../components/localized.tsx';
import { CsrfField, Notice } from '../../components/staff-form.tsx';
import { DataTable } from '../../components/data-table.tsx';
import { formatDate } from '../../format.ts';
import { format, uiMessages, useI18n } from '../../i18n/index.ts';
import { paths } from '../../paths.ts';
import { requireUuid } from '../../page-data.ts';
import { signedIn } from '../staff/forms.server.ts';
import type { Route } from './+types/catalog';

export async function loader({ params, request, context }: Route.LoaderArgs) {
  const staleOnly = new URL(request.url).searchParams.get('stale') === '1';
  return signedIn(params.lang as Lang, async () => {
    const [services, places] = await Promise.all([
      context.catalog.listEditableServices({ staleOnly }),
      context.catalog.listEditablePlaces(),
    ]);
    const organizations = new Map([...services.items, ...places].map((x) => [x.organization.id, x.organization]));
    return {
      services,
      places,
      staleOnly,
      organizations: [...organizations.values()],
      isCoordinator:
        context.actor.kind === 'staff' && context.actor.grants.some((g) => g.role === 'regionalCoordinator' || g.role === 'platformAdmin'),
    };
  });
}

/** "Still correct" in one click: the button's form posts the service id. */
export async function action({ request, params, context }: Route.ActionArgs) {
  const lang = params.lang as Lang;
  const form = await request.formData();
  const id = requireUuid(String(form.get('service') ?? ''));
  const result = await signedIn(lang, () => context.catalog.confirmServiceCurrent(id));
  if (!result) throw data(null, { status: 404 });
  return { confirmed: id };
}

export function meta({ params }: Route.MetaArgs) {
  const m = uiMessages[(params.lang as Lang) ?? 'fi'];
  return [{ title: `${m.staffCatalog.list.title} – ${m.site.name}` }, { name: 'robots', content: 'noindex' }];
}

export default function Catalog({ loaderData, actionData }: Route.ComponentProps) {
  const { lang, m } = useI18n();
  const t = m.staffCatalog;
  const { services, places, staleOnly, isCoordinator } = loaderData;
  const months = services.staleAfterMonths;
  return (
    <main id="main" className="page" tabIndex={-1}>
      <h1>{t.list.title}</h1>
      <p className="lead">{format(t.list.lead, { months })}</p>
      {actionData?.confirmed && <Notice kind="success">{t.common.confirmed}</Notice>}
      <ul className="plain-list">
        <li>
          <a href={staleOnly ? paths.staffCatalog.catalog(lang) : paths.staffCatalog.catalog(lang, new URLSearchParams({ stale: '1' }))}>
            {staleOnly ? t.list.all : t.list.staleOnly}
          </a>
        </li>
        {isCoordinator && (
          <>
            <li>
              <a href={paths.staffCatalog.stale(lang)}>{t.list.dashboard}</a>
            </li>
            <li>
              <a href={paths.staffCatalog.joinRequests(lang)}>{t.list.joinRequests}</a>
            </li>
          </>
        )}
        {loaderData.organizations.slice(0, 1).map((o) => (
          <li key={o.id}>
            <a href={paths.staffCatalog.newService(lang, o.id)}>{t.list.newService}</a>
          </li>
        ))}
        {loaderData.organizations.slice(0, 1).map((o) => (
          <li key={`p${o.id}`}>
            <a href={paths.staffCatalog.newPlace(lang, o.id)}>{t.list.newPlace}</a>
          </li>
        ))}
      </ul>
      <section aria-labelledby="services-title">
        <h2 id="services-title">{t.list.services}</h2>
        {services.items.length === 0 ? (
          <p>{t.list.none}</p>
        ) : (
          <DataTable
            caption={t.list.servicesCaption}
            columns={[t.list.name, t.common.organization, t.common.status, t.list.checked, t.list.actions]}
          >
            {services.items.map((s) => {
              const name = s.name[lang] ?? s.name.fi;
              return (
                <tr key={s.id}>
                  <td>
                    <a href={paths.staffCatalog.service(lang, s.id)} aria-label={format(t.list.editNamed, { name })}>
                      <T text={s.name} />
                    </a>
                  </td>
                  <td>
                    <T text={s.organization.name} />
                  </td>
                  <td>{m.catalog.status[s.status]}</td>
                  <td>
                    {formatDate(lang, s.lastChecked)}
                    {s.stale && <span className="tag tag--stale"> {t.common.stale}</span>}
                  </td>
                  <td>
                    <form method="post">
                      <CsrfField />
                      <input type="hidden" name="service" value={s.id} />
                      <button type="submit" className="button button--secondary" aria-label={format(t.list.confirmNamed, { name })}>
                        {t.common.stillCorrect}
                      </button>
                    </form>
                  </td>
                </tr>
              );
            })}
          </DataTable>
        )}
      </section>
      <section aria-labelledby="places-title">
        <h2 id="places-title">{t.list.places}</h2>
        <DataTable caption={t.list.placesCaption} columns={[t.list.name, t.common.organization, t.place.municipality, t.list.checked]}>
          {places.map((p) => (
            <tr key={p.id}>
              <td>
                <a href={paths.staffCatalog.place(lang, p.id)}>
                  <T text={p.name} />
                </a>
              </td>
              <td>
                <T text={p.organization.name} />
              </td>
              <td>
                <T text={p.municipality.name} />
              </td>
              <td>
                {formatDate(lang, p.lastChecked)}
                {p.stale && <span className="tag tag--stale"> {t.common.stale}</span>}
              </td>
            </tr>
          ))}
        </DataTable>
      </section>
    </main>
  );
}
