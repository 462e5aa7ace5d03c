import type { I18nText } from '../../platform/i18n-text.ts';
import type { Accessibility, Hours } from './catalog.model.ts';

export function accessibilityOf(row: {
  step_free_access: boolean | null;
  pram_access: boolean | null;
  wheelchair_toilet: boolean | null;
  hearing_loop: boolean | null;
  baby_care_room: boolean | null;
  parking: boolean | null;
}): Accessibility {
  return {
    stepFreeAccess: row.step_free_access,
    pramAccess: row.pram_access,
    wheelchairToilet: row.wheelchair_toilet,
    hearingLoop: row.hearing_loop,
    babyCareRoom: row.baby_care_room,
    parking: row.parking,
  };
}

const hhmm = (t: string) => t.slice(0, 5);

export function hoursFrom(
  weekly: { weekday: number; opens: string; closes: string; valid_from: string | null; valid_to: string | null }[],
  exceptions: { day: string; closed: boolean; opens: string | null; closes: string | null; note?: I18nText | null }[],
): Hours {
  return {
    weekly: weekly
      .map((w) => ({ weekday: w.weekday, opens: hhmm(w.opens), closes: hhmm(w.closes), validFrom: w.valid_from, validTo: w.valid_to }))
      .sort((a, b) => a.weekday - b.weekday || a.opens.localeCompare(b.opens)),
    exceptions: exceptions
      .map((x) => ({
        day: x.day,
        closed: x.closed,
        opens: x.opens && hhmm(x.opens),
        closes: x.closes && hhmm(x.closes),
        note: x.note ?? null,
      }))
      .sort((a, b) => a.day.localeCompare(b.day)),
  };
}
