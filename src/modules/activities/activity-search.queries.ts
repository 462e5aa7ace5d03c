import { sql, type SqlBool } from 'kysely';
import type { Lang } from '../../platform/i18n-text.ts';
import type { ActivitySearchHit, ActivityType } from './activities.domain.ts';
import type { ReadTx } from './activities.tables.ts';

/*
 * The activities a search question finds: published ones with an occurrence still ahead, matched
 * with PostgreSQL's stemmer of the family's language over the activity's name, kind and
 * description in that language (Finnish where it is not translated). The tray's own question
 * reading (concepts, base forms) stays inside the catalog; a handful of weekly activities at
 * the meeting places needs no more than the stemmer to be found by their own words.
 */

const STEMMER: Record<Lang, string> = { fi: 'finnish', sv: 'swedish', en: 'english' };

/** The words an activity's kind is called by, so that "kerho" or "peer group" finds the kind too. */
const KIND_WORDS: Record<Lang, Record<ActivityType, string>> = {
  fi: {
    openActivity: 'avoin toiminta kohtaamispaikka',
    peerGroup: 'vertaisryhmä vertaistuki ryhmä',
    club: 'kerho',
    themeEvening: 'teemailta ilta',
    event: 'tapahtuma',
    groupService: 'ryhmä',
  },
  sv: {
    openActivity: 'öppen verksamhet mötesplats',
    peerGroup: 'kamratgrupp kamratstöd grupp',
    club: 'klubb',
    themeEvening: 'temakväll kväll',
    event: 'evenemang',
    groupService: 'grupp',
  },
  en: {
    openActivity: 'open activity meeting place',
    peerGroup: 'peer group peer support',
    club: 'club',
    themeEvening: 'theme evening',
    event: 'event',
    groupService: 'group',
  },
};

function documentOf(lang: Lang) {
  const stemmer = sql.lit(STEMMER[lang]);
  const text = (column: 'a.name' | 'a.description') =>
    sql`coalesce(${sql.ref(column)} ->> ${sql.lit(lang)}, ${sql.ref(column)} ->> 'fi', '')`;
  return sql<string>`setweight(to_tsvector(${stemmer}, ${text('a.name')}), 'A')
    || setweight(to_tsvector(${stemmer}, coalesce(${JSON.stringify(KIND_WORDS[lang])}::jsonb ->> a.type::text, '')), 'B')
    || setweight(to_tsvector(${stemmer}, ${text('a.description')}), 'C')`;
}

/**
 * Any of the question's words, in the language's stemmer: a prefix for words of four letters or
 * more ("kerho" finds "kerhot"), exact for shorter ones. A stop word of the language ("ei",
 * "för", "my") counts for nothing, so it never decides what is found.
 */
function questionOf(lang: Lang, words: readonly string[]) {
  const stemmer = sql.lit(STEMMER[lang]);
  const parts = words.map((word) => {
    const term = word.length >= 4 ? `${word}:*` : word;
    return sql`(case when numnode(to_tsquery(${stemmer}, ${word})) = 0 then to_tsquery('simple', '') else to_tsquery(${stemmer}, ${term}) end)`;
  });
  return sql`(${sql.join(parts, sql` || `)})`;
}

export interface ActivitySearchFilter {
  readonly municipality?: string | undefined;
  readonly age?: number | undefined;
}

/** The best matching activities with their next occurrence after `now`, and how many match in all. */
export async function searchActivityRows(
  tx: ReadTx,
  lang: Lang,
  words: readonly string[],
  filter: ActivitySearchFilter,
  now: Date,
  limit: number,
): Promise<{ items: ActivitySearchHit[]; total: number }> {
  if (words.length === 0) return { items: [], total: 0 };
  const question = questionOf(lang, words);
  const rows = await tx
    .selectFrom('activity as a')
    .innerJoinLateral(
      (eb) =>
        eb
          .selectFrom('activity_occurrence as x')
          .select(['x.id', 'x.starts_at', 'x.ends_at'])
          .whereRef('x.activity_id', '=', 'a.id')
          .where('x.status', '=', 'scheduled')
          .where('x.starts_at', '>=', now)
          .orderBy('x.starts_at')
          .limit(1)
          .as('n'),
      (join) => join.onTrue(),
    )
    // The document once per activity, for the match and the rank alike.
    .innerJoinLateral(sql<{ document: string }>`(select ${documentOf(lang)} as document)`.as('d'), (join) => join.onTrue())
    .innerJoin('municipality as m', 'm.code', 'a.municipality_code')
    .leftJoin('place as p', 'p.id', 'a.place_id')
    .select([
      'a.id',
      'a.type',
      'a.name',
      'a.languages',
      'a.cost',
      'a.online_url',
      'm.code as municipality_code',
      'm.name as municipality_name',
      'p.id as place_id',
      'p.name as place_name',
      'n.id as occurrence_id',
      'n.starts_at',
      'n.ends_at',
      sql<number>`count(*) over ()`.as('total'),
    ])
    .where('a.status', '=', 'published')
    .where(sql<SqlBool>`d.document @@ ${question}`)
    .$if(filter.municipality !== undefined, (q) => q.where('a.municipality_code', '=', filter.municipality!))
    .$if(filter.age !== undefined, (q) =>
      q
        .where((eb) => eb.or([eb('a.age_min', 'is', null), eb('a.age_min', '<=', filter.age!)]))
        .where((eb) => eb.or([eb('a.age_max', 'is', null), eb('a.age_max', '>=', filter.age!)])),
    )
    .orderBy(sql`ts_rank(d.document, ${question})`, 'desc')
    .orderBy('n.starts_at')
    .orderBy('a.id')
    .limit(limit)
    .execute();
  return {
    total: Number(rows[0]?.total ?? 0),
    items: rows.map((r) => ({
      id: r.id,
      type: r.type,
      name: r.name,
      languages: r.languages as ActivitySearchHit['languages'],
      cost: r.cost,
      onlineUrl: r.online_url,
      place: r.place_id && r.place_name ? { id: r.place_id, name: r.place_name } : null,
      municipality: { code: r.municipality_code, name: r.municipality_name },
      next: { occurrenceId: r.occurrence_id, start: r.starts_at, end: r.ends_at },
    })),
  };
}
