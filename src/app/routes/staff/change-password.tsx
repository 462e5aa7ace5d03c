import { redirect } from 'react-router';
import type { Lang } from '../../../platform/i18n-text.ts';
import { PASSWORD_MAX_LENGTH } from '../../../modules/identity/identity.domain.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { CsrfField, Field, Notice } from '../../components/staff-form.tsx';
import { uiMessages, useI18n } from '../../i18n/index.ts';
import { paths } from '../../paths.ts';
import { fieldsOf, formAction, keptValues, refusal, signedIn, type FormFailure } from './forms.server.ts';
import { NewPasswordFields } from './password-pieces.tsx';
import type { Route } from './+types/change-password';

export async function loader({ params, context }: Route.LoaderArgs) {
  const account = await signedIn(params.lang as Lang, () => context.identity.getAccount());
  if (!account.hasPassword) throw redirect(paths.staff.account(params.lang as Lang));
  return null;
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const lang = params.lang as Lang;
  const form = await request.formData();
  const fields = fieldsOf(form);
  const result = await signedIn(lang, () =>
    formAction(context, lang, keptValues(form, []), () =>
      context.identity.changePassword({ current: fields.current, password: fields.password, confirm: fields.confirm }),
    ),
  );
  if (!result.ok) return result.response;
  if (result.value.outcome === 'refused') return refusal(uiMessages[lang].staff.password.wrongPassword, {}, 'current');
  return { changed: true as const };
}

export function meta({ params }: Route.MetaArgs) {
  const m = uiMessages[(params.lang as Lang) ?? 'fi'];
  return [{ title: `${m.staff.password.title} – ${m.site.name}` }, { name: 'robots', content: 'noindex' }];
}

export default function ChangePassword({ actionData }: Route.ComponentProps) {
  const { lang, m } = useI18n();
  const t = m.staff;
  const changed = actionData && 'changed' in actionData;
  const issues = actionData && 'issues' in actionData ? (actionData as FormFailure).issues : [];
  return (
    <main id="main" className="page narrow" tabIndex={-1}>
      <h1>{t.password.title}</h1>
      {changed ? (
        <Notice kind="success">{t.password.changed}</Notice>
      ) : (
        <>
          <ErrorSummary
            title={t.common.errorSummary}
            issues={issues}
            labels={{ current: t.common.currentPassword, password: t.common.newPassword, confirm: t.common.confirmPassword }}
          />
          <form method="post" noValidate>
            <CsrfField />
            <Field
              name="current"
              type="password"
              label={t.common.currentPassword}
              issues={issues}
              autoComplete="current-password"
              maxLength={PASSWORD_MAX_LENGTH}
            />
            <NewPasswordFields issues={issues} />
            <button type="submit" className="button">
              {t.password.submit}
            </button>
          </form>
        </>
      )}
      <p>
        <a href={paths.staff.account(lang)}>{t.account.title}</a>
      </p>
    </main>
  );
}
