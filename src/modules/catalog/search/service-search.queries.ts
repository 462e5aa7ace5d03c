import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { ReadTx } from '../catalog.tables.ts';
import type { I18nText, Lang } from '../../../platform/i18n-text.ts';
import type { ServiceSummary } from '../catalog.model.ts';
import type { AccessibilityFact, Cost, DeliveryMode, ServiceLanguage, ServiceLevel, TargetGroup } from '../catalog.domain.ts';
import { ACCESSIBILITY_COLUMNS } from '../row-mappers.ts';
import { serviceSummarySelect, toServiceSummary } from '../services.queries.ts';
import {
  baseFormQueryText,
  categoryQueryText,
  exactQueryText,
  foldForSearch,
  MIN_SUBSTRING_LENGTH,
  prefixQueryText,
  tsqueryText,
  type Concept,
  type SearchWord,
  type Synonym,
} from './search-terms.ts';

export interface ServiceSearchCriteria {
  words: SearchWord[];
  municipality: string | null;
  age: number | null;
  group: TargetGroup | null;
  categories: string[];
  levels: ServiceLevel[];
  languages: ServiceLanguage[];
  delivery: DeliveryMode[];
  costs: Cost[];
  accessibility: AccessibilityFact[];
  /** Open at this local moment; closedDay says the date is a holiday on which offices close. */
  openAt: { date: string; weekday: number; time: string; closedDay: boolean } | null;
  /** Has weekly hours on this ISO weekday that are in force on `date`. */
  openOn: { weekday: number; date: string } | null;
  sortLang: Lang;
  /**
   * Without a municipality: region-wide services first, and the municipalities' services of one
   * name ("Lastenneuvola, Enonkoski" … "Lastenneuvola, Savonlinna") as one hit.
   */
  collapseTowns: boolean;
  limit: number;
  offset: number;
}

/** Any of the three languages' stemmers may recognise the word. */
function wordTsQuery(word: SearchWord): RawBuilder<unknown> {
  return stemmedQuery(tsqueryText(word));
}

function stemmedQuery(text: string): RawBuilder<unknown> {
  return sql`(to_tsquery('finnish', ${text}) || to_tsquery('swedish', ${text}) || to_tsquery('english', ${text}))`;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, '\\$&');
/** A typed part of a compound stands for at most this many words of the vocabulary. */
const MAX_VOCABULARY_WORDS = 300;

/** The vocabulary patterns of a word's one-part alternatives long enough to be part of a compound. */
export function vocabularyPatterns(word: SearchWord): string[] | null {
  const substrings = word.alternatives.filter((parts) => parts.length === 1 && parts[0]!.length >= MIN_SUBSTRING_LENGTH);
  return substrings.length ? [...new Set(substrings.map(([part]) => `%${escapeLike(foldForSearch(part!))}%`))] : null;
}

/** The words of the vocabulary that contain one of the patterns, as 'simple' query text, or null for none. */
export async function vocabularyQueryText(tx: ReadTx, patterns: string[]): Promise<string | null> {
  const { rows } = await sql<{ q: string | null }>`
    select string_agg(quote_literal(v.word), ' | ') as q
    from (select word from search_vocabulary where word like any(${patterns}::text[]) limit ${MAX_VOCABULARY_WORDS}) v`.execute(tx);
  return rows[0]?.q ?? null;
}

/**
 * The query of the vocabulary's words containing a part of the word: given when the use case has
 * looked them up already (vocabulary-cache.ts: the trigram scan for a concept with twenty terms
 * took 60 ms, most of a search), else read by a subquery. Null when nothing can match.
 */
function vocabularyQuery(word: SearchWord): RawBuilder<unknown> | null {
  if (word.vocabulary !== undefined) return word.vocabulary === null ? null : sql`to_tsquery('simple', ${word.vocabulary})`;
  const patterns = vocabularyPatterns(word);
  if (!patterns) return null;
  return sql`(select to_tsquery('simple', string_agg(quote_literal(v.word), ' | '))
      from (select word from search_vocabulary where word like any(${patterns}::text[]) limit ${MAX_VOCABULARY_WORDS}) v)`;
}

