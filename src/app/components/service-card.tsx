import type { ServiceSummary } from '../../modules/catalog/catalog.model.ts';
import type { Locality } from '../../modules/catalog/catalog.service.ts';
import { format, useI18n } from '../i18n/index.ts';
import { T } from './localized.tsx';

const MAX_PLACES = 3;

export function ServiceCard({ service, headingLevel = 3 }: { service: ServiceSummary & { locality?: Locality }; headingLevel?: 2 | 3 | 4 }) {
  const { lang, m } = useI18n();
  const Heading = `h${headingLevel}` as const;
  const locality = service.locality && {
    municipality: m.search.localityMunicipality,
    region: m.search.localityRegion,
    national: m.search.localityNational,
  }[service.locality];
  return (
    <article className="service-card">
      <Heading className="service-card__title">
        <a href={`/${lang}/services/${service.id}`}>
          <T text={service.name} />
        </a>
      </Heading>
      <p className="service-card__provider">
        <T text={service.organization.name} />
      </p>
      <T as="p" text={service.summary} className="service-card__summary" />
      <ul className="tags">
        {service.status === 'temporarilyClosed' && <li className="tag tag--warning">{m.status.temporarilyClosed}</li>}
        <li className={`tag tag--level-${service.level}`}>{m.enums.level[service.level]}</li>
        {locality && <li className="tag">{locality}</li>}
        <li className="tag">{m.enums.cost[service.cost]}</li>
        {service.delivery.map((d) => (
          <li key={d} className="tag">
            {m.enums.delivery[d]}
          </li>
        ))}
      </ul>
      {service.places.length > 0 && (
        <p className="service-card__places">
          <span className="label">{m.search.at}: </span>
          {service.places.slice(0, MAX_PLACES).map((p, i) => (
            <span key={p.id}>
              {i > 0 && ', '}
              <T text={p.name} /> (<T text={p.municipality.name} />)
            </span>
          ))}
          {service.places.length > MAX_PLACES && ` ${format(m.search.more, { count: service.places.length - MAX_PLACES })}`}
        </p>
      )}
    </article>
  );
}
