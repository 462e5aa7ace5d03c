import { data, redirect } from 'react-router';
import { NotFoundError } from '../../../platform/errors.ts';
import { localize, type Lang } from '../../../platform/i18n-text.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { Notice } from '../../components/staff-form.tsx';
import { formatMoment } from '../../format.ts';
import { format, uiMessages, useI18n } from '../../i18n/index.ts';
import { paths } from '../../paths.ts';
import { fieldsOf, formAction, keptValues, privateHeaders, type FormFailure } from '../staff/forms.server.ts';
import { EmergencyNotice, TextArea, Transcript } from './contact-parts.tsx';
import type { Route } from './+types/follow';

const tokenOf = (request: Request) => new URL(request.url).searchParams.get('token') ?? '';

async function orNotFound<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (NotFoundError.is(error)) throw data(null, { status: 404 });
    throw error;
  }
}

export async function loader({ request, context }: Route.LoaderArgs) {
  const token = tokenOf(request);
  const view = await orNotFound(() => context.contact.follow(token));
  const done = new URL(request.url).searchParams.get('done');
  const api = (what: string) => `/api/v1/contact-requests/follow${what}?${new URLSearchParams({ token })}`;
  return {
    view: JSON.parse(JSON.stringify(view)) as typeof view & { createdAt: string },
    token,
    done: done === 'sent' || done === 'withdrawn' ? done : null,
    live: { events: api('/events'), send: api('/messages'), typing: api('/typing'), read: api('/read') },
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const lang = params.lang as Lang;
  const token = tokenOf(request);
  const form = await request.formData();
  const f = fieldsOf(form);
  const values = keptValues(form, ['message']);
  const back = (done: string) => redirect(`${paths.contact.follow(lang, token)}&done=${done}`, 303);
  if (f.intent === 'delete') {
    if (f.confirm !== 'yes')
      return data<FormFailure>(
        { issues: [{ field: 'confirm', message: uiMessages[lang].contact.follow.deleteConfirm }], values },
        { status: 400 },
      );
    await orNotFound(() => context.contact.deleteRequest(token));
    return redirect(paths.contact.contactStart(lang, new URLSearchParams({ deleted: '1' })), 303);
  }
  if (f.intent === 'withdrawConsent') {
    await orNotFound(() => context.contact.withdrawConsent(token, String(f.consent ?? '')));
    return back('withdrawn');
  }
  const result = await formAction(context, lang, values, () =>
    orNotFound(() => context.contact.postMessage(token, { message: f.message })),
  );
  if (!result.ok) return result.response;
  return back('sent');
}

/** The conversation is the family's own: no cache keeps it. */
export function headers(args: Route.HeadersArgs) {
  return privateHeaders(args);
}

export function meta({ params }: Route.MetaArgs) {
  const m = uiMessages[(params.lang as Lang) ?? 'fi'];
  // The link is private: never indexed, and never sent on as a referrer. strict-origin sends only
  // the origin, never the path and token; no-referrer would also make Chromium send `Origin: null`
  // with the page's own form posts, which React Router refuses, so nothing worked without JavaScript.
  return [
    { title: `${m.contact.follow.title} – ${m.site.name}` },
    { name: 'robots', content: 'noindex' },
    { name: 'referrer', content: 'strict-origin' },
  ];
}

export default function Follow({ loaderData, actionData }: Route.ComponentProps) {
  const { lang, m } = useI18n();
  const t = m.contact.follow;
  const { view, live, token } = loaderData;
  const failure = actionData as FormFailure | undefined;
  const issues = failure?.issues ?? [];
  const self = paths.contact.follow(lang, token);
  return (
    <main id="main" className="page narrow" tabIndex={-1}>
      <h1>{t.title}</h1>
      {loaderData.done === 'sent' && <Notice kind="success">{t.sent}</Notice>}
      {loaderData.done === 'withdrawn' && <Notice kind="success">{t.withdrawn}</Notice>}
      <dl className="facts">
        <dt>{t.reference}</dt>
        <dd>
          <strong>{view.reference}</strong>
        </dd>
        <dt>{t.status}</dt>
        <dd>{m.contact.statuses[view.status]}</dd>
        <dt>{m.contact.start.topic}</dt>
        <dd>{m.contact.topics[view.topic]}</dd>
        <dt>{m.contact.start.municipality}</dt>
        <dd>{localize(view.municipalityName, lang).text}</dd>
      </dl>
      <p>{t.keepLink}</p>
      {view.expected && (
        <p>
          {view.expected.onDutyNow ? t.onDuty : t.offDuty}{' '}
          {view.expected.by ? format(t.expectedBy, { time: formatMoment(lang, view.expected.by) }) : t.expectedUnknown}{' '}
          {view.expected.ahead > 0 && format(t.ahead, { count: view.expected.ahead })}
        </p>
      )}
      <section className="contact-section" aria-labelledby="conversation-title">
        <h2 id="conversation-title">{t.conversation}</h2>
        <Transcript messages={view.messages} viewer="family" labels={{ you: t.you, other: t.advisor }} />
        <p className="presence" data-presence data-typing-text={t.advisorTyping} data-read-text={t.advisorRead} aria-live="polite">
          {view.advisorTyping ? t.advisorTyping : view.advisorReadAt ? t.advisorRead : ''}
        </p>
        <p>
          <a href={self}>{t.refresh}</a>
        </p>
        {view.status === 'closed' ? (
          <p>{t.closedNote}</p>
        ) : (
          <>
            <ErrorSummary title={m.contact.start.errorTitle} issues={issues} labels={{ message: t.write }} />
            <form
              method="post"
              action={self}
              noValidate
              data-live-form
              data-events={live.events}
              data-send={live.send}
              data-typing={live.typing}
              data-read={live.read}
            >
              <input type="hidden" name="intent" value="message" />
              <TextArea name="message" label={t.write} issues={issues} defaultValue={failure?.values.message} rows={3} />
              <button type="submit">{t.send}</button>
            </form>
          </>
        )}
      </section>
      {view.referrals.length > 0 && (
        <section className="contact-section" aria-labelledby="referrals-title">
          <h2 id="referrals-title">{t.referrals}</h2>
          <ul className="plain-list">
            {view.referrals.map((r) => (
              <li key={r.id}>
                <h3>
                  {format(t.referralTo, {
                    service: localize(r.serviceName, lang).text,
                    organization: localize(r.organizationName, lang).text,
                  })}
                </h3>
                <p>
                  {t.status}: <strong>{m.contact.referralStatuses[r.status]}</strong>
                  {r.declineReason && ` – ${m.contact.declineReasons[r.declineReason]}`}
                </p>
                <h4>{t.consent}</h4>
                <p>
                  {t.consentData}: {r.consent.dataItems.map((d) => m.contact.dataItems[d]).join(', ')}. {t.consentPurpose}:{' '}
                  {r.consent.purpose}.{' '}
                  {format(t.consentValid, { from: formatMoment(lang, r.consent.givenAt), until: formatMoment(lang, r.consent.validUntil) })}
                </p>
                {r.consent.withdrawnAt ? (
                  <p>{format(t.consentWithdrawn, { time: formatMoment(lang, r.consent.withdrawnAt) })}</p>
                ) : (
                  <form method="post" action={self}>
                    <input type="hidden" name="intent" value="withdrawConsent" />
                    <input type="hidden" name="consent" value={r.consent.id} />
                    <button type="submit">{t.withdraw}</button>
                  </form>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="contact-section" aria-labelledby="delete-title">
        <h2 id="delete-title">{t.deleteTitle}</h2>
        <p>{t.deleteHint}</p>
        <form method="post" action={self}>
          <input type="hidden" name="intent" value="delete" />
          <div className="choice">
            <input type="checkbox" id="f-confirm" name="confirm" value="yes" required />
            <label htmlFor="f-confirm">{t.deleteConfirm}</label>
          </div>
          <button type="submit">{t.deleteSubmit}</button>
        </form>
      </section>
      <EmergencyNotice />
      <script src="/contact-live.js" defer />
    </main>
  );
}
