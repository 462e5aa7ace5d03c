import { route } from '@react-router/dev/routes';
import { ACTIVITY_PAGES, ACTIVITY_STAFF_PAGES } from '../../../modules/activities/activities.paths.ts';

/** The activities' family pages, under the language prefix. */
export const activityRoutes = [
  route(ACTIVITY_PAGES.calendar, 'routes/activities/calendar.tsx'),
  route(ACTIVITY_PAGES.activity, 'routes/activities/activity.tsx'),
  route(ACTIVITY_PAGES.occurrence, 'routes/activities/occurrence.tsx'),
  route(ACTIVITY_PAGES.registration, 'routes/activities/registration.tsx'),
  route(ACTIVITY_PAGES.proposal, 'routes/activities/proposal.tsx'),
];

/** The organisers' pages, inside the staff layout. */
export const activityStaffRoutes = [
  route(ACTIVITY_STAFF_PAGES.list, 'routes/activities/staff/list.tsx'),
  route(ACTIVITY_STAFF_PAGES.create, 'routes/activities/staff/create.tsx'),
  route(ACTIVITY_STAFF_PAGES.edit, 'routes/activities/staff/edit.tsx'),
  route(ACTIVITY_STAFF_PAGES.occurrence, 'routes/activities/staff/occurrence.tsx'),
  route(ACTIVITY_STAFF_PAGES.proposals, 'routes/activities/staff/proposals.tsx'),
  route(ACTIVITY_STAFF_PAGES.figures, 'routes/activities/staff/figures.tsx'),
];
