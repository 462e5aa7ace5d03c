import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';
import type { ReadTx } from '../catalog.tables.ts';
import type { I18nText, Lang } from '../../../platform/i18n-text.ts';
import type { ServiceSummary } from '../catalog.model.ts';
import type { AccessibilityFact, Cost, DeliveryMode, ServiceLanguage, ServiceLevel, TargetGroup } from '../catalog.domain.ts';
import { ACCESSIBILITY_COLUMNS } from '../row-mappers.ts';
import { serviceSummarySelect, toServiceSummary } from '../services.queries.ts';
import { foldForSearch, MIN_SUBSTRING_LENGTH, tsqueryText, type SearchWord, type Synonym } from './search-terms.ts';

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
  const text = tsqueryText(word);
  return sql`(to_tsquery('finnish', ${text}) || to_tsquery('swedish', ${text}) || to_tsquery('english', ${text}))`;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, '\\$&');

/**
 * One tsquery and one set of patterns per typed word. Finnish compounds ("lastenneuvola") hide
 * their parts from the stemmer; a substring of the folded text finds them, and "aitiysneuvola"
 * typed without ä too. LIKE rather than one regular expression: it reads a row several times
 * faster, and the trigram index serves both.
 */
function wordMatches(word: SearchWord): RawBuilder<SqlBool> {
  const fts = sql<SqlBool>`s.search_document @@ ${wordTsQuery(word)}`;
  const substrings = word.alternatives.filter((parts) => parts.length === 1 && parts[0]!.length >= MIN_SUBSTRING_LENGTH);
  if (substrings.length === 0) return fts;
  const patterns = [...new Set(substrings.map(([part]) => `%${escapeLike(foldForSearch(part!))}%`))];
  return sql<SqlBool>`(s.search_text like any(${patterns}::text[]) or ${fts})`;
}

function relevance(words: SearchWord[], lang: Lang): RawBuilder<number> {
  if (words.length === 0) return sql<number>`0`;
  const anyPart = sql.join(words.map(wordTsQuery), sql` || `);
  // A typed word in the service's own name weighs more than one found in its description.
  const nameHits = words.map((w) => sql`(lower(coalesce(s.name ->> ${lang}, s.name ->> 'fi')) like ${`%${w.word}%`})::int`);
  return sql<number>`ts_rank(s.search_document, ${anyPart}) + 0.5 * (${sql.join(nameHits, sql` + `)})`;
}

/**
 * The ids of the services whose area is the municipality, computed once per query: as an array,
 * `s.id = any(...)` is an index condition on the primary key that can be OR-ed with others.
 */
const localServiceIds = (municipality: string) =>
  sql`array(select sa.service_id from service_area sa where sa.municipality_code = ${municipality})`;

/**
 * Whether a found service is available in the chosen municipality comes from a join to its area
 * there (`local`): testing each row against the array above would compare every found service
 * with every local one, thousands by thousands in a big city.
 */
function locality(municipality: string | null, collapseTowns: boolean): RawBuilder<number> {
  if (!municipality && collapseTowns) return sql<number>`case s.scope when 'region' then 0 when 'municipalities' then 1 else 2 end`;
  if (!municipality) return sql<number>`case s.scope when 'national' then 2 when 'region' then 1 else 0 end`;
  return sql<number>`case when local.service_id is not null then 0 when s.scope = 'region' then 1 else 2 end`;
}

