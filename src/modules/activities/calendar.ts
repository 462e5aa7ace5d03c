import icalGenerator, { ICalEventStatus } from 'ical-generator';
import { localize, type I18nText, type Lang } from '../../platform/i18n-text.ts';
import { activitiesPaths } from './activities.paths.ts';
import type { FeedRow } from './activities.queries.ts';

/**
 * An iCalendar (RFC 5545) document of occurrences, made with ical-generator. Times are written in
 * UTC: each is the instant its Helsinki wall-clock time stands for on its own date (schedule.ts),
 * so every reader shows the right local time on both sides of a DST change. (TZID-local times
 * would need ical-generator's date-library adapter to convert; a plain Date is formatted in the
 * server's own zone.)
 */
export function feedCalendar(name: I18nText, rows: readonly FeedRow[], lang: Lang, origin: string): string {
  const calendar = icalGenerator({
    name: localize(name, lang).text,
    prodId: { company: 'Perhekeskus', product: 'activities', language: lang.toUpperCase() },
  });
  for (const row of rows) {
    calendar.createEvent({
      id: `${row.id}@perhekeskus`,
      start: row.starts_at,
      end: row.ends_at,
      summary: localize(row.name, lang).text,
      description: row.description ? localize(row.description, lang).text : null,
      location: row.place_name ? `${localize(row.place_name, lang).text}, ${row.street_address ?? ''}` : (row.online_url ?? null),
      url: `${origin}${activitiesPaths.occurrence(lang, row.id)}`,
      status: row.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
