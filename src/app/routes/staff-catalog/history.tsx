import type { Lang } from '../../../platform/i18n-text.ts';
import { WEEKDAY_FIELDS } from '../../../modules/catalog/index.ts';
import { T } from '../../components/localized.tsx';
import { DataTable } from '../../components/data-table.tsx';
import { formatMoment } from '../../format.ts';
import { format, uiMessages, useI18n } from '../../i18n/index.ts';
import { requireUuid } from '../../page-data.ts';
import { paths } from '../../paths.ts';
import { signedIn } from '../staff/forms.server.ts';
import { shownValue } from './edit-fields.tsx';
import { fieldLabel } from './stale-notice.tsx';
import type { Route } from './+types/history';

/** One page for both histories: the route id says whether the id is a service's or a place's. */
export async function loader({ params, context, request }: Route.LoaderArgs) {
  const id = requireUuid(params.id);
  const isPlace = new URL(request.url).pathname.includes('/places/');
  return signedIn(params.lang as Lang, async () => {
    if (isPlace) {
      const { place, changes } = await context.catalog.placeHistory(id);
      return { kind: 'place' as const, id, name: place.fields.name, changes };
    }
    const { service, changes } = await context.catalog.serviceHistory(id);
    return { kind: 'service' as const, id, name: service.fields.name, changes };
  });
}

export function meta({ params, data }: Route.MetaArgs) {
  const lang = (params.lang as Lang) ?? 'fi';
  const m = uiMessages[lang];
  return [
    { title: `${format(m.staffCatalog.history.title, { name: data?.name[lang] ?? data?.name.fi ?? '' })} – ${m.site.name}` },
    { name: 'robots', content: 'noindex' },
  ];
}

export default function History({ loaderData }: Route.ComponentProps) {
  const { lang, m } = useI18n();
  const t = m.staffCatalog;
  const { kind, id, name, changes } = loaderData;
  const label = (field: string) => {
    const day = WEEKDAY_FIELDS.indexOf(field);
    return day >= 0 ? `${t.place.hours}: ${m.catalog.hours.weekdays[day]}` : fieldLabel(t.fields, field, t.common);
  };
  return (
    <main id="main" className="page" tabIndex={-1}>
      <p>
        <a href={kind === 'place' ? paths.staffCatalog.place(lang, id) : paths.staffCatalog.service(lang, id)}>
          <T text={name} />
        </a>
      </p>
      <h1>{format(t.history.title, { name: name[lang] ?? name.fi })}</h1>
      <p className="lead">{t.history.lead}</p>
      {changes.length === 0 ? (
        <p>{t.history.none}</p>
      ) : (
        <DataTable caption={t.history.caption} columns={[t.history.when, t.history.who, t.history.field, t.history.old, t.history.new]}>
          {changes.map((c, i) => (
            <tr key={i}>
              <td>{formatMoment(lang, c.occurredAt)}</td>
              <td>{c.changedBy ?? t.common.unknownPerson}</td>
              <td>{label(c.field)}</td>
              <td>{shownValue(c.oldValue, t.common.empty)}</td>
              <td>{shownValue(c.newValue, t.common.empty)}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </main>
  );
}