/**
 * Whether a service matches one part of the question: a stemmer recognises one alternative (as a
 * whole word anywhere, or as a prefix in names, keywords, organisation and categories), or one is
 * part of a word of the folded text (Finnish compounds such as "lastenneuvola" hide their parts
 * from the stemmer, and "aitiysneuvola" may be typed without ä: the vocabulary names the words that
 * contain it), or a Finnish base form or compound part matches the service's base forms, or the
 * service is in one of the concept's categories (lexemes 'c:<code>' of the same column). Each
 * condition is one a GIN index answers exactly (migration 0012), so their OR is a bitmap OR that
 * never reads a row to recheck it.
 */
function wordMatches(word: SearchWord): RawBuilder<SqlBool> {
  const conditions: RawBuilder<SqlBool>[] = [
    sql<SqlBool>`s.search_document @@ ${stemmedQuery(exactQueryText(word))}`,
    sql<SqlBool>`ts_filter(s.search_document, '{a,b}') @@ ${stemmedQuery(prefixQueryText(word))}`,
  ];
  const vocabulary = vocabularyQuery(word);
  if (vocabulary) conditions.push(sql<SqlBool>`s.search_words @@ ${vocabulary}`);
  const baseForms = baseFormQueryText(word);
  if (baseForms) conditions.push(sql<SqlBool>`s.search_base_forms @@ to_tsquery('simple', ${baseForms})`);
  const categories = categoryQueryText(word);
  if (categories) conditions.push(sql<SqlBool>`s.search_base_forms @@ ${categories}::tsquery`);
  return sql<SqlBool>`(${sql.join(conditions, sql` or `)})`;
}

/**
 * The same test as wordMatches, on one candidate's search columns read once (`d.doc`, `d.words`,
 * `d.forms`): with a municipality the candidates are the few hundred services available there,
 * and testing each is cheaper than finding every match in the country through the indexes.
 */
function wordMatchesRow(word: SearchWord): RawBuilder<SqlBool> {
  const conditions: RawBuilder<SqlBool>[] = [sql<SqlBool>`d.doc @@ ${wordTsQuery(word)}`];
  const vocabulary = vocabularyQuery(word);
  if (vocabulary) conditions.push(sql<SqlBool>`coalesce(d.words @@ ${vocabulary}, false)`);
  const baseForms = baseFormQueryText(word);
  if (baseForms) conditions.push(sql<SqlBool>`d.forms @@ to_tsquery('simple', ${baseForms})`);
  const categories = categoryQueryText(word);
  if (categories) conditions.push(sql<SqlBool>`d.forms @@ ${categories}::tsquery`);
  return sql<SqlBool>`(${sql.join(conditions, sql` or `)})`;
}

/** Name patterns: a long word anywhere in the name (compounds), a short one only where a word starts. */
function namePatterns(words: string[]): string[] {
  const folded = [...new Set(words.filter((w) => w.length >= 3).map(foldForSearch))];
  return folded.flatMap((w) => (w.length >= 7 ? [`%${escapeLike(w)}%`] : [`% ${escapeLike(w)}%`, `%-${escapeLike(w)}%`]));
}

/**
 * A service named for the question's own words (folded: "family cafe" names "Family café") is
 * dedicated to it; one named with a word the concept merely leads to, less so.
 */
function namePoints(word: SearchWord): RawBuilder<number> {
  const name = sql`(' ' || search_fold(i18n_all(s.name)))`;
  const core = namePatterns(word.core ?? [word.word]);
  const others = namePatterns(word.alternatives.map((parts) => parts.join(' ')).filter((w) => !(word.core ?? []).includes(w)));
  const coreHit = core.length ? sql`(${name} like any(${core}::text[]))::int * ${NAME_POINTS}` : sql`0`;
  const otherHit = others.length ? sql`(${name} like any(${others}::text[]))::int * ${NAME_POINTS / 2}` : sql`0`;
  return sql<number>`greatest(${coreHit}, ${otherHit})`;
}

