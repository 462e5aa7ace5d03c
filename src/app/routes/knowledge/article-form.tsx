import type { ArticleFormChoices } from '../../../modules/knowledge/knowledge.model.ts';
import {
  REVIEW_INTERVALS,
  ARTICLE_STATUSES,
  BODY_MAX,
  KEYWORDS_MAX,
  SLUG_MAX,
  SUMMARY_MAX,
  TITLE_MAX,
} from '../../../modules/knowledge/knowledge.domain.ts';
import { CSRF_FIELD } from '../../../platform/http/csrf.ts';
import { localize, LANGUAGES } from '../../../platform/i18n-text.ts';
import { ErrorSummary, type FieldIssue } from '../../components/error-summary.tsx';
import { SelectField, TextArea } from '../../components/form-fields.tsx';
import { CsrfField, Field } from '../../components/staff-form.tsx';
import { format, useI18n } from '../../i18n/index.ts';

/** The article form's values as strings and lists, as typed or as stored. */
export type ArticleFormValues = Record<string, string | string[]>;

/** Every field of a posted article form, repeated fields as lists, the CSRF token left out. */
export function articleFields(form: FormData): ArticleFormValues {
  const values: ArticleFormValues = {};
  for (const key of new Set(form.keys())) {
    if (key === CSRF_FIELD) continue;
    const all = form.getAll(key).filter((v): v is string => typeof v === 'string');
    values[key] = ['categoryCodes', 'lifeSituationCodes', 'serviceIds'].includes(key) ? all : (all[0] ?? '');
  }
  return values;
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';
const many = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? [v] : []);

function Checkboxes({
  name,
  legend,
  selected,
  options,
}: {
  name: string;
  legend: string;
  selected: string[];
  options: { value: string; label: string }[];
}) {
  return (
    <fieldset className="checkboxes" id={`f-${name}`}>
      <legend>{legend}</legend>
      {options.map((o) => (
        <div className="checkbox" key={o.value}>
          <input type="checkbox" id={`${name}-${o.value}`} name={name} value={o.value} defaultChecked={selected.includes(o.value)} />
          <label htmlFor={`${name}-${o.value}`}>{o.label}</label>
        </div>
      ))}
    </fieldset>
  );
}

/** The article form of the staff workspace: what was typed comes back after a refused post. */
export function ArticleForm({
  choices,
  values,
  issues,
  version,
}: {
  choices: ArticleFormChoices;
  values: ArticleFormValues;
  issues: FieldIssue[];
  version?: number;
}) {
  const { lang, m } = useI18n();
  const t = m.knowledge.staff;
  const f = t.fields;
  const labels: Record<string, string> = {
    slug: f.slug,
    organizationId: f.organizationId,
    reviewerPersonId: f.reviewerPersonId,
    status: f.status,
    reviewedOn: f.reviewedOn,
    reviewIntervalMonths: f.reviewIntervalMonths,
    categoryCodes: f.categoryCodes,
    lifeSituationCodes: f.lifeSituationCodes,
  };
  for (const l of LANGUAGES) {
    const language = f.languages[l];
    labels[`title.${l}`] = format(f.title, { lang: language });
    labels[`summary.${l}`] = format(f.summary, { lang: language });
    labels[`body.${l}`] = format(f.body, { lang: language });
    labels[`keywords.${l}`] = format(f.keywords, { lang: language });
  }
  return (
    <>
      <ErrorSummary title={t.errorSummary} issues={issues} labels={labels} />
      <form method="post" noValidate className="article-form">
        <CsrfField />
        {version !== undefined && <input type="hidden" name="version" value={version} />}
        <Field name="slug" label={f.slug} hint={f.slugHint} issues={issues} defaultValue={one(values.slug)} maxLength={SLUG_MAX} />
        <SelectField
          required={false}
          name="organizationId"
          label={f.organizationId}
          issues={issues}
          defaultValue={one(values.organizationId)}
          options={choices.organizations.map((o) => ({ value: o.id, label: localize(o.name, lang).text }))}
        />
        <SelectField
          required={false}
          name="reviewerPersonId"
          label={f.reviewerPersonId}
          issues={issues}
          defaultValue={one(values.reviewerPersonId)}
          options={choices.reviewers.map((r) => ({ value: r.id, label: r.name }))}
        />
        <SelectField
          required={false}
          name="status"
          label={f.status}
          issues={issues}
          defaultValue={one(values.status) || 'draft'}
          options={ARTICLE_STATUSES.map((s) => ({ value: s, label: t.status[s] }))}
        />
        <Field name="reviewedOn" type="date" label={f.reviewedOn} issues={issues} defaultValue={one(values.reviewedOn)} />
        <SelectField
          required={false}
          name="reviewIntervalMonths"
          label={f.reviewIntervalMonths}
          issues={issues}
          defaultValue={one(values.reviewIntervalMonths) || '12'}
          options={REVIEW_INTERVALS.map((n) => ({ value: String(n), label: format(f.months, { months: n }) }))}
        />
        {LANGUAGES.map((l) => (
          <fieldset key={l} className="article-language">
            <legend>{f.languages[l]}</legend>
            {l !== 'fi' && <p className="hint">{f.translationHint}</p>}
            <Field
              name={`title.${l}`}
              label={labels[`title.${l}`]!}
              issues={issues}
              defaultValue={one(values[`title.${l}`])}
              maxLength={TITLE_MAX}
              required={l === 'fi'}
            />
            <TextArea
              required={false}
              name={`summary.${l}`}
              label={labels[`summary.${l}`]!}
              issues={issues}
              defaultValue={one(values[`summary.${l}`])}
              maxLength={SUMMARY_MAX}
              rows={3}
            />
            <TextArea
              required={false}
              name={`body.${l}`}
              label={labels[`body.${l}`]!}
              hint={f.bodyHint}
              issues={issues}
              defaultValue={one(values[`body.${l}`])}
              maxLength={BODY_MAX}
              rows={12}
            />
            <Field
              name={`keywords.${l}`}
              label={labels[`keywords.${l}`]!}
              issues={issues}
              defaultValue={one(values[`keywords.${l}`])}
              maxLength={KEYWORDS_MAX}
              required={false}
            />
          </fieldset>
        ))}
        <Checkboxes
          name="lifeSituationCodes"
          legend={f.lifeSituationCodes}
          selected={many(values.lifeSituationCodes)}
          options={choices.lifeSituations.map((s) => ({ value: s.code, label: localize(s.name, lang).text }))}
        />
        <Checkboxes
          name="categoryCodes"
          legend={f.categoryCodes}
          selected={many(values.categoryCodes)}
          options={choices.categories
            .filter((c) => c.parentCode !== null)
            .map((c) => ({ value: c.code, label: localize(c.name, lang).text }))}
        />
        {many(values.serviceIds).map((id) => (
          <input key={id} type="hidden" name="serviceIds" value={id} />
        ))}
        <button type="submit" className="button">
          {t.save}
        </button>
      </form>
    </>
  );
}
