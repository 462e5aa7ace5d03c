import type { ReactNode } from 'react';
import { data } from 'react-router';
import type { ServiceSummary } from '../../../modules/catalog/catalog.model.ts';
import type { I18nText, Lang } from '../../../platform/i18n-text.ts';
import { localize } from '../../../platform/i18n-text.ts';
import { ThisWeek } from '../../components/activity-parts.tsx';
import { Breadcrumbs } from '../../components/breadcrumbs.tsx';
import { T, useLocalize } from '../../components/localized.tsx';
import { FamilyCentreLinks, PlaceCards } from '../../components/place-parts.tsx';
import { formatNodes } from '../../components/rich-format.tsx';
import { situationHref } from '../../components/way-in.tsx';
import { formatNumber } from '../../format.ts';
import { format, uiMessages, useI18n } from '../../i18n/index.ts';
import { orNotFound } from '../../page-data.ts';
import { paths } from '../../paths.ts';
import type { Route } from './+types/municipality';

const MUNICIPALITY_CODE = /^[0-9]{3}$/;

/** What a compact list shows of a service: the page carries no more than that. */
interface ServiceLink {
  id: string;
  name: I18nText;
  organizationName: I18nText;
  closed: boolean;
}

const toServiceLink = (s: ServiceSummary): ServiceLink => ({
  id: s.id,
  name: s.name,
  organizationName: s.organization.name,
  closed: s.status === 'temporarilyClosed',
});

export async function loader({ params, context }: Route.LoaderArgs) {
  const code = params.code;
  const lang = params.lang as Lang;
  if (!MUNICIPALITY_CODE.test(code)) throw data(null, { status: 404 });
  const [network, thisWeek] = await Promise.all([
    orNotFound(() => context.catalog.getMunicipalityNetwork(code)),
    context.activities.public.listUpcomingOccurrences({ municipality: code, pageSize: 6 }),
  ]);
  const { bySituation, otherLocalServices, regionWideServices, nationalServiceCount, ...places } = network;
  return {
    thisWeek: thisWeek.items,
    ...places,
    // Each life situation's search keeps the municipality (it used to list all twelve towns).
    situations: bySituation.map(({ situation, services }) => ({
      code: situation.code,
      name: situation.name,
      href: situationHref(lang, situation, code),
      services: services.map(toServiceLink),
    })),
    otherLocalServices: otherLocalServices.map(toServiceLink),
    regionWideServices: regionWideServices.map(toServiceLink),
    availableCount:
      regionWideServices.length +
      nationalServiceCount +
      new Set(bySituation.flatMap((g) => g.services.map((s) => s.id))).size +
      otherLocalServices.length,
  };
}

export function meta({ data, params }: Route.MetaArgs) {
  const lang = (params.lang as Lang) ?? 'fi';
  const m = uiMessages[lang];
  if (!data) return [{ title: `${m.errors.notFoundTitle} – ${m.site.name}` }];
  const name = localize(data.municipality.name, lang).text;
  return [
    { title: `${format(m.catalog.municipality.title, { name })} – ${m.site.name}` },
    { name: 'description', content: m.catalog.municipality.lead },
  ];
}

function ServiceLinks({ services }: { services: ServiceLink[] }) {
  const { lang, m } = useI18n();
  return (
    <ul className="link-list link-list--compact">
      {services.map((s) => (
        <li key={s.id}>
          <a href={paths.service(lang, s.id)}>
            <T text={s.name} />
          </a>
          {s.closed && (
            <>
              {' '}
              <span className="tag tag--warning">{m.catalog.status.temporarilyClosed}</span>
            </>
          )}
          <p className="hint">
            <T text={s.organizationName} />
          </p>
        </li>
      ))}
    </ul>
  );
}

/** A group behind a native disclosure: its heading stays in the outline, its list opens on demand. */
function Disclosure({ id, heading, count, children }: { id: string; heading: ReactNode; count: string; children: ReactNode }) {
  return (
    <details className="disclosure-group" id={id}>
      <summary>
        <h3 className="disclosure-group__heading">{heading}</h3> <span className="disclosure-group__count">{count}</span>
      </summary>
      {children}
    </details>
  );
}

