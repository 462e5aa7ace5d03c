import type { Lang } from '../../../../platform/i18n-text.ts';
import { localize } from '../../../../platform/i18n-text.ts';
import { CsrfField, Notice } from '../../../components/staff-form.tsx';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import { formatMoment } from '../../../format.ts';
import { uiMessages, useI18n } from '../../../i18n/index.ts';
import { requireUuid } from '../../../page-data.ts';
import { paths } from '../../../paths.ts';
import { formAction, keptValues, signedIn, type FormFailure } from '../../staff/forms.server.ts';
import type { Route } from './+types/proposals';

export async function loader({ params, context }: Route.LoaderArgs) {
  return { proposals: await signedIn(params.lang as Lang, () => context.activities.organiser.listProposalInbox()) };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const lang = params.lang as Lang;
  const form = await request.formData();
  const decision = String(form.get('decision') ?? '') as 'answer' | 'accept' | 'decline';
  const proposalId = requireUuid(String(form.get('proposalId') ?? ''));
  const answer = String(form.get('answer') ?? '').slice(0, 2000);
  const result = await signedIn(lang, () =>
    formAction(context, lang, keptValues(form, ['answer']), () =>
      context.activities.organiser.decideProposal({
        proposalId,
        decision: ['answer', 'accept', 'decline'].includes(decision) ? decision : 'answer',
        answer,
      }),
    ),
  );
  if (!result.ok) return result.response;
  return { decided: result.value };
}

export function meta({ params }: Route.MetaArgs) {
  const m = uiMessages[(params.lang as Lang) ?? 'fi'];
  return [{ title: `${m.activities.staff.inbox} – ${m.site.name}` }, { name: 'robots', content: 'noindex' }];
}

/** The organisers' inbox of proposals: answer, accept into a draft, or decline with a reason. */
export default function Proposals({ loaderData, actionData }: Route.ComponentProps) {
  const { lang, m } = useI18n();
  const t = m.activities.staff;
  const p = m.activities.proposal;
  const failure = actionData && 'issues' in actionData ? (actionData as FormFailure) : null;
  return (
    <main id="main" className="page" tabIndex={-1}>
      <p>
        <a href={paths.activities.staffList(lang)}>{t.title}</a>
      </p>
      <h1>{t.inbox}</h1>
      {actionData && 'decided' in actionData && (
        <Notice kind="success">
          {t.proposalStatus[actionData.decided.status]}
          {actionData.decided.activityId && (
            <>
              {' – '}
              <a href={paths.activities.staffEdit(lang, actionData.decided.activityId)}>{t.edit}</a>
            </>
          )}
        </Notice>
      )}
      <ErrorSummary title={m.staff.common.errorSummary} issues={failure?.issues ?? []} labels={{ answer: t.answer }} />
      {loaderData.proposals.length === 0 && <p>{t.inboxNone}</p>}
      <ul className="plain-list">
        {loaderData.proposals.map((proposal) => (
          <li key={proposal.id} className="service-card">
            <h2 className="service-card__title">
              {localize(proposal.place_name, lang).text}: {p.kinds[proposal.kind]} ({t.proposalStatus[proposal.status]})
            </h2>
            <p>{proposal.text}</p>
            <p>
              {p.roles[proposal.proposer_role]} · {formatMoment(lang, proposal.created_at)}
              {proposal.contact_email && (
                <>
                  {' '}
                  · {proposal.contact_name ?? ''} {proposal.contact_email}
                </>
              )}
            </p>
            {proposal.answer && (
              <p>
                {t.answer}: {proposal.answer}
              </p>
            )}
            {(proposal.status === 'received' || proposal.status === 'answered') && (
              <form method="post">
                <CsrfField />
                <input type="hidden" name="proposalId" value={proposal.id} />
                <div className="field">
                  <label htmlFor={`answer-${proposal.id}`}>{t.answer}</label>
                  <textarea id={`answer-${proposal.id}`} name="answer" rows={3} maxLength={2000} />
                </div>
                <button type="submit" name="decision" value="answer" className="button">
                  {t.reply}
                </button>{' '}
                <button type="submit" name="decision" value="accept" className="button">
                  {t.acceptProposal}
                </button>{' '}
                <button type="submit" name="decision" value="decline" className="button button--secondary">
                  {t.declineProposal}
                </button>
              </form>
            )}
          </li>
        ))}
      </ul>
    </main>
  );
}
