import { sql, type QueryExecutorProvider } from 'kysely';
import type { ReadTx, WriteTx } from '../catalog.tables.ts';
import type { Lang } from '../../../platform/i18n-text.ts';
import type { SearchMissOutcome } from './search-misses.ts';

/** Adds a batch of counts: one row per day, language, text and outcome. */
export async function addSearchMissCounts(
  tx: QueryExecutorProvider,
  rows: { day: string; lang: Lang; query: string; outcome: SearchMissOutcome; count: number }[],
): Promise<void> {
  await sql`
    insert into search_miss (day, lang, query, outcome, count)
    select * from unnest(${rows.map((r) => r.day)}::date[], ${rows.map((r) => r.lang)}::text[],
      ${rows.map((r) => r.query)}::text[], ${rows.map((r) => r.outcome)}::text[], ${rows.map((r) => r.count)}::int[])
    on conflict (day, lang, query, outcome) do update set count = search_miss.count + excluded.count`.execute(tx);
}

export interface SearchMissRow {
  lang: 'fi' | 'sv' | 'en';
  query: string;
  outcome: SearchMissOutcome;
  count: number;
  lastDay: string;
}

/** The questions that found nothing since `fromDay`, most asked first. */
export async function listSearchMissRows(tx: ReadTx, fromDay: string, limit: number): Promise<SearchMissRow[]> {
  const rows = await sql<{ lang: SearchMissRow['lang']; query: string; outcome: SearchMissOutcome; count: string; last_day: string }>`
    select lang, query, outcome, sum(count) as count, max(day)::text as last_day
    from search_miss where day >= ${fromDay}::date
    group by lang, query, outcome
    order by sum(count) desc, max(day) desc, query
    limit ${limit}`.execute(tx);
  return rows.rows.map((r) => ({ lang: r.lang, query: r.query, outcome: r.outcome, count: Number(r.count), lastDay: r.last_day }));
}

export async function listConceptNames(tx: ReadTx) {
  return tx.selectFrom('search_concept').select(['code', 'name']).orderBy('code').execute();
}

export async function conceptOfWord(tx: ReadTx, lang: string, word: string): Promise<string | null | undefined> {
  const row = await tx
    .selectFrom('search_synonym')
    .select('concept_code')
    .where('lang', '=', lang as 'fi')
    .where('term', '=', word)
    .executeTakeFirst();
  return row ? row.concept_code : undefined;
}

/** The word joins the concept: a new everyday word, or one that had no concept yet. */
export async function addConceptWord(tx: WriteTx, lang: 'fi' | 'sv' | 'en', word: string, concept: string): Promise<void> {
  await tx
    .insertInto('search_synonym')
    .values({ lang, term: word, expansions: [word], concept_code: concept })
    .onConflict((oc) => oc.columns(['lang', 'term']).doUpdateSet({ concept_code: concept }))
    .execute();
}

/** Counts older than the retention period go: they were for learning, not for keeping. */
export async function purgeSearchMisses(tx: WriteTx, beforeDay: string): Promise<number> {
  const result = await tx.deleteFrom('search_miss').where('day', '<', beforeDay).executeTakeFirst();
  return Number(result.numDeletedRows);
}
