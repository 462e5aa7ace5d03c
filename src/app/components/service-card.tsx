import type { Locality, ServiceOpening, ServiceSearchItem, ServiceSummary } from '../../modules/catalog/catalog.model.ts';
import { byName } from '../choices.ts';
import { formatDate, formatTime } from '../format.ts';

import { localize, type I18nText, type Lang } from '../../platform/i18n-text.ts';
import { format, useI18n } from '../i18n/index.ts';
import { paths } from '../paths.ts';
import { T } from './localized.tsx';

const MAX_PLACES = 3;

/** What a card shows and no more: a loader's data is serialised into every page that uses it. */
export interface ServiceCardData extends Pick<ServiceSummary, 'id' | 'name' | 'summary' | 'status' | 'level' | 'cost' | 'delivery'> {
  organizationName: I18nText;
  places: { id: string; name: I18nText; municipalityName: I18nText }[];
  placeCount: number;
  locality?: Locality;
  /** Hours today or the next opening, when the page asked for them. */
  opening?: ServiceOpening | null;
  /** The municipalities' services of this name, in the reader's order of municipality names. */
  sameName?: { name: I18nText; services: { id: string; municipalityName: string }[]; sameOrganization: boolean };
}

export function toServiceCard(service: ServiceSearchItem | (ServiceSummary & { locality?: Locality }), lang: Lang = 'fi'): ServiceCardData {
  const { id, name, summary, status, level, cost, delivery, locality } = service;
  const sameName = 'sameName' in service ? service.sameName : undefined;
  return {
    ...(sameName
      ? {
          sameName: {
            name: sameName.name,
            sameOrganization: sameName.sameOrganization,
            services: sameName.services
              .map((s) => ({ id: s.id, municipalityName: localize(s.municipality.name, lang).text }))
              .sort((a, b) => byName(lang)(a.municipalityName, b.municipalityName)),
          },
        }
      : {}),
    id,
    name,
    summary,
    status,
    level,
    cost,
    delivery,
    organizationName: service.organization.name,
    places: service.places.slice(0, MAX_PLACES).map((p) => ({ id: p.id, name: p.name, municipalityName: p.municipality.name })),
    placeCount: service.places.length,
    ...(locality ? { locality } : {}),
  };
}

export function ServiceCard({ service, headingLevel = 3 }: { service: ServiceCardData; headingLevel?: 2 | 3 | 4 }) {
  const { lang, m } = useI18n();
  const Heading = `h${headingLevel}` as const;
  if (service.sameName) return <SharedServiceCard service={service} sameName={service.sameName} Heading={Heading} />;
  const locality =
    service.locality &&
    {
      municipality: m.catalog.search.localityMunicipality,
      region: m.catalog.search.localityRegion,
      national: m.catalog.search.localityNational,
    }[service.locality];
  return (
    <article className="service-card">
      <Heading className="service-card__title">
        <a href={paths.service(lang, service.id)}>
          <T text={service.name} />
        </a>
      </Heading>
      <p className="service-card__provider">
        <T text={service.organizationName} />
      </p>
      <T as="p" text={service.summary} className="service-card__summary" />
      {service.opening && <OpeningLine opening={service.opening} />}
      <ul className="tags">
        {service.status === 'temporarilyClosed' && <li className="tag tag--warning">{m.catalog.status.temporarilyClosed}</li>}
        <li className={`tag tag--level-${service.level}`}>{m.catalog.enums.level[service.level]}</li>
        {locality && <li className="tag">{locality}</li>}
        <li className="tag">{m.catalog.enums.cost[service.cost]}</li>
        {service.delivery.map((d) => (
          <li key={d} className="tag">
            {m.catalog.enums.delivery[d]}
          </li>
        ))}
      </ul>
      {service.places.length > 0 && (
        <p className="service-card__places">
          <span className="label">{m.catalog.search.at}: </span>
          {service.places.map((p, i) => (
            <span key={p.id}>
              {i > 0 && ', '}
              <T text={p.name} /> (<T text={p.municipalityName} />)
            </span>
          ))}
          {service.placeCount > service.places.length &&
            ` ${format(m.catalog.search.more, { count: service.placeCount - service.places.length })}`}
        </p>
      )}
    </article>
  );
}

/** "Open today 9.30–12.00" or "Next: Tue 9.30". */
function OpeningLine({ opening }: { opening: ServiceOpening }) {
  const { lang, m } = useI18n();
  const interval = (i: { opens: string; closes: string }) =>
    i.closes === '24:00' && i.opens === '00:00'
      ? m.catalog.hours.aroundTheClock
      : format(m.catalog.hours.interval, { opens: formatTime(lang, i.opens), closes: formatTime(lang, i.closes) });
  if (opening.today.length) {
    return <p className="service-card__hours">{format(m.catalog.wayIn.openToday, { hours: opening.today.map(interval).join(', ') })}</p>;
  }
  if (!opening.next) return null;
  return (
    <p className="service-card__hours">
      {format(m.catalog.wayIn.nextOpen, {
        day: formatDate(lang, opening.next.day, { weekday: 'short', day: undefined, month: undefined, year: undefined }),
        time: formatTime(lang, opening.next.opens),
      })}
    </p>
  );
}

/**
 * One name the municipalities share: the family picks its own municipality's service from the
 * list (a native disclosure), instead of reading twelve cards that differ only in the town.
 */
function SharedServiceCard({
  service,
  sameName,
  Heading,
}: {
  service: ServiceCardData;
  sameName: NonNullable<ServiceCardData['sameName']>;
  Heading: 'h2' | 'h3' | 'h4';
}) {
  const { lang, m } = useI18n();
  return (
    <article className="service-card service-card--shared">
      <Heading className="service-card__title">
        <T text={sameName.name} />
      </Heading>
      {sameName.sameOrganization && (
        <p className="service-card__provider">
          <T text={service.organizationName} />
        </p>
      )}
      <T as="p" text={service.summary} className="service-card__summary" />
      <ul className="tags">
        <li className={`tag tag--level-${service.level}`}>{m.catalog.enums.level[service.level]}</li>
        <li className="tag">{m.catalog.enums.cost[service.cost]}</li>
      </ul>
      <details className="service-card__towns">
        <summary>{format(m.catalog.search.inMunicipalities, { count: sameName.services.length })}</summary>
        <ul className="situation-links">
          {sameName.services.map((s) => (
            <li key={`${s.id}-${s.municipalityName}`}>
              <a href={paths.service(lang, s.id)}>{s.municipalityName}</a>
            </li>
          ))}
        </ul>
      </details>
    </article>
  );
}
