import type { Lang } from '../../../platform/i18n-text.ts';
import { localize } from '../../../platform/i18n-text.ts';
import { byName } from '../../choices.ts';
import { AccessibilityFacts } from '../../components/accessibility-facts.tsx';
import { ActivityLinks } from '../../components/activity-parts.tsx';
import { Breadcrumbs } from '../../components/breadcrumbs.tsx';
import { ContactList } from '../../components/contact-list.tsx';
import { FirstSteps } from '../../components/first-steps.tsx';
import { HoursView } from '../../components/hours-view.tsx';
import { HsdsRecordLink } from '../../components/hsds-record-link.tsx';
import { T, useLocalize } from '../../components/localized.tsx';
import { placeHref } from '../../components/place-parts.tsx';
import { formatDate } from '../../format.ts';
import { format, uiMessages, useI18n } from '../../i18n/index.ts';
import { mapHref, orNotFound, requireUuid, telHref } from '../../page-data.ts';
import { helsinkiMoment } from '../../../platform/helsinki-time.ts';
import { paths } from '../../paths.ts';
import type { Route } from './+types/service';

export async function loader({ params, context }: Route.LoaderArgs) {
  const id = requireUuid(params.id);
  const { catalog } = context;
  const service = await orNotFound(() => catalog.getService(id));
  const activities = await context.activities.public.listServiceActivities(id);
  return { service, activities, now: helsinkiMoment(context.clock.now()) };
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
      ? format(m.catalog.service.ageRange, { min: service.ageMin, max: service.ageMax })
      : service.ageMin !== null
        ? format(m.catalog.service.ageFrom, { min: service.ageMin })
        : service.ageMax !== null
          ? service.ageMax === 1
            ? m.catalog.service.ageToOne
            : format(m.catalog.service.ageTo, { max: service.ageMax })
          : null;
  const topCategory = service.categories[0];
  return (
    <main id="main" className="page" tabIndex={-1}>
      <Breadcrumbs items={[{ label: m.catalog.search.title, href: paths.search(lang) }, { label: localize(service.name) }]} />
      {service.status !== 'active' && (
        <div className="notice notice--warning" role="note">
          <p>
            <strong>{m.catalog.status[service.status]}</strong>
          </p>
          {service.statusNote && <T as="p" text={service.statusNote} />}
        </div>
      )}
      <h1>
        <T text={service.name} />
      </h1>
      <FirstSteps
        heading={m.catalog.wayIn.firstSteps}
        contacts={service.contacts}
        access={service.access}
        dropInPlaces={service.locations.map((loc) => ({ id: loc.id, name: loc.place.name, hours: loc.hours }))}
        now={now}
      />
      <T as="p" className="lead" text={service.summary} block />
      <ul className="tags">
        <li className={`tag tag--level-${service.level}`}>{m.catalog.enums.level[service.level]}</li>
        <li className="tag">{m.catalog.enums.sector[service.sector]}</li>
      </ul>
      <div className="two-columns">
        <div>
          {service.description && <T as="p" text={service.description} block />}

          <h2>{m.catalog.service.howToGet}</h2>
          <dl className="facts">
            <dt>{m.catalog.service.targetGroups}</dt>
            <dd>{service.targetGroups.map((g) => m.catalog.enums.targetGroup[g]).join(', ')}</dd>
            {ages && (
              <>
                <dt>{m.catalog.service.ages}</dt>
                <dd>{ages}</dd>
              </>
            )}
            <dt>{m.catalog.service.delivery}</dt>
            <dd>{service.delivery.map((d) => m.catalog.enums.delivery[d]).join(', ')}</dd>
            <dt>{m.catalog.service.access}</dt>
            <dd>{service.access.map((a) => m.catalog.enums.access[a]).join(', ')}</dd>
            <dt>{m.catalog.service.cost}</dt>
            <dd>
              {m.catalog.enums.cost[service.cost]}
              {service.costNote && (
                <>
                  {' – '}
                  <T text={service.costNote} />
                </>
              )}
            </dd>
            <dt>{m.catalog.service.languages}</dt>
            <dd>{service.languages.map((l) => m.catalog.enums.language[l]).join(', ')}</dd>
          </dl>

          {(service.hours.weekly.length > 0 || service.hours.exceptions.length > 0 || service.hours.aroundTheClock) && (
            <HoursView hours={service.hours} now={now} headingLevel={2} heading={m.catalog.service.ownHours} />
          )}

          <ActivityLinks items={loaderData.activities} heading="serviceTitle" />

          <h2>{m.catalog.service.locations}</h2>
          {service.locations.length === 0 && <p>{m.catalog.service.noLocations}</p>}
          {service.locations.map((loc) => {
            const address = `${loc.place.streetAddress}, ${loc.place.postalCode} ${localize(loc.place.postOffice)}`;
            return (
              <section key={loc.id} className="panel" aria-labelledby={`loc-${loc.id}`}>
                <h3 id={`loc-${loc.id}`}>
                  <a href={placeHref(lang, loc.place)}>
                    <T text={loc.place.name} />
                  </a>
                </h3>
                <p>
                  {address}
                  <br />
                  <a href={mapHref(loc.place.latitude, loc.place.longitude, address)}>{m.catalog.place.showOnMap}</a>
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
                <h4>{m.catalog.place.accessibility}</h4>
                <AccessibilityFacts accessibility={loc.place.accessibility} />
              </section>
            );
          })}
        </div>

        <aside aria-label={m.catalog.service.contact}>
          {service.contacts.length > 0 && (
            <>
              <h2>{m.catalog.service.contact}</h2>
              <ContactList contacts={service.contacts} />
            </>
          )}
          <h2>{m.catalog.service.provider}</h2>
          <p>
            <T text={service.organization.name} />
            <br />
            <span className="hint">{m.catalog.enums.organizationType[service.organization.type]}</span>
          </p>
          <h2>{m.catalog.service.area}</h2>
          <p>
            {service.scope === 'national'
              ? m.catalog.service.nationwide
              : service.scope === 'region'
                ? m.catalog.service.regionWide
                : service.areas
                    .map((a) => localize(a.name))
                    .sort(byName(lang))
                    .join(', ')}
          </p>
          {service.categories.length > 0 && (
            <>
              <h2>{m.catalog.service.categories}</h2>
              <ul className="plain-list">
                {service.categories.map((c) => (
                  <li key={c.code}>
                    <a href={paths.search(lang, new URLSearchParams({ topic: c.code }))}>
                      <T text={c.name} />
                    </a>
                  </li>
                ))}
              </ul>
            </>
          )}
          {service.methods.length > 0 && (
            <>
              <h2>{m.catalog.service.methods}</h2>
              <ul className="plain-list">
                {service.methods.map((method) => (
                  <li key={method.code}>
                    <T text={method.name} />
                  </li>
                ))}
              </ul>
            </>
          )}
          <p className="hint">{format(m.catalog.service.lastChecked, { date: formatDate(lang, service.lastChecked) })}</p>
          {topCategory && (
            <p>
              <a href={paths.search(lang, new URLSearchParams({ topic: topCategory.code }))}>{m.catalog.service.searchSimilar}</a>
            </p>
          )}
          <HsdsRecordLink serviceId={service.id} />
        </aside>
      </div>
    </main>
  );
}