/**
 * Points a matched part gives; a part in the service's name or categories gives more. A service
 * named for the question's own words must outrank one that merely mentions them and also has a
 * generic word (0.3 × MATCH_POINTS) and region-wide scope (2): at 4, "isille ryhmä" ranked every
 * parents' group and clinic that mentions fathers above the one named for them ("Isä–lapsi-leiri").
 */
const MATCH_POINTS = 10;
const NAME_POINTS = 6;
const CATEGORY_POINTS = 2;
const TEXT_RANK_POINTS = 3;

/** What the family chose besides the question: age, group, topics, levels, hours … (never its words). */
function filters(c: ServiceSearchCriteria): RawBuilder<SqlBool>[] {
  const where: RawBuilder<SqlBool>[] = [sql`s.status <> 'ended'`];
  if (c.age !== null) {
    where.push(sql`(s.age_min is null or s.age_min <= ${c.age}) and (s.age_max is null or s.age_max >= ${c.age})
      and not s.target_groups <@ array['expectingParents']`);
  }
  if (c.group) where.push(sql`s.target_groups && array[${c.group}]`);
  if (c.categories.length) {
    where.push(sql`exists (
      with recursive topic(code) as (
        select code from category where code = any(${c.categories}::text[])
        union select child.code from category child join topic on child.parent_code = topic.code
      )
      select 1 from service_category sc join topic on topic.code = sc.category_code where sc.service_id = s.id)`);
  }
  if (c.levels.length) where.push(sql`s.level = any(${c.levels}::text[])`);
  if (c.languages.length) where.push(sql`s.languages && ${c.languages}::text[]`);
  if (c.delivery.length) where.push(sql`s.delivery && ${c.delivery}::text[]`);
  if (c.costs.length) where.push(sql`s.cost = any(${c.costs}::text[])`);
  if (c.accessibility.length) {
    const facts = sql.join(
      c.accessibility.map((f) => sql`p.${sql.ref(ACCESSIBILITY_COLUMNS[f])} is true`),
      sql` and `,
    );
    where.push(sql`exists (select 1 from service_at_place sap join place p on p.id = sap.place_id
      where sap.service_id = s.id and p.status = 'active' and ${facts})`);
  }
  if (c.openAt) {
    const { date, weekday, time, closedDay } = c.openAt;
    // Per owner of hours (the service, or the service at a place): a day's exception wins; else
    // around the clock is open; else a public holiday closes unless the owner is open on holidays.
    where.push(sql`(
      exists (
        select 1 from service_weekly_hours h
        where h.service_id = s.id and h.weekday = ${weekday} and h.opens <= ${time}::time and h.closes > ${time}::time
          and (h.valid_from is null or h.valid_from <= ${date}::date) and (h.valid_to is null or h.valid_to >= ${date}::date)
          and (not ${closedDay} or exists (select 1 from service_hours_policy o where o.owner_id = h.owner_id and o.open_on_holidays))
          and not exists (select 1 from service_hours_exception x where x.owner_id = h.owner_id and x.day = ${date}::date))
      or exists (
        select 1 from service_hours_policy o
        where o.service_id = s.id and o.around_the_clock
          and not exists (select 1 from service_hours_exception x where x.owner_id = o.owner_id and x.day = ${date}::date))
      or exists (
        select 1 from service_hours_exception x
        where x.service_id = s.id and x.day = ${date}::date and not x.closed and x.opens <= ${time}::time and x.closes > ${time}::time))`);
  }
  if (c.openOn) {
    where.push(sql`exists (select 1 from service_weekly_hours h
      where h.service_id = s.id and h.weekday = ${c.openOn.weekday}
        and (h.valid_to is null or h.valid_to >= ${c.openOn.date}::date)
        and (h.valid_from is null or h.valid_from <= ${c.openOn.date}::date + 7))`);
  }
  return where;
}

