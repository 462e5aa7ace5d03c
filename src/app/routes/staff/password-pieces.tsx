import type { ReactNode } from 'react';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../../modules/identity/identity.domain.ts';
import { Field, Notice } from '../../components/staff-form.tsx';
import { format, useI18n } from '../../i18n/index.ts';
import { paths } from '../../paths.ts';
import type { FieldIssue } from '../../components/error-summary.tsx';

/** A new password and its confirmation (`password`, `confirm`), as the reset, change and invitation forms ask for them. */
export function NewPasswordFields({ issues }: { issues: FieldIssue[] }) {
  const { m } = useI18n();
  const t = m.staff.common;
  return (
    <>
      <Field
        name="password"
        type="password"
        label={t.newPassword}
        hint={format(t.newPasswordHint, { min: PASSWORD_MIN_LENGTH })}
        issues={issues}
        autoComplete="new-password"
        maxLength={PASSWORD_MAX_LENGTH}
      />
      <Field
        name="confirm"
        type="password"
        label={t.confirmPassword}
        issues={issues}
        autoComplete="new-password"
        maxLength={PASSWORD_MAX_LENGTH}
      />
    </>
  );
}

/** The page after a mailed link did its work (a reset, an accepted invitation): what happened, and on to sign in. */
export function DoneSignInNext({ title, children }: { title: string; children: ReactNode }) {
  const { lang, m } = useI18n();
  return (
    <main id="main" className="page narrow" tabIndex={-1}>
      <h1>{title}</h1>
      <Notice kind="success">{children}</Notice>
      <p>
        <a className="button" href={paths.staff.signIn(lang)}>
          {m.staff.signIn.submit}
        </a>
      </p>
    </main>
  );
}
