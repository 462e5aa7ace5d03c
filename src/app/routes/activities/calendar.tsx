import { data } from 'react-router';
import { occurrenceQuery } from '../../../modules/activities/activities.schema.ts';
import { ACTIVITY_LANGUAGES, ACTIVITY_TYPES } from '../../../modules/activities/activities.domain.ts';
import { queryRecord, toInputIssues } from '../../../platform/http/query-schema.ts';
import { addDays } from '../../../platform/helsinki-time.ts';
import type { Lang } from '../../../platform/i18n-text.ts';
import { choicesOf } from '../../choices.ts';
import { OccurrenceList } from '../../components/activity-parts.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { formatDate } from '../../format.ts';
import { format, uiMessages, useI18n } from '../../i18n/index.ts';
import { paths } from '../../paths.ts';
import type { Route } from './+types/calendar';

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const lang = params.lang as Lang;
  const search = new URL(request.url).searchParams;
  const raw = Object.fromEntries([...search.keys()].map((k) => [k, search.get(k) ?? '']));
  const municipalities = choicesOf(await context.catalog.listMunicipalities(), lang, 'byLabel');
  const parsed = occurrenceQuery.safeParse(queryRecord(search));
  if (!parsed.success)
    return data({ raw, municipalities, result: null, issues: context.describeIssues(toInputIssues(parsed.error.issues)) }, { status: 400 });
  const result = await context.activities.public.listUpcomingOccurrences({ ...parsed.data, pageSize: parsed.data.pageSize ?? 100 });
  return { raw, municipalities, result, issues: [] };
}

export function meta({ params }: Route.MetaArgs) {
  const m = uiMessages[(params.lang as Lang) ?? 'fi'];
  return [{ title: `${m.activities.calendar.title} – ${m.site.name}` }];
}

/** The activity calendar: filters in the query string, a plain GET form, no script. */
export default function Calendar({ loaderData }: Route.ComponentProps) {
  const { lang, m } = useI18n();
  const t = m.activities.calendar;
  const { raw, municipalities, result, issues } = loaderData;
  const weekLink = (from: string) => {
    const q = new URLSearchParams(Object.entries(raw).filter(([k, v]) => v && k !== 'from' && k !== 'day' && k !== 'page'));
    q.set('from', from);
    return paths.activities.calendar(lang, q);
  };
  return (
    <main id="main" className="page" tabIndex={-1}>
      <h1>{t.title}</h1>
      <p className="lead">{t.lead}</p>
      <ErrorSummary
        title={m.activities.occurrence.errorSummary}
        issues={issues}
        labels={{ municipality: t.municipality, age: t.age, type: t.type, language: t.language, day: t.day, from: t.day }}
      />
      <form method="get" className="filter-grid" aria-label={t.filters}>
        <div className="field">
          <label htmlFor="f-municipality">{t.municipality}</label>
          <select id="f-municipality" name="municipality" defaultValue={raw.municipality ?? ''}>
            <option value="">{t.anyMunicipality}</option>
            {municipalities.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-age">{t.age}</label>
          <input id="f-age" name="age" inputMode="numeric" size={3} defaultValue={raw.age ?? ''} />
        </div>
        <div className="field">
          <label htmlFor="f-type">{t.type}</label>
          <select id="f-type" name="type" defaultValue={raw.type ?? ''}>
            <option value="">{t.anyType}</option>
            {ACTIVITY_TYPES.map((type) => (
              <option key={type} value={type}>
                {m.activities.types[type]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-language">{t.language}</label>
          <select id="f-language" name="language" defaultValue={raw.language ?? ''}>
            <option value="">{t.anyLanguage}</option>
            {ACTIVITY_LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {m.activities.languages[l]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-day">{t.day}</label>
          <input id="f-day" name="day" type="date" defaultValue={raw.day ?? ''} />
        </div>
        <div className="field field--checkbox">
          <input id="f-free" name="free" type="checkbox" value="true" defaultChecked={raw.free === 'true'} />
          <label htmlFor="f-free">{t.freeOnly}</label>
        </div>
        <div className="field field--checkbox">
          <input id="f-placesLeft" name="placesLeft" type="checkbox" value="true" defaultChecked={raw.placesLeft === 'true'} />
          <label htmlFor="f-placesLeft">{t.placesLeftOnly}</label>
        </div>
        <button type="submit" className="button">
          {t.show}
        </button>
      </form>
      {result && (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading" className="result-count">
            {format(t.results, { count: result.total, from: formatDate(lang, result.from) })}
          </h2>
          {result.items.length ? <OccurrenceList items={result.items} /> : <p>{t.none}</p>}
          <nav aria-label={t.filters}>
            <ul className="plain-list">
              <li>
                <a href={weekLink(addDays(result.from, -7))}>{t.previousWeek}</a>
              </li>
              <li>
                <a href={weekLink(addDays(result.from, 7))}>{t.nextWeek}</a>
              </li>
            </ul>
          </nav>
        </section>
      )}
    </main>
  );
}