/**
 * With a municipality, the services available there: its own (through the area index), the
 * region's region-wide ones and national ones; `local` says a service is the municipality's own.
 */
function available(municipality: string): RawBuilder<unknown> {
  return sql`(
      select sa.service_id as id, true as local from service_area sa where sa.municipality_code = ${municipality}
      union all
      select r.id, false from service r
      where (r.region_id is null
          or (r.region_id = (select m.region_id from municipality m where m.code = ${municipality}) and r.scope = 'region'))
        and not exists (select 1 from service_area x where x.service_id = r.id and x.municipality_code = ${municipality})
    )`;
}

/**
 * Locality as the API reports it: 0 = available in the chosen municipality, 1 = region-wide, 2 =
 * national; collapsed (no municipality), 0 = region-wide, 1 = the municipalities', 2 = national.
 */
function locality(municipality: string | null, collapse: boolean): RawBuilder<number> {
  if (!municipality && collapse) return sql<number>`case s.scope when 'region' then 0 when 'municipalities' then 1 else 2 end`;
  if (!municipality) return sql<number>`case s.scope when 'national' then 2 when 'region' then 1 else 0 end`;
  return sql<number>`case when s.local then 0 when s.scope = 'region' then 1 else 2 end`;
}

/**
 * Locality is a strong boost inside relevance, not a sort key above it: a local service wins over
 * an equally relevant region-wide one, never over one that matches the question better. Without a
 * municipality, services for the whole region come before one municipality's copy of a service,
 * and only the first copy of each (same organisation, same name before the comma) keeps its place,
 * so a list does not start with one municipality's copies of everything. Collapsed, the copies of
 * a name are one hit anyway: region-wide, then the municipalities', then national.
 */
function localityPoints(municipality: string | null, collapse: boolean): RawBuilder<number> {
  if (municipality) return sql<number>`case when s.local then 5 when s.scope = 'region' then 2 else 0 end`;
  if (collapse) return sql<number>`case s.scope when 'region' then 2 when 'municipalities' then 1 else 0 end`;
  return sql<number>`case s.scope when 'region' then 2 when 'national' then 1 else 0 end
    - case when row_number() over (partition by s.organization_id, split_part(s.name ->> 'fi', ',', 1) order by s.id) > 1 then 3 else 0 end`;
}
const CLOSED_PENALTY = 3;

/**
 * Ranking, not filtering: a service matching any part of the question is a result. Words nearly
 * every service has ("lapsi") rank but do not decide, unless they are all there is: otherwise a big
 * city's every service would be a candidate to rank.
 */
function deciding(words: SearchWord[]): number[] {
  const strong = words.flatMap((w, i) => ((w.weight ?? 1) >= 1 ? [i] : []));
  return strong.length ? strong : words.map((_, i) => i);
}

/**
 * What relevance knows without reading a service's texts: the parts it matches and the parts
 * whose category it is in (`h.parts`, `h.categories`), locality and being open.
 */
function cheapRelevance(c: ServiceSearchCriteria, hasWords: boolean): RawBuilder<number> {
  const perWord = hasWords
    ? c.words.map(
        (w, i) =>
          sql`${w.weight ?? 1}::real * ((${sql.lit(i)} = any(h.parts))::int * ${MATCH_POINTS} + (${sql.lit(i)} = any(h.categories))::int * ${CATEGORY_POINTS})`,
      )
    : [sql`0`];
  return sql<number>`(${sql.join(perWord, sql` + `)}) + ${localityPoints(c.municipality, collapsing(c))}
    - case when s.status = 'temporarilyClosed' then ${CLOSED_PENALTY} else 0 end`;
}

