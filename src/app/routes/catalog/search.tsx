import { data, redirect } from 'react-router';
import { serviceSearchQuery } from '../../../modules/catalog/catalog.schema.ts';
import { InvalidInputError, type InputIssue } from '../../../platform/errors.ts';
import { queryRecord, toInputIssues } from '../../../platform/http/query-schema.ts';
import type { Lang } from '../../../platform/i18n-text.ts';
import { choicesOf, type Choice } from '../../choices.ts';
import { Breadcrumbs } from '../../components/breadcrumbs.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { Pagination } from '../../components/pagination.tsx';
import { prepareOptions, SearchFilters, SearchQuery, type RawParams } from '../../components/search-filters.tsx';
import { AdvisorPanel, situationHref, WeakResultHelp } from '../../components/way-in.tsx';
import { ServiceCard, toServiceCard } from '../../components/service-card.tsx';
import { format, uiMessages, useI18n } from '../../i18n/index.ts';
import { paths } from '../../paths.ts';
import { searchParamsOf } from '../../../modules/catalog/catalog.paths.ts';
import { cardHoursChangeAt } from '../../../modules/catalog/index.ts';
import type { LifeSituation, ServiceSearchInput } from '../../../modules/catalog/catalog.model.ts';
import { ActivityHits } from '../activities/activity-hits.tsx';
import { ArticleHits } from '../knowledge/article-hits.tsx';
import type { Route } from './+types/search';

/** Fewer results than this, and the page also offers the advisor and the life situations. */
const WEAK_RESULT_COUNT = 3;

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const lang = params.lang as Lang;
  const url = new URL(request.url);
  const searchParams = url.searchParams;
  // A GET form sends its empty fields too ("municipality=&age="): keep the address to what was chosen.
  const chosen = new URLSearchParams([...searchParams].filter(([, value]) => value.trim() !== ''));
  if (chosen.size !== searchParams.size) throw redirect(`${url.pathname}${chosen.size ? `?${chosen}` : ''}`, 302);
  const raw: RawParams = {};
  for (const key of new Set(searchParams.keys())) raw[key] = searchParams.getAll(key);
  const { catalog } = context;
  const [municipalities, taxonomy, contactPoints] = await Promise.all([
    catalog.listMunicipalities(),
    catalog.getTaxonomy(),
    catalog.getContactPoints(),
  ]);
  const chosenTopics = new Set((raw.topic ?? []).flatMap((t) => t.split(',')));
  const topics = taxonomy.categories.filter((c) => c.parentCode === null || chosenTopics.has(c.code));
  const municipalityChoices = choicesOf(municipalities, lang, 'byLabel');
  const page = {
    raw,
    // One string, not 300 objects: loader data is serialised into every page (search-filters.tsx).
    municipalities: prepareOptions(municipalityChoices),
    municipalityLabel: municipalityChoices.find((c) => c.value === searchParams.get('municipality'))?.label ?? null,
    topics: choicesOf(topics, lang, 'asGiven'),
    advisor: contactPoints.advisors[0] ?? null,
    // The life situations keep the chosen municipality.
    lifeSituations: taxonomy.lifeSituations.map((l) => ({
      code: l.code,
      name: l.name,
      href: situationHref(lang, l, chosen.get('municipality') ?? undefined),
    })),
  };

  const parsed = serviceSearchQuery.safeParse(queryRecord(searchParams));
  let issues: InputIssue[] = parsed.success ? [] : toInputIssues(parsed.error.issues);
  if (parsed.success) {
    try {
      // Read before the searches: every instant derived from it is then no later than theirs.
      const now = context.clock.now();
      const firstPage = (parsed.data.page ?? 1) === 1;
      const { q, municipality, age } = parsed.data;
      const [result, articles, activities] = await Promise.all([
        catalog.searchServicesForFamilies(parsed.data),
        firstPage ? context.knowledge.searchArticles({ q, limit: 3 }) : null,
        // When and where, never places left: see searchActivities.
        firstPage ? context.activities.public.searchActivities({ q, municipality, age }) : null,
      ]);
      const openings = await catalog.describeOpenings(result.items.map((s) => s.id));
      // The services on the page; the advisor, articles and activities show no service's check date.
      context.answerShows(result.items.map((s) => s.id));
      // What this page shows from the clock: the cards' hours and the activities still to come.
      // With "open now" the results themselves move with the minute, so the page says nothing.
      if (!parsed.data.openNow) {
        context.answerChangesAt(cardHoursChangeAt(now, Object.values(openings)));
        for (const activity of activities?.items ?? []) context.answerChangesAt(activity.next.start);
      }
      return {
        ...page,
        articles: articles?.items ?? [],
        activities: activities?.items ?? [],
        query: parsed.data,
        fromSituation: isLifeSituation(taxonomy.lifeSituations, parsed.data),
        result: {
          ...result,
          items: result.items.map((s) => ({ ...toServiceCard(s, lang), opening: s.sameName ? null : (openings[s.id] ?? null) })),
        },
        issues: context.describeIssues(issues),
      };
    } catch (error) {
      if (!InvalidInputError.is(error)) throw error;
      issues = error.issues;
    }
  }
  return data(
    { ...page, articles: [], activities: [], query: null, fromSituation: false, result: null, issues: context.describeIssues(issues) },
    { status: 400 },
  );
}

