import type { ReactNode } from 'react';
import type { I18nText } from '../../../platform/i18n-text.ts';
import type { FieldIssue } from '../../components/error-summary.tsx';
import { useI18n } from '../../i18n/index.ts';
import type { FormValues } from './form-state.ts';

const LANGS = ['fi', 'sv', 'en'] as const;

/** What a form shows: the entry's values, or after a failed post, what was typed. */
export interface FormState {
  values: FormValues;
  issues: FieldIssue[];
}

export const valueOf = (state: FormState, name: string): string => {
  const v = state.values[name];
  return Array.isArray(v) ? (v[0] ?? '') : (v ?? '');
};
const listOf = (state: FormState, name: string): string[] => {
  const v = state.values[name];
  return Array.isArray(v) ? v : v ? [v] : [];
};

/** A stored text as the three fields of a form. */
export function i18nValues(name: string, text: I18nText | null | undefined): Record<string, string> {
  return Object.fromEntries(LANGS.map((lang) => [`${name}.${lang}`, text?.[lang] ?? '']));
}

function ErrorText({ id, errors }: { id: string; errors: FieldIssue[] }) {
  if (!errors.length) return null;
  return (
    <p className="field-error" id={`${id}-error`}>
      {errors.map((e) => e.message).join(' ')}
    </p>
  );
}

/** One input or text area, labelled, with its hint and errors linked for screen readers. */
export function TextField({
  name,
  label,
  state,
  hint,
  multiline = false,
  required = false,
  inputMode,
  type = 'text',
}: {
  name: string;
  label: string;
  state: FormState;
  hint?: ReactNode;
  multiline?: boolean;
  required?: boolean;
  inputMode?: 'numeric' | 'decimal' | 'email' | 'tel' | 'url';
  type?: 'text' | 'email' | 'tel' | 'url' | 'date';
}) {
  const id = `f-${name}`;
  const errors = state.issues.filter((i) => i.field === name);
  const describedBy = [hint ? `${id}-hint` : null, errors.length ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name,
    defaultValue: valueOf(state, name),
    required,
    'aria-invalid': errors.length ? true : undefined,
    'aria-describedby': describedBy,
  };
  return (
    <div className={errors.length ? 'field field--error' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <ErrorText id={id} errors={errors} />
      {multiline ? <textarea {...common} rows={4} /> : <input {...common} type={type} inputMode={inputMode} />}
    </div>
  );
}

/** A text in Finnish, Swedish and English: three fields under one legend. */
export function I18nFields({
  name,
  label,
  state,
  hint,
  multiline = false,
  required = false,
}: {
  name: string;
  label: string;
  state: FormState;
  hint?: ReactNode;
  multiline?: boolean;
  required?: boolean;
}) {
  const { m } = useI18n();
  return (
    <fieldset className="i18n-fields">
      <legend>{label}</legend>
      {hint && <p className="hint">{hint}</p>}
      {LANGS.map((lang) => (
        <TextField
          key={lang}
          name={`${name}.${lang}`}
          label={`${label} ${m.staffCatalog.common[lang]}`}
          state={state}
          multiline={multiline}
          required={required && lang === 'fi'}
        />
      ))}
    </fieldset>
  );
}

/** The labels an error summary links: the three languages of each text, and the plain fields. */
export function summaryLabels(texts: Record<string, string>, plain: Record<string, string>, langLabel: Record<'fi' | 'sv' | 'en', string>) {
  const labels: Record<string, string> = { ...plain };
  for (const [name, label] of Object.entries(texts)) for (const lang of LANGS) labels[`${name}.${lang}`] = `${label} ${langLabel[lang]}`;
  return labels;
}

/** Checkboxes (several) or radio buttons (one) under a legend; the first one is what the summary links to. */
export function Choices({
  name,
  legend,
  options,
  state,
  multiple,
  hint,
}: {
  name: string;
  legend: string;
  options: readonly (readonly [string, string])[];
  state: FormState;
  multiple: boolean;
  hint?: ReactNode;
}) {
  const id = `f-${name}`;
  const errors = state.issues.filter((i) => i.field === name);
  const chosen = new Set(listOf(state, name));
  return (
    <fieldset
      className={errors.length ? 'field field--error choices' : 'field choices'}
      aria-describedby={errors.length ? `${id}-error` : undefined}
    >
      <legend>{legend}</legend>
      {hint && <p className="hint">{hint}</p>}
      <ErrorText id={id} errors={errors} />
      {options.map(([value, label], i) => {
        const optionId = i === 0 ? id : `${id}-${value}`;
        return (
          <div className="checkbox" key={value}>
            <input id={optionId} type={multiple ? 'checkbox' : 'radio'} name={name} value={value} defaultChecked={chosen.has(value)} />
            <label htmlFor={optionId}>{label}</label>
          </div>
        );
      })}
    </fieldset>
  );
}

export function Select({
  name,
  label,
  options,
  state,
  placeholder,
}: {
  name: string;
  label: string;
  options: readonly (readonly [string, string])[];
  state: FormState;
  placeholder?: string;
}) {
  const id = `f-${name}`;
  const errors = state.issues.filter((i) => i.field === name);
  return (
    <div className={errors.length ? 'field field--error' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <ErrorText id={id} errors={errors} />
      <select
        id={id}
        name={name}
        defaultValue={valueOf(state, name)}
        aria-invalid={errors.length ? true : undefined}
        aria-describedby={errors.length ? `${id}-error` : undefined}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A value from the change history as a reader sees it. */
export function shownValue(value: unknown, empty: string): string {
  if (value === null || value === undefined || value === '') return empty;
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