/** What relevance adds from the texts of the few that can still reach the page: names and ts_rank. */
function textRelevance(words: SearchWord[]): RawBuilder<number> {
  if (words.length === 0) return sql<number>`0`;
  const perWord = words.map((w, i) => sql`${w.weight ?? 1}::real * (${sql.lit(i)} = any(f.parts))::int * ${namePoints(w)}`);
  const anyPart = sql.join(words.map(wordTsQuery), sql` || `);
  return sql<number>`(${sql.join(perWord, sql` + `)}) + ${TEXT_RANK_POINTS} * ts_rank(s.search_document, ${anyPart})`;
}

/**
 * The most that textRelevance can add is a name hit per part and a full ts_rank; services this far
 * below the last place on the page keep their order by the cheap relevance alone. Ranking reads
 * the texts of this many candidates beyond the page, never of a big city's every match.
 */
const FINALISTS_BEYOND_PAGE = 60;

/** The order of results, over the sort keys the search selects, so that its hits keep it when joined. */
const RESULT_ORDER = [
  ['relevance', 'desc'],
  ['level_rank', 'asc'],
  ['sort_name', 'asc'],
  ['id', 'asc'],
] as const;

const resultOrder = (table?: string) =>
  sql.join(RESULT_ORDER.map(([key, direction]) => sql`${sql.ref(table ? `${table}.${key}` : key)} ${sql.raw(direction)}`));

/**
 * What services of one name share: a municipality's service named "<name>, <its municipality>"
 * keys as "<name>" (in Finnish, the source language); every other service is a key of its own.
 * Computed only when collapsing, for the candidates of a search without a municipality; the
 * subquery is a lookup of the service's own areas, only for a name with ", " at all.
 */
const nameKey = sql<string>`case when s.scope = 'municipalities' and strpos(s.name ->> 'fi', ', ') > 0 then coalesce((
    select left(s.name ->> 'fi', length(s.name ->> 'fi') - length(', ' || (m.name ->> 'fi')))
    from service_area sa join municipality m on m.code = sa.municipality_code
    where sa.service_id = s.id and right(s.name ->> 'fi', length(', ' || (m.name ->> 'fi'))) = ', ' || (m.name ->> 'fi')
    limit 1), s.id::text) else s.id::text end`;

const collapsing = (c: ServiceSearchCriteria) => c.collapseTowns && c.municipality === null;

export interface SearchHitRow {
  id: string;
  locality: number;
  /** Collapsed: the ids of every service of the hit's name, the hit's own included. */
  members: string[] | null;
  relevance: number;
  level_rank: number;
  sort_name: string;
  total: number;
}

/**
 * One page of matching services, best first: by relevance to the question with locality and
 * being open as boosts inside it, then universal services before basic and special ones, then by
 * name. In three steps, so that a question costs what its matches cost, not what the country has:
 * `hits`, each part's matching services from the indexes alone (ids, never a row's texts);
 * `ranked`, those available in the municipality that pass the filters, with the relevance known
 * from the hits; `finalists`, the best of them by that, whose names and texts complete the rank.
 */
