import icalGenerator, { ICalEventStatus } from 'ical-generator';
import { localize, type I18nText, type Lang } from '../../platform/i18n-text.ts';
import { activitiesPaths } from './activities.paths.ts';
import type { FeedRow } from './activities.queries.ts';

/**
 * Europe/Helsinki as a VTIMEZONE (EU rules since 1996: summer time from the last Sunday of March
 * 03:00 to the last Sunday of October 04:00). ical-generator writes TZID-local times and asks for
 * the zone's definition; without it a reader could not resolve the TZID.
 */
const HELSINKI_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Helsinki',
  'X-LIC-LOCATION:Europe/Helsinki',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0300',
  'TZNAME:EEST',
  'DTSTART:19700329T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0300',
  'TZOFFSETTO:+0200',
  'TZNAME:EET',
  'DTSTART:19701025T040000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

/** An iCalendar (RFC 5545) document of occurrences, made with ical-generator. */
export function feedCalendar(name: I18nText, rows: readonly FeedRow[], lang: Lang, origin: string): string {
  const calendar = icalGenerator({
    name: localize(name, lang).text,
    prodId: { company: 'Perhekeskus', product: 'activities', language: lang.toUpperCase() },
    timezone: { name: 'Europe/Helsinki', generator: () => HELSINKI_VTIMEZONE },
  });
  for (const row of rows) {
    calendar.createEvent({
      id: `${row.id}@perhekeskus`,
      start: row.starts_at,
      end: row.ends_at,
      timezone: 'Europe/Helsinki',
      summary: localize(row.name, lang).text,
      description: row.description ? localize(row.description, lang).text : null,
      location: row.place_name ? `${localize(row.place_name, lang).text}, ${row.street_address ?? ''}` : (row.online_url ?? null),
      url: `${origin}${activitiesPaths.occurrence(lang, row.id)}`,
      status: row.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
