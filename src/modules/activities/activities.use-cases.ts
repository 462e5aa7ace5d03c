import { NotFoundError } from '../../platform/errors.ts';
import { addDays, helsinkiMoment } from '../../platform/helsinki-time.ts';
import { paging } from '../../platform/paging.ts';
import type { Page } from '../../platform/paging.ts';
import type { ActivitiesReadContext } from './activities.context.ts';
import type { ActivityLink, ActivitySummary, OccurrenceFilter, OccurrenceListItem } from './activities.domain.ts';
import {
  findActivity,
  findOccurrence,
  listActivityRows,
  listFeedOccurrences,
  listOccurrences,
  occurrenceItem,
  placeOwner,
} from './activities.queries.ts';
import { activitiesAtPlace, activitiesOfService } from './activity-links.queries.ts';
import { feedCalendar } from './calendar.ts';
import { proposalCounts } from './proposals.queries.ts';
import { findMunicipality } from './organiser.queries.ts';
import { helsinkiInstant } from './schedule.ts';
import { signUpWindow } from './sign-up.ts';

/* What families read: the calendar, an activity, an occurrence, the feeds, the search. No personal data here. */

export { searchActivities } from './activity-search.ts';

/** The instants a filter covers: one day, or `days` days from `from` (default: today, a week). */
function rangeOf(ctx: ActivitiesReadContext, filter: OccurrenceFilter) {
  const today = helsinkiMoment(ctx.clock.now()).date;
  const first = filter.day ?? filter.from ?? today;
  const days = filter.day ? 1 : (filter.days ?? 7);
  const from = helsinkiInstant(first, '00:00');
  const to = helsinkiInstant(addDays(first, days), '00:00');
  // Never what has already ended today: "this week" starts now.
  const now = ctx.clock.now();
  return { from: first === today && from < now ? new Date(Math.min(now.getTime(), to.getTime())) : from, to, first, days };
}

export async function listUpcomingOccurrences(
  ctx: ActivitiesReadContext,
  filter: OccurrenceFilter,
): Promise<Page<OccurrenceListItem> & { from: string; days: number }> {
  const page = paging(filter);
  const range = rangeOf(ctx, filter);
  const { rows, total } = await listOccurrences(ctx.tx, filter, range, page);
  const now = ctx.clock.now();
  return {
    items: rows.map((r) => occurrenceItem(r, signUpWindow({ ...r, starts_at: r.starts_at }, now).open)),
    total,
    page: page.page,
    pageSize: page.pageSize,
    from: range.first,
    days: range.days,
  };
}

export async function listActivities(
  ctx: ActivitiesReadContext,
  filter: { municipality?: string; place?: string; page?: number; pageSize?: number },
): Promise<Page<ActivitySummary>> {
  const page = paging(filter);
  const { ids, total } = await listActivityRows(ctx.tx, filter, page);
  const items = (await Promise.all(ids.map((id) => findActivity(ctx.tx, id)))).filter((a): a is ActivitySummary => a !== null);
  return { items, total, page: page.page, pageSize: page.pageSize };
}

/** An activity page: the activity and its next occurrences (eight weeks). */
export async function getActivity(ctx: ActivitiesReadContext, id: string) {
  const activity = await findActivity(ctx.tx, id);
  if (!activity || activity.status !== 'published') throw new NotFoundError('activity', id);
  const occurrences = await listUpcomingOccurrences(ctx, { activity: id, days: 56, pageSize: 100 });
  return { activity, occurrences: occurrences.items };
}

export async function getOccurrence(ctx: ActivitiesReadContext, id: string) {
  const o = await findOccurrence(ctx.tx, id);
  if (!o || o.activity_status !== 'published') throw new NotFoundError('occurrence', id);
  const activity = (await findActivity(ctx.tx, o.activity_id))!;
  const window = signUpWindow(o, ctx.clock.now());
  return {
    activity,
    occurrence: {
      id: o.id,
      activityId: o.activity_id,
      start: o.starts_at,
      end: o.ends_at,
      localDate: o.local_date,
      capacity: o.sign_up === 'none' ? null : o.capacity,
      confirmed: o.confirmed_count,
      waitlisted: o.waitlisted_count,
      cancelled: o.status === 'cancelled',
      signUpOpen: window.open,
      // Only a window still ahead opens; one that has closed (hours before the start) says so instead.
      signUpOpens: window.open === false && 'opens' in window && window.opens && ctx.clock.now() < window.opens ? window.opens : null,
    },
    // The consent text says how long the details are kept: the retention job's own setting.
    retentionDays: ctx.services.config.retentionDays,
  };
}

/** One occurrence as an iCalendar file. */
export async function occurrenceCalendar(ctx: ActivitiesReadContext, id: string, origin: string): Promise<string> {
  const o = await findOccurrence(ctx.tx, id);
  if (!o || o.activity_status !== 'published') throw new NotFoundError('occurrence', id);
  const activity = (await findActivity(ctx.tx, o.activity_id))!;
  return feedCalendar(
    activity.name,
    [
      {
        id: o.id,
        starts_at: o.starts_at,
        ends_at: o.ends_at,
        status: o.status,
        activity_id: o.activity_id,
        name: o.name,
        description: activity.description,
        online_url: o.online_url,
        place_name: o.place_name,
        street_address: o.street_address,
      },
    ],
    ctx.lang,
    origin,
  );
}

/** The calendar feed of a meeting place, or of a municipality: the next 500 occurrences. */
export async function placeFeed(ctx: ActivitiesReadContext, placeId: string, origin: string): Promise<string> {
  const place = await placeOwner(ctx.tx, placeId);
  if (!place) throw new NotFoundError('place', placeId);
  const rows = await listFeedOccurrences(ctx.tx, { place: placeId }, new Date(ctx.clock.now().getTime() - 7 * 86_400_000), 500);
  return feedCalendar(place.name, rows, ctx.lang, origin);
}

export async function municipalityFeed(ctx: ActivitiesReadContext, code: string, origin: string): Promise<string> {
  const m = await findMunicipality(ctx.tx, code);
  if (!m) throw new NotFoundError('municipality', code);
  const rows = await listFeedOccurrences(ctx.tx, { municipality: code }, new Date(ctx.clock.now().getTime() - 7 * 86_400_000), 500);
  return feedCalendar(m.name, rows, ctx.lang, origin);
}

/** How many proposals a meeting place received and acted on, so families see they are heard. */
export async function getProposalCounts(ctx: ActivitiesReadContext, placeId: string) {
  return proposalCounts(ctx.tx, placeId);
}

/** A place for the proposal form: its name, and whether it is a meeting place at all. */
export async function getProposalPlace(ctx: ActivitiesReadContext, placeId: string) {
  const place = await placeOwner(ctx.tx, placeId);
  if (!place) throw new NotFoundError('place', placeId);
  return { id: place.id, name: place.name, counts: await proposalCounts(ctx.tx, placeId) };
}

/** The activities a place page links to (an unknown place simply has none). */
export async function listPlaceActivities(ctx: ActivitiesReadContext, placeId: string): Promise<ActivityLink[]> {
  return activitiesAtPlace(ctx.tx, placeId, ctx.clock.now());
}

/** The activities a service page links to: its organisation's, at the service's places. */
export async function listServiceActivities(ctx: ActivitiesReadContext, serviceId: string): Promise<ActivityLink[]> {
  return activitiesOfService(ctx.tx, serviceId, ctx.clock.now());
}
