import { data } from 'react-router';
import type { Lang } from '../../../platform/i18n-text.ts';
import { NotFoundError } from '../../../platform/errors.ts';
import { localize } from '../../../platform/i18n-text.ts';
import { occurrenceTime } from '../../components/activity-parts.tsx';
import { T } from '../../components/localized.tsx';
import { Notice } from '../../components/staff-form.tsx';
import { format, uiMessages, useI18n } from '../../i18n/index.ts';
import { paths } from '../../paths.ts';
import { privateHeaders } from '../staff/forms.server.ts';
import type { Route } from './+types/registration';

async function orGone<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (NotFoundError.is(error)) throw data(null, { status: 404 });
    throw error;
  }
}

export async function loader({ params, context }: Route.LoaderArgs) {
  return orGone(() => context.activities.family.viewRegistration(params.token));
}

/** Cancelling is a POST the family confirmed with the button; the mailed link itself (GET) only shows. */
export async function action({ params, context }: Route.ActionArgs) {
  await orGone(() => context.activities.family.cancelRegistration(params.token, context.requestOrigin));
  return { cancelled: true as const };
}

/** The family's own sign-up, behind the mailed link: no cache keeps it. */
export function headers(args: Route.HeadersArgs) {
  return privateHeaders(args);
}

export function meta({ params }: Route.MetaArgs) {
  const m = uiMessages[(params.lang as Lang) ?? 'fi'];
  // The address holds the link's secret: no search engine, no referrer.
  return [
    { title: `${m.activities.registration.title} – ${m.site.name}` },
    { name: 'robots', content: 'noindex' },
    { name: 'referrer', content: 'same-origin' },
  ];
}

export default function RegistrationPage({ loaderData, actionData }: Route.ComponentProps) {
  const { lang, m } = useI18n();
  const t = m.activities.registration;
  const r = loaderData;
  const when = occurrenceTime(lang, r.occurrence.start, r.occurrence.end);
  const live = ['confirmed', 'waitlisted', 'applied'].includes(r.status);
  return (
    <main id="main" className="page narrow" tabIndex={-1}>
      <h1>{t.title}</h1>
      {actionData?.cancelled && <Notice kind="success">{t.cancelled}</Notice>}
      <p>
        <a href={paths.activities.occurrence(lang, r.occurrence.id)}>
          <T text={r.occurrence.name} />
        </a>
        {', '}
        {format(m.activities.common.time, when)}
        {r.occurrence.placeName && (
          <>
            {', '}
            {localize(r.occurrence.placeName, lang).text}
          </>
        )}
      </p>
      <dl className="facts">
        <div className="facts__row">
          <dt>{m.activities.occurrence.name}</dt>
          <dd>{r.name}</dd>
        </div>
        <div className="facts__row">
          <dt>{t.statusLabel}</dt>
          <dd>
            <strong>{t.status[r.status as keyof typeof t.status]}</strong>
            {r.waitlistPosition !== null && <> – {format(t.position, { position: r.waitlistPosition })}</>}
          </dd>
        </div>
        <div className="facts__row">
          <dt>{m.activities.occurrence.adults}</dt>
          <dd>{format(t.people, { adults: r.adults, children: r.childrenAges.length ? r.childrenAges.join(', ') : t.noChildren })}</dd>
        </div>
      </dl>
      {live && !r.occurrence.cancelled && (
        <form method="post">
          <p>{t.cancelQuestion}</p>
          <button type="submit" className="button button--secondary">
            {t.cancel}
          </button>
        </form>
      )}
    </main>
  );
}
