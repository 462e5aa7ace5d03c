import type { Lang } from '../../../platform/i18n-text.ts';
import { DataTable } from '../../components/data-table.tsx';
import { format, uiMessages, useI18n } from '../../i18n/index.ts';
import { signedIn } from '../staff/forms.server.ts';
import type { Route } from './+types/figures';

export async function loader({ params, context }: Route.LoaderArgs) {
  const figures = await signedIn(params.lang as Lang, () => context.contact.figures(30));
  return JSON.parse(JSON.stringify(figures)) as typeof figures & { from: string; to: string };
}

export function meta({ params }: Route.MetaArgs) {
  const m = uiMessages[(params.lang as Lang) ?? 'fi'];
  return [{ title: `${m.contact.staff.figures.title} – ${m.site.name}` }, { name: 'robots', content: 'noindex' }];
}

type Row = {
  key: string;
  requests: number;
  answered: number;
  medianFirstResponseMinutes: number | null;
  medianCloseMinutes: number | null;
  answeredWithinTarget: number;
};

export default function Figures({ loaderData }: Route.ComponentProps) {
  const { lang, m } = useI18n();
  const t = m.contact.staff.figures;
  const percent = new Intl.NumberFormat(lang, { style: 'percent' });
  const label = (group: 'channel' | 'topic' | 'hour' | 'municipality', key: string) =>
    group === 'channel'
      ? m.contact.channels[key as keyof typeof m.contact.channels]
      : group === 'topic'
        ? m.contact.topics[key as keyof typeof m.contact.topics]
        : key;
  const table = (title: string, group: 'channel' | 'topic' | 'hour' | 'municipality', rows: Row[]) => (
    <section className="contact-section" key={group}>
      <h2>{title}</h2>
      <DataTable caption={title} columns={[t.key, t.requests, t.answered, t.medianFirst, t.medianClose, t.withinTarget]}>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{label(group, r.key)}</th>
            <td>{r.requests}</td>
            <td>{r.answered}</td>
            <td>{r.medianFirstResponseMinutes ?? '–'}</td>
            <td>{r.medianCloseMinutes ?? '–'}</td>
            <td>{percent.format(r.requests ? r.answeredWithinTarget / r.requests : 0)}</td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
  return (
    <main id="main" className="page" tabIndex={-1}>
      <h1>{t.title}</h1>
      <p className="lead">{format(t.lead, { minutes: loaderData.targetMinutes })}</p>
      {table(t.byChannel, 'channel', loaderData.byChannel)}
      {table(t.byTopic, 'topic', loaderData.byTopic)}
      {table(t.byMunicipality, 'municipality', loaderData.byMunicipality)}
      {table(t.byHour, 'hour', loaderData.byHour)}
    </main>
  );
}
