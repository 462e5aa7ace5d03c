import type { ActivityLink, OccurrenceListItem } from '../../modules/activities/activities.domain.ts';
import type { Lang } from '../../platform/i18n-text.ts';
import { dateTimeFormat, locales } from '../format.ts';
import { format, useI18n } from '../i18n/index.ts';
import { paths } from '../paths.ts';
import { T } from './localized.tsx';

/** "ti 8.12.2026" and "10.00" in Helsinki time, whatever the server's zone. */
export function occurrenceTime(lang: Lang, start: Date | string, end: Date | string) {
  const day = dateTimeFormat(locales[lang], {
    timeZone: 'Europe/Helsinki',
    weekday: 'short',
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
  });
  const time = dateTimeFormat(locales[lang], {
    timeZone: 'Europe/Helsinki',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return { date: day.format(new Date(start)), start: time.format(new Date(start)), end: time.format(new Date(end)) };
}

/** Places left, full or cancelled: said in words, never by colour alone. */
export function Fill({ occurrence }: { occurrence: Pick<OccurrenceListItem, 'capacity' | 'confirmed' | 'waitlisted' | 'cancelled'> }) {
  const { m } = useI18n();
  const t = m.activities.common;
  if (occurrence.cancelled) return <span className="tag tag--warning">{t.cancelled}</span>;
  if (occurrence.capacity === null) return null;
  const left = occurrence.capacity - occurrence.confirmed;
  return (
    <span className={left > 0 ? 'tag' : 'tag tag--warning'}>
      {left > 0 ? format(t.placesLeft, { left, capacity: occurrence.capacity }) : t.full}
      {occurrence.waitlisted > 0 && ` · ${format(t.waitlisted, { count: occurrence.waitlisted })}`}
    </span>
  );
}

/** A list of occurrences: when, what, where, and how full. */
export function OccurrenceList({ items, headingLevel = 3 }: { items: readonly OccurrenceListItem[]; headingLevel?: 2 | 3 }) {
  const { lang, m } = useI18n();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul className="result-list">
      {items.map((o) => {
        const when = occurrenceTime(lang, o.start, o.end);
        return (
          <li key={o.id} className="service-card">
            <Heading className="service-card__title">
              <a href={paths.activities.occurrence(lang, o.id)}>
                <T text={o.activity.name} />
              </a>
            </Heading>
            <p>
              <time dateTime={new Date(o.start).toISOString()}>{format(m.activities.common.time, when)}</time>
              {' · '}
              {o.activity.placeName ? <T text={o.activity.placeName} /> : m.activities.common.online}
              {', '}
              <T text={o.activity.municipality.name} />
            </p>
            <ul className="tags">
              <li className="tag">{m.activities.types[o.activity.type]}</li>
              <li className="tag">{o.activity.languages.map((l) => m.activities.languages[l]).join(', ')}</li>
              {o.activity.cost === 'free' && <li className="tag">{m.activities.common.free}</li>}
              <li>
                <Fill occurrence={o} />
              </li>
            </ul>
          </li>
        );
      })}
    </ul>
  );
}

/** "This week" on the home, municipality and meeting-place pages, with a link to the whole calendar. */
export function ThisWeek({
  items,
  calendarQuery,
  feedUrl,
}: {
  items: readonly OccurrenceListItem[];
  calendarQuery?: string;
  feedUrl?: string;
}) {
  const { lang, m } = useI18n();
  return (
    <section aria-labelledby="this-week-heading">
      <h2 id="this-week-heading">{m.activities.thisWeek.title}</h2>
      {items.length ? <OccurrenceList items={items} /> : <p>{m.activities.thisWeek.none}</p>}
      <p>
        <a href={paths.activities.calendar(lang, calendarQuery)}>{m.activities.thisWeek.all}</a>
        {feedUrl && (
          <>
            {' · '}
            <a href={feedUrl}>{m.activities.common.calendarFeed}</a>
          </>
        )}
      </p>
    </section>
  );
}

/**
 * The activities a place or a service page links to, each with when it is next on: the way from
 * "where" and "what service" to "what is on there".
 */
export function ActivityLinks({
  items,
  heading,
  calendarQuery,
}: {
  items: readonly ActivityLink[];
  heading: 'placeTitle' | 'serviceTitle';
  calendarQuery?: string;
}) {
  const { lang, m } = useI18n();
  const t = m.activities.links;
  if (!items.length) return null;
  return (
    <section aria-labelledby="activity-links-heading">
      <h2 id="activity-links-heading">{t[heading]}</h2>
      <ul className="plain-list">
        {items.map((a) => {
          const next = a.nextStart ? occurrenceTime(lang, a.nextStart, a.nextStart) : null;
          return (
            <li key={a.id}>
              <a href={paths.activities.activity(lang, a.id)}>
                <T text={a.name} />
              </a>
              {` (${m.activities.types[a.type]}, ${a.languages.map((l) => m.activities.languages[l]).join(', ')}; `}
              {a.nextStart && next ? <time dateTime={new Date(a.nextStart).toISOString()}>{format(t.next, next)}</time> : t.noUpcoming}
              {')'}
            </li>
          );
        })}
      </ul>
      {calendarQuery && (
        <p>
          <a href={paths.activities.calendar(lang, calendarQuery)}>{m.activities.thisWeek.all}</a>
        </p>
      )}
    </section>
  );
}
