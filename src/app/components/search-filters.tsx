import {
  ACCESSIBILITY_FACTS,
  COSTS,
  DELIVERY_MODES,
  SERVICE_LANGUAGES,
  SERVICE_LEVELS,
  TARGET_GROUPS,
} from '../../modules/catalog/catalog.domain.ts';
import type { Choice } from '../choices.ts';
import { format, useI18n } from '../i18n/index.ts';
import { paths } from '../paths.ts';

export type RawParams = Record<string, string[]>;

const AGES = Array.from({ length: 19 }, (_, i) => i);

/** The filters live outside the query's <form> (in a side column), tied to it by this id. */
export const SEARCH_FORM_ID = 'service-search';

function Checkboxes({
  name,
  legend,
  options,
  selected,
  hint,
}: {
  name: string;
  legend: string;
  options: readonly Choice[];
  selected: string[];
  hint?: string;
}) {
  return (
    <fieldset className="checkboxes" id={`f-${name}`} aria-describedby={hint ? `${name}-hint` : undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p className="hint" id={`${name}-hint`}>
          {hint}
        </p>
      )}
      {options.map((o) => (
        <div className="checkbox" key={o.value}>
          <input
            type="checkbox"
            form={SEARCH_FORM_ID}
            id={`${name}-${o.value}`}
            name={name}
            value={o.value}
            defaultChecked={selected.includes(o.value)}
          />
          <label htmlFor={`${name}-${o.value}`}>{o.label}</label>
        </div>
      ))}
    </fieldset>
  );
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A long list's options rendered once to HTML (prepareOptions). */
export interface PreparedOptions {
  readonly html: string;
}

const prepared = new WeakMap<readonly Choice[], PreparedOptions>();

/**
 * A select's options as HTML, rendered once per list and kept while the list is (choicesOf hands
 * out the same array until the reference data refreshes). React walked the 300 municipality options
 * on every search page, and React Router serialised them into the page as loader data besides;
 * a loader returns this one string instead. The chosen value is marked per request.
 */
export function prepareOptions(options: readonly Choice[]): PreparedOptions {
  let known = prepared.get(options);
  if (!known) {
    known = { html: options.map((o) => `<option value="${escapeHtml(o.value)}">${escapeHtml(o.label)}</option>`).join('') };
    prepared.set(options, known);
  }
  return known;
}

/** The options of a select with the empty choice first and `value` selected (or the empty one). */
export function selectOptionsHtml(options: PreparedOptions, empty: string, value: string | undefined): string {
  const tagOf = (v: string) => `<option value="${escapeHtml(v)}">`;
  const all = `${tagOf('')}${escapeHtml(empty)}</option>${options.html}`;
  const chosen = value && options.html.includes(tagOf(value)) ? value : '';
  return all.replace(tagOf(chosen), `<option value="${escapeHtml(chosen)}" selected="">`);
}

function Select({
  name,
  label,
  options,
  value,
  empty,
}: {
  name: string;
  label: string;
  options: readonly Choice[] | PreparedOptions;
  value: string | undefined;
  empty: string;
}) {
  const html = selectOptionsHtml('html' in options ? options : prepareOptions(options), empty, value);
  return (
    <div className="field">
      <label htmlFor={`f-${name}`}>{label}</label>
      <select id={`f-${name}`} form={SEARCH_FORM_ID} name={name} defaultValue={value ?? ''} dangerouslySetInnerHTML={{ __html: html }} />
    </div>
  );
}

/**
 * The search box: a plain GET form, so the page works without JavaScript and any result list can
 * be shared as a link. Its filters (SearchFilters) sit elsewhere on the page and join it by id.
 */
export function SearchQuery({ params }: { params: RawParams }) {
  const { lang, m } = useI18n();
  return (
    <form method="get" action={paths.search(lang)} role="search" className="search-form" id={SEARCH_FORM_ID}>
      <div className="field field--query">
        <label htmlFor="f-q">{m.catalog.search.searchLabel}</label>
        <p className="hint" id="q-hint">
          {m.catalog.search.searchHint}
        </p>
        <div className="query-row">
          <input
            id="f-q"
            name="q"
            type="search"
            defaultValue={params.q?.[0] ?? ''}
            aria-describedby="q-hint"
            maxLength={200}
            autoComplete="off"
          />
          <button type="submit" className="button">
            {m.catalog.search.submit}
          </button>
        </div>
      </div>
    </form>
  );
}

