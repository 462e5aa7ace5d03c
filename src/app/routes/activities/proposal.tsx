import { data } from 'react-router';
import { proposalBody } from '../../../modules/activities/activities.schema.ts';
import { PROPOSAL_KINDS, PROPOSER_ROLES } from '../../../modules/activities/activities.domain.ts';
import { InvalidInputError, TooManyRequestsError } from '../../../platform/errors.ts';
import { toInputIssues } from '../../../platform/http/query-schema.ts';
import type { Lang } from '../../../platform/i18n-text.ts';
import { localize } from '../../../platform/i18n-text.ts';
import { ErrorSummary, type FieldIssue } from '../../components/error-summary.tsx';
import { Field, Notice } from '../../components/staff-form.tsx';
import { format, uiMessages, useI18n } from '../../i18n/index.ts';
import { orNotFound, requireUuid } from '../../page-data.ts';
import { paths } from '../../paths.ts';
import { formHeaders, NO_STORE } from '../staff/forms.server.ts';
import type { Route } from './+types/proposal';

const FIELDS = ['kind', 'proposerRole', 'text', 'contactName', 'contactEmail'] as const;
type Failure = { issues: FieldIssue[]; values: Record<string, string> };

export async function loader({ params, context }: Route.LoaderArgs) {
  const id = requireUuid(params.id);
  return orNotFound(() => context.activities.public.getProposalPlace(id));
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const id = requireUuid(params.id);
  const form = await request.formData();
  const values = Object.fromEntries(FIELDS.map((n) => [n, typeof form.get(n) === 'string' ? String(form.get(n)) : '']));
  const fail = (issues: FieldIssue[], status = 400, headers: Record<string, string> = {}) =>
    data<Failure>({ issues, values }, { status, headers: { ...NO_STORE, ...headers } });
  const parsed = proposalBody.safeParse(Object.fromEntries(Object.entries(values).filter(([, v]) => v.trim() !== '')));
  if (!parsed.success) return fail(context.describeIssues(toInputIssues(parsed.error.issues)));
  try {
    await orNotFound(() => context.activities.family.submitProposal(id, parsed.data));
    return { done: true as const };
  } catch (error) {
    if (InvalidInputError.is(error)) return fail(context.describeIssues(error.issues));
    if (TooManyRequestsError.is(error))
      return fail(
        [
          {
            field: '',
            message: format(uiMessages[params.lang as Lang].staff.common.tooManyRequests, { seconds: error.retryAfterSeconds }),
          },
        ],
        429,
        { 'retry-after': String(error.retryAfterSeconds) },
      );
    throw error;
  }
}

/** What a post answered with (Retry-After on a 429) reaches the document. */
export function headers(args: Route.HeadersArgs) {
  return formHeaders(args);
}

export function meta({ data, params }: Route.MetaArgs) {
  const lang = (params.lang as Lang) ?? 'fi';
  const m = uiMessages[lang];
  return [{ title: `${format(m.activities.proposal.title, { place: data ? localize(data.name, lang).text : '' })} – ${m.site.name}` }];
}

/** Propose an activity or a topic for a meeting place, and see that proposals are heard. */
export default function ProposalPage({ loaderData, actionData }: Route.ComponentProps) {
  const { lang, m } = useI18n();
  const t = m.activities.proposal;
  const place = loaderData;
  const failure = actionData && 'issues' in actionData ? (actionData as Failure) : null;
  const issues = failure?.issues ?? [];
  const values = failure?.values ?? {};
  return (
    <main id="main" className="page narrow" tabIndex={-1}>
      <h1>{format(t.title, { place: localize(place.name, lang).text })}</h1>
      <p className="lead">{t.lead}</p>
      <p>{format(t.counts, place.counts)}</p>
      {actionData && 'done' in actionData ? (
        <Notice kind="success">{t.done}</Notice>
      ) : (
        <>
          <ErrorSummary
            title={m.activities.occurrence.errorSummary}
            issues={issues}
            labels={{ kind: t.kind, proposerRole: t.role, text: t.text, contactName: t.contactName, contactEmail: t.contactEmail }}
          />
          <form method="post" noValidate>
            <fieldset className="field">
              <legend>{t.kind}</legend>
              {PROPOSAL_KINDS.map((k, i) => (
                <div className="field--checkbox" key={k}>
                  <input
                    type="radio"
                    id={i === 0 ? 'f-kind' : `f-kind-${k}`}
                    name="kind"
                    value={k}
                    defaultChecked={(values.kind || 'activity') === k}
                  />
                  <label htmlFor={i === 0 ? 'f-kind' : `f-kind-${k}`}>{t.kinds[k]}</label>
                </div>
              ))}
            </fieldset>
            <div className="field">
              <label htmlFor="f-proposerRole">{t.role}</label>
              <select id="f-proposerRole" name="proposerRole" defaultValue={values.proposerRole || 'family'}>
                {PROPOSER_ROLES.map((r) => (
                  <option key={r} value={r}>
                    {t.roles[r]}
                  </option>
                ))}
              </select>
            </div>
            <div className={issues.some((i) => i.field === 'text') ? 'field field--error' : 'field'}>
              <label htmlFor="f-text">{t.text}</label>
              {issues
                .filter((i) => i.field === 'text')
                .map((i) => (
                  <p key={i.message} className="field-error" id="f-text-error">
                    {i.message}
                  </p>
                ))}
              <textarea
                id="f-text"
                name="text"
                rows={5}
                maxLength={2000}
                defaultValue={values.text}
                required
                aria-describedby={issues.some((i) => i.field === 'text') ? 'f-text-error' : undefined}
              />
            </div>
            <Field
              name="contactName"
              label={t.contactName}
              issues={issues}
              defaultValue={values.contactName}
              required={false}
              autoComplete="name"
              maxLength={120}
            />
            <Field
              name="contactEmail"
              type="email"
              label={t.contactEmail}
              hint={t.contactHint}
              issues={issues}
              defaultValue={values.contactEmail}
              required={false}
              autoComplete="email"
              maxLength={200}
            />
            <button type="submit" className="button">
              {t.submit}
            </button>
          </form>
        </>
      )}
      <p>
        <a href={paths.place(lang, place.id)}>{localize(place.name, lang).text}</a>
      </p>
    </main>
  );
}
