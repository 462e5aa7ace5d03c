import type { LocalMoment } from '../../platform/helsinki-time.ts';
import type { Hours } from '../../modules/catalog/catalog.model.ts';
import { isOpenAt, regularWeek, upcomingDays, WHOLE_DAY } from '../../modules/catalog/opening-hours.ts';
import { formatDate, formatTime } from '../format.ts';
import { format, useI18n } from '../i18n/index.ts';
import { T } from './localized.tsx';

const UPCOMING_DAYS = 14;

/**
 * Opening hours as a family needs them: open or closed right now, the regular week, and the coming
 * days that differ from it (public holidays, summer closures, changed hours).
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
  const week = regularWeek(hours.weekly, now.date);
  const interval = (i: { opens: string; closes: string }) =>
    i.opens === WHOLE_DAY.opens && i.closes === WHOLE_DAY.closes
      ? m.catalog.hours.aroundTheClock
      : format(m.catalog.hours.interval, { opens: formatTime(lang, i.opens), closes: formatTime(lang, i.closes) });
  const special = upcomingDays(now.date, UPCOMING_DAYS, hours.weekly, hours.exceptions, hours).filter(
    (d) => d.exception || (d.kind === 'closed' && d.holiday),
  );
  return (
    <>
      <Heading>{heading ?? m.catalog.hours.heading}</Heading>
      <p className={`open-state ${open ? 'open-state--open' : ''}`}>{open ? m.catalog.hours.openNow : m.catalog.hours.closedNow}</p>
      {hours.aroundTheClock ? (
        <p>{m.catalog.hours.aroundTheClock}</p>
      ) : (
        <table className="hours-table">
          <caption className="visually-hidden">{m.catalog.hours.regular}</caption>
          <tbody>
            {week.map((d) => (
              <tr key={d.weekday}>
                <th scope="row">
                  {m.catalog.hours.weekdays[d.weekday - 1]}
                  {d.weekday === now.weekday && <span className="visually-hidden"> ({m.catalog.hours.today})</span>}
                </th>
                <td>{d.intervals.length ? d.intervals.map(interval).join(', ') : m.catalog.hours.closed}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {hours.openOnHolidays && !hours.aroundTheClock && <p>{m.catalog.hours.openOnHolidays}</p>}
      {special.length > 0 && (
        <>
          <p className="hours-exceptions-title">
            <strong>{m.catalog.hours.exceptions}</strong>
          </p>
          <ul className="plain-list">
            {special.map((d) => (
              <li key={d.day}>
                {formatDate(lang, d.day, { weekday: 'short' })}:{' '}
                {d.kind === 'open' ? d.intervals.map(interval).join(', ') : m.catalog.hours.closed}
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
