import type { Lang } from '../../../platform/i18n-text.ts';
import { localize } from '../../../platform/i18n-text.ts';
import { OccurrenceList } from '../../components/activity-parts.tsx';
import { Breadcrumbs } from '../../components/breadcrumbs.tsx';
import { T } from '../../components/localized.tsx';
import { format, uiMessages, useI18n } from '../../i18n/index.ts';
import { orNotFound, requireUuid } from '../../page-data.ts';
import { paths } from '../../paths.ts';
import type { Route } from './+types/activity';

export async function loader({ params, context }: Route.LoaderArgs) {
  const id = requireUuid(params.id);
  return orNotFound(() => context.activities.public.getActivity(id));
}

export function meta({ data, params }: Route.MetaArgs) {
  const lang = (params.lang as Lang) ?? 'fi';
  const m = uiMessages[lang];
  if (!data) return [{ title: `${m.errors.notFoundTitle} – ${m.site.name}` }];
  return [{ title: `${localize(data.activity.name, lang).text} – ${m.site.name}` }];
}

/** An activity: what, for whom, where, who runs it, and its next occurrences with places left. */
export default function ActivityPage({ loaderData }: Route.ComponentProps) {
  const { lang, m } = useI18n();
  const t = m.activities;
  const { activity, occurrences } = loaderData;
  return (
    <main id="main" className="page" tabIndex={-1}>
      <Breadcrumbs
        items={[{ label: t.calendar.title, href: paths.activities.calendar(lang) }, { label: localize(activity.name, lang).text }]}
      />
      <h1>
        <T text={activity.name} />
      </h1>
      <ul className="tags">
        <li className="tag">{t.types[activity.type]}</li>
        <li className="tag">{t.signUpModes[activity.signUp]}</li>
        <li className="tag">{activity.cost === 'free' ? t.common.free : t.common.paid}</li>
      </ul>
      {activity.description && <T as="p" text={activity.description} block />}
      <section aria-labelledby="details-heading">
        <h2 id="details-heading">{t.activity.details}</h2>
        <dl className="facts">
          <div className="facts__row">
            <dt>{t.common.organizer}</dt>
            <dd>
              <T text={activity.organization.name} />
              {activity.coOrganizers.length > 0 && (
                <>
                  {'; '}
                  {t.common.coOrganizers}:{' '}
                  {activity.coOrganizers.map((c, i) => (
                    <span key={c.id}>
                      {i > 0 && ', '}
                      <T text={c.name} />
                    </span>
                  ))}
                </>
              )}
            </dd>
          </div>
          <div className="facts__row">
            <dt>{t.common.place}</dt>
            <dd>
              {activity.place ? (
                <a href={paths.place(lang, activity.place.id)}>
                  <T text={activity.place.name} />, {activity.place.streetAddress}
                </a>
              ) : (
                <>{t.common.online}</>
              )}
              {', '}
              <T text={activity.municipality.name} />
            </dd>
          </div>
          {activity.ageMin !== null && (
            <div className="facts__row">
              <dt>{t.activity.targetGroup}</dt>
              <dd>{format(t.common.ages, { min: activity.ageMin, max: activity.ageMax ?? 17 })}</dd>
            </div>
          )}
          <div className="facts__row">
            <dt>{t.common.language}</dt>
            <dd>{activity.languages.map((l) => t.languages[l]).join(', ')}</dd>
          </div>
          {(activity.place?.stepFreeAccess || activity.accessibilityNote || activity.place?.accessibilityNote) && (
            <div className="facts__row">
              <dt>{t.common.accessibility}</dt>
              <dd>
                {activity.place?.stepFreeAccess && <>{t.common.stepFree}. </>}
                {activity.place?.accessibilityNote && <T text={activity.place.accessibilityNote} />}{' '}
                {activity.accessibilityNote && <T text={activity.accessibilityNote} />}
              </dd>
            </div>
          )}
        </dl>
      </section>
      <section aria-labelledby="upcoming-heading">
        <h2 id="upcoming-heading">{t.activity.upcoming}</h2>
        {occurrences.length ? <OccurrenceList items={occurrences} /> : <p>{t.activity.none}</p>}
      </section>
    </main>
  );
}
