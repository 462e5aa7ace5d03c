import { redirect } from 'react-router';
import { FirstSteps } from '../../components/first-steps.tsx';
import type { Lang } from '../../../platform/i18n-text.ts';
import { localize } from '../../../platform/i18n-text.ts';
import { Breadcrumbs } from '../../components/breadcrumbs.tsx';
import { T, useLocalize } from '../../components/localized.tsx';
import { FamilyCentreLinks, PlaceAside, PlaceStatusNotice, PlaceVisitInfo, ServicesByLevel } from '../../components/place-parts.tsx';
import { uiMessages, useI18n } from '../../i18n/index.ts';
import { orNotFound, requireUuid } from '../../page-data.ts';
import { helsinkiMoment } from '../../../platform/helsinki-time.ts';
import { paths } from '../../paths.ts';
import { ActivityLinks, ThisWeek } from '../../components/activity-parts.tsx';
import { format } from '../../i18n/index.ts';
import type { Route } from './+types/place';

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const id = requireUuid(params.id);
  const { catalog } = context;
  const place = await orNotFound(() => catalog.getPlace(id));
  // A family centre has its own page, with the municipalities it serves.
  if (place.kind === 'familyCentre') throw redirect(`${paths.familyCentre(params.lang as Lang, id)}${new URL(request.url).search}`, 302);
  const meetingPlace = place.kind === 'centralMeetingPlace' || place.kind === 'meetingPlace';
  const [thisWeek, activities, proposals] = await Promise.all([
    context.activities.public.listUpcomingOccurrences({ place: id, pageSize: 6 }),
    context.activities.public.listPlaceActivities(id),
    meetingPlace ? context.activities.public.getProposalCounts(id) : null,
  ]);
  return { place, now: helsinkiMoment(context.clock.now()), thisWeek: thisWeek.items, activities, proposals };
}

export function meta({ data, params }: Route.MetaArgs) {
  const lang = (params.lang as Lang) ?? 'fi';
  const m = uiMessages[lang];
  if (!data) return [{ title: `${m.errors.notFoundTitle} – ${m.site.name}` }];
  const { place } = data;
  const description = localize(place.description, lang)?.text;
  return [
    { title: `${localize(place.name, lang).text} – ${m.site.name}` },
    ...(description ? [{ name: 'description', content: description }] : []),
  ];
}

export default function PlacePage({ loaderData }: Route.ComponentProps) {
  const { lang, m } = useI18n();
  const localize = useLocalize();
  const { place, now } = loaderData;
  return (
    <main id="main" className="page" tabIndex={-1}>
      <Breadcrumbs
        items={[
          { label: localize(place.municipality.name), href: paths.municipality(lang, place.municipality.code) },
          { label: localize(place.name) },
        ]}
      />
      <PlaceStatusNotice place={place} />
      <h1>
        <T text={place.name} />
      </h1>
      <FirstSteps
        heading={m.catalog.wayIn.placeFirstSteps}
        contacts={place.phone ? [{ kind: 'phone', value: place.phone, label: null, hoursNote: null }] : []}
        todayHours={place.hours}
        now={now}
      />
      <ul className="tags">
        <li className="tag">{m.catalog.enums.placeKind[place.kind]}</li>
        <li className="tag">
          <T text={place.municipality.name} />
        </li>
      </ul>
      <div className="two-columns">
        <div>
          {place.description && <T as="p" text={place.description} block />}
          <PlaceVisitInfo place={place} now={now} />
          <ThisWeek items={loaderData.thisWeek} calendarQuery={`place=${place.id}`} feedUrl={paths.activities.placeFeed(place.id)} />
          <ActivityLinks items={loaderData.activities} heading="placeTitle" />
          {loaderData.proposals && (
            <p>
              <a href={paths.activities.proposal(lang, place.id)}>{m.activities.proposal.link}</a> (
              {format(m.activities.proposal.counts, loaderData.proposals)})
            </p>
          )}
          <section aria-labelledby="services-heading">
            <h2 id="services-heading">{m.catalog.place.services}</h2>
            <ServicesByLevel services={place.services} />
          </section>
        </div>
        <PlaceAside place={place}>
          {place.familyCentres.length > 0 && (
            <>
              <h2>{m.catalog.place.familyCentres}</h2>
              <FamilyCentreLinks centres={place.familyCentres} />
            </>
          )}
        </PlaceAside>
      </div>
    </main>
  );
}
