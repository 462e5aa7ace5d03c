import { data, redirect } from 'react-router';
import { ConflictError } from '../../../platform/errors.ts';
import { DECLINE_REASONS } from '../../../modules/contact/contact.domain.ts';
import { localize, type Lang } from '../../../platform/i18n-text.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { CsrfField } from '../../components/staff-form.tsx';
import { formatMoment } from '../../format.ts';
import { format, uiMessages, useI18n } from '../../i18n/index.ts';
import { paths } from '../../paths.ts';
import { fieldsOf, formAction, formHeaders, signedIn, type FormFailure } from '../staff/forms.server.ts';
import type { Route } from './+types/referrals';

/** Which steps the receiving service may take from each status (the state machine's next steps). */
const NEXT: Record<string, ('open' | 'accept' | 'decline' | 'recordOutcome' | 'close')[]> = {
  sent: ['open'],
  opened: ['accept', 'decline'],
  accepted: ['recordOutcome'],
  declined: ['recordOutcome'],
  outcomeRecorded: ['close'],
};

export async function loader({ params, context }: Route.LoaderArgs) {
  const lang = params.lang as Lang;
  const referrals = await signedIn(lang, () => context.contact.incomingReferrals());
  return { referrals: JSON.parse(JSON.stringify(referrals)) as (typeof referrals)[number][] };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const lang = params.lang as Lang;
  const f = fieldsOf(await request.formData());
  try {
    const result = await signedIn(lang, () =>
      formAction(context, lang, {}, () => context.contact.respondToReferral(String(f.id ?? ''), f)),
    );
    if (!result.ok) return result.response;
  } catch (error) {
    if (ConflictError.is(error))
      return data<FormFailure>({ issues: [{ field: '', message: error.messageKey }], values: {} }, { status: 409 });
    throw error;
  }
  return redirect(paths.contact.incomingReferrals(lang), 303);
}

export function headers(args: Route.HeadersArgs) {
  return formHeaders(args);
}

export function meta({ params }: Route.MetaArgs) {
  const m = uiMessages[(params.lang as Lang) ?? 'fi'];
  return [{ title: `${m.contact.staff.referrals.title} – ${m.site.name}` }, { name: 'robots', content: 'noindex' }];
}

export default function Referrals({ loaderData, actionData }: Route.ComponentProps) {
  const { lang, m } = useI18n();
  const t = m.contact.staff.referrals;
  const issues = (actionData as FormFailure | undefined)?.issues ?? [];
  return (
    <main id="main" className="page" tabIndex={-1}>
      <h1>{t.title}</h1>
      <p className="lead">{t.lead}</p>
      <ErrorSummary title={m.contact.start.errorTitle} issues={issues} labels={{ reason: t.reason, outcome: t.outcome }} />
      {loaderData.referrals.length === 0 && <p>{t.none}</p>}
      <ul className="plain-list">
        {loaderData.referrals.map((r) => (
          <li key={r.id} className="contact-section">
            <h2>
              {r.reference}: {localize(r.serviceName, lang).text}
            </h2>
            <p>
              {m.contact.follow.status}: <strong>{m.contact.referralStatuses[r.status]}</strong> ({formatMoment(lang, r.createdAt)})
            </p>
            <p>
              {format(t.consent, {
                items: r.consentDataItems.map((d) => m.contact.dataItems[d]).join(', '),
                purpose: r.consentPurpose,
                until: formatMoment(lang, r.consentValidUntil),
              })}
            </p>
            {r.consentWithdrawnAt && <p>{t.withdrawn}</p>}
            {(NEXT[r.status] ?? []).map((step) => (
              <form method="post" key={step}>
                <CsrfField />
                <input type="hidden" name="id" value={r.id} />
                <input type="hidden" name="step" value={step} />
                {step === 'decline' && (
                  <div className="field">
                    <label htmlFor={`f-reason-${r.id}`}>{t.reason}</label>
                    <select id={`f-reason-${r.id}`} name="reason">
                      {DECLINE_REASONS.map((d) => (
                        <option key={d} value={d}>
                          {m.contact.declineReasons[d]}
                        </option>
                      ))}
                    </select>
                  </div>
                )}
                {step === 'recordOutcome' && (
                  <div className="field">
                    <label htmlFor={`f-outcome-${r.id}`}>{t.outcome}</label>
                    <input id={`f-outcome-${r.id}`} name="outcome" maxLength={2000} />
                  </div>
                )}
                <button type="submit">{t.steps[step]}</button>
              </form>
            ))}
          </li>
        ))}
      </ul>
    </main>
  );
}
