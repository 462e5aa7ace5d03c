import { data } from 'react-router';
import { ConflictError, InvalidInputError, TooManyRequestsError } from '../../../platform/errors.ts';
import type { Lang } from '../../../platform/i18n-text.ts';
import { localize } from '../../../platform/i18n-text.ts';
import { Fill, occurrenceTime } from '../../components/activity-parts.tsx';
import { Breadcrumbs } from '../../components/breadcrumbs.tsx';
import { ErrorSummary, type FieldIssue } from '../../components/error-summary.tsx';
import { T } from '../../components/localized.tsx';
import { Field, Notice } from '../../components/staff-form.tsx';
import { formatMoment } from '../../format.ts';
import { format, uiMessages, useI18n } from '../../i18n/index.ts';
import { orNotFound, requireUuid } from '../../page-data.ts';
import { paths } from '../../paths.ts';
import { formHeaders, NO_STORE } from '../staff/forms.server.ts';
import { parseSignUpForm, SIGN_UP_FIELDS } from './form-values.ts';
import type { Route } from './+types/occurrence';

export async function loader({ params, context }: Route.LoaderArgs) {
  const id = requireUuid(params.id);
  return orNotFound(() => context.activities.public.getOccurrence(id));
}

type Failure = { issues: FieldIssue[]; values: Record<string, string> };

export async function action({ request, params, context }: Route.ActionArgs) {
  const id = requireUuid(params.id);
  const lang = params.lang as Lang;
  const form = await request.formData();
  const values = Object.fromEntries(SIGN_UP_FIELDS.map((n) => [n, typeof form.get(n) === 'string' ? String(form.get(n)) : '']));
  // What a post answers holds what the family typed, or its manage link: no cache keeps it.
  const fail = (issues: FieldIssue[], status = 400, headers: Record<string, string> = {}) =>
    data<Failure>({ issues, values }, { status, headers: { ...NO_STORE, ...headers } });
  const parsed = parseSignUpForm(form);
  if (!parsed.ok) return fail(context.describeIssues(parsed.issues));
  try {
    const result = await context.activities.family.signUp(id, { ...parsed.value, lang, requestOrigin: context.requestOrigin });
    return data(
      {
        done: result.status,
        existing: result.existing,
        manageUrl: result.manageToken ? paths.activities.registration(lang, result.manageToken) : null,
      },
      { headers: NO_STORE },
    );
  } catch (error) {
    if (InvalidInputError.is(error)) return fail(context.describeIssues(error.issues));
    const m = uiMessages[lang];
    if (TooManyRequestsError.is(error))
      return fail([{ field: '', message: format(m.staff.common.tooManyRequests, { seconds: error.retryAfterSeconds }) }], 429, {
        'retry-after': String(error.retryAfterSeconds),
      });
    if (ConflictError.is(error))
      return fail(
        [
          {
            field: '',
            message: error.messageKey === 'occurrenceCancelled' ? m.activities.occurrence.cancelledNotice : m.activities.occurrence.closed,
          },
        ],
        409,
      );
    throw error;
  }
}

/** A GET is public data (and may be cached); what a post answered with (no-store, Retry-After) reaches the document. */
export function headers(args: Route.HeadersArgs) {
  return formHeaders(args);
}

export function meta({ data, params }: Route.MetaArgs) {
  const lang = (params.lang as Lang) ?? 'fi';
  const m = uiMessages[lang];
  if (!data) return [{ title: `${m.errors.notFoundTitle} – ${m.site.name}` }];
  const when = occurrenceTime(lang, data.occurrence.start, data.occurrence.end);
  return [{ title: `${localize(data.activity.name, lang).text} ${when.date} – ${m.site.name}` }];
}

