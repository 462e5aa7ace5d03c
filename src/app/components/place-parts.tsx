import type { ReactNode } from 'react';
import type { PlaceDetail, PlaceRef, PlaceSummary } from '../../modules/catalog/catalog.model.ts';
import { SERVICE_LEVELS } from '../../modules/catalog/catalog.domain.ts';
import type { LocalMoment } from '../../platform/helsinki-time.ts';
import type { Lang } from '../../platform/i18n-text.ts';
import { formatDate } from '../format.ts';
import { format, useI18n } from '../i18n/index.ts';
import { mapHref, telHref } from '../page-data.ts';
import { paths } from '../paths.ts';
import { AccessibilityFacts } from './accessibility-facts.tsx';
import { HoursView } from './hours-view.tsx';
import { T, useLocalize } from './localized.tsx';

/** A family centre has a page of its own; every other place is a place page. */
export function placeHref(lang: Lang, place: Pick<PlaceRef, 'id' | 'kind'>): string {
  return place.kind === 'familyCentre' ? paths.familyCentre(lang, place.id) : paths.place(lang, place.id);
}

/** A temporarily closed or ended place says so before anything else. */
export function PlaceStatusNotice({ place }: { place: Pick<PlaceDetail, 'status' | 'statusNote'> }) {
  const { m } = useI18n();
  if (place.status === 'active') return null;
  return (
    <div className="notice notice--warning" role="note">
      <p>
        <strong>{m.catalog.status[place.status]}</strong>
      </p>
      {place.statusNote && <T as="p" text={place.statusNote} block />}
    </div>
  );
}

/** Where the place is and how to get there, when it is open, and how accessible it is. */
export function PlaceVisitInfo({ place, now }: { place: PlaceDetail; now: LocalMoment }) {
  const { m } = useI18n();
  const localize = useLocalize();
  const address = `${place.streetAddress}, ${place.postalCode} ${localize(place.postOffice)}`;
  return (
    <>
      <section aria-labelledby="address-heading">
        <h2 id="address-heading">{m.catalog.place.address}</h2>
        <p>
          {place.streetAddress}, {place.postalCode} <T text={place.postOffice} />
          <br />
          <a href={mapHref(place.latitude, place.longitude, address)}>{m.catalog.place.showOnMap}</a>
        </p>
        {place.transportNote && (
          <>
            <h3>{m.catalog.place.transport}</h3>
            <T as="p" text={place.transportNote} block />
          </>
        )}
      </section>
      <div className="place-hours">
        <HoursView hours={place.hours} now={now} headingLevel={2} />
      </div>
      <section aria-labelledby="accessibility-heading">
        <h2 id="accessibility-heading">{m.catalog.place.accessibility}</h2>
        <AccessibilityFacts accessibility={place.accessibility} />
        {place.accessibilityNote && <T as="p" text={place.accessibilityNote} block />}
      </section>
    </>
  );
}

/** A web address as people read it: no scheme, no trailing slash. */
function shortUrl(url: string): string {
  return url.replace(/^https?:\/\//i, '').replace(/\/$/, '');
}

/** The side column: how to reach the place, who runs it, and when the details were checked. */
export function PlaceAside({ place, children }: { place: PlaceDetail; children?: ReactNode }) {
  const { lang, m } = useI18n();
  const hasContact = place.phone || place.email || place.website;
  return (
    <aside aria-label={m.catalog.place.contact}>
      {hasContact && (
        <>
          <h2>{m.catalog.place.contact}</h2>
          <dl className="facts contact-facts">
            {place.phone && (
              <div className="facts__row">
                <dt>{m.catalog.enums.contactKind.phone}</dt>
                <dd>
                  <a href={telHref(place.phone)}>{place.phone}</a>
                </dd>
              </div>
            )}
            {place.email && (
              <div className="facts__row">
                <dt>{m.catalog.enums.contactKind.email}</dt>
                <dd>
                  <a href={`mailto:${place.email}`}>{place.email}</a>
                </dd>
              </div>
            )}
            {place.website && (
              <div className="facts__row">
                <dt>{m.catalog.enums.contactKind.web}</dt>
                <dd>
                  <a href={place.website}>{shortUrl(place.website)}</a>
                </dd>
              </div>
            )}
          </dl>
        </>
      )}
      <h2>{m.catalog.place.organization}</h2>
      <p>
        <T text={place.organization.name} />
        <br />
        <span className="hint">{m.catalog.enums.organizationType[place.organization.type]}</span>
      </p>
      {children}
      <p className="hint">{format(m.catalog.place.lastChecked, { date: formatDate(lang, place.lastChecked) })}</p>
    </aside>
  );
}

/** The services given at a place, under a heading for each service level that has any. */
export function ServicesByLevel({ services, headingLevel = 3 }: { services: PlaceDetail['services']; headingLevel?: 3 | 4 }) {
  const { lang, m } = useI18n();
  const Heading = `h${headingLevel}` as const;
  if (services.length === 0) return <p>{m.catalog.place.noServices}</p>;
  return (
    <>
      {SERVICE_LEVELS.map((level) => {
        const atLevel = services.filter((s) => s.level === level);
        if (atLevel.length === 0) return null;
        return (
          <div key={level} className="service-level">
            <Heading>{m.catalog.enums.levelLong[level]}</Heading>
            <ul className="link-list">
              {atLevel.map((s) => (
                <li key={s.id}>
                  <a className="link-list__title" href={paths.service(lang, s.id)}>
                    <T text={s.name} />
                  </a>
                  {s.status === 'temporarilyClosed' && (
                    <>
                      {' '}
                      <span className="tag tag--warning">{m.catalog.status.temporarilyClosed}</span>
                    </>
                  )}
                  <T as="p" text={s.summary} />
                  {s.note && <T as="p" className="hint" text={s.note} />}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </>
  );
}

/** Places as cards: name, kind, address; a central meeting place can be marked. */
export function PlaceCards({
  places,
  showKind = true,
  markCentral = false,
}: {
  places: PlaceSummary[];
  showKind?: boolean;
  markCentral?: boolean;
}) {
  const { lang, m } = useI18n();
  return (
    <ul className="card-grid">
      {places.map((p) => {
        const central = markCentral && p.kind === 'centralMeetingPlace';
        return (
          <li key={p.id} className={`link-card${central ? ' link-card--central' : ''}`}>
            <a href={placeHref(lang, p)}>
              <T text={p.name} />
            </a>
            {(showKind || central) && (
              <p>
                {central ? (
                  <strong className="tag tag--central">{m.catalog.municipality.centralMeetingPlace}</strong>
                ) : (
                  m.catalog.enums.placeKind[p.kind]
                )}
              </p>
            )}
            <p>
              {p.streetAddress}, <T text={p.postOffice} />
            </p>
            {p.status === 'temporarilyClosed' && (
              <p>
                <span className="tag tag--warning">{m.catalog.status.temporarilyClosed}</span>
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** Links to family centres, each with the municipality it is in. */
export function FamilyCentreLinks({ centres }: { centres: PlaceRef[] }) {
  const { lang } = useI18n();
  return (
    <ul className="plain-list link-list">
      {centres.map((c) => (
        <li key={c.id}>
          <a className="link-list__title" href={placeHref(lang, c)}>
            <T text={c.name} />
          </a>
          <p className="hint">
            <T text={c.municipality.name} />
          </p>
        </li>
      ))}
    </ul>
  );
}