export function searchQuery(c: ServiceSearchCriteria): RawBuilder<SearchHitRow> {
  const municipality = c.municipality;
  const hasWords = c.words.length > 0;
  const where = filters(c);
  const decidingParts = deciding(c.words);
  const matching = hasWords ? [sql<SqlBool>`h.parts && ${decidingParts}::int[]`] : [];
  let source: RawBuilder<unknown>;
  if (municipality) {
    // The services available in the municipality that pass the filters, each read once: its
    // search columns detoasted once (`|| ''`) in a subquery the planner keeps (offset 0), then
    // every part of the question tested on them.
    const perWord = (test: (w: SearchWord) => RawBuilder<SqlBool> | null) =>
      hasWords
        ? sql`array_remove(array[${sql.join(
            c.words.map((w, i) => {
              const t = test(w);
              return t ? sql`case when ${t} then ${sql.lit(i)}::int end` : sql`null::int`;
            }),
          )}], null)`
        : sql`'{}'::int[]`;
    const categoryTest = (w: SearchWord) => {
      const categories = categoryQueryText(w);
      return categories ? sql<SqlBool>`d.forms @@ ${categories}::tsquery` : null;
    };
    source = sql`(
        select d.*, ${perWord(wordMatchesRow)} as parts, ${perWord(categoryTest)} as categories
        from (
          select s.*, a.local,
            ${hasWords ? sql`s.search_document || ''::tsvector` : sql`null::tsvector`} as doc,
            ${hasWords ? sql`s.search_words || ''::tsvector` : sql`null::tsvector`} as words,
            ${hasWords ? sql`s.search_base_forms || ''::tsvector` : sql`null::tsvector`} as forms
          from ${available(municipality)} a join service s on s.id = a.id
          where ${sql.join(where, sql` and `)}
          offset 0) d
        offset 0
      ) s cross join lateral (select s.parts, s.categories) h`;
  } else {
    const hits = c.words.flatMap((w, i) => {
      const categories = categoryQueryText(w);
      return [
        sql`select s.id, ${sql.lit(i)}::int as part, false as category from service s where ${wordMatches(w)}`,
        ...(categories
          ? [sql`select s.id, ${sql.lit(i)}::int, true from service s where s.search_base_forms @@ ${categories}::tsquery`]
          : []),
      ];
    });
    source = hasWords
      ? sql`(select id, array_agg(distinct part) filter (where not category) as parts,
            coalesce(array_agg(distinct part) filter (where category), '{}') as categories
          from (${sql.join(hits, sql` union all `)}) x group by id) h
          join service s on s.id = h.id`
      : sql`(select null::int[] as parts, null::int[] as categories) h cross join service s`;
  }
  const conditions = municipality ? matching : [...where, ...matching];
  const finalists = c.offset + c.limit + FINALISTS_BEYOND_PAGE;
  const collapse = collapsing(c);
  // Collapsed, each name's best candidate stands for the group and carries its members' ids.
  const hits = collapse
    ? sql`select *, count(*) over () as total from (
          select *, row_number() over (partition by name_key order by cheap desc, level_rank, sort_name, id) as rn,
            array_agg(id) over (partition by name_key) as members
          from matched) g
        where rn = 1`
    : sql`select *, null::uuid[] as members, count(*) over () as total from matched`;
  return sql<SearchHitRow>`
    with matched as materialized (
      select s.id, ${locality(municipality, collapse)} as locality, h.parts,
        ${cheapRelevance(c, hasWords)} as cheap,
        array_position(array['universal', 'basic', 'special'], s.level) as level_rank,
        coalesce(s.name ->> ${c.sortLang}, s.name ->> 'fi') as sort_name
        ${collapse ? sql`, ${nameKey} as name_key` : sql``}
      from ${source}
      ${conditions.length ? sql`where ${sql.join(conditions, sql` and `)}` : sql``}
    ),
    ranked as (${hits}),
    finalists as (
      select * from ranked order by cheap desc, level_rank, sort_name, id limit ${finalists}
    )
    select f.id, f.locality, f.members, f.cheap + ${textRelevance(c.words)} as relevance, f.level_rank, f.sort_name, f.total
    from finalists f join service s on s.id = f.id
    order by ${resultOrder()}
    limit ${c.limit} offset ${c.offset}`;
}

export interface ServiceSearchHit {
  summary: ServiceSummary;
  /**
   * 0 = available in the chosen municipality, 1 = region-wide, 2 = national; collapsed (no
   * municipality), 0 = region-wide, 1 = the municipalities', 2 = national.
   */
  locality: number;
  /** Collapsed: the ids of every service of the hit's name, the hit's own included. */
  members: string[] | null;
  total: number;
}

