import { data } from 'react-router';
import { AGE_BANDS } from '../../../../modules/activities/activities.domain.ts';
import type { Lang } from '../../../../platform/i18n-text.ts';
import { localize } from '../../../../platform/i18n-text.ts';
import { occurrenceTime } from '../../../components/activity-parts.tsx';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import { CsrfField, Field, Notice, TableRegion } from '../../../components/staff-form.tsx';
import { format, uiMessages, useI18n } from '../../../i18n/index.ts';
import { requireUuid } from '../../../page-data.ts';
import { paths } from '../../../paths.ts';
import { formAction, keptValues, signedIn, type FormFailure } from '../../staff/forms.server.ts';
import type { Route } from './+types/occurrence';

export async function loader({ params, context }: Route.LoaderArgs) {
  const id = requireUuid(params.id);
  return signedIn(params.lang as Lang, () => context.activities.organiser.getRoster(id));
}

const count = (form: FormData, name: string) => {
  const n = Number(String(form.get(name) ?? '0').trim() || '0');
  return Number.isInteger(n) && n >= 0 && n <= 10000 ? n : null;
};

export async function action({ request, params, context }: Route.ActionArgs) {
  const id = requireUuid(params.id);
  const lang = params.lang as Lang;
  const form = await request.formData();
  const organiser = context.activities.organiser;
  const intent = String(form.get('intent') ?? '');
  return signedIn(lang, async () => {
    if (intent === 'attendance') {
      await organiser.markAttendance(
        id,
        form
          .getAll('attended')
          .map(String)
          .filter((v) => /^[0-9a-f-]{36}$/.test(v)),
      );
      return { notice: 'attendance' as const };
    }
    if (intent === 'accept' || intent === 'decline') {
      await organiser.decideApplication(requireUuid(String(form.get('registrationId'))), intent === 'accept', context.requestOrigin);
      return { notice: intent };
    }
    if (intent === 'headCount') {
      const adults = count(form, 'adults');
      const children = Object.fromEntries(AGE_BANDS.map((b) => [b, count(form, `children-${b}`)]));
      const bad = [adults === null ? 'adults' : null, ...AGE_BANDS.map((b) => (children[b] === null ? `children-${b}` : null))].filter(
        (f): f is string => f !== null,
      );
      if (bad.length)
        return data<FormFailure>(
          {
            issues: context.describeIssues(bad.map((field) => ({ field, key: 'notWholeNumber' }))),
            values: keptValues(form, ['adults', ...AGE_BANDS.map((b) => `children-${b}`)]),
          },
          { status: 400 },
        );
      await organiser.recordHeadCount(id, { adults: adults!, children: children as Record<(typeof AGE_BANDS)[number], number> });
      return { notice: 'headCount' as const };
    }
    const subject = String(form.get('subject') ?? '').trim();
    const text = String(form.get('text') ?? '').trim();
    const values = keptValues(form, ['subject', 'text']);
    const issues = [
      ...(subject ? [] : [{ field: 'subject', key: 'required' }]),
      ...(text ? [] : [{ field: 'text', key: 'required' }]),
      ...(subject.length > 150 ? [{ field: 'subject', key: 'tooLong', params: { max: 150 } }] : []),
      ...(text.length > 4000 ? [{ field: 'text', key: 'tooLong', params: { max: 4000 } }] : []),
    ];
    if (issues.length) return data<FormFailure>({ issues: context.describeIssues(issues), values }, { status: 400 });
    const result = await formAction(context, lang, values, () => organiser.messageParticipants(id, { subject, text }));
    if (!result.ok) return result.response;
    return { notice: 'sent' as const, sent: result.value.sent, toCall: result.value.toCall };
  });
}

export function meta({ params }: Route.MetaArgs) {
  const m = uiMessages[(params.lang as Lang) ?? 'fi'];
  return [{ title: `${m.activities.staff.roster} – ${m.site.name}` }, { name: 'robots', content: 'noindex' }];
}

