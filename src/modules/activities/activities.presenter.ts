import { localize, type Lang } from '../../platform/i18n-text.ts';
import type { ActivitySearchHit, ActivitySummary, OccurrenceListItem } from './activities.domain.ts';
import { activitiesPaths } from './activities.paths.ts';
import { helsinkiIso } from './schedule.ts';

const API = '/api/v1';

export function presentOccurrence(lang: Lang, o: OccurrenceListItem) {
  return {
    id: o.id,
    activityId: o.activityId,
    name: localize(o.activity.name, lang).text,
    type: o.activity.type,
    start: helsinkiIso(o.start),
    end: helsinkiIso(o.end),
    capacity: o.capacity,
    confirmed: o.confirmed,
    waitlisted: o.waitlisted,
    cancelled: o.cancelled,
    signUpOpen: o.signUpOpen,
    languages: [...o.activity.languages],
    municipality: { code: o.activity.municipality.code, name: localize(o.activity.municipality.name, lang).text },
    placeName: o.activity.placeName ? localize(o.activity.placeName, lang).text : null,
    url: activitiesPaths.occurrence(lang, o.id),
    icsUrl: activitiesPaths.occurrenceIcs(o.id),
    registrationsUrl: o.activity.signUp === 'none' ? null : `${API}/occurrences/${o.id}/registrations`,
  };
}

export function presentActivity(lang: Lang, a: ActivitySummary) {
  return {
    id: a.id,
    type: a.type,
    name: localize(a.name, lang).text,
    description: a.description ? localize(a.description, lang).text : null,
    organization: { id: a.organization.id, name: localize(a.organization.name, lang).text },
    coOrganizers: a.coOrganizers.map((c) => ({ id: c.id, name: localize(c.name, lang).text })),
    place: a.place ? { id: a.place.id, name: localize(a.place.name, lang).text, streetAddress: a.place.streetAddress } : null,
    municipality: { code: a.municipality.code, name: localize(a.municipality.name, lang).text },
    onlineUrl: a.onlineUrl,
    ageMin: a.ageMin,
    ageMax: a.ageMax,
    languages: [...a.languages],
    cost: a.cost,
    signUp: a.signUp,
    capacity: a.capacity,
    schedule: {
      firstDate: a.schedule.firstDate,
      startTime: a.schedule.startTime,
      durationMinutes: a.schedule.durationMinutes,
      rrule: a.schedule.rrule ?? null,
      exceptionDates: [...(a.schedule.exceptionDates ?? [])],
      addedDates: [...(a.schedule.addedDates ?? [])],
    },
    url: activitiesPaths.activity(lang, a.id),
  };
}

/** An activity a search found, in one language: its next occurrence in Helsinki time, never its places left. */
export function presentActivitySearchHit(lang: Lang, a: ActivitySearchHit) {
  const name = localize(a.name, lang);
  const place = a.place ? localize(a.place.name, lang) : null;
  return {
    id: a.id,
    name: name.text,
    kind: a.type,
    languages: [...a.languages],
    cost: a.cost,
    next: {
      occurrenceId: a.next.occurrenceId,
      start: helsinkiIso(a.next.start),
      end: helsinkiIso(a.next.end),
      url: activitiesPaths.occurrence(lang, a.next.occurrenceId),
    },
    place: a.place && place ? { id: a.place.id, name: place.text } : null,
    online: a.onlineUrl !== null,
    municipality: { code: a.municipality.code, name: localize(a.municipality.name, lang).text },
    url: activitiesPaths.activity(lang, a.id),
    language: lang,
    untranslatedFields: [...(name.lang !== lang ? ['name'] : []), ...(place && place.lang !== lang ? ['place.name'] : [])],
  };
}
