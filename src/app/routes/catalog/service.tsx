import type { Lang } from '../../../platform/i18n-text.ts';
import { localize } from '../../../platform/i18n-text.ts';
import { AccessibilityFacts } from '../../components/accessibility-facts.tsx';
import { Breadcrumbs } from '../../components/breadcrumbs.tsx';
import { ContactList } from '../../components/contact-list.tsx';
import { HoursView } from '../../components/hours-view.tsx';
import { T, useLocalize } from '../../components/localized.tsx';
import { formatDate } from '../../format.ts';
import { format, uiMessages, useI18n } from '../../i18n/index.ts';
import { mapHref, orNotFound, requireUuid, telHref } from '../../page-data.ts';
import { helsinkiMoment } from '../../../platform/helsinki-time.ts';
import type { Route } from './+types/service';

export async function loader({ params, context }: Route.LoaderArgs) {
  const id = requireUuid(params.id);
  const { catalog } = context;
  const service = await orNotFound(() => catalog.getService(id));
  return { service, now: helsinkiMoment(context.clock.now()) };
}

export function meta({ data, params }: Route.MetaArgs) {
  const lang = (params.lang as Lang) ?? 'fi';
  const m = uiMessages[lang];
  if (!data) return [{ title: `${m.errors.notFoundTitle} – ${m.site.name}` }];
  return [
    { title: `${localize(data.service.name, lang).text} – ${m.site.name}` },
    { name: 'description', content: localize(data.service.summary, lang).text },
  ];
}

export default function ServicePage({ loaderData }: Route.ComponentProps) {
  const { lang, m } = useI18n();
  const localize = useLocalize();
  const { service, now } = loaderData;
  const ages =
    service.ageMin !== null && service.ageMax !== null
      ? format(m.service.ageRange, { min: service.ageMin, max: service.ageMax })
      : service.ageMin !== null
        ? format(m.service.ageFrom, { min: service.ageMin })
        : service.ageMax !== null
          ? format(m.service.ageTo, { max: service.ageMax })
          : null;
  const topCategory = service.categories[0];
  return (
    <main id="main" className="page" tabIndex={-1}>
      <Breadcrumbs items={[{ label: m.search.title, href: `/${lang}/search` }, { label: localize(service.name) }]} />
      {service.status !== 'active' && (
        <div className="notice notice--warning" role="note">
          <p>
            <strong>{m.status[service.status]}</strong>
          </p>
          {service.statusNote && <T as="p" text={service.statusNote} />}
        </div>
      )}
      <h1>
        <T text={service.name} />
      </h1>
      <T as="p" className="lead" text={service.summary} block />
      <ul className="tags">
        <li className={`tag tag--level-${service.level}`}>{m.enums.level[service.level]}</li>
        <li className="tag">{m.enums.sector[service.sector]}</li>
      </ul>
      <div className="two-columns">
        <div>
          {service.description && <T as="p" text={service.description} block />}

          <h2>{m.service.howToGet}</h2>
          <dl className="facts">
            <dt>{m.service.targetGroups}</dt>
            <dd>{service.targetGroups.map((g) => m.enums.targetGroup[g]).join(', ')}</dd>
            {ages && (
              <>
                <dt>{m.service.ages}</dt>
                <dd>{ages}</dd>
              </>
            )}
            <dt>{m.service.delivery}</dt>
            <dd>{service.delivery.map((d) => m.enums.delivery[d]).join(', ')}</dd>
            <dt>{m.service.access}</dt>
            <dd>{service.access.map((a) => m.enums.access[a]).join(', ')}</dd>
            <dt>{m.service.cost}</dt>
            <dd>
              {m.enums.cost[service.cost]}
              {service.costNote && (
                <>
                  {' – '}
                  <T text={service.costNote} />
                </>
              )}
            </dd>
            <dt>{m.service.languages}</dt>
            <dd>{service.languages.map((l) => m.enums.language[l]).join(', ')}</dd>
          </dl>

          {(service.hours.weekly.length > 0 || service.hours.exceptions.length > 0) && (
            <HoursView hours={service.hours} now={now} headingLevel={2} heading={m.service.ownHours} />
          )}

          <h2>{m.service.locations}</h2>
          {service.locations.length === 0 && <p>{m.service.noLocations}</p>}
          {service.locations.map((loc) => {
            const address = `${loc.place.streetAddress}, ${loc.place.postalCode} ${localize(loc.place.postOffice)}`;
            return (
              <section key={loc.id} className="panel" aria-labelledby={`loc-${loc.id}`}>
                <h3 id={`loc-${loc.id}`}>
                  <a href={`/${lang}/${loc.place.kind === 'familyCentre' ? 'family-centres' : 'places'}/${loc.place.id}`}>
                    <T text={loc.place.name} />
                  </a>
                </h3>
                <p>
                  {address}
                  <br />
                  <a href={mapHref(loc.place.latitude, loc.place.longitude, address)}>{m.place.showOnMap}</a>
                </p>
                {(loc.phone || loc.email) && (
                  <p>
                    {loc.phone && <a href={telHref(loc.phone)}>{loc.phone}</a>}
                    {loc.phone && loc.email && ' · '}
                    {loc.email && <a href={`mailto:${loc.email}`}>{loc.email}</a>}
                  </p>
                )}
                {loc.note && <T as="p" text={loc.note} block />}
                <HoursView hours={loc.hours} now={now} headingLevel={4} />
                <h4>{m.place.accessibility}</h4>
                <AccessibilityFacts accessibility={loc.place.accessibility} />
              </section>
            );
          })}
        </div>

        <aside aria-label={m.service.contact}>
          {service.contacts.length > 0 && (
            <>
              <h2>{m.service.contact}</h2>
              <ContactList contacts={service.contacts} />
            </>
          )}
          <h2>{m.service.provider}</h2>
          <p>
            <T text={service.organization.name} />
            <br />
            <span className="hint">{m.enums.organizationType[service.organization.type]}</span>
          </p>
          <h2>{m.service.area}</h2>
          <p>
            {service.scope === 'national'
              ? m.service.nationwide
              : service.scope === 'region'
                ? m.service.regionWide
                : service.areas.map((a) => localize(a.name)).join(', ')}
          </p>
          {service.categories.length > 0 && (
            <>
              <h2>{m.service.categories}</h2>
              <ul className="plain-list">
                {service.categories.map((c) => (
                  <li key={c.code}>
                    <a href={`/${lang}/search?topic=${c.code}`}>
                      <T text={c.name} />
                    </a>
                  </li>
                ))}
              </ul>
            </>
          )}
          {service.methods.length > 0 && (
            <>
              <h2>{m.service.methods}</h2>
              <ul className="plain-list">
                {service.methods.map((method) => (
                  <li key={method.code}>
                    <T text={method.name} />
                  </li>
                ))}
              </ul>
            </>
          )}
          <p className="hint">{format(m.service.lastChecked, { date: formatDate(lang, service.lastChecked) })}</p>
          {topCategory && (
            <p>
              <a href={`/${lang}/search?topic=${topCategory.code}`}>{m.service.searchSimilar}</a>
            </p>
          )}
        </aside>
      </div>
    </main>
  );
}
