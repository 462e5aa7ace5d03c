import type { LocalMoment } from '../../platform/helsinki-time.ts';
import type { ContactChannel, Hours } from '../../modules/catalog/catalog.model.ts';
import type { AccessMode } from '../../modules/catalog/catalog.domain.ts';
import type { I18nText } from '../../platform/i18n-text.ts';
import { hoursOn, isOpenAt } from '../../modules/catalog/opening-hours.ts';
import { useI18n } from '../i18n/index.ts';
import { telHref } from '../page-data.ts';
import { dayText, opensNextText } from './hours-view.tsx';
import { T } from './localized.tsx';

export interface FirstStepsPlace {
  id: string;
  name: I18nText;
  hours: Hours;
}

/**
 * What a family does first, right under the heading: call (with the phone hours), book, chat,
 * walk in today, and whether a referral is needed. Everything else on the page is detail.
 */
export function FirstSteps({
  heading,
  contacts,
  access,
  dropInPlaces = [],
  todayHours,
  now,
}: {
  heading: string;
  contacts: ContactChannel[];
  access?: AccessMode[];
  dropInPlaces?: FirstStepsPlace[];
  /** A place's own hours: today's line, and when it opens next if closed now. */
  todayHours?: Hours;
  now: LocalMoment;
}) {
  const { lang, m } = useI18n();
  const w = m.catalog.wayIn;
  const phones = contacts.filter((c) => c.kind === 'phone');
  const bookings = contacts.filter((c) => c.kind === 'booking');
  const chats = contacts.filter((c) => c.kind === 'chat');
  const dropIn = access?.includes('dropIn') ? dropInPlaces.slice(0, 3) : [];
  return (
    <section className="first-steps" aria-labelledby="first-steps-heading">
      <h2 id="first-steps-heading">{heading}</h2>
      <ul className="plain-list first-steps__list">
        {phones.map((c, i) => (
          <li key={`p${i}`}>
            <span className="first-steps__label">{c.label ? <T text={c.label} /> : w.phone}:</span>{' '}
            <a href={telHref(c.value)} className="first-steps__phone">
              {c.value}
            </a>
            {c.hoursNote && (
              <>
                {' '}
                (<T text={c.hoursNote} />)
              </>
            )}
          </li>
        ))}
        {bookings.map((c, i) => (
          <li key={`b${i}`}>
            <a href={c.value}>{c.label ? <T text={c.label} /> : w.bookOnline}</a>
          </li>
        ))}
        {chats.map((c, i) => (
          <li key={`c${i}`}>
            <a href={c.value}>{w.openChat}</a>
            {c.hoursNote && (
              <>
                {' '}
                (<T text={c.hoursNote} />)
              </>
            )}
          </li>
        ))}
        {todayHours && (
          <li>
            {w.today}: {dayText(lang, m, hoursOn(now.date, todayHours.weekly, todayHours.exceptions, todayHours))}
            {!isOpenAt(now, todayHours.weekly, todayHours.exceptions, todayHours) &&
              ` – ${m.catalog.hours.closedNow}. ${opensNextText(lang, m, todayHours, now) ?? ''}`}
          </li>
        )}
        {dropIn.map((p) => (
          <li key={`d${p.id}`}>
            {w.dropInToday}, <T text={p.name} />: {dayText(lang, m, hoursOn(now.date, p.hours.weekly, p.hours.exceptions, p.hours))}
          </li>
        ))}
        {access && <li>{access.includes('referral') ? w.referralNeeded : w.noReferral}</li>}
      </ul>
    </section>
  );
}
