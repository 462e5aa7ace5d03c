import { authorize, reachOf } from '../../platform/authorization/actions.ts';
import { activityActions } from './activities.actions.ts';
import type { ActivitiesWriteContext } from './activities.context.ts';
import type { I18nText } from '../../platform/i18n-text.ts';
import { figureRows } from './figures.queries.ts';

export interface ActivityFigures {
  readonly from: string;
  readonly to: string;
  readonly byMunicipality: readonly {
    readonly code: string;
    readonly name: I18nText;
    readonly occurrencesHeld: number;
    readonly occurrencesCancelled: number;
    readonly adults: number;
    readonly children: Record<'0-2' | '3-6' | '7-12' | '13-17', number>;
    /** Confirmed places over capacity, of occurrences with sign-up; null without any. */
    readonly fillRate: number | null;
    readonly waitlisted: number;
    readonly registrationsCancelled: number;
    readonly noShows: number;
  }[];
}

/**
 * Figures for leadership views, over the occurrences that started in [from, to): counts only, no
 * person. Participants are the confirmed sign-ups plus the drop-in head counts.
 */
export async function activityFigures(
  ctx: ActivitiesWriteContext,
  range: { from: Date; to: Date; fromDate: string; toDate: string },
): Promise<ActivityFigures> {
  authorize(ctx, activityActions.READ_FIGURES);
  const reach = reachOf(ctx.actor, activityActions.READ_FIGURES);
  const rows = await figureRows(ctx.tx, reach, range.from, range.to, ctx.clock.now());
  ctx.audit.record({
    action: activityActions.READ_FIGURES,
    target: { type: 'activityFigures' },
    detail: { from: range.fromDate, to: range.toDate },
  });
  const n = (v: unknown) => Number(v ?? 0);
  return {
    from: range.fromDate,
    to: range.toDate,
    byMunicipality: rows.map((r) => ({
      code: r.code,
      name: r.name,
      occurrencesHeld: n(r.held),
      occurrencesCancelled: n(r.cancelled),
      adults: n(r.adults),
      children: { '0-2': n(r.c02), '3-6': n(r.c36), '7-12': n(r.c712), '13-17': n(r.c1317) },
      fillRate: r.fill === null ? null : Math.round(Number(r.fill) * 1000) / 1000,
      waitlisted: n(r.waitlisted),
      registrationsCancelled: n(r.reg_cancelled),
      noShows: n(r.no_shows),
    })),
  };
}
