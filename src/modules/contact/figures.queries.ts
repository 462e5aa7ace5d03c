import { sql } from 'kysely';
import type { ReadTx } from './contact.tables.ts';

export interface FigureRow {
  key: string;
  requests: number;
  answered: number;
  medianFirstResponseMinutes: number | null;
  medianCloseMinutes: number | null;
  answeredWithinTarget: number;
}

/**
 * Times to first response and to close, grouped by one dimension, over requests created in
 * [from, to). Hours are Helsinki's, so a request at 23:30 local counts at 23 in winter and summer.
 */
export async function responseFigures(
  tx: ReadTx,
  q: {
    regionIds: readonly string[] | 'all';
    from: Date;
    to: Date;
    by: 'channel' | 'municipality' | 'hour' | 'topic';
    targetMinutes: number;
  },
): Promise<FigureRow[]> {
  const key =
    q.by === 'channel'
      ? sql<string>`r.channel`
      : q.by === 'topic'
        ? sql<string>`r.topic`
        : q.by === 'municipality'
          ? sql<string>`r.municipality_code`
          : sql<string>`lpad(extract(hour from r.created_at at time zone 'Europe/Helsinki')::int::text, 2, '0')`;
  let query = tx
    .selectFrom('contact_request as r')
    .select([
      key.as('key'),
      sql<number>`count(*)::int`.as('requests'),
      sql<number>`count(r.first_response_at)::int`.as('answered'),
      sql<
        number | null
      >`round((percentile_cont(0.5) within group (order by extract(epoch from r.first_response_at - r.created_at)) / 60)::numeric, 1)::float8`.as(
        'medianFirstResponseMinutes',
      ),
      sql<
        number | null
      >`round((percentile_cont(0.5) within group (order by extract(epoch from r.closed_at - r.created_at)) / 60)::numeric, 1)::float8`.as(
        'medianCloseMinutes',
      ),
      sql<number>`count(*) filter (where r.first_response_at - r.created_at <= make_interval(mins => ${q.targetMinutes}))::int`.as(
        'answeredWithinTarget',
      ),
    ])
    .where('r.created_at', '>=', q.from)
    .where('r.created_at', '<', q.to);
  if (q.regionIds !== 'all') query = query.where('r.region_id', 'in', q.regionIds.length ? [...q.regionIds] : ['']);
  return (await query.groupBy(key).orderBy(key).execute()) as FigureRow[];
}