export default function MunicipalityPage({ loaderData }: Route.ComponentProps) {
  const { lang, m } = useI18n();
  const localize = useLocalize();
  const { municipality, familyCentres, meetingPlaces, youthPlaces, otherPlaces, situations, otherLocalServices, regionWideServices } =
    loaderData;
  const t = m.catalog.municipality;
  const count = (n: number) => (n === 1 ? t.serviceCountOne : format(t.serviceCount, { count: formatNumber(lang, n) }));
  // The central meeting place first; the family centres are listed under their own heading.
  const meeting = [...meetingPlaces].sort((a, b) => Number(b.kind === 'centralMeetingPlace') - Number(a.kind === 'centralMeetingPlace'));
  const centreIds = new Set(familyCentres.map((f) => f.id));
  const other = otherPlaces.filter((p) => !centreIds.has(p.id));
  const name = localize(municipality.name);
  return (
    <main id="main" className="page" tabIndex={-1}>
      <Breadcrumbs items={[{ label: name }]} />
      <h1>{formatNodes(t.title, { name: <T text={municipality.name} /> })}</h1>
      <p className="lead">{t.lead}</p>

      <section aria-labelledby="centre-heading">
        <h2 id="centre-heading">{t.centreAndPlaces}</h2>
        <h3>{t.familyCentre}</h3>
        {familyCentres.length === 0 ? <p>{t.none}</p> : <FamilyCentreLinks centres={familyCentres} />}
        <h3>{t.meetingPlaces}</h3>
        {meeting.length === 0 ? <p>{t.none}</p> : <PlaceCards places={meeting} markCentral showKind={false} />}
      </section>

      <section aria-labelledby="services-heading">
        <h2 id="services-heading">{t.services}</h2>
        <p>{t.servicesLead}</p>
        {situations.map((s) => (
          <Disclosure key={s.code} id={`situation-${s.code}`} heading={<T text={s.name} />} count={count(s.services.length)}>
            {s.services.length === 0 ? <p>{t.noLocalServices}</p> : <ServiceLinks services={s.services} />}
            <p>
              <a href={s.href}>{format(t.situationSearch, { situation: localize(s.name), municipality: name })}</a>
            </p>
          </Disclosure>
        ))}
        {otherLocalServices.length > 0 && (
          <Disclosure id="other-services" heading={t.otherServices} count={count(otherLocalServices.length)}>
            <ServiceLinks services={otherLocalServices} />
          </Disclosure>
        )}
      </section>

      <section aria-labelledby="region-wide-heading">
        <h2 id="region-wide-heading">{t.regionWideHeading}</h2>
        <p>{t.regionWideLead}</p>
        {regionWideServices.length > 0 && (
          <details className="disclosure-group">
            <summary>{format(t.showServices, { count: formatNumber(lang, regionWideServices.length) })}</summary>
            <ServiceLinks services={regionWideServices} />
          </details>
        )}
        <p className="region-wide-link">
          <a href={paths.search(lang, new URLSearchParams({ municipality: municipality.code }))}>
            {format(t.allServices, { count: formatNumber(lang, loaderData.availableCount) })}
          </a>
        </p>
      </section>

      <form
        method="get"
        action={paths.search(lang)}
        role="search"
        className="municipality-search"
        aria-labelledby="municipality-search-heading"
      >
        <h2 id="municipality-search-heading">{t.searchInMunicipality}</h2>
        <input type="hidden" name="municipality" value={municipality.code} />
        <div className="field">
          <label htmlFor="municipality-q">{m.catalog.search.searchLabel}</label>
          <p className="hint" id="municipality-q-hint">
            {m.catalog.search.searchHint}
          </p>
          <div className="query-row">
            <input id="municipality-q" name="q" type="search" aria-describedby="municipality-q-hint" maxLength={200} autoComplete="off" />
            <button type="submit" className="button">
              {m.catalog.search.submit}
            </button>
          </div>
        </div>
      </form>

      <ThisWeek
        items={loaderData.thisWeek}
        calendarQuery={`municipality=${municipality.code}`}
        feedUrl={paths.activities.municipalityFeed(municipality.code)}
      />

      {[
        { id: 'youth-places', heading: t.youth, places: youthPlaces },
        { id: 'other-places', heading: t.otherPlaces, places: other },
      ].map(
        (s) =>
          s.places.length > 0 && (
            <section key={s.id} aria-labelledby={`${s.id}-heading`}>
              <h2 id={`${s.id}-heading`}>{s.heading}</h2>
              <details className="disclosure-group">
                <summary>{format(t.showPlaces, { count: formatNumber(lang, s.places.length) })}</summary>
                <PlaceCards places={s.places} />
              </details>
            </section>
          ),
      )}
    </main>
  );
}