function filters(c: ServiceSearchCriteria): Expression<SqlBool>[] {
  const where: RawBuilder<SqlBool>[] = [sql`s.status <> 'ended'`];
  for (const word of c.words) where.push(wordMatches(word));
  if (c.municipality) {
    // National services are exactly those without a region (a CHECK says so); region_id is indexed.
    where.push(sql`(s.region_id is null
      or (s.region_id = (select m.region_id from municipality m where m.code = ${c.municipality}) and s.scope = 'region')
      or s.id = any(${localServiceIds(c.municipality)}))`);
  }
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

/** The order of results, over the sort keys the search selects, so that its hits keep it when joined. */
const RESULT_ORDER = [
  ['locality', 'asc'],
  ['closed', 'asc'],
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
 *
 * Cost: computed for every matching row of a search without a municipality (then partitioned by
 * the window functions below). The subquery is a primary-key lookup of the service's own areas,
 * and it runs only for a municipalities' service whose name has ", " at all; a name without one
 * cannot end in ", <municipality>". A stored key column would save the lookups if the national
 * dataset ever shows them in a profile.
 */
const nameKey = sql<string>`case when s.scope = 'municipalities' and strpos(s.name ->> 'fi', ', ') > 0 then coalesce((
    select left(s.name ->> 'fi', length(s.name ->> 'fi') - length(', ' || (m.name ->> 'fi')))
    from service_area sa join municipality m on m.code = sa.municipality_code
    where sa.service_id = s.id and right(s.name ->> 'fi', length(', ' || (m.name ->> 'fi'))) = ', ' || (m.name ->> 'fi')
    limit 1), s.id::text) else s.id::text end`;

function matchingServices(tx: ReadTx, c: ServiceSearchCriteria) {
  const municipality = c.municipality;
  return tx
    .selectFrom('service as s')
    .$if(municipality !== null, (qb) =>
      qb.leftJoin('service_area as local', (join) =>
        join.onRef('local.service_id', '=', 's.id').on('local.municipality_code', '=', municipality!),
      ),
    )
    .select([
      's.id',
      locality(municipality, c.collapseTowns).as('locality'),
      sql<boolean>`s.status = 'temporarilyClosed'`.as('closed'),
      relevance(c.words, c.sortLang).as('relevance'),
      sql<number>`array_position(array['universal', 'basic', 'special'], s.level)`.as('level_rank'),
      sql<string>`coalesce(s.name ->> ${c.sortLang}, s.name ->> 'fi')`.as('sort_name'),
    ])
    .where((eb) => eb.and(filters(c)));
}

const collapsing = (c: ServiceSearchCriteria) => c.collapseTowns && c.municipality === null;

/**
 * One page of matching services, best first: those available in the chosen municipality, then
 * region-wide and national ones; within each, open before temporarily closed, by relevance to the
 * words, then universal services before basic and special ones, then by name. Collapsed, each
 * name's best service stands for the group and carries the ids of all its members.
 */
export function searchQuery(tx: ReadTx, c: ServiceSearchCriteria) {
  // Uncollapsed, the wrapping is constants the planner folds away: the plan stays the flat one.
  const collapse = collapsing(c);
  const grouped = tx
    .selectFrom(
      matchingServices(tx, c)
        .select((collapse ? nameKey : sql<string>`null::text`).as('name_key'))
        .as('h'),
    )
    .selectAll('h')
    .select([
      (collapse
        ? sql<number>`row_number() over (partition by h.name_key order by h.closed, h.relevance desc, h.sort_name, h.id)`
        : sql<number>`1`
      ).as('rn'),
      (collapse ? sql<string[] | null>`array_agg(h.id) over (partition by h.name_key)` : sql<string[] | null>`null::uuid[]`).as('members'),
    ]);
  return tx
    .selectFrom(grouped.as('g'))
    .select(['g.id', 'g.locality', 'g.closed', 'g.relevance', 'g.level_rank', 'g.sort_name', 'g.members'])
    .select(sql<number>`count(*) over ()`.as('total'))
    .where('g.rn', '=', 1)
    .orderBy(resultOrder('g'))
    .limit(c.limit)
    .offset(c.offset);
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
    .innerJoin(searchQuery(tx, c).as('hit'), 'hit.id', 's.id')
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

export async function countServices(tx: ReadTx, c: ServiceSearchCriteria): Promise<number> {
  const row = await tx
    .selectFrom('service as s')
    .select(collapsing(c) ? sql<number>`count(distinct ${nameKey})`.as('n') : sql<number>`count(*)`.as('n'))
    .where((eb) => eb.and(filters(c)))
    .executeTakeFirstOrThrow();
  return Number(row.n);
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

/** For words that found nothing: the closest word that does occur in service names and keywords. */
export async function closestVocabularyWords(tx: ReadTx, words: string[]): Promise<Map<string, string>> {
  if (words.length === 0) return new Map();
  const rows = await sql<{ input: string; suggestion: string | null }>`
    select w.input, (
      select v.word from search_vocabulary v
      where v.word % search_fold(w.input)
      order by similarity(v.word, search_fold(w.input)) desc, v.word
      limit 1) as suggestion
    from unnest(${words}::text[]) as w(input)
    where not exists (select 1 from search_vocabulary v where v.word = search_fold(w.input))`.execute(tx);
  return new Map(rows.rows.filter((r) => r.suggestion).map((r) => [r.input, r.suggestion!]));
}

export async function listSynonyms(tx: ReadTx): Promise<Synonym[]> {
  return tx.selectFrom('search_synonym').select(['lang', 'term', 'expansions']).orderBy('lang').orderBy('term').execute();
}
