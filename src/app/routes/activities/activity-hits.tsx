import type { ActivitySearchHit } from '../../../modules/activities/activities.domain.ts';
import { occurrenceTime } from '../../components/activity-parts.tsx';
import { T } from '../../components/localized.tsx';
import { format, useI18n } from '../../i18n/index.ts';
import { paths } from '../../paths.ts';

/** A hit as the loader hands it over (serialised: the dates may arrive as strings). */
type Hit = Omit<ActivitySearchHit, 'next'> & { next: { occurrenceId: string; start: Date | string; end: Date | string } };

/**
 * Activities that answer a search, each labelled as an activity, with when it is next on and
 * where. Never how many places are left: sign-ups must not change what a search shows (the
 * activity page tells how full each occurrence is).
 */
export function ActivityHits({ activities, municipality }: { activities: readonly Hit[]; municipality?: string | undefined }) {
  const { lang, m } = useI18n();
  const t = m.activities.search;
  if (activities.length === 0) return null;
  return (
    <section className="article-hits" aria-labelledby="activity-hits-heading">
      <h2 id="activity-hits-heading">{t.heading}</h2>
      <ul className="link-list">
        {activities.map((a) => {
          const when = occurrenceTime(lang, a.next.start, a.next.end);
          return (
            <li key={a.id}>
              <span className="tag">{t.label}</span>{' '}
              <a className="link-list__title" href={paths.activities.activity(lang, a.id)}>
                <T text={a.name} />
              </a>
              <p>
                <time dateTime={new Date(a.next.start).toISOString()}>{format(t.next, when)}</time>
                {' · '}
                {a.place ? <T text={a.place.name} /> : m.activities.common.online}
                {', '}
                <T text={a.municipality.name} />
              </p>
              <p>
                {m.activities.types[a.type]}
                {' · '}
                {a.languages.map((l) => m.activities.languages[l]).join(', ')}
                {a.cost === 'free' && ` · ${m.activities.common.free}`}
              </p>
            </li>
          );
        })}
      </ul>
      <p>
        <a href={paths.activities.calendar(lang, municipality ? `municipality=${municipality}` : undefined)}>{t.all}</a>
      </p>
    </section>
  );
}