/** The page of results with what the list shows of each, in one round trip to the database. */
export async function searchServiceSummaries(
  tx: ReadTx,
  c: ServiceSearchCriteria,
  municipalityNames: ReadonlyMap<string, I18nText>,
): Promise<ServiceSearchHit[]> {
  const rows = await serviceSummarySelect(tx)
    .innerJoin(sql<SearchHitRow>`(${searchQuery(c)})`.as('hit'), 'hit.id', 's.id')
    .select(['hit.locality', 'hit.members', 'hit.total'])
    .orderBy(resultOrder('hit'))
    .execute();
  return rows.map((r) => ({
    summary: toServiceSummary(r, municipalityNames),
    locality: Number(r.locality),
    members: r.members,
    total: Number(r.total),
  }));
}

/** How many services match, for a page past the last one (the page itself then counts nothing). */
export async function countServices(tx: ReadTx, c: ServiceSearchCriteria): Promise<number> {
  const rows = await sql<{ total: string }>`select hit.total from (${searchQuery({ ...c, limit: 1, offset: 0 })}) hit`.execute(tx);
  return Number(rows.rows[0]?.total ?? 0);
}

/** The municipalities of each service: where the members of a collapsed hit are. */
export async function findServiceAreas(
  tx: ReadTx,
  serviceIds: string[],
): Promise<{ serviceId: string; organizationId: string; municipalityCode: string }[]> {
  if (serviceIds.length === 0) return [];
  return tx
    .selectFrom('service_area as sa')
    .innerJoin('service as s', 's.id', 'sa.service_id')
    .select(['sa.service_id as serviceId', 's.organization_id as organizationId', 'sa.municipality_code as municipalityCode'])
    .where('sa.service_id', 'in', serviceIds)
    .execute();
}

/**
 * Below this trigram similarity a suggestion is more often wrong than right: "hammashoito" is 0.38
 * from "hoito", "vammainen" further still from "ensimmainen"; a typo such as "neuvla" is 0.5 from "neuvola".
 */
export const SUGGESTION_SIMILARITY = 0.5;

/**
 * For words the services never use: the closest word that they do use in names and keywords,
 * spelt as they spell it (with its accents), when it is close enough to be likely right.
 */
export async function closestVocabularyWords(tx: ReadTx, words: string[]): Promise<Map<string, string>> {
  if (words.length === 0) return new Map();
  const rows = await sql<{ input: string; suggestion: string | null }>`
    select w.input, (
      select coalesce(v.spelling, v.word) from search_vocabulary v
      where v.word % search_fold(w.input) and similarity(v.word, search_fold(w.input)) >= ${SUGGESTION_SIMILARITY}
      order by similarity(v.word, search_fold(w.input)) desc, v.word
      limit 1) as suggestion
    from unnest(${words}::text[]) as w(input)
    where not exists (select 1 from search_vocabulary v where v.word = search_fold(w.input))`.execute(tx);
  return new Map(rows.rows.filter((r) => r.suggestion).map((r) => [r.input, r.suggestion!]));
}

export async function listSynonyms(tx: ReadTx): Promise<Synonym[]> {
  const rows = await tx
    .selectFrom('search_synonym')
    .select(['lang', 'term', 'expansions', 'concept_code'])
    .orderBy('lang')
    .orderBy('term')
    .execute();
  return rows.map((r) => ({ lang: r.lang, term: r.term, expansions: r.expansions, concept: r.concept_code }));
}

/** Each concept with its categories and every expansion of its words, in all languages. */
export async function listConcepts(tx: ReadTx): Promise<Concept[]> {
  const rows = await sql<{ code: string; categories: string[]; expansions: string[] | null; terms: string[] | null }>`
    select c.code, c.category_codes as categories,
      (select array_agg(distinct e order by e) from search_synonym w, unnest(w.expansions) e where w.concept_code = c.code) as expansions,
      (select array_agg(w.term order by w.term) from search_synonym w where w.concept_code = c.code) as terms
    from search_concept c order by c.code`.execute(tx);
  return rows.rows.map((r) => ({ code: r.code, categories: r.categories, expansions: r.expansions ?? [], terms: r.terms ?? [] }));
}
