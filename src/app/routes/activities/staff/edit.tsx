import { data } from 'react-router';
import type { Lang } from '../../../../platform/i18n-text.ts';
import { localize } from '../../../../platform/i18n-text.ts';
import { Fill, occurrenceTime } from '../../../components/activity-parts.tsx';
import { CsrfField, Notice, TableRegion } from '../../../components/staff-form.tsx';
import { format, uiMessages, useI18n } from '../../../i18n/index.ts';
import { requireUuid } from '../../../page-data.ts';
import { paths } from '../../../paths.ts';
import { formAction, keptValues, signedIn, type FormFailure } from '../../staff/forms.server.ts';
import { ACTIVITY_FORM_FIELDS, ActivityForm, parseActivityForm, valuesOf } from './activity-form.tsx';
import type { Route } from './+types/edit';

export async function loader({ params, context }: Route.LoaderArgs) {
  const id = requireUuid(params.id);
  const lang = params.lang as Lang;
  const [edit, choices] = await signedIn(lang, () =>
    Promise.all([context.activities.organiser.getActivityForEdit(id), context.activities.organiser.activityFormChoices()]),
  );
  return { ...edit, choices };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const id = requireUuid(params.id);
  const lang = params.lang as Lang;
  const form = await request.formData();
  if (form.get('intent') === 'cancelOccurrence') {
    const occurrenceId = requireUuid(String(form.get('occurrenceId') ?? ''));
    await signedIn(lang, () => context.activities.organiser.cancelOccurrence(occurrenceId));
    return { cancelled: true as const };
  }
  const values = { ...keptValues(form, ACTIVITY_FORM_FIELDS), languages: form.getAll('languages').join(',') };
  const parsed = parseActivityForm(form);
  if (!parsed.ok) return data<FormFailure>({ issues: context.describeIssues(parsed.issues), values }, { status: 400 });
  const version = Number(form.get('version'));
  const result = await signedIn(lang, () =>
    formAction(context, lang, values, () => context.activities.organiser.updateActivity(id, version, parsed.input)),
  );
  if (!result.ok) return result.response;
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
  const { activity, version, occurrences, choices } = loaderData;
  const failure = actionData && 'issues' in actionData ? (actionData as FormFailure) : null;
  return (
    <main id="main" className="page" tabIndex={-1}>
      <p>
        <a href={paths.activities.staffList(lang)}>{t.title}</a>
      </p>
      <h1>{localize(activity.name, lang).text}</h1>
      {actionData && 'saved' in actionData && <Notice kind="success">{t.form.saved}</Notice>}
      {actionData && 'cancelled' in actionData && <Notice kind="success">{t.cancelledNotice}</Notice>}
      {activity.status === 'published' && (
        <p>
          <a href={paths.activities.activity(lang, activity.id)}>{m.activities.activity.upcoming}</a>
        </p>
      )}
      <section>
        <h2 id="occurrences-heading">{t.occurrences}</h2>
        <TableRegion label={t.occurrences}>
          <table>
            <caption>{t.occurrences}</caption>
            <thead>
              <tr>
                <th scope="col">{m.activities.calendar.day}</th>
                <th scope="col">{t.form.capacity}</th>
                <th scope="col">{t.roster}</th>
                <th scope="col">{t.cancelOccurrence}</th>
              </tr>
            </thead>
            <tbody>
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
            </tbody>
          </table>
        </TableRegion>
      </section>
      <section aria-labelledby="edit-heading">
        <h2 id="edit-heading">{t.edit}</h2>
        <ActivityForm choices={choices} values={failure?.values ?? valuesOf(activity)} issues={failure?.issues ?? []} version={version} />
      </section>
    </main>
  );
}
