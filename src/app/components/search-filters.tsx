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

function Checkboxes({
  name,
  legend,
  options,
  selected,
  hint,
}: {
  name: string;
  legend: string;
  options: Choice[];
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
          <input type="checkbox" id={`${name}-${o.value}`} name={name} value={o.value} defaultChecked={selected.includes(o.value)} />
          <label htmlFor={`${name}-${o.value}`}>{o.label}</label>
        </div>
      ))}
    </fieldset>
  );
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
  options: Choice[];
  value: string | undefined;
  empty: string;
}) {
  return (
    <div className="field">
      <label htmlFor={`f-${name}`}>{label}</label>
      <select id={`f-${name}`} name={name} defaultValue={value ?? ''}>
        <option value="">{empty}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * The search form. It is a plain GET form: every choice lands in the query string, so the page works
 * without JavaScript and any result list can be shared as a link.
 */
export function SearchForm({ params, municipalities, topics }: { params: RawParams; municipalities: Choice[]; topics: Choice[] }) {
  const { lang, m } = useI18n();
  const one = (name: string) => params[name]?.[0];
  const many = (name: string) => (params[name] ?? []).flatMap((v) => v.split(','));
  const moreFiltersInUse = ['group', 'topic', 'level', 'language', 'delivery', 'cost', 'accessibility', 'openNow', 'openOn'].some((k) =>
    params[k]?.some(Boolean),
  );
  return (
    <form method="get" action={paths.search(lang)} role="search" className="search-form">
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
            defaultValue={one('q') ?? ''}
            aria-describedby="q-hint"
            maxLength={200}
            autoComplete="off"
          />
          <button type="submit" className="button">
            {m.catalog.search.submit}
          </button>
        </div>
      </div>
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
      </div>
      <details className="more-filters" open={moreFiltersInUse}>
        <summary>{m.catalog.search.filters}</summary>
        <div className="filter-grid">
          <Select
            name="group"
            label={m.catalog.search.group}
            empty={m.catalog.search.anyGroup}
            value={one('group')}
            options={TARGET_GROUPS.map((g) => ({ value: g, label: m.catalog.enums.targetGroup[g] }))}
          />
          <Select
            name="language"
            label={m.catalog.search.language}
            empty={m.catalog.search.anyLanguage}
            value={one('language')}
            options={SERVICE_LANGUAGES.map((l) => ({ value: l, label: m.catalog.enums.language[l] }))}
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
        <button type="submit" className="button">
          {m.catalog.search.applyFilters}
        </button>
      </details>
    </form>
  );
}