/** The search a life situation's link opens (its topics and its target group), filtered further or not. */
function isLifeSituation(situations: readonly LifeSituation[], query: ServiceSearchInput): boolean {
  const topics = [...new Set(query.topic ?? [])].sort().join(',');
  return situations.some((l) => [...l.categories].sort().join(',') === topics && (l.targetGroup ?? undefined) === query.group);
}

export function meta({ data, params }: Route.MetaArgs) {
  const m = uiMessages[(params.lang as Lang) ?? 'fi'];
  const q = data?.raw.q?.[0];
  const title = q ? format(m.catalog.search.titleWithQuery, { q }) : m.catalog.search.title;
  return [{ title: `${title} – ${m.site.name}` }, { name: 'robots', content: 'noindex, follow' }];
}

export default function Search({ loaderData }: Route.ComponentProps) {
  const { lang, m } = useI18n();
  const {
    raw,
    query,
    result,
    issues,
    municipalities,
    municipalityLabel,
    topics,
    advisor,
    lifeSituations,
    articles,
    activities,
    fromSituation,
  } = loaderData;
  const q = raw.q?.[0]?.trim();
  const labels: Record<string, string> = {
    q: m.catalog.search.searchLabel,
    municipality: m.catalog.search.municipality,
    age: m.catalog.search.age,
    group: m.catalog.search.group,
    topic: m.catalog.search.topic,
    level: m.catalog.search.level,
    language: m.catalog.search.language,
    delivery: m.catalog.search.delivery,
    cost: m.catalog.search.cost,
    accessibility: m.catalog.search.accessibility,
    openNow: m.catalog.search.openNow,
    openOn: m.catalog.search.openOn,
    page: m.catalog.wayIn.pageNumber,
    pageSize: m.catalog.wayIn.pageSize,
  };
  // Chips and links come from the search as it was understood, never from the raw query string:
  // each accepted value once, so a page grows with what the search took, not with what was typed.
  const active = query ? activeFilters(query, { municipalityLabel, topics, m }) : [];
  return (
    <main id="main" className="page" tabIndex={-1}>
      <Breadcrumbs items={[{ label: m.catalog.search.title }]} />
      <h1>{q ? format(m.catalog.search.titleWithQuery, { q }) : m.catalog.search.title}</h1>
      <ErrorSummary
        title={m.catalog.search.errorSummary}
        help={m.catalog.search.errorHelp}
        issues={issues}
        labels={labels}
        unlinked={['page', 'pageSize']}
      />
      <SearchQuery params={raw} />
      {result && (
        <p className="result-count" role="status">
          {result.total === 1 ? m.catalog.search.resultCountOne : format(m.catalog.search.resultCount, { count: result.total })}{' '}
          {result.total > 0 && (
            <a href="#results-heading" className="skip-to-results">
              {m.catalog.wayIn.skipToResults}
            </a>
          )}
        </p>
      )}
      <div className="finder">
        <aside className="finder__filters" aria-label={m.catalog.search.filters}>
          <SearchFilters params={raw} municipalities={municipalities} topics={topics} />
        </aside>
        <div className="finder__results">
          {active.length > 0 && (
            <div className="active-filters">
              <h2 className="visually-hidden">{m.catalog.search.activeFilters}</h2>
              <ul>
                {active.map((f) => (
                  <li key={`${f.key}=${f.value}`}>
                    <a
                      className="chip"
                      href={paths.search(lang, searchParamsOf(f.without))}
                      aria-label={format(m.catalog.search.removeFilter, { filter: `${f.label}` })}
                    >
                      {f.label} <span aria-hidden="true">×</span>
                    </a>
                  </li>
                ))}
              </ul>
              <a href={paths.search(lang, searchParamsOf({ q: query?.q }))}>{m.catalog.search.clearAll}</a>
            </div>
          )}
          {issues.length > 0 && (
            <p>
              <a href={paths.search(lang)}>{m.catalog.search.newSearch}</a>
            </p>
          )}
          {result && (
            <section className="results" aria-labelledby="results-heading">
              <h2 id="results-heading" tabIndex={-1}>
                {m.catalog.search.results}
              </h2>
              {result.suggestedQuery && (
                <p className="notice">
                  {m.catalog.search.didYouMean}{' '}
                  <a href={paths.search(lang, searchParamsOf({ ...query, q: result.suggestedQuery, page: undefined }))}>
                    {result.suggestedQuery}
                  </a>
                </p>
              )}
              {result.total > 0 && (
                <ol className="result-list">
                  {result.items.map((s) => (
                    <li key={s.id}>
                      <ServiceCard service={s} />
                    </li>
                  ))}
                </ol>
              )}
              {result.total < WEAK_RESULT_COUNT && (
                <WeakResultHelp
                  empty={result.total === 0}
                  advisor={advisor}
                  lifeSituations={lifeSituations}
                  broaderSearch={active.length > 0 || q ? paths.search(lang) : null}
                />
              )}
              {/* A life situation's page offers the advisor even when it found plenty (after the results: the keyboard reaches them first). */}
              {fromSituation && result.total >= WEAK_RESULT_COUNT && <AdvisorPanel advisor={advisor} headingLevel={3} />}
              <Pagination
                page={result.page}
                pageSize={result.pageSize}
                total={result.total}
                hrefFor={(p) => paths.search(lang, searchParamsOf(query ?? {}, p))}
              />
            </section>
          )}
          {/* Articles and activities after the services: the keyboard reaches the first service within a few stops. */}
          <ArticleHits articles={articles} />
          <ActivityHits activities={activities} municipality={query?.municipality} />
        </div>
      </div>
    </main>
  );
}

