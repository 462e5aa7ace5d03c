import type { Lang } from '../../../../platform/i18n-text.ts';
import { localize } from '../../../../platform/i18n-text.ts';
import { addDays, helsinkiMoment } from '../../../../platform/helsinki-time.ts';
import { helsinkiInstant } from '../../../../modules/activities/schedule.ts';
import { DataTable } from '../../../components/data-table.tsx';
import { formatDate } from '../../../format.ts';
import { format, uiMessages, useI18n } from '../../../i18n/index.ts';
import { signedIn } from '../../staff/forms.server.ts';
import type { Route } from './+types/figures';

export async function loader({ params, context }: Route.LoaderArgs) {
  const today = helsinkiMoment(context.clock.now()).date;
  const fromDate = addDays(today, -90);
  const toDate = addDays(today, 30);
  return signedIn(params.lang as Lang, () =>
    context.activities.organiser.activityFigures({
      from: helsinkiInstant(fromDate, '00:00'),
      to: helsinkiInstant(toDate, '00:00'),
      fromDate,
      toDate,
    }),
  );
}

export function meta({ params }: Route.MetaArgs) {
  const m = uiMessages[(params.lang as Lang) ?? 'fi'];
  return [{ title: `${m.activities.staff.figuresTitle} – ${m.site.name}` }, { name: 'robots', content: 'noindex' }];
}

/** Counts for leadership: no person, only numbers per municipality. */
export default function Figures({ loaderData }: Route.ComponentProps) {
  const { lang, m } = useI18n();
  const t = m.activities.staff;
  const f = loaderData;
  return (
    <main id="main" className="page" tabIndex={-1}>
      <h1>{t.figuresTitle}</h1>
      <p>{format(t.period, { from: formatDate(lang, f.from), to: formatDate(lang, f.to) })}</p>
      <DataTable
        caption={t.figuresTitle}
        columns={[t.municipality, t.held, t.cancelledCount, t.participants, t.fill, t.waitlist, t.regCancelled, t.noShows]}
      >
        {f.byMunicipality.map((row) => (
          <tr key={row.code}>
            <th scope="row">{localize(row.name, lang).text}</th>
            <td>{row.occurrencesHeld}</td>
            <td>{row.occurrencesCancelled}</td>
            <td>
              {row.adults} / {row.children['0-2']}, {row.children['3-6']}, {row.children['7-12']}, {row.children['13-17']}
            </td>
            <td>{row.fillRate === null ? '–' : `${Math.round(row.fillRate * 100)} %`}</td>
            <td>{row.waitlisted}</td>
            <td>{row.registrationsCancelled}</td>
            <td>{row.noShows}</td>
          </tr>
        ))}
      </DataTable>
    </main>
  );
}
