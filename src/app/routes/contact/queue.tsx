import { redirect } from 'react-router';
import { ConflictError } from '../../../platform/errors.ts';
import { localize, type Lang } from '../../../platform/i18n-text.ts';
import { CONTACT_LANGUAGES, CONTACT_TOPICS } from '../../../modules/contact/contact.domain.ts';
import { choicesOf } from '../../choices.ts';
import { CsrfField, Notice } from '../../components/staff-form.tsx';
import { DataTable } from '../../components/data-table.tsx';
import { formatMoment } from '../../format.ts';
import { uiMessages, useI18n } from '../../i18n/index.ts';
import { paths } from '../../paths.ts';
import { fieldsOf, signedIn } from '../staff/forms.server.ts';
import type { Route } from './+types/queue';

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const lang = params.lang as Lang;
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const queue = await signedIn(lang, () => context.contact.queue(query));
  const municipalities = await context.catalog.listMunicipalities(queue.regionIds?.length === 1 ? { regionId: queue.regionIds[0] } : {});
  return {
    queue: JSON.parse(JSON.stringify(queue)) as typeof queue & { requests: { createdAt: string }[] },
    municipalities: choicesOf(municipalities, lang, 'byLabel'),
    notice: query.done === 'claimed' ? ('claimed' as const) : query.done === 'taken' ? ('taken' as const) : null,
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const lang = params.lang as Lang;
  const f = fieldsOf(await request.formData());
  const id = String(f.id ?? '');
  try {
    await signedIn(lang, () => context.contact.claim(id));
  } catch (error) {
    if (ConflictError.is(error)) return redirect(`${paths.contact.contactQueue(lang)}?done=taken`, 303);
    throw error;
  }
  return redirect(paths.contact.conversation(lang, id), 303);
}

export function meta({ params }: Route.MetaArgs) {
  const m = uiMessages[(params.lang as Lang) ?? 'fi'];
  return [{ title: `${m.contact.staff.queue.title} – ${m.site.name}` }, { name: 'robots', content: 'noindex' }];
}

export default function Queue({ loaderData }: Route.ComponentProps) {
  const { lang, m } = useI18n();
  const t = m.contact.staff.queue;
  const { queue } = loaderData;
  const f = queue.filter;
  return (
    <main id="main" className="page" tabIndex={-1}>
      <h1>{t.title}</h1>
      <p className="lead">{t.lead}</p>
      <p>
        <a href={paths.contact.roster(lang)}>{t.roster}</a> · <a href={paths.contact.incomingReferrals(lang)}>{t.referrals}</a> ·{' '}
        <a href={paths.contact.contactFigures(lang)}>{t.figures}</a>
      </p>
      {loaderData.notice === 'claimed' && <Notice kind="success">{t.claimed}</Notice>}
      {loaderData.notice === 'taken' && <Notice kind="error">{t.alreadyClaimed}</Notice>}
      <form method="get" className="filters" aria-label={t.filters} data-live-queue data-events="/api/v1/contact/events">
        <CsrfField />
        <div className="field">
          <label htmlFor="q-municipality">{m.contact.start.municipality}</label>
          <select id="q-municipality" name="municipality" defaultValue={f.municipality ?? ''}>
            <option value="">{t.anyMunicipality}</option>
            {loaderData.municipalities.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="q-topic">{t.topic}</label>
          <select id="q-topic" name="topic" defaultValue={f.topic ?? ''}>
            <option value="">{t.anyTopic}</option>
            {CONTACT_TOPICS.map((k) => (
              <option key={k} value={k}>
                {m.contact.topics[k]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="q-language">{t.language}</label>
          <select id="q-language" name="language" defaultValue={f.language ?? ''}>
            <option value="">{t.anyLanguage}</option>
            {CONTACT_LANGUAGES.map((k) => (
              <option key={k} value={k}>
                {m.contact.languages[k]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="q-waiting">{t.waitingAtLeast}</label>
          <input id="q-waiting" name="waiting" inputMode="numeric" defaultValue={f.waiting ?? ''} />
        </div>
        <div className="field">
          <label htmlFor="q-status">{t.status}</label>
          <select id="q-status" name="status" defaultValue={f.status}>
            <option value="open">{t.open}</option>
            <option value="closed">{t.closed}</option>
          </select>
        </div>
        <button type="submit">{t.apply}</button>
      </form>
      {queue.requests.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <DataTable
          caption={t.caption}
          columns={[t.reference, t.received, t.municipality, t.topic, t.language, t.channel, t.handler, t.actions]}
        >
          {queue.requests.map((r) => (
            <tr key={r.id}>
              <td>
                {r.reference}
                {r.anonymous && ` (${t.anonymous})`}
              </td>
              <td>{formatMoment(lang, r.createdAt)}</td>
              <td>{localize(r.municipalityName, lang).text}</td>
              <td>{m.contact.topics[r.topic]}</td>
              <td>{m.contact.languages[r.language]}</td>
              <td>{m.contact.channels[r.channel]}</td>
              <td>{r.claimedByName ?? m.contact.statuses[r.status]}</td>
              <td>
                {r.status === 'waiting' && r.permittedActions.includes('Contact.CLAIM') && (
                  <form method="post" className="inline-form">
                    <CsrfField />
                    <input type="hidden" name="id" value={r.id} />
                    <button type="submit" aria-label={`${t.claim} ${r.reference}`}>
                      {t.claim}
                    </button>
                  </form>
                )}{' '}
                <a href={paths.contact.conversation(lang, r.id)} aria-label={`${t.openConversation} ${r.reference}`}>
                  {t.openConversation}
                </a>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <script src="/contact-live.js" defer />
    </main>
  );
}