type Messages = ReturnType<typeof useI18n>['m'];

type Filter = { key: string; value: string; label: string; without: ServiceSearchInput };

/** One chip per accepted filter value, with the search that remains when it is removed. */
function activeFilters(
  query: ServiceSearchInput,
  ctx: { municipalityLabel: string | null; topics: readonly Choice[]; m: Messages },
): Filter[] {
  const { m } = ctx;
  const filters: Filter[] = [];
  const add = (key: keyof ServiceSearchInput, value: string | number | boolean, label: string | undefined, without: ServiceSearchInput) => {
    if (label) filters.push({ key, value: String(value), label, without: { ...without, page: undefined } });
  };
  const each = <K extends 'topic' | 'level' | 'language' | 'delivery' | 'cost' | 'accessibility'>(
    key: K,
    label: (v: NonNullable<ServiceSearchInput[K]>[number]) => string | undefined,
  ) => {
    const values = (query[key] ?? []) as NonNullable<ServiceSearchInput[K]>[number][];
    for (const value of values) add(key, value, label(value), { ...query, [key]: values.filter((v) => v !== value) });
  };
  if (query.municipality)
    add('municipality', query.municipality, ctx.municipalityLabel ?? undefined, {
      ...query,
      municipality: undefined,
    });
  if (query.age !== undefined)
    add('age', query.age, query.age === 0 ? m.catalog.search.ageUnderOne : format(m.catalog.search.ageOption, { age: query.age }), {
      ...query,
      age: undefined,
    });
  if (query.group) add('group', query.group, m.catalog.enums.targetGroup[query.group], { ...query, group: undefined });
  each('topic', (v) => ctx.topics.find((t) => t.value === v)?.label);
  each('level', (v) => m.catalog.enums.level[v]);
  each('language', (v) => m.catalog.enums.language[v]);
  each('delivery', (v) => m.catalog.enums.delivery[v]);
  each('cost', (v) => m.catalog.enums.cost[v]);
  each('accessibility', (v) => m.catalog.enums.accessibility[v]);
  if (query.openNow) add('openNow', true, m.catalog.search.openNow, { ...query, openNow: undefined });
  if (query.openOn) {
    const day = m.catalog.hours.weekdays[query.openOn - 1];
    add('openOn', query.openOn, day && `${m.catalog.search.openOn}: ${day}`, { ...query, openOn: undefined });
  }
  return filters;
}
