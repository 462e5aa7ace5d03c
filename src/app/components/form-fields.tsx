import type { ReactNode } from 'react';
import type { FieldIssue } from './error-summary.tsx';

/** What a control needs to be tied to its label, hint and error for screen readers. */
interface ControlProps {
  id: string;
  invalid: true | undefined;
  describedBy: string | undefined;
}

/**
 * A field's frame: its label, hint and error around one control, linked for screen readers;
 * `f-<name>` is the control's id, which the error summary links to.
 */
function FieldFrame({
  name,
  label,
  hint,
  issues,
  children,
}: {
  name: string;
  label: string;
  hint?: ReactNode;
  issues: FieldIssue[];
  children: (control: ControlProps) => ReactNode;
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
      {children({ id, invalid: errors.length ? true : undefined, describedBy })}
    </div>
  );
}

interface FieldBase {
  name: string;
  label: string;
  hint?: ReactNode;
  issues: FieldIssue[];
  defaultValue?: string | undefined;
  required?: boolean;
}

/** A labelled one-line input with its hint and its error. */
export function Field({
  type = 'text',
  autoComplete,
  inputMode,
  required = true,
  maxLength,
  ...frame
}: FieldBase & {
  type?: 'text' | 'email' | 'password' | 'date' | 'search';
  autoComplete?: string;
  inputMode?: 'numeric' | 'text' | 'email';
  maxLength?: number;
}) {
  return (
    <FieldFrame {...frame}>
      {(c) => (
        <input
          id={c.id}
          name={frame.name}
          type={type}
          defaultValue={frame.defaultValue}
          autoComplete={autoComplete}
          inputMode={inputMode}
          required={required}
          maxLength={maxLength}
          aria-invalid={c.invalid}
          aria-describedby={c.describedBy}
        />
      )}
    </FieldFrame>
  );
}

/** A multi-line text field with its hint and error. */
export function TextArea({ required = true, rows = 5, maxLength, ...frame }: FieldBase & { rows?: number; maxLength?: number }) {
  return (
    <FieldFrame {...frame}>
      {(c) => (
        <textarea
          id={c.id}
          name={frame.name}
          rows={rows}
          defaultValue={frame.defaultValue}
          required={required}
          maxLength={maxLength}
          aria-invalid={c.invalid}
          aria-describedby={c.describedBy}
        />
      )}
    </FieldFrame>
  );
}

/** A labelled drop-down with its error. */
export function SelectField({ options, required = true, ...frame }: FieldBase & { options: readonly { value: string; label: string }[] }) {
  return (
    <FieldFrame {...frame}>
      {(c) => (
        <select
          id={c.id}
          name={frame.name}
          defaultValue={frame.defaultValue}
          required={required}
          aria-invalid={c.invalid}
          aria-describedby={c.describedBy}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