/** The roster of one occurrence (its reading is on record): attendance, applications, head count, a message to all, CSV. */
export default function Roster({ loaderData, actionData }: Route.ComponentProps) {
  const { lang, m } = useI18n();
  const t = m.activities.staff;
  const { occurrence, registrations, headCount, permitted } = loaderData;
  const when = occurrenceTime(lang, occurrence.start, occurrence.end);
  const failure = actionData && 'issues' in actionData ? (actionData as FormFailure) : null;
  const notice = actionData && 'notice' in actionData ? actionData : null;
  const confirmed = registrations.filter((r) => r.status === 'confirmed');
  const head = [headCount.head_children_0_2, headCount.head_children_3_6, headCount.head_children_7_12, headCount.head_children_13_17];
  return (
    <main id="main" className="page" tabIndex={-1}>
      <p>
        <a href={paths.activities.staffEdit(lang, occurrence.activityId)}>{localize(occurrence.name, lang).text}</a>
      </p>
      <h1>{format(t.rosterTitle, { activity: `${localize(occurrence.name, lang).text} ${when.date}` })}</h1>
      <p>
        {format(m.activities.common.time, when)} ·{' '}
        {format(t.confirmed, { confirmed: occurrence.confirmed, capacity: occurrence.capacity ?? '–' })} ·{' '}
        {format(t.waiting, { count: occurrence.waitlisted })}
        {occurrence.cancelled && <> · {m.activities.common.cancelled}</>}
      </p>
      {notice && (
        <Notice kind="success">
          {notice.notice === 'attendance'
            ? t.attendanceSaved
            : notice.notice === 'headCount'
              ? t.headCountSaved
              : notice.notice === 'sent'
                ? format(t.sent, { count: 'sent' in notice ? (notice.sent ?? 0) : 0 })
                : t.form.saved}
          {'toCall' in notice && (notice.toCall ?? 0) > 0 && <> {format(t.toCallBelow, { count: notice.toCall ?? 0 })}</>}
        </Notice>
      )}
      <ErrorSummary
        title={m.staff.common.errorSummary}
        issues={failure?.issues ?? []}
        labels={{ subject: t.subject, text: t.text, adults: t.adults }}
      />
      {permitted.export && (
        <p>
          <a href={paths.activities.rosterCsv(occurrence.id)} download>
            {t.exportCsv}
          </a>
        </p>
      )}
      <form method="post">
        <CsrfField />
        <input type="hidden" name="intent" value="attendance" />
        <TableRegion label={t.roster}>
          <table>
            <caption>{t.roster}</caption>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">{t.columns.name}</th>
                <th scope="col">{t.columns.contact}</th>
                <th scope="col">{t.columns.people}</th>
                <th scope="col">{t.columns.needs}</th>
                <th scope="col">{t.columns.status}</th>
                <th scope="col">{t.columns.attended}</th>
              </tr>
            </thead>
            <tbody>
              {registrations.map((r, i) => (
                <tr key={r.id}>
                  <td>{i + 1}</td>
                  <td>{r.name ?? '–'}</td>
                  <td>{[r.email, r.phone].filter(Boolean).join(', ') || '–'}</td>
                  <td>
                    {r.adults} / {r.children_ages.join(', ') || '–'}
                  </td>
                  <td>{r.needs ?? ''}</td>
                  <td>{m.activities.registration.status[r.status as keyof typeof m.activities.registration.status]}</td>
                  <td>
                    {r.status === 'confirmed' ? (
                      <>
                        <input
                          type="checkbox"
                          id={`attended-${r.id}`}
                          name="attended"
                          value={r.id}
                          defaultChecked={r.attended === true}
                          disabled={!permitted.manage}
                        />
                        <label htmlFor={`attended-${r.id}`} className="visually-hidden">
                          {t.columns.attended}: {r.name}
                        </label>
                      </>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
        {permitted.manage && confirmed.length > 0 && (
          <button type="submit" className="button">
            {t.saveAttendance}
          </button>
        )}
      </form>
      {permitted.manage &&
        registrations
          .filter((r) => r.status === 'applied')
          .map((r) => (
            <form method="post" key={r.id} className="inline-form">
              <CsrfField />
              <input type="hidden" name="registrationId" value={r.id} />
              <span>{r.name}: </span>
              <button type="submit" name="intent" value="accept" className="button">
                {t.accept} <span className="visually-hidden">{r.name}</span>
              </button>{' '}
              <button type="submit" name="intent" value="decline" className="button button--secondary">
                {t.decline} <span className="visually-hidden">{r.name}</span>
              </button>
            </form>
          ))}
      {permitted.update && (
        <section aria-labelledby="head-heading">
          <h2 id="head-heading">{t.headCount}</h2>
          <form method="post">
            <CsrfField />
            <input type="hidden" name="intent" value="headCount" />
            <Field
              name="adults"
              label={t.adults}
              issues={failure?.issues ?? []}
              defaultValue={String(headCount.head_adults ?? '')}
              required={false}
              inputMode="numeric"
              maxLength={5}
            />
            {AGE_BANDS.map((band, i) => (
              <Field
                key={band}
                name={`children-${band}`}
                label={format(t.children, { band })}
                issues={failure?.issues ?? []}
                defaultValue={String(head[i] ?? '')}
                required={false}
                inputMode="numeric"
                maxLength={5}
              />
            ))}
            <button type="submit" className="button">
              {t.saveHeadCount}
            </button>
          </form>
        </section>
      )}
      {permitted.manage && (
        <section aria-labelledby="message-heading">
          <h2 id="message-heading">{t.message}</h2>
          <form method="post" noValidate>
            <CsrfField />
            <input type="hidden" name="intent" value="message" />
            <Field name="subject" label={t.subject} issues={failure?.issues ?? []} defaultValue={failure?.values.subject} maxLength={150} />
            <div className="field">
              <label htmlFor="f-text">{t.text}</label>
              <textarea id="f-text" name="text" rows={4} maxLength={4000} defaultValue={failure?.values.text} />
            </div>
            <button type="submit" className="button">
              {t.send}
            </button>
          </form>
        </section>
      )}
    </main>
  );
}
