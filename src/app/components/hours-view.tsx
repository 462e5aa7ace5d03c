import type { LocalMoment } from '../../platform/helsinki-time.ts';
import type { Hours } from '../../modules/catalog/catalog.model.ts';
import {
  hoursOn,
  isOpenAt,
  nextOpening,
  regularWeek,
  upcomingDays,
  WHOLE_DAY,
  type DayHours,
} from '../../modules/catalog/opening-hours.ts';
import { formatDate, formatTime } from '../format.ts';
import { format, useI18n } from '../i18n/index.ts';
import type { Lang } from '../../platform/i18n-text.ts';
import { T } from './localized.tsx';

const UPCOMING_DAYS = 14;

type Messages = ReturnType<typeof useI18n>['m'];

/** One interval in words: "9.30–12.00", or "ympäri vuorokauden" for the whole day. */
export function intervalText(lang: Lang, m: Messages, i: { opens: string; closes: string }): string {
  return i.opens === WHOLE_DAY.opens && i.closes === WHOLE_DAY.closes
    ? m.catalog.hours.aroundTheClock
    : format(m.catalog.hours.interval, { opens: formatTime(lang, i.opens), closes: formatTime(lang, i.closes) });
}

export function dayText(lang: Lang, m: Messages, d: DayHours): string {
  return d.kind === 'open' ? d.intervals.map((i) => intervalText(lang, m, i)).join(', ') : m.catalog.hours.closed;
}

/** "Opens Tue 9.30." for a closed service, within two weeks. */
export function opensNextText(lang: Lang, m: Messages, hours: Hours, now: LocalMoment): string | null {
  const next = nextOpening(now, hours.weekly, hours.exceptions, hours);
  if (!next) return null;
  const when =
    next.day === now.date
      ? formatTime(lang, next.opens)
      : `${formatDate(lang, next.day, { weekday: 'short', year: undefined })} ${formatTime(lang, next.opens)}`;
  return format(m.catalog.wayIn.opensNext, { when });
}

/**
 * Opening hours as a family needs them: open or closed right now (and when it opens next), today's
 * hours, and behind "whole week" the regular week and the coming days that differ from it.
 */
export function HoursView({
  hours,
  now,
  headingLevel = 3,
  heading,
}: {
  hours: Hours;
  now: LocalMoment;
  headingLevel?: 2 | 3 | 4;
  heading?: string;
}) {
  const { lang, m } = useI18n();
  const Heading = `h${headingLevel}` as const;
  if (hours.weekly.length === 0 && hours.exceptions.length === 0 && !hours.aroundTheClock) {
    return (
      <>
        <Heading>{heading ?? m.catalog.hours.heading}</Heading>
        <p>{m.catalog.hours.noHours}</p>
      </>
    );
  }
  const open = isOpenAt(now, hours.weekly, hours.exceptions, hours);
  const today = hoursOn(now.date, hours.weekly, hours.exceptions, hours);
  const opensNext = open ? null : opensNextText(lang, m, hours, now);
  const week = regularWeek(hours.weekly, now.date);
  const special = upcomingDays(now.date, UPCOMING_DAYS, hours.weekly, hours.exceptions, hours).filter(
    (d) => d.exception || (d.kind === 'closed' && d.holiday),
  );
  return (
    <>
      <Heading>{heading ?? m.catalog.hours.heading}</Heading>
      <p className={`open-state ${open ? 'open-state--open' : ''}`}>
        {open ? m.catalog.hours.openNow : m.catalog.hours.closedNow}
        {opensNext && <span className="open-state__next"> {opensNext}</span>}
      </p>
      <p>
        {m.catalog.wayIn.today}: {dayText(lang, m, today)}
        {today.holiday && (
          <>
            {' '}
            (<T text={today.holiday.name} />)
          </>
        )}
      </p>
      {hours.openOnHolidays && !hours.aroundTheClock && <p>{m.catalog.hours.openOnHolidays}</p>}
      {!hours.aroundTheClock && (
        <details className="hours-week">
          <summary>{m.catalog.wayIn.wholeWeek}</summary>
          <table className="hours-table">
            <caption className="visually-hidden">{m.catalog.hours.regular}</caption>
            <tbody>
              {week.map((d) => (
                <tr key={d.weekday}>
                  <th scope="row">
                    {m.catalog.hours.weekdays[d.weekday - 1]}
                    {d.weekday === now.weekday && <span className="visually-hidden"> ({m.catalog.hours.today})</span>}
                  </th>
                  <td>{d.intervals.length ? d.intervals.map((i) => intervalText(lang, m, i)).join(', ') : m.catalog.hours.closed}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
      {special.length > 0 && (
        <>
          <p className="hours-exceptions-title">
            <strong>{m.catalog.hours.exceptions}</strong>
          </p>
          <ul className="plain-list">
            {special.map((d) => (
              <li key={d.day}>
                {formatDate(lang, d.day, { weekday: 'short' })}: {dayText(lang, m, d)}
                {d.kind === 'closed' && d.holiday && (
                  <>
                    {' '}
                    (<T text={d.holiday.name} />)
                  </>
                )}
                {d.exception?.note && (
                  <>
                    {' – '}
                    <T text={d.exception.note} />
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
