import { data } from 'react-router';
import { FirstSteps } from '../../components/first-steps.tsx';
import type { Lang } from '../../../platform/i18n-text.ts';
import { localize } from '../../../platform/i18n-text.ts';
import { byName } from '../../choices.ts';
import { Breadcrumbs } from '../../components/breadcrumbs.tsx';
import { T, useLocalize } from '../../components/localized.tsx';
import {
  FamilyCentreLinks,
  PlaceAside,
  PlaceCards,
  PlaceStatusNotice,
  PlaceVisitInfo,
  ServicesByLevel,
} from '../../components/place-parts.tsx';
import { uiMessages, useI18n } from '../../i18n/index.ts';
import { orNotFound, requireUuid } from '../../page-data.ts';
import { helsinkiMoment } from '../../../platform/helsinki-time.ts';
import { paths } from '../../paths.ts';
import type { Route } from './+types/family-centre';

const MEETING_PLACE_KINDS = ['centralMeetingPlace', 'meetingPlace', 'youthOhjaamo'] as const;

export async function loader({ params, context }: Route.LoaderArgs) {
  const id = requireUuid(params.id);
  const { catalog } = context;
  const centre = await orNotFound(() => catalog.getPlace(id));
  if (centre.kind !== 'familyCentre') throw data(null, { status: 404 });
  // The open meeting places of the centre's area, municipality by municipality.
  const meetingPlaces = await Promise.all(
    centre.servesMunicipalities.map(async (municipality) => {
      const places = await catalog.listPlaces({ municipality: municipality.code, kind: [...MEETING_PLACE_KINDS], pageSize: 100 });
      return { municipality, places: places.items };
    }),
  );
  return { centre, meetingPlaces, now: helsinkiMoment(context.clock.now()) };
}

export function meta({ data, params }: Route.MetaArgs) {
  const lang = (params.lang as Lang) ?? 'fi';
  const m = uiMessages[lang];
  if (!data) return [{ title: `${m.errors.notFoundTitle} – ${m.site.name}` }];
  const { centre } = data;
  const description = localize(centre.description, lang)?.text;
  return [
    { title: `${localize(centre.name, lang).text} – ${m.site.name}` },
    ...(description ? [{ name: 'description', content: description }] : []),
  ];
}

export default function FamilyCentrePage({ loaderData }: Route.ComponentProps) {
  const { lang, m } = useI18n();
  const localize = useLocalize();
  const { centre, meetingPlaces, now } = loaderData;
  // Municipalities in the reader's order: Nyslott is not sorted as Savonlinna on the Swedish page.
  const serves = [...centre.servesMunicipalities].sort((a, b) => byName(lang)(localize(a.name), localize(b.name)));
  const withPlaces = meetingPlaces
    .filter((group) => group.places.length > 0)
    .sort((a, b) => byName(lang)(localize(a.municipality.name), localize(b.municipality.name)));
  return (
    <main id="main" className="page" tabIndex={-1}>
      <Breadcrumbs
        items={[
          { label: localize(centre.municipality.name), href: paths.municipality(lang, centre.municipality.code) },
          { label: localize(centre.name) },
        ]}
      />
      <PlaceStatusNotice place={centre} />
      <h1>
        <T text={centre.name} />
      </h1>
      <FirstSteps
        heading={m.catalog.wayIn.placeFirstSteps}
        contacts={centre.phone ? [{ kind: 'phone', value: centre.phone, label: null, hoursNote: null }] : []}
        todayHours={centre.hours}
        now={now}
      />
      <ul className="tags">
        <li className="tag">{m.catalog.enums.placeKind[centre.kind]}</li>
        <li className="tag">
          <T text={centre.municipality.name} />
        </li>
      </ul>
      <div className="two-columns">
        <div>
          {centre.description && <T as="p" text={centre.description} block />}

          {centre.servesMunicipalities.length > 0 && (
            <section aria-labelledby="serves-heading">
              <h2 id="serves-heading">{m.catalog.familyCentre.serves}</h2>
              <ul className="municipality-list">
                {serves.map((mu) => (
                  <li key={mu.code}>
                    <a href={paths.municipality(lang, mu.code)}>
                      <T text={mu.name} />
                    </a>
                  </li>
                ))}
              </ul>
            </section>
          )}

          <PlaceVisitInfo place={centre} now={now} />

          <section aria-labelledby="services-heading">
            <h2 id="services-heading">{m.catalog.familyCentre.services}</h2>
            <ServicesByLevel services={centre.services} />
          </section>

          {centre.servesMunicipalities.length > 0 && (
            <section aria-labelledby="meeting-places-heading">
              <h2 id="meeting-places-heading">{m.catalog.familyCentre.meetingPlaces}</h2>
              {withPlaces.length === 0 && <p>{m.catalog.municipality.none}</p>}
              {withPlaces.map(({ municipality, places }) => (
                <div key={municipality.code} className="place-group">
                  <h3>
                    <T text={municipality.name} />
                  </h3>
                  <PlaceCards places={places} markCentral />
                </div>
              ))}
            </section>
          )}
        </div>
        <PlaceAside place={centre}>
          {centre.familyCentres.length > 0 && (
            <>
              <h2>{m.catalog.familyCentre.otherCentres}</h2>
              <FamilyCentreLinks centres={centre.familyCentres} />
            </>
          )}
        </PlaceAside>
      </div>
    </main>
  );
}
