import type { Outbox } from '../../../platform/mail/outbox.ts';
import type { ReadContext, WriteContext } from '../../../platform/request-context.ts';
import { addDays, helsinkiMoment } from '../../../platform/helsinki-time.ts';
import type { Clock } from '../../../platform/clock.ts';
import type { EditingDb } from './editing.tables.ts';

export interface FreshnessSettings {
  /** A service not checked within this many months is stale (FRESHNESS_MONTHS, default 6). */
  readonly staleAfterMonths: number;
  /** An organisation is reminded at most once in this many days (FRESHNESS_REMINDER_DAYS, default 30). */
  readonly reminderIntervalDays: number;
  /** Where the reminder's link points (PUBLIC_ORIGIN); a relative link without it. */
  readonly publicOrigin: string | undefined;
}

export interface EditingDeps {
  readonly freshness: FreshnessSettings;
  readonly outbox: Outbox;
  /** Forgets what the family pages keep at hand once an edit has committed (the catalog's face clears its caches). */
  readonly changed: () => void;
}

export type EditingContext = WriteContext<EditingDb> & EditingDeps;
export type EditingReadContext = ReadContext<EditingDb> & EditingDeps;

export function helsinkiToday(clock: Clock): string {
  return helsinkiMoment(clock.now()).date;
}

/** The last day on which a check still counts as fresh: entries checked before it are stale. */
export function staleBefore(clock: Clock, settings: Pick<FreshnessSettings, 'staleAfterMonths'>): string {
  const today = helsinkiToday(clock);
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - settings.staleAfterMonths);
  return addDays(d.toISOString().slice(0, 10), 0);
}

export function readFreshnessSettings(
  env: Readonly<Record<string, string | undefined>>,
  publicOrigin: string | undefined,
): FreshnessSettings {
  const months = Number(env.FRESHNESS_MONTHS ?? 6);
  const days = Number(env.FRESHNESS_REMINDER_DAYS ?? 30);
  if (!Number.isInteger(months) || months < 1 || months > 60) throw new Error('FRESHNESS_MONTHS must be a whole number of months, 1–60');
  if (!Number.isInteger(days) || days < 1 || days > 365) throw new Error('FRESHNESS_REMINDER_DAYS must be a whole number of days, 1–365');
  return { staleAfterMonths: months, reminderIntervalDays: days, publicOrigin };
}
