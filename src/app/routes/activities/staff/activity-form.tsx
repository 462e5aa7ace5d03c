import {
  ACTIVITY_LANGUAGES,
  ACTIVITY_TYPES,
  COST_KINDS,
  SIGN_UP_MODES,
  type ActivityLanguage,
  type ActivitySummary,
} from '../../../../modules/activities/activities.domain.ts';
import type { ActivityInput } from '../../../../modules/activities/organiser.ts';
import type { InputIssue } from '../../../../platform/errors.ts';
import { localize, type I18nText } from '../../../../platform/i18n-text.ts';
import { ErrorSummary, type FieldIssue } from '../../../components/error-summary.tsx';
import { CsrfField, Field } from '../../../components/staff-form.tsx';
import { useI18n } from '../../../i18n/index.ts';

export const ACTIVITY_FORM_FIELDS = [
  'organizationId',
  'placeId',
  'onlineUrl',
  'type',
  'nameFi',
  'nameSv',
  'nameEn',
  'descriptionFi',
  'ageMin',
  'ageMax',
  'cost',
  'signUp',
  'capacity',
  'firstDate',
  'startTime',
  'durationMinutes',
  'rrule',
  'exceptionDates',
  'status',
] as const;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The form's fields as an activity; what it cannot read goes back as issues on the fields. */
export function parseActivityForm(form: FormData): { ok: true; input: ActivityInput } | { ok: false; issues: InputIssue[] } {
  const v = (name: string) => (typeof form.get(name) === 'string' ? String(form.get(name)).trim() : '');
  const issues: InputIssue[] = [];
  const int = (name: string, min: number, max: number, optional = true): number | undefined => {
    const text = v(name);
    if (!text) {
      if (!optional) issues.push({ field: name, key: 'required' });
      return undefined;
    }
    const n = Number(text);
    if (!Number.isInteger(n)) issues.push({ field: name, key: 'notWholeNumber' });
    else if (n < min) issues.push({ field: name, key: 'tooSmall', params: { min } });
    else if (n > max) issues.push({ field: name, key: 'tooLarge', params: { max } });
    return n;
  };
  const oneOf = <T extends string>(name: string, values: readonly T[]): T => {
    const value = v(name) as T;
    if (!values.includes(value)) issues.push({ field: name, key: 'notOneOf', params: { allowed: values.join(', ') } });
    return value;
  };
  const text = (fi: string, sv?: string, en?: string): I18nText | undefined =>
    fi ? { fi, ...(sv ? { sv } : {}), ...(en ? { en } : {}) } : undefined;
  if (!v('nameFi')) issues.push({ field: 'nameFi', key: 'required' });
  if (v('nameFi').length > 200) issues.push({ field: 'nameFi', key: 'tooLong', params: { max: 200 } });
  if (!DATE.test(v('firstDate'))) issues.push({ field: 'firstDate', key: 'invalidFormat' });
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(v('startTime'))) issues.push({ field: 'startTime', key: 'invalidFormat' });
  if (v('onlineUrl') && !/^https:\/\/\S+$/.test(v('onlineUrl'))) issues.push({ field: 'onlineUrl', key: 'invalidFormat' });
  const exceptionDates = v('exceptionDates')
    .split(/[,\s]+/)
    .filter(Boolean);
  if (exceptionDates.some((d) => !DATE.test(d))) issues.push({ field: 'exceptionDates', key: 'invalidFormat' });
  const languages = form
    .getAll('languages')
    .map(String)
    .filter((l): l is ActivityLanguage => (ACTIVITY_LANGUAGES as readonly string[]).includes(l));
  if (!languages.length) issues.push({ field: 'languages', key: 'required' });
  const signUp = oneOf('signUp', SIGN_UP_MODES);
  const input: ActivityInput = {
    organizationId: v('organizationId'),
    placeId: v('placeId') || undefined,
    onlineUrl: v('onlineUrl') || undefined,
    type: oneOf('type', ACTIVITY_TYPES),
    status: oneOf('status', ['draft', 'published', 'ended'] as const),
    name: text(v('nameFi'), v('nameSv'), v('nameEn')) ?? { fi: '' },
    description: text(v('descriptionFi')),
    ageMin: int('ageMin', 0, 29),
    ageMax: int('ageMax', 0, 29),
    languages,
    cost: oneOf('cost', COST_KINDS),
    signUp,
    capacity: int('capacity', 1, 10000, signUp === 'none'),
    schedule: {
      firstDate: v('firstDate'),
      startTime: v('startTime'),
      durationMinutes: int('durationMinutes', 5, 1440, false) ?? 60,
      rrule: v('rrule').toUpperCase() || null,
      exceptionDates,
    },
  };
  if (!/^[0-9a-f-]{36}$/.test(input.organizationId)) issues.push({ field: 'organizationId', key: 'required' });
  return issues.length ? { ok: false, issues } : { ok: true, input };
}

