import { data } from 'react-router';
import type { Lang } from '../../../platform/i18n-text.ts';
import { formatMoment } from '../../format.ts';
import { uiMessages, useI18n } from '../../i18n/index.ts';
import type { Route } from './+types/dev-mail';

/** Demo mode only: what the in-process mail sink received. Outside demo mode the page does not exist (404). */
export function loader({ context }: Route.LoaderArgs) {
  if (!context.devMail) throw data(null, { status: 404 });
  return { messages: context.devMail().map((x) => ({ id: x.id, to: x.to, subject: x.subject, text: x.text, receivedAt: x.receivedAt })) };
}

export function meta({ params }: Route.MetaArgs) {
  const m = uiMessages[(params.lang as Lang) ?? 'fi'];
  return [{ title: `${m.staff.devMail.title} – ${m.site.name}` }, { name: 'robots', content: 'noindex' }];
}

/** Links in the mails are shown as links, so that a newcomer can follow a reset or an invitation. */
function MailText({ text }: { text: string }) {
  const parts = text.split(/(https?:\/\/[^\s]+)/g);
  return (
    <pre className="mail-text">
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <a key={i} href={part}>
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </pre>
  );
}

export default function DevMail({ loaderData }: Route.ComponentProps) {
  const { lang, m } = useI18n();
  const t = m.staff.devMail;
  return (
    <main id="main" className="page" tabIndex={-1}>
      <h1>{t.title}</h1>
      <p className="lead">{t.lead}</p>
      {loaderData.messages.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ol className="mail-list">
          {loaderData.messages.map((mail) => (
            <li key={mail.id}>
              <article aria-labelledby={`mail-${mail.id}`}>
                <h2 id={`mail-${mail.id}`}>{mail.subject}</h2>
                <dl className="facts">
                  <dt>{t.to}</dt>
                  <dd>{mail.to}</dd>
                  <dt>{t.received}</dt>
                  <dd>{formatMoment(lang, mail.receivedAt)}</dd>
                </dl>
                <MailText text={mail.text} />
              </article>
            </li>
          ))}
        </ol>
      )}
    </main>
  );
}
