import type { ReadContext } from '../../platform/request-context.ts';
import { questionWords } from '../catalog/index.ts';
import type { ActivitySearchHit } from './activities.domain.ts';
import type { ActivitiesDb } from './activities.tables.ts';
import { searchActivityRows } from './activity-search.queries.ts';

/** How many activities a mixed search shows: a few things to go to, beside the services. */
export const ACTIVITIES_IN_MIXED_SEARCH = 3;

export interface ActivitySearchInput {
  readonly q?: string | undefined;
  /** A municipality code: only the activities held there. */
  readonly municipality?: string | undefined;
  /** A child's age: only the activities open to it. */
  readonly age?: number | undefined;
  readonly limit?: number | undefined;
}

/** The question's words as the tray reads them; a single letter matches too much to count. */
const wordsOf = (q: string) => questionWords(q).filter((w) => w.length >= 2);

/**
 * The published activities that match a search question and are still on (an occurrence ahead),
 * the best first, each with its next occurrence, in the family's language.
 *
 * The hit says when and where, never how many places are left: sign-ups change places left
 * all day, and a search must find and rank the same activities whoever has signed up since (a
 * search result is a way to the activity page, which tells how full each occurrence is).
 */
export async function searchActivities(
  ctx: ReadContext<ActivitiesDb>,
  input: ActivitySearchInput,
): Promise<{ items: ActivitySearchHit[]; total: number }> {
  const limit = Math.min(Math.max(input.limit ?? ACTIVITIES_IN_MIXED_SEARCH, 1), 20);
  return searchActivityRows(
    ctx.tx,
    ctx.lang,
    wordsOf(input.q ?? ''),
    { municipality: input.municipality, age: input.age },
    ctx.clock.now(),
    limit,
  );
}