export function valuesOf(a: ActivitySummary): Record<string, string> {
  return {
    organizationId: a.organization.id,
    placeId: a.place?.id ?? '',
    onlineUrl: a.onlineUrl ?? '',
    type: a.type,
    nameFi: a.name.fi,
    nameSv: a.name.sv ?? '',
    nameEn: a.name.en ?? '',
    descriptionFi: a.description?.fi ?? '',
    ageMin: a.ageMin === null ? '' : String(a.ageMin),
    ageMax: a.ageMax === null ? '' : String(a.ageMax),
    cost: a.cost,
    signUp: a.signUp,
    capacity: a.capacity === null ? '' : String(a.capacity),
    firstDate: a.schedule.firstDate,
    startTime: a.schedule.startTime,
    durationMinutes: String(a.schedule.durationMinutes),
    rrule: a.schedule.rrule ?? '',
    exceptionDates: (a.schedule.exceptionDates ?? []).join(', '),
    status: a.status,
    languages: a.languages.join(','),
  };
}

interface Choices {
  organizations: { id: string; name: I18nText }[];
  places: { id: string; name: I18nText; municipality_name: I18nText }[];
}

function Select({
  name,
  label,
  options,
  value,
  issues,
}: {
  name: string;
  label: string;
  options: { value: string; label: string }[];
  value: string | undefined;
  issues: FieldIssue[];
}) {
  const errors = issues.filter((i) => i.field === name);
  return (
    <div className={errors.length ? 'field field--error' : 'field'}>
      <label htmlFor={`f-${name}`}>{label}</label>
      {errors.length > 0 && (
        <p className="field-error" id={`f-${name}-error`}>
          {errors.map((e) => e.message).join(' ')}
        </p>
      )}
      <select id={`f-${name}`} name={name} defaultValue={value} aria-describedby={errors.length ? `f-${name}-error` : undefined}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Creating and editing an activity or a series: one form, no script. */
export function ActivityForm({
  choices,
  values,
  issues,
  version,
}: {
  choices: Choices;
  values: Record<string, string>;
  issues: FieldIssue[];
  version?: number;
}) {
  const { lang, m } = useI18n();
  const t = m.activities.staff.form;
  const a = m.activities;
  const chosenLanguages = new Set((values.languages ?? 'fi').split(','));
  const labels: Record<string, string> = {
    organizationId: t.organization,
    placeId: t.place,
    onlineUrl: t.onlineUrl,
    type: t.type,
    nameFi: t.nameFi,
    ageMin: t.ageMin,
    ageMax: t.ageMax,
    capacity: t.capacity,
    firstDate: t.firstDate,
    startTime: t.startTime,
    durationMinutes: t.duration,
    rrule: t.rrule,
    exceptionDates: t.exceptionDates,
    languages: t.languages,
    municipalityCode: t.place,
  };
  return (
    <>
      <ErrorSummary title={m.staff.common.errorSummary} issues={issues} labels={labels} />
      <form method="post" noValidate>
        <CsrfField />
        {version !== undefined && <input type="hidden" name="version" value={version} />}
        <Select
          name="organizationId"
          label={t.organization}
          issues={issues}
          value={values.organizationId}
          options={choices.organizations.map((o) => ({ value: o.id, label: localize(o.name, lang).text }))}
        />
        <Select
          name="placeId"
          label={t.place}
          issues={issues}
          value={values.placeId}
          options={[
            { value: '', label: t.noPlace },
            ...choices.places.map((p) => ({
              value: p.id,
              label: `${localize(p.municipality_name, lang).text}: ${localize(p.name, lang).text}`,
            })),
          ]}
        />
        <Field name="onlineUrl" label={t.onlineUrl} issues={issues} defaultValue={values.onlineUrl} required={false} maxLength={300} />
        <Select
          name="type"
          label={t.type}
          issues={issues}
          value={values.type}
          options={Object.entries(a.types).map(([value, label]) => ({ value, label }))}
        />
        <Field name="nameFi" label={t.nameFi} issues={issues} defaultValue={values.nameFi} maxLength={200} />
        <Field name="nameSv" label={t.nameSv} issues={issues} defaultValue={values.nameSv} required={false} maxLength={200} />
        <Field name="nameEn" label={t.nameEn} issues={issues} defaultValue={values.nameEn} required={false} maxLength={200} />
        <div className="field">
          <label htmlFor="f-descriptionFi">{t.descriptionFi}</label>
          <textarea id="f-descriptionFi" name="descriptionFi" rows={4} maxLength={4000} defaultValue={values.descriptionFi} />
        </div>
        <fieldset className={issues.some((i) => i.field === 'languages') ? 'field field--error' : 'field'}>
          <legend id="f-languages">{t.languages}</legend>
          {ACTIVITY_LANGUAGES.map((l) => (
            <div className="field--checkbox" key={l}>
              <input type="checkbox" id={`f-languages-${l}`} name="languages" value={l} defaultChecked={chosenLanguages.has(l)} />
              <label htmlFor={`f-languages-${l}`}>{a.languages[l]}</label>
            </div>
          ))}
        </fieldset>
        <Field
          name="ageMin"
          label={t.ageMin}
          issues={issues}
          defaultValue={values.ageMin}
          required={false}
          inputMode="numeric"
          maxLength={2}
        />
        <Field
          name="ageMax"
          label={t.ageMax}
          issues={issues}
          defaultValue={values.ageMax}
          required={false}
          inputMode="numeric"
          maxLength={2}
        />
        <Select
          name="cost"
          label={t.cost}
          issues={issues}
          value={values.cost}
          options={[
            { value: 'free', label: a.common.free },
            { value: 'paid', label: a.common.paid },
          ]}
        />
        <Select
          name="signUp"
          label={t.signUp}
          issues={issues}
          value={values.signUp}
          options={Object.entries(a.signUpModes).map(([value, label]) => ({ value, label }))}
        />
        <Field
          name="capacity"
          label={t.capacity}
          issues={issues}
          defaultValue={values.capacity}
          required={false}
          inputMode="numeric"
          maxLength={5}
        />
        <Field name="firstDate" type="date" label={t.firstDate} issues={issues} defaultValue={values.firstDate} />
        <Field name="startTime" label={t.startTime} issues={issues} defaultValue={values.startTime} maxLength={5} />
        <Field
          name="durationMinutes"
          label={t.duration}
          issues={issues}
          defaultValue={values.durationMinutes ?? '90'}
          inputMode="numeric"
          maxLength={4}
        />
        <Field
          name="rrule"
          label={t.rrule}
          hint={t.rruleHint}
          issues={issues}
          defaultValue={values.rrule}
          required={false}
          maxLength={200}
        />
        <Field
          name="exceptionDates"
          label={t.exceptionDates}
          hint={t.exceptionHint}
          issues={issues}
          defaultValue={values.exceptionDates}
          required={false}
          maxLength={1000}
        />
        <Select
          name="status"
          label={t.statusField}
          issues={issues}
          value={values.status ?? 'published'}
          options={Object.entries(a.staff.status).map(([value, label]) => ({ value, label }))}
        />
        <button type="submit" className="button">
          {t.save}
        </button>
      </form>
    </>
  );
}