/**
 * The filters: municipality, age and the language of service always in view; the rest behind
 * "refine", which stays closed until the family opens it (an open panel put 54 Tab stops before
 * the first result).
 */
export function SearchFilters({
  params,
  municipalities,
  topics,
}: {
  params: RawParams;
  municipalities: PreparedOptions;
  topics: readonly Choice[];
}) {
  const { m } = useI18n();
  const one = (name: string) => params[name]?.[0];
  const many = (name: string) => (params[name] ?? []).flatMap((v) => v.split(','));
  return (
    <div className="search-filters">
      <div className="primary-filters">
        <Select
          name="municipality"
          label={m.catalog.search.municipality}
          empty={m.catalog.search.anyMunicipality}
          value={one('municipality')}
          options={municipalities}
        />
        <Select
          name="age"
          label={m.catalog.search.age}
          empty={m.catalog.search.anyAge}
          value={one('age')}
          options={AGES.map((a) => ({
            value: String(a),
            label: a === 0 ? m.catalog.search.ageUnderOne : format(m.catalog.search.ageOption, { age: a }),
          }))}
        />
        <Select
          name="language"
          label={m.catalog.search.language}
          empty={m.catalog.search.anyLanguage}
          value={one('language')}
          options={SERVICE_LANGUAGES.map((l) => ({ value: l, label: m.catalog.enums.language[l] }))}
        />
      </div>
      <details className="more-filters">
        <summary>{m.catalog.search.filters}</summary>
        <div className="filter-grid">
          <Select
            name="group"
            label={m.catalog.search.group}
            empty={m.catalog.search.anyGroup}
            value={one('group')}
            options={TARGET_GROUPS.map((g) => ({ value: g, label: m.catalog.enums.targetGroup[g] }))}
          />
          <Checkboxes name="topic" legend={m.catalog.search.topic} selected={many('topic')} options={topics} />
          <Checkboxes
            name="level"
            legend={m.catalog.search.level}
            selected={many('level')}
            options={SERVICE_LEVELS.map((l) => ({ value: l, label: m.catalog.enums.level[l] }))}
          />
          <Checkboxes
            name="delivery"
            legend={m.catalog.search.delivery}
            selected={many('delivery')}
            options={DELIVERY_MODES.map((d) => ({ value: d, label: m.catalog.enums.delivery[d] }))}
          />
          <Checkboxes
            name="cost"
            legend={m.catalog.search.cost}
            selected={many('cost')}
            options={COSTS.map((c) => ({ value: c, label: m.catalog.enums.cost[c] }))}
          />
          <Checkboxes
            name="accessibility"
            legend={m.catalog.search.accessibility}
            hint={m.catalog.search.accessibilityHint}
            selected={many('accessibility')}
            options={ACCESSIBILITY_FACTS.map((f) => ({ value: f, label: m.catalog.enums.accessibility[f] }))}
          />
          <fieldset className="checkboxes" id="f-openNow">
            <legend>{m.catalog.search.hours}</legend>
            <div className="checkbox">
              <input
                type="checkbox"
                form={SEARCH_FORM_ID}
                id="openNow-true"
                name="openNow"
                value="true"
                defaultChecked={one('openNow') === 'true' || one('openNow') === 'on'}
              />
              <label htmlFor="openNow-true">{m.catalog.search.openNow}</label>
            </div>
            <Select
              name="openOn"
              label={m.catalog.search.openOn}
              empty={m.catalog.search.anyDay}
              value={one('openOn')}
              options={m.catalog.hours.weekdays.map((d, i) => ({ value: String(i + 1), label: d }))}
            />
          </fieldset>
        </div>
        <button type="submit" form={SEARCH_FORM_ID} className="button">
          {m.catalog.search.applyFilters}
        </button>
      </details>
    </div>
  );
}
