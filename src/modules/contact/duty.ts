import { helsinkiMoment } from '../../platform/helsinki-time.ts';
import type { ContactLanguage } from './contact.domain.ts';
import type { ReadTx } from './contact.tables.ts';
import { countWaitingAhead } from './requests.queries.ts';
import { coveringShifts } from './roster.queries.ts';

/** What one advisor's answer takes, on average, for the queue estimate (measured figures replace it when a region has them). */
const MINUTES_PER_REQUEST = 10;
const LOOK_AHEAD_DAYS = 14;

export interface ExpectedResponse {
  /** Whether someone is on duty for this municipality and language now (live chat is open). */
  onDutyNow: boolean;
  /** When an answer can be expected; null when no shift is planned in the next two weeks. */
  by: Date | null;
  /** Requests ahead in the queue. */
  ahead: number;
}

/**
 * The honest estimate: with advisors on duty, the requests ahead shared among them; otherwise
 * the start of the next shift that covers the request, plus the queue that waits for it.
 */
export async function expectedResponse(
  tx: ReadTx,
  r: { regionId: string; municipalityCode: string; language: ContactLanguage; createdAt: Date; now: Date },
): Promise<ExpectedResponse> {
  const to = new Date(r.now.getTime() + LOOK_AHEAD_DAYS * 86_400_000);
  const [shifts, ahead] = await Promise.all([
    coveringShifts(tx, { regionId: r.regionId, municipalityCode: r.municipalityCode, language: r.language, from: r.now, to }),
    countWaitingAhead(tx, r.regionId, r.language, r.createdAt),
  ]);
  const onDuty = shifts.filter((s) => s.startsAt <= r.now);
  const advisors = new Set(onDuty.map((s) => s.personId)).size;
  const minutes = (n: number) => Math.ceil((ahead + 1) / Math.max(1, n)) * MINUTES_PER_REQUEST;
  if (advisors > 0) return { onDutyNow: true, by: new Date(r.now.getTime() + minutes(advisors) * 60_000), ahead };
  const next = shifts[0];
  if (!next) return { onDutyNow: false, by: null, ahead };
  const startingThen = new Set(shifts.filter((s) => s.startsAt.getTime() === next.startsAt.getTime()).map((s) => s.personId)).size;
  return { onDutyNow: false, by: new Date(next.startsAt.getTime() + minutes(startingThen) * 60_000), ahead };
}

/** Whether live chat is open now for this municipality and language, and if not, when it opens. */
export async function chatAvailability(
  tx: ReadTx,
  q: { regionId: string; municipalityCode: string; language: ContactLanguage; now: Date },
) {
  const to = new Date(q.now.getTime() + LOOK_AHEAD_DAYS * 86_400_000);
  const shifts = await coveringShifts(tx, { ...q, from: q.now, to });
  const open = shifts.some((s) => s.startsAt <= q.now);
  const nextOpening = open ? null : (shifts[0]?.startsAt ?? null);
  return { open, nextOpening };
}

/**
 * A wall-clock time in Helsinki as an instant, DST-correct: the offset is +02 or +03, and the one
 * whose local reading gives back the same date and time is the right one. A time that does not
 * exist (the spring-forward hour) is taken at +02.
 */
export function helsinkiInstant(date: string, time: string): Date {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  const base = Date.UTC(y, mo - 1, d, h, mi);
  for (const offsetHours of [3, 2]) {
    const candidate = new Date(base - offsetHours * 3_600_000);
    const local = helsinkiMoment(candidate);
    if (local.date === date && local.time === time) return candidate;
  }
  return new Date(base - 2 * 3_600_000);
}
