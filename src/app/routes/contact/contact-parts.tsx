import type { ReactNode } from 'react';
import type { FieldIssue } from '../../components/error-summary.tsx';
import { formatMoment } from '../../format.ts';
import { useI18n } from '../../i18n/index.ts';

/** The notice every family page of the channel carries: not for emergencies, and where to call. */
export function EmergencyNotice() {
  const { m } = useI18n();
  const e = m.contact.emergency;
  return (
    <aside className="notice notice--error" aria-labelledby="emergency-title">
      <h2 id="emergency-title">{e.title}</h2>
      <p>{e.text}</p>
      <ul>
        <li>{e.crisis}</li>
        <li>{e.crisisSv}</li>
        <li>{e.children}</li>
      </ul>
    </aside>
  );
}

/** A labelled select with its error, linked for screen readers (`f-<name>` for the error summary). */
export function SelectField({
  name,
  label,
  options,
  issues,
  defaultValue,
  required = true,
}: {
  name: string;
  label: string;
  options: readonly { value: string; label: string }[];
  issues: FieldIssue[];
  defaultValue?: string | undefined;
  required?: boolean;
}) {
  const id = `f-${name}`;
  const errors = issues.filter((i) => i.field === name);
  return (
    <div className={errors.length ? 'field field--error' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {errors.length > 0 && (
        <p className="field-error" id={`${id}-error`}>
          {errors.map((e) => e.message).join(' ')}
        </p>
      )}
      <select
        id={id}
        name={name}
        defaultValue={defaultValue}
        required={required}
        aria-invalid={errors.length ? true : undefined}
        aria-describedby={errors.length ? `${id}-error` : undefined}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A group of radio buttons in a fieldset with its legend. */
export function RadioGroup({
  name,
  legend,
  options,
  issues,
  defaultValue,
}: {
  name: string;
  legend: string;
  options: readonly { value: string; label: string }[];
  issues: FieldIssue[];
  defaultValue?: string | undefined;
}) {
  const errors = issues.filter((i) => i.field === name);
  return (
    <fieldset className={errors.length ? 'field field--error' : 'field'} id={`f-${name}`}>
      <legend>{legend}</legend>
      {errors.length > 0 && <p className="field-error">{errors.map((e) => e.message).join(' ')}</p>}
      {options.map((o) => (
        <div key={o.value} className="choice">
          <input type="radio" id={`f-${name}-${o.value}`} name={name} value={o.value} defaultChecked={defaultValue === o.value} required />
          <label htmlFor={`f-${name}-${o.value}`}>{o.label}</label>
        </div>
      ))}
    </fieldset>
  );
}

/** A multi-line text field with its hint and error. */
export function TextArea({
  name,
  label,
  hint,
  issues,
  defaultValue,
  required = true,
  rows = 5,
}: {
  name: string;
  label: string;
  hint?: ReactNode;
  issues: FieldIssue[];
  defaultValue?: string | undefined;
  required?: boolean;
  rows?: number;
}) {
  const id = `f-${name}`;
  const errors = issues.filter((i) => i.field === name);
  const describedBy = [hint ? `${id}-hint` : null, errors.length ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={errors.length ? 'field field--error' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {errors.length > 0 && (
        <p className="field-error" id={`${id}-error`}>
          {errors.map((e) => e.message).join(' ')}
        </p>
      )}
      <textarea
        id={id}
        name={name}
        rows={rows}
        defaultValue={defaultValue}
        required={required}
        aria-invalid={errors.length ? true : undefined}
        aria-describedby={describedBy}
      />
    </div>
  );
}

export interface TranscriptMessage {
  id: string;
  author: 'family' | 'advisor';
  authorName: string | null;
  body: string;
  createdAt: string | Date;
}

/**
 * The conversation as a log: plain text, escaped by React, newest last. The live script appends
 * to the same list (data-transcript), so the page without JavaScript and with it look the same.
 */
export function Transcript({
  messages,
  viewer,
  labels,
}: {
  messages: TranscriptMessage[];
  viewer: 'family' | 'advisor';
  labels: { you: string; other: string };
}) {
  const { lang } = useI18n();
  return (
    <div role="log" aria-live="polite">
      <ol className="transcript" data-transcript data-viewer={viewer} data-you={labels.you} data-other={labels.other}>
        {messages.map((msg) => (
          <li
            key={msg.id}
            className={`transcript__message transcript__message--${msg.author === viewer ? 'own' : 'other'}`}
            data-message-id={msg.id}
          >
            <p className="transcript__meta">
              <strong>{msg.author === viewer ? labels.you : (msg.authorName ?? labels.other)}</strong>{' '}
              <time dateTime={new Date(msg.createdAt).toISOString()}>{formatMoment(lang, msg.createdAt)}</time>
            </p>
            <p className="transcript__body">{msg.body}</p>
          </li>
        ))}
      </ol>
    </div>
  );
}
