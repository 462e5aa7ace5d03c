import { data } from 'react-router';
import { SERVICE_LEVELS } from '../../../modules/catalog/catalog.domain.ts';
import type { Lang } from '../../../platform/i18n-text.ts';
import { localize } from '../../../platform/i18n-text.ts';
import { Breadcrumbs } from '../../components/breadcrumbs.tsx';
import { T, useLocalize } from '../../components/localized.tsx';
import { FamilyCentreLinks, PlaceCards } from '../../components/place-parts.tsx';
import { formatNodes } from '../../components/rich-format.tsx';
import { ServiceCard, toServiceCard } from '../../components/service-card.tsx';
import { formatNumber } from '../../format.ts';
import { format, uiMessages, useI18n } from '../../i18n/index.ts';
import { orNotFound } from '../../page-data.ts';
import { paths } from '../../paths.ts';
import { ThisWeek } from '../../components/activity-parts.tsx';
import type { Route } from './+types/municipality';

const MUNICIPALITY_CODE = /^[0-9]{3}$/;

export async function loader({ params, context }: Route.LoaderArgs) {
  const code = params.code;
  if (!MUNICIPALITY_CODE.test(code)) throw data(null, { status: 404 });
  const [network, thisWeek] = await Promise.all([
    orNotFound(() => context.catalog.getMunicipalityNetwork(code)),
    context.activities.public.listUpcomingOccurrences({ municipality: code, pageSize: 6 }),
  ]);
  const { universal, basic, special } = network.localServices;
  return {
    thisWeek: thisWeek.items,
    network: {
      ...network,
      localServices: { universal: universal.map(toServiceCard), basic: basic.map(toServiceCard), special: special.map(toServiceCard) },
    },
  };
}

export function meta({ data, params }: Route.MetaArgs) {
  const lang = (params.lang as Lang) ?? 'fi';
  const m = uiMessages[lang];
  if (!data) return [{ title: `${m.errors.notFoundTitle} – ${m.site.name}` }];
  const name = localize(data.network.municipality.name, lang).text;
  return [
    { title: `${format(m.catalog.municipality.title, { name })} – ${m.site.name}` },
    { name: 'description', content: m.catalog.municipality.lead },
  ];
}

export default function MunicipalityPage({ loaderData }: Route.ComponentProps) {
  const { lang, m } = useI18n();
  const localize = useLocalize();
  const { municipality, familyCentres, meetingPlaces, youthPlaces, otherPlaces, localServices, regionWideServiceCount } =
    loaderData.network;
  // The central meeting place first; the family centres are listed under their own heading.
  const meeting = [...meetingPlaces].sort((a, b) => Number(b.kind === 'centralMeetingPlace') - Number(a.kind === 'centralMeetingPlace'));
  const centreIds = new Set(familyCentres.map((f) => f.id));
  const other = otherPlaces.filter((p) => !centreIds.has(p.id));
  const placeSections = [
    { id: 'meeting-places', heading: m.catalog.municipality.meetingPlaces, places: meeting, markCentral: true },
    { id: 'youth-places', heading: m.catalog.municipality.youth, places: youthPlaces, markCentral: false },
    { id: 'other-places', heading: m.catalog.municipality.otherPlaces, places: other, markCentral: false },
  ];
  return (
    <main id="main" className="page" tabIndex={-1}>
      <Breadcrumbs items={[{ label: localize(municipality.name) }]} />
      <h1>{formatNodes(m.catalog.municipality.title, { name: <T text={municipality.name} /> })}</h1>
      <p className="lead">{m.catalog.municipality.lead}</p>

      <form
        method="get"
        action={paths.search(lang)}
        role="search"
        className="municipality-search"
        aria-labelledby="municipality-search-heading"
      >
        <h2 id="municipality-search-heading">{m.catalog.municipality.searchInMunicipality}</h2>
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

      <section aria-labelledby="family-centres-heading">
        <h2 id="family-centres-heading">{m.catalog.municipality.familyCentre}</h2>
        {familyCentres.length === 0 ? <p>{m.catalog.municipality.none}</p> : <FamilyCentreLinks centres={familyCentres} />}
      </section>

      {placeSections.map((s) => (
        <section key={s.id} aria-labelledby={`${s.id}-heading`}>
          <h2 id={`${s.id}-heading`}>{s.heading}</h2>
          {s.places.length === 0 ? (
            <p>{m.catalog.municipality.none}</p>
          ) : (
            <PlaceCards places={s.places} markCentral={s.markCentral} showKind={!s.markCentral} />
          )}
        </section>
      ))}

      <section aria-labelledby="services-heading">
        <h2 id="services-heading">{m.catalog.municipality.services}</h2>
        {SERVICE_LEVELS.map((level) => (
          <div key={level} className="service-level">
            <h3>{m.catalog.enums.levelLong[level]}</h3>
            {localServices[level].length === 0 ? (
              <p>{m.catalog.municipality.noServices}</p>
            ) : (
              <ul className="result-list">
                {localServices[level].map((s) => (
                  <li key={s.id}>
                    <ServiceCard service={s} headingLevel={4} />
                  </li>
                ))}
              </ul>
            )}
          </div>
        ))}
        <p className="region-wide-link">
          <a href={paths.search(lang, new URLSearchParams({ municipality: municipality.code }))}>
            {format(m.catalog.municipality.regionWide, { count: formatNumber(lang, regionWideServiceCount) })}
          </a>
        </p>
      </section>
    </main>
  );
}
