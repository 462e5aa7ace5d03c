import type { ReactNode } from 'react';
import { useRouteLoaderData } from 'react-router';
import { CSRF_FIELD } from '../../platform/http/csrf.ts';
import type { FieldIssue } from './error-summary.tsx';

/** The staff layout's loader data, which every staff page's form reads its CSRF token from. */
export interface StaffLayoutData {
  csrfToken: string | null;
  signedIn: boolean;
  canReadAudit: boolean;
  canImport: boolean;
  canEditCatalog?: boolean;
  /** The family-advisor workspace (the contact channel's queue). */
  canHandleContacts?: boolean;
}

export const STAFF_LAYOUT_ID = 'routes/staff/staff-layout';

/** The hidden field the cookie group's CSRF check expects in every form that changes something. */
export function CsrfField() {
  const layout = useRouteLoaderData(STAFF_LAYOUT_ID) as StaffLayoutData | undefined;
  return <input type="hidden" name={CSRF_FIELD} value={layout?.csrfToken ?? ''} />;
}

/** A labelled input with its hint and its error, linked for screen readers; `f-<name>` is what the error summary links to. */
export function Field({
  name,
  label,
  hint,
  issues,
  type = 'text',
  defaultValue,
  autoComplete,
  inputMode,
  required = true,
  maxLength,
}: {
  name: string;
  label: string;
  hint?: ReactNode;
  issues: FieldIssue[];
  type?: 'text' | 'email' | 'password' | 'date' | 'search';
  defaultValue?: string | undefined;
  autoComplete?: string;
  inputMode?: 'numeric' | 'text' | 'email';
  required?: boolean;
  maxLength?: number;
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
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={defaultValue}
        autoComplete={autoComplete}
        inputMode={inputMode}
        required={required}
        maxLength={maxLength}
        aria-invalid={errors.length ? true : undefined}
        aria-describedby={describedBy}
      />
    </div>
  );
}

/** A message after a form was sent: a success (status) or a refusal (alert). */
export function Notice({ kind, children }: { kind: 'success' | 'error'; children: ReactNode }) {
  return (
    <div className={`notice notice--${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      <p>{children}</p>
    </div>
  );
}

/** A wide table that scrolls sideways on a narrow screen: focusable and named, so a keyboard can scroll it too. */
export function TableRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
