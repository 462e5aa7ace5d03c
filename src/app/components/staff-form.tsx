import type { ReactNode } from 'react';
import { useRouteLoaderData } from 'react-router';
import { CSRF_FIELD } from '../../platform/http/csrf.ts';

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

export { Field } from './form-fields.tsx';

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
