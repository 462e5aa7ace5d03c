import { data, redirect } from 'react-router';
import type { Lang } from '../../../../platform/i18n-text.ts';
import { localize } from '../../../../platform/i18n-text.ts';
import { Fill, occurrenceTime } from '../../../components/activity-parts.tsx';
import { CsrfField, Notice } from '../../../components/staff-form.tsx';
import { DataTable } from '../../../components/data-table.tsx';
import { format, uiMessages, useI18n } from '../../../i18n/index.ts';
import { requireUuid } from '../../../page-data.ts';
import { paths } from '../../../paths.ts';
import { formAction, keptValues, signedIn, type FormFailure } from '../../staff/forms.server.ts';
import { ACTIVITY_FORM_FIELDS, ActivityForm, parseActivityForm, valuesOf } from './activity-form.tsx';
import type { Route } from './+types/edit';

/** After a save, the address names the meetings kept outside the new schedule; the loader checks them again. */
const KEPT = 'kept';

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const id = requireUuid(params.id);
  const lang = params.lang as Lang;
  const keptIds = (new URL(request.url).searchParams.get(KEPT) ?? '').split(',').filter(Boolean);
  const [edit, choices] = await signedIn(lang, () =>
    Promise.all([context.activities.organiser.getActivityForEdit(id, keptIds), context.activities.organiser.activityFormChoices()]),
  );
  return { ...edit, choices };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const id = requireUuid(params.id);
  const lang = params.lang as Lang;
  const form = await request.formData();
  if (form.get('intent') === 'cancelOccurrence') {
    const occurrenceId = requireUuid(String(form.get('occurrenceId') ?? ''));
    const { toCall } = await signedIn(lang, () => context.activities.organiser.cancelOccurrence(occurrenceId));
    return { cancelled: true as const, occurrenceId, toCall };
  }
  const values = { ...keptValues(form, ACTIVITY_FORM_FIELDS), languages: form.getAll('languages').join(',') };
  const parsed = parseActivityForm(form);
  if (!parsed.ok) return data<FormFailure>({ issues: context.describeIssues(parsed.issues), values }, { status: 400 });
  const version = Number(form.get('version'));
  const result = await signedIn(lang, () =>
    formAction(context, lang, values, () => context.activities.organiser.updateActivity(id, version, parsed.input)),
  );
  if (!result.ok) return result.response;
  const kept = result.value.keptOutsideSchedule;
  if (kept.length)
    throw redirect(`${paths.activities.staffEdit(lang, id)}?${new URLSearchParams({ [KEPT]: kept.map((o) => o.id).join(',') })}`, 303);
  return { saved: true as const };
}

export function meta({ data, params }: Route.MetaArgs) {
  const lang = (params.lang as Lang) ?? 'fi';
  const m = uiMessages[lang];
  return [
    { title: `${data ? localize(data.activity.name, lang).text : m.activities.staff.edit} – ${m.site.name}` },
    { name: 'robots', content: 'noindex' },
  ];
}

/** One activity: its occurrences (roster, cancel) and the edit form. */
export default function EditActivity({ loaderData, actionData }: Route.ComponentProps) {
  const { lang, m } = useI18n();
  const t = m.activities.staff;
  const { activity, version, occurrences, kept, choices } = loaderData;
  const failure = actionData && 'issues' in actionData ? (actionData as FormFailure) : null;
  const cancelled = actionData && 'cancelled' in actionData ? (actionData as { occurrenceId: string; toCall: number }) : null;
  return (
    <main id="main" className="page" tabIndex={-1}>
      <p>
        <a href={paths.activities.staffList(lang)}>{t.title}</a>
      </p>
      <h1>{localize(activity.name, lang).text}</h1>
      {actionData && 'saved' in actionData && <Notice kind="success">{t.form.saved}</Notice>}
      {cancelled && (
        <Notice kind="success">
          {t.cancelledNotice}
          {cancelled.toCall > 0 && (
            <>
              {' '}
              <a href={paths.activities.staffOccurrence(lang, cancelled.occurrenceId)}>{format(t.toCall, { count: cancelled.toCall })}</a>
            </>
          )}
        </Notice>
      )}
      {kept.length > 0 && <KeptNotice kept={kept} published={activity.status === 'published'} />}
      {activity.status === 'published' && (
        <p>
          <a href={paths.activities.activity(lang, activity.id)}>{m.activities.activity.upcoming}</a>
        </p>
      )}
      <section>
        <h2 id="occurrences-heading">{t.occurrences}</h2>
        <DataTable caption={t.occurrences} columns={[m.activities.calendar.day, t.form.capacity, t.roster, t.cancelOccurrence]}>
          {occurrences.map((o) => {
            const when = occurrenceTime(lang, o.starts_at, o.ends_at);
            return (
              <tr key={o.id}>
                <td>{format(m.activities.common.time, when)}</td>
                <td>
                  <Fill
                    occurrence={{
                      capacity: o.capacity,
                      confirmed: o.confirmed_count,
                      waitlisted: o.waitlisted_count,
                      cancelled: o.status === 'cancelled',
                    }}
                  />
                </td>
                <td>
                  <a href={paths.activities.staffOccurrence(lang, o.id)}>
                    {t.roster} <span className="visually-hidden">{when.date}</span>
                  </a>
                </td>
                <td>
                  {o.status === 'scheduled' && (
                    <form method="post">
                      <CsrfField />
                      <input type="hidden" name="intent" value="cancelOccurrence" />
                      <input type="hidden" name="occurrenceId" value={o.id} />
                      <button type="submit" className="button button--secondary">
                        {t.cancelOccurrence} <span className="visually-hidden">{when.date}</span>
                      </button>
                    </form>
                  )}
                </td>
              </tr>
            );
          })}
        </DataTable>
      </section>
      <section aria-labelledby="edit-heading">
        <h2 id="edit-heading">{t.edit}</h2>
        <ActivityForm choices={choices} values={failure?.values ?? valuesOf(activity)} issues={failure?.issues ?? []} version={version} />
      </section>
    </main>
  );
}

/** The meetings an edit left outside the schedule because families are signed up: cancel each, or keep it. */
function KeptNotice({
  kept,
  published,
}: {
  kept: readonly { id: string; start: Date | string; end: Date | string; confirmed: number; waitlisted: number }[];
  /** Ended or back to draft, families no longer see the activity: the notice says so. */
  published: boolean;
}) {
  const { lang, m } = useI18n();
  const t = m.activities.staff.kept;
  return (
    <section className="notice notice--warning" aria-labelledby="kept-heading">
      <h2 id="kept-heading">{published ? t.heading : t.endedHeading}</h2>
      <p>{published ? t.lead : t.endedLead}</p>
      <ul>
        {kept.map((o) => {
          const when = occurrenceTime(lang, o.start, o.end);
          return (
            <li key={o.id}>
              <p>
                <strong>{format(m.activities.common.time, when)}</strong>:{' '}
                {format(t.signedUp, { confirmed: o.confirmed, waitlisted: o.waitlisted })}
              </p>
              <form method="post">
                <CsrfField />
                <input type="hidden" name="intent" value="cancelOccurrence" />
                <input type="hidden" name="occurrenceId" value={o.id} />
                <button type="submit" className="button button--secondary">
                  {t.cancel} <span className="visually-hidden">{format(m.activities.common.time, when)}</span>
                </button>
              </form>
            </li>
          );
        })}
      </ul>
      <p>{published ? t.keep : t.endedKeep}</p>
    </section>
  );
}
