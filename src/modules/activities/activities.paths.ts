import type { Lang } from '../../platform/i18n-text.ts';
import { pageUrl } from '../../platform/http/page-url.ts';

/** The activities' family pages, relative to the language prefix: the route table uses these patterns. */
export const ACTIVITY_PAGES = {
  calendar: 'activities',
  activity: 'activities/:id',
  occurrence: 'occurrences/:id',
  registration: 'registrations/:token',
  proposal: 'places/:id/proposals',
} as const;

/** The organisers' pages in the staff workspace. */
export const ACTIVITY_STAFF_PAGES = {
  list: 'staff/activities',
  create: 'staff/activities/new',
  edit: 'staff/activities/:id',
  occurrence: 'staff/occurrences/:id',
  proposals: 'staff/proposals',
  figures: 'staff/activity-figures',
} as const;

const API = '/api/v1';

export const activitiesPaths = {
  calendar: (lang: Lang, query?: URLSearchParams | string) => pageUrl(lang, ACTIVITY_PAGES.calendar, {}, query),
  activity: (lang: Lang, id: string) => pageUrl(lang, ACTIVITY_PAGES.activity, { id }),
  occurrence: (lang: Lang, id: string) => pageUrl(lang, ACTIVITY_PAGES.occurrence, { id }),
  registration: (lang: Lang, token: string) => pageUrl(lang, ACTIVITY_PAGES.registration, { token }),
  proposal: (lang: Lang, placeId: string) => pageUrl(lang, ACTIVITY_PAGES.proposal, { id: placeId }),
  occurrenceIcs: (id: string) => `${API}/occurrences/${id}/calendar.ics`,
  placeFeed: (placeId: string) => `${API}/places/${placeId}/activities.ics`,
  municipalityFeed: (code: string) => `${API}/municipalities/${code}/activities.ics`,
  staffList: (lang: Lang) => pageUrl(lang, ACTIVITY_STAFF_PAGES.list),
  staffCreate: (lang: Lang) => pageUrl(lang, ACTIVITY_STAFF_PAGES.create),
  staffEdit: (lang: Lang, id: string) => pageUrl(lang, ACTIVITY_STAFF_PAGES.edit, { id }),
  staffOccurrence: (lang: Lang, id: string) => pageUrl(lang, ACTIVITY_STAFF_PAGES.occurrence, { id }),
  staffProposals: (lang: Lang) => pageUrl(lang, ACTIVITY_STAFF_PAGES.proposals),
  staffFigures: (lang: Lang) => pageUrl(lang, ACTIVITY_STAFF_PAGES.figures),
  rosterCsv: (occurrenceId: string) => `${API}/staff/occurrences/${occurrenceId}/roster.csv`,
};