/** One occurrence: when and where, places left, "add to calendar", and the sign-up form (no script). */
export default function OccurrencePage({ loaderData, actionData }: Route.ComponentProps) {
  const { lang, m } = useI18n();
  const t = m.activities.occurrence;
  const { activity, occurrence } = loaderData;
  const when = occurrenceTime(lang, occurrence.start, occurrence.end);
  const failure = actionData && 'issues' in actionData ? (actionData as Failure) : null;
  const done = actionData && 'done' in actionData ? actionData : null;
  const issues = failure?.issues ?? [];
  const values = failure?.values ?? {};
  const full = occurrence.capacity !== null && occurrence.confirmed >= occurrence.capacity;
  const closed = activity.signUp === 'closed';
  return (
    <main id="main" className="page narrow" tabIndex={-1}>
      <Breadcrumbs
        items={[
          { label: m.activities.calendar.title, href: paths.activities.calendar(lang) },
          { label: localize(activity.name, lang).text, href: paths.activities.activity(lang, activity.id) },
          { label: when.date },
        ]}
      />
      <h1>
        <T text={activity.name} />
      </h1>
      <p>
        <time dateTime={new Date(occurrence.start).toISOString()}>{format(m.activities.common.time, when)}</time>
        {' · '}
        {activity.place ? (
          <>
            <T text={activity.place.name} />, {activity.place.streetAddress}
          </>
        ) : (
          m.activities.common.online
        )}
      </p>
      <p>
        <Fill occurrence={occurrence} />
      </p>
      <p>
        <a href={paths.activities.occurrenceIcs(occurrence.id) + `?lang=${lang}`}>{m.activities.common.addToCalendar}</a>
        {' · '}
        <a href={paths.activities.activity(lang, activity.id)}>{m.activities.activity.upcoming}</a>
      </p>
      {done ? (
        <Notice kind="success">
          <p>
            {done.existing
              ? t.doneExisting
              : done.done === 'confirmed'
                ? t.doneConfirmed
                : done.done === 'waitlisted'
                  ? t.doneWaitlisted
                  : t.doneApplied}
          </p>
          {done.manageUrl && (
            <p>
              <a href={done.manageUrl}>{t.manageLink}</a> – {t.manageHint}
            </p>
          )}
        </Notice>
      ) : occurrence.cancelled ? (
        <Notice kind="error">{t.cancelledNotice}</Notice>
      ) : activity.signUp === 'none' ? (
        <p>{t.noSignUp}</p>
      ) : !occurrence.signUpOpen ? (
        <p>{occurrence.signUpOpens ? format(t.opens, { at: formatMoment(lang, occurrence.signUpOpens) }) : t.closed}</p>
      ) : (
        <section aria-labelledby="sign-up-heading">
          <h2 id="sign-up-heading">{closed ? t.applyTitle : t.signUpTitle}</h2>
          {full && !closed && <p className="notice notice--warning">{t.fullNotice}</p>}
          <ErrorSummary
            title={t.errorSummary}
            issues={issues}
            labels={{
              name: t.name,
              email: t.email,
              phone: t.phone,
              adults: t.adults,
              childrenAges: t.childrenAges,
              needs: t.needs,
              consent: t.consentTitle,
            }}
          />
          <form method="post" noValidate>
            <Field name="name" label={t.name} issues={issues} defaultValue={values.name} autoComplete="name" maxLength={120} />
            <Field
              name="email"
              type="email"
              label={t.email}
              hint={t.emailHint}
              issues={issues}
              defaultValue={values.email}
              autoComplete="email"
              required={false}
              maxLength={200}
            />
            <Field
              name="phone"
              label={t.phone}
              hint={t.phoneHint}
              issues={issues}
              defaultValue={values.phone}
              autoComplete="tel"
              required={false}
              maxLength={20}
            />
            <Field name="adults" label={t.adults} issues={issues} defaultValue={values.adults ?? '1'} inputMode="numeric" maxLength={2} />
            <Field
              name="childrenAges"
              label={t.childrenAges}
              hint={t.childrenAgesHint}
              issues={issues}
              defaultValue={values.childrenAges}
              required={false}
              maxLength={60}
            />
            <Field
              name="needs"
              label={t.needs}
              hint={t.needsHint}
              issues={issues}
              defaultValue={values.needs}
              required={false}
              maxLength={500}
            />
            <fieldset className={issues.some((i) => i.field === 'consent') ? 'field field--error' : 'field'}>
              <legend>{t.consentTitle}</legend>
              {issues
                .filter((i) => i.field === 'consent')
                .map((i) => (
                  <p key={i.message} className="field-error" id="f-consent-error">
                    {i.message}
                  </p>
                ))}
              <div className="field--checkbox">
                <input
                  id="f-consent"
                  name="consent"
                  type="checkbox"
                  value="yes"
                  aria-describedby={issues.some((i) => i.field === 'consent') ? 'f-consent-error' : undefined}
                />
                <label htmlFor="f-consent">{format(t.consent, { days: loaderData.retentionDays })}</label>
              </div>
            </fieldset>
            <button type="submit" className="button">
              {closed ? t.submitApply : t.submit}
            </button>
          </form>
        </section>
      )}
    </main>
  );
}
