import { data, redirect } from 'react-router';
import { ConflictError } from '../../../platform/errors.ts';
import { localize, type Lang } from '../../../platform/i18n-text.ts';
import { CONSENT_DATA_ITEMS, CONTACT_OUTCOMES } from '../../../modules/contact/contact.domain.ts';
import { requireUuid } from '../../page-data.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { CsrfField, Field, Notice } from '../../components/staff-form.tsx';
import { formatMoment } from '../../format.ts';
import { format, uiMessages, useI18n } from '../../i18n/index.ts';
import { paths } from '../../paths.ts';
import { fieldsOf, formAction, formHeaders, keptValues, signedIn, type FormFailure } from '../staff/forms.server.ts';
import { SelectField, TextArea, Transcript } from './contact-parts.tsx';
import type { Route } from './+types/conversation';

const KEPT = ['message', 'note', 'toPerson', 'toOrganization', 'transferNote', 'service', 'givenBy', 'purpose', 'validDays', 'outcome'];

export async function loader({ params, request, context }: Route.LoaderArgs) {
  const lang = params.lang as Lang;
  const id = requireUuid(params.id);
  const view = await signedIn(lang, () => context.contact.conversation(id));
  const url = new URL(request.url);
  const template = view.templates.find((tpl) => tpl.key === url.searchParams.get('template'));
  return {
    view: JSON.parse(JSON.stringify({ ...view, templates: undefined })) as Omit<typeof view, 'templates'>,
    templates: view.templates.map((tpl) => ({ key: tpl.key, title: localize(tpl.title, lang).text })),
    // The family's language decides the template's, whatever the advisor's page is in.
    prefill: template ? localize(template.body, view.request.language).text : '',
    done: url.searchParams.get('done') === '1',
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const lang = params.lang as Lang;
  const id = requireUuid(params.id);
  const form = await request.formData();
  const f = fieldsOf(form);
  const values = keptValues(form, KEPT);
  const c = context.contact;
  const run = (): Promise<unknown> => {
    switch (f.intent) {
      case 'claim':
        return c.claim(id);
      case 'note':
        return c.note(id, { message: f.note });
      case 'transfer':
        return c.transfer(id, { toPerson: f.toPerson, toOrganization: f.toOrganization, note: f.transferNote });
      case 'refer':
        return c.refer(id, {
          service: f.service,
          givenBy: f.givenBy,
          purpose: f.purpose,
          validDays: f.validDays,
          dataItems: form.getAll('dataItems'),
        });
      case 'close':
        return c.close(id, { outcome: f.outcome, service: f.outcomeService });
      default:
        return c.reply(id, { message: f.message });
    }
  };
  try {
    const result = await signedIn(lang, () => formAction(context, lang, values, run));
    if (!result.ok) return result.response;
  } catch (error) {
    if (ConflictError.is(error)) {
      const details = uiMessages[lang].contact.staff;
      return data<FormFailure>(
        {
          issues: [
            { field: '', message: error.messageKey === 'alreadyClaimed' ? details.queue.alreadyClaimed : details.conversation.notYours },
          ],
          values,
        },
        { status: 409 },
      );
    }
    throw error;
  }
  if (f.intent === 'transfer') return redirect(paths.contact.contactQueue(lang), 303);
  return redirect(`${paths.contact.conversation(lang, id)}?done=1`, 303);
}

export function headers(args: Route.HeadersArgs) {
  return formHeaders(args);
}

export function meta({ params }: Route.MetaArgs) {
  const m = uiMessages[(params.lang as Lang) ?? 'fi'];
  return [{ title: `${m.contact.staff.queue.title} – ${m.site.name}` }, { name: 'robots', content: 'noindex' }];
}

export default function ConversationPage({ loaderData, actionData }: Route.ComponentProps) {
  const { lang, m } = useI18n();
  const t = m.contact.staff.conversation;
  const { view } = loaderData;
  const r = view.request;
  const failure = actionData as FormFailure | undefined;
  const issues = failure?.issues ?? [];
  const v = failure?.values ?? {};
  const mine = r.mine && r.status !== 'closed';
  const self = paths.contact.conversation(lang, r.id);
  const api = `/api/v1/contact/requests/${r.id}`;
  const labels = {
    message: t.reply,
    note: t.note,
    toPerson: t.toPerson,
    toOrganization: t.toOrganization,
    note2: t.transferNote,
    transferNote: t.transferNote,
    service: t.service,
    givenBy: t.givenBy,
    dataItems: t.dataItemsLabel,
    purpose: t.purpose,
    validDays: t.validDays,
    outcome: t.outcome,
  };
  return (
    <main id="main" className="page" tabIndex={-1}>
      <h1>{format(t.title, { reference: r.reference })}</h1>
      {loaderData.done && <Notice kind="success">{t.done}</Notice>}
      <ErrorSummary title={m.contact.start.errorTitle} issues={issues} labels={labels} />
      <dl className="facts">
        <dt>{t.family}</dt>
        <dd>{r.anonymous ? t.anonymousFamily : r.contactName}</dd>
        {r.contactPhone && (
          <>
            <dt>{t.phone}</dt>
            <dd>{r.contactPhone}</dd>
          </>
        )}
        <dt>{m.contact.staff.queue.municipality}</dt>
        <dd>{localize(r.municipalityName, lang).text}</dd>
        <dt>{m.contact.staff.queue.topic}</dt>
        <dd>{m.contact.topics[r.topic]}</dd>
        <dt>{m.contact.staff.queue.language}</dt>
        <dd>{m.contact.languages[r.language]}</dd>
        <dt>{m.contact.staff.queue.channel}</dt>
        <dd>{m.contact.channels[r.channel]}</dd>
        <dt>{m.contact.follow.status}</dt>
        <dd>
          {m.contact.statuses[r.status]}
          {r.claimedByName && ` – ${format(t.claimedBy, { name: r.claimedByName })}`}
          {r.outcome && ` – ${m.contact.outcomes[r.outcome]}`}
        </dd>
      </dl>
      {r.status === 'waiting' && view.permittedActions.includes('Contact.CLAIM') && (
        <form method="post" action={self}>
          <CsrfField />
          <input type="hidden" name="intent" value="claim" />
          <button type="submit">{m.contact.staff.queue.claim}</button>
        </form>
      )}
      {r.status === 'claimed' && !r.mine && <Notice kind="error">{t.notYours}</Notice>}
      <section className="contact-section" aria-labelledby="transcript-title">
        <h2 id="transcript-title">{t.transcript}</h2>
        <Transcript messages={view.messages} viewer="advisor" labels={{ you: m.contact.follow.advisor, other: t.family }} />
        <p className="presence" data-presence data-typing-text={t.familyTyping} data-read-text={t.familyRead} aria-live="polite">
          {r.familyTyping ? t.familyTyping : ''}
        </p>
        <p>
          <a href={self}>{m.contact.follow.refresh}</a>
        </p>
        {mine && (
          <>
            <form method="get" action={self} className="filters">
              <div className="field">
                <label htmlFor="f-template">{t.template}</label>
                <select id="f-template" name="template">
                  {loaderData.templates.map((tpl) => (
                    <option key={tpl.key} value={tpl.key}>
                      {tpl.title}
                    </option>
                  ))}
                </select>
              </div>
              <button type="submit">{t.useTemplate}</button>
            </form>
            <form
              method="post"
              action={self}
              noValidate
              data-live-form
              data-events={`/api/v1/contact/events?request=${r.id}`}
              data-send={`${api}/messages`}
              data-typing={`${api}/typing`}
            >
              <CsrfField />
              <input type="hidden" name="intent" value="reply" />
              <TextArea name="message" label={t.reply} issues={issues} defaultValue={v.message ?? loaderData.prefill} rows={4} />
              <button type="submit">{t.send}</button>
            </form>
          </>
        )}
      </section>
      <section className="contact-section" aria-labelledby="notes-title">
        <h2 id="notes-title">{t.notes}</h2>
        <p className="hint">{t.notesHint}</p>
        <ul className="plain-list">
          {view.notes.map((n) => (
            <li key={n.id}>
              <strong>
                {t.kinds[n.kind]}, {n.authorName}
              </strong>{' '}
              {formatMoment(lang, n.createdAt)}: <span className="transcript__body">{n.body}</span>
            </li>
          ))}
        </ul>
        <form method="post" action={self} noValidate>
          <CsrfField />
          <input type="hidden" name="intent" value="note" />
          <TextArea name="note" label={t.addNote} issues={issues} defaultValue={v.note} rows={2} />
          <button type="submit">{t.addNote}</button>
        </form>
      </section>
      {mine && (
        <>
          <section className="contact-section" aria-labelledby="refer-title">
            <h2 id="refer-title">{t.refer}</h2>
            {view.referrals.map((ref) => (
              <p key={ref.id}>
                {localize(ref.serviceName, lang).text}: <strong>{m.contact.referralStatuses[ref.status]}</strong>
              </p>
            ))}
            <form method="post" action={self} noValidate>
              <CsrfField />
              <input type="hidden" name="intent" value="refer" />
              <SelectField
                name="service"
                label={t.service}
                issues={issues}
                defaultValue={v.service}
                options={view.services.map((s) => ({ value: s.id, label: localize(s.name, lang).text }))}
              />
              <Field name="givenBy" label={t.givenBy} issues={issues} defaultValue={v.givenBy} maxLength={200} />
              <fieldset className="field" id="f-dataItems">
                <legend>{t.dataItemsLabel}</legend>
                {CONSENT_DATA_ITEMS.map((d) => (
                  <div className="choice" key={d}>
                    <input type="checkbox" id={`f-dataItems-${d}`} name="dataItems" value={d} />
                    <label htmlFor={`f-dataItems-${d}`}>{m.contact.dataItems[d]}</label>
                  </div>
                ))}
              </fieldset>
              <TextArea name="purpose" label={t.purpose} issues={issues} defaultValue={v.purpose} rows={2} />
              <Field name="validDays" label={t.validDays} issues={issues} defaultValue={v.validDays ?? '30'} inputMode="numeric" />
              <button type="submit">{t.referSubmit}</button>
            </form>
          </section>
          <section className="contact-section" aria-labelledby="transfer-title">
            <h2 id="transfer-title">{t.transfer}</h2>
            <form method="post" action={self} noValidate>
              <CsrfField />
              <input type="hidden" name="intent" value="transfer" />
              <SelectField
                name="toPerson"
                label={t.toPerson}
                issues={issues}
                required={false}
                defaultValue={v.toPerson}
                options={[
                  { value: '', label: t.none },
                  ...view.advisors.map((a) => ({ value: a.personId, label: `${a.name} (${localize(a.organizationName, lang).text})` })),
                ]}
              />
              <SelectField
                name="toOrganization"
                label={t.toOrganization}
                issues={issues}
                required={false}
                defaultValue={v.toOrganization}
                options={[
                  { value: '', label: t.none },
                  ...view.organizations.map((o) => ({ value: o.id, label: localize(o.name, lang).text })),
                ]}
              />
              <TextArea name="transferNote" label={t.transferNote} issues={issues} defaultValue={v.transferNote} rows={2} />
              <button type="submit">{t.transferSubmit}</button>
            </form>
          </section>
          <section className="contact-section" aria-labelledby="close-title">
            <h2 id="close-title">{t.close}</h2>
            <form method="post" action={self} noValidate>
              <CsrfField />
              <input type="hidden" name="intent" value="close" />
              <SelectField
                name="outcome"
                label={t.outcome}
                issues={issues}
                defaultValue={v.outcome}
                options={CONTACT_OUTCOMES.map((o) => ({ value: o, label: m.contact.outcomes[o] }))}
              />
              <SelectField
                name="outcomeService"
                label={t.outcomeService}
                issues={issues}
                required={false}
                options={[{ value: '', label: t.none }, ...view.services.map((s) => ({ value: s.id, label: localize(s.name, lang).text }))]}
              />
              <button type="submit">{t.closeSubmit}</button>
            </form>
          </section>
        </>
      )}
      <script src="/contact-live.js" defer />
    </main>
  );
}
