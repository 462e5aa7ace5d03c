import type { Lang } from '../../../platform/i18n-text.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { CsrfField, Field, Notice } from '../../components/staff-form.tsx';
import { uiMessages, useI18n } from '../../i18n/index.ts';
import { paths } from '../../paths.ts';
import { fieldsOf, formAction, formHeaders, keptValues, type FormFailure } from './forms.server.ts';
import type { Route } from './+types/forgot-password';

export async function action({ request, params, context }: Route.ActionArgs) {
  const lang = params.lang as Lang;
  const form = await request.formData();
  const values = keptValues(form, ['email']);
  const result = await formAction(context, lang, values, () =>
    context.identity.requestPasswordReset({ email: fieldsOf(form).email, requestOrigin: context.requestOrigin }),
  );
  return result.ok ? { sent: true as const } : result.response;
}

export function headers(args: Route.HeadersArgs) {
  return formHeaders(args);
}

export function meta({ params }: Route.MetaArgs) {
  const m = uiMessages[(params.lang as Lang) ?? 'fi'];
  return [{ title: `${m.staff.forgot.title} – ${m.site.name}` }, { name: 'robots', content: 'noindex' }];
}

export default function ForgotPassword({ actionData }: Route.ComponentProps) {
  const { lang, m } = useI18n();
  const t = m.staff;
  const sent = actionData && 'sent' in actionData;
  const failure = actionData && !('sent' in actionData) ? (actionData as FormFailure) : undefined;
  const issues = failure?.issues ?? [];
  return (
    <main id="main" className="page narrow" tabIndex={-1}>
      <h1>{sent ? t.forgot.sentTitle : t.forgot.title}</h1>
      {sent ? (
        <Notice kind="success">{t.forgot.sentText}</Notice>
      ) : (
        <>
          <p className="lead">{t.forgot.lead}</p>
          <ErrorSummary title={t.common.errorSummary} issues={issues} labels={{ email: t.common.email }} />
          <form method="post" noValidate>
            <CsrfField />
            <Field
              name="email"
              type="email"
              label={t.common.email}
              issues={issues}
              defaultValue={failure?.values.email}
              autoComplete="email"
              maxLength={254}
            />
            <button type="submit" className="button">
              {t.forgot.submit}
            </button>
          </form>
        </>
      )}
      <p>
        <a href={paths.staff.signIn(lang)}>{t.common.backToSignIn}</a>
      </p>
    </main>
  );
}
