import { data } from 'react-router';
import { serviceSearchQuery } from '../../../modules/catalog/catalog.schema.ts';
import { InvalidInputError, type InputIssue } from '../../../platform/errors.ts';
import { queryRecord, toInputIssues } from '../../../platform/http/query-schema.ts';
import type { Lang } from '../../../platform/i18n-text.ts';
import { choicesOf, type Choice } from '../../choices.ts';
import { Breadcrumbs } from '../../components/breadcrumbs.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { Pagination } from '../../components/pagination.tsx';
import { SearchForm, type RawParams } from '../../components/search-filters.tsx';
import { ServiceCard, toServiceCard } from '../../components/service-card.tsx';
import { format, uiMessages, useI18n } from '../../i18n/index.ts';
import { paths } from '../../paths.ts';
import type { Route } from './+types/search';

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const lang = params.lang as Lang;
  const searchParams = new URL(request.url).searchParams;
  const raw: RawParams = {};
  for (const key of new Set(searchParams.keys())) raw[key] = searchParams.getAll(key);
  const { catalog } = context;
  const [municipalities, taxonomy] = await Promise.all([catalog.listMunicipalities(), catalog.getTaxonomy()]);
  const chosenTopics = new Set((raw.topic ?? []).flatMap((t) => t.split(',')));
  const topics = taxonomy.categories.filter((c) => c.parentCode === null || chosenTopics.has(c.code));
  const page = { raw, municipalities: choicesOf(municipalities, lang, 'byLabel'), topics: choicesOf(topics, lang, 'asGiven') };

  const parsed = serviceSearchQuery.safeParse(queryRecord(searchParams));
  let issues: InputIssue[] = parsed.success ? [] : toInputIssues(parsed.error.issues);
  if (parsed.success) {
    try {
      const result = await catalog.searchServices(parsed.data);
      return { ...page, result: { ...result, items: result.items.map(toServiceCard) }, issues: context.describeIssues(issues) };
    } catch (error) {
      if (!InvalidInputError.is(error)) throw error;
      issues = error.issues;
    }
  }
  return data({ ...page, result: null, issues: context.describeIssues(issues) }, { status: 400 });
}

export function meta({ data, params }: Route.MetaArgs) {
  const m = uiMessages[(params.lang as Lang) ?? 'fi'];
  const q = data?.raw.q?.[0];
  const title = q ? format(m.catalog.search.titleWithQuery, { q }) : m.catalog.search.title;
  return [{ title: `${title} – ${m.site.name}` }, { name: 'robots', content: 'noindex, follow' }];
}

/** The query string for a page of results, or without one chosen filter value. */
function hrefWith(lang: Lang, raw: RawParams, change: { page?: number; remove?: { key: string; value: string } }) {
  const next = new URLSearchParams();
  for (const [key, values] of Object.entries(raw)) {
    if (key === 'page') continue;
    for (const value of values.flatMap((v) => (key === 'q' ? [v] : v.split(',')))) {
      if (change.remove && change.remove.key === key && change.remove.value === value) continue;
      if (value !== '') next.append(key, value);
    }
  }
  if (change.page && change.page > 1) next.set('page', String(change.page));
  return paths.search(lang, next);
}

export default function Search({ loaderData }: Route.ComponentProps) {
  const { lang, m } = useI18n();
  const { raw, result, issues, municipalities, topics } = loaderData;
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
  };
  const active = activeFilters(raw, { municipalities, topics, m });
  return (
    <main id="main" className="page" tabIndex={-1}>
      <Breadcrumbs items={[{ label: m.catalog.search.title }]} />
      <h1>{q ? format(m.catalog.search.titleWithQuery, { q }) : m.catalog.search.title}</h1>
      <ErrorSummary title={m.catalog.search.errorSummary} help={m.catalog.search.errorHelp} issues={issues} labels={labels} />
      <SearchForm params={raw} municipalities={municipalities} topics={topics} />
      {active.length > 0 && (
        <div className="active-filters">
          <h2 className="visually-hidden">{m.catalog.search.activeFilters}</h2>
          <ul>
            {active.map((f) => (
              <li key={`${f.key}=${f.value}`}>
                <a className="chip" href={hrefWith(lang, raw, { remove: f })} aria-label={format(m.catalog.search.removeFilter, { filter: `${f.label}` })}>
                  {f.label} <span aria-hidden="true">×</span>
                </a>
              </li>
            ))}
          </ul>
          <a href={paths.search(lang, q ? `q=${encodeURIComponent(q)}` : undefined)}>{m.catalog.search.clearAll}</a>
        </div>
      )}
      {issues.length > 0 && (
        <p>
          <a href={paths.search(lang)}>{m.catalog.search.newSearch}</a>
        </p>
      )}
      {result && (
        <section className="results" aria-labelledby="results-heading">
          <h2 id="results-heading">{m.catalog.search.results}</h2>
          <p className="result-count" role="status">
            {result.total === 1 ? m.catalog.search.resultCountOne : format(m.catalog.search.resultCount, { count: result.total })}
          </p>
          {result.correctedQuery && (
            <p className="notice">{format(m.catalog.search.corrected, { typed: q ?? '', corrected: result.correctedQuery })}</p>
          )}
          {result.total === 0 ? (
            <div className="empty">
              <p>{m.catalog.search.noResults}</p>
              <p>{m.catalog.search.noResultsHelp}</p>
            </div>
          ) : (
            <ol className="result-list">
              {result.items.map((s) => (
                <li key={s.id}>
                  <ServiceCard service={s} />
                </li>
              ))}
            </ol>
          )}
          <Pagination page={result.page} pageSize={result.pageSize} total={result.total} hrefFor={(p) => hrefWith(lang, raw, { page: p })} />
        </section>
      )}
    </main>
  );
}

type Messages = ReturnType<typeof useI18n>['m'];
type Enums = Messages['catalog']['enums'];

function activeFilters(
  raw: RawParams,
  ctx: { municipalities: Choice[]; topics: Choice[]; m: Messages },
): { key: string; value: string; label: string }[] {
  const { m } = ctx;
  const labelFor: Record<string, (v: string) => string | undefined> = {
    municipality: (v) => ctx.municipalities.find((x) => x.value === v)?.label,
    age: (v) => (v === '0' ? m.catalog.search.ageUnderOne : format(m.catalog.search.ageOption, { age: v })),
    group: (v) => m.catalog.enums.targetGroup[v as keyof Enums['targetGroup']],
    topic: (v) => ctx.topics.find((t) => t.value === v)?.label,
    level: (v) => m.catalog.enums.level[v as keyof Enums['level']],
    language: (v) => m.catalog.enums.language[v as keyof Enums['language']],
    delivery: (v) => m.catalog.enums.delivery[v as keyof Enums['delivery']],
    cost: (v) => m.catalog.enums.cost[v as keyof Enums['cost']],
    accessibility: (v) => m.catalog.enums.accessibility[v as keyof Enums['accessibility']],
    openNow: (v) => (['true', 'on', '1'].includes(v) ? m.catalog.search.openNow : undefined),
    openOn: (v) => m.catalog.hours.weekdays[Number(v) - 1] && `${m.catalog.search.openOn}: ${m.catalog.hours.weekdays[Number(v) - 1]}`,
  };
  return Object.entries(raw).flatMap(([key, values]) =>
    labelFor[key]
      ? values
          .flatMap((v) => v.split(','))
          .filter(Boolean)
          .flatMap((value) => {
            const label = labelFor[key]!(value);
            return label ? [{ key, value, label }] : [];
          })
      : [],
  );
}

