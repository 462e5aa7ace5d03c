import type { Lang } from '../../../platform/i18n-text.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { CsrfField, Notice } from '../../components/staff-form.tsx';
import { uiMessages, useI18n } from '../../i18n/index.ts';
import { paths } from '../../paths.ts';
import { fieldsOf, formAction, formHeaders, keptValues, type FormFailure } from './forms.server.ts';
import { DoneSignInNext, NewPasswordFields } from './password-pieces.tsx';
import type { Route } from './+types/reset-password';

export async function loader({ request, context }: Route.LoaderArgs) {
  const token = new URL(request.url).searchParams.get('token') ?? '';
  return { token: (await context.identity.linkIsUsable(token, 'passwordReset')) ? token : null };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const lang = params.lang as Lang;
  const form = await request.formData();
  const fields = fieldsOf(form);
  const result = await formAction(context, lang, keptValues(form, []), () =>
    context.identity.resetPassword({ token: String(fields.token ?? ''), password: fields.password, confirm: fields.confirm }),
  );
  if (!result.ok) return result.response;
  return { outcome: result.value.outcome };
}

export function headers(args: Route.HeadersArgs) {
  return formHeaders(args);
}

export function meta({ params }: Route.MetaArgs) {
  const m = uiMessages[(params.lang as Lang) ?? 'fi'];
  return [{ title: `${m.staff.reset.title} – ${m.site.name}` }, { name: 'robots', content: 'noindex' }];
}

export default function ResetPassword({ loaderData, actionData }: Route.ComponentProps) {
  const { lang, m } = useI18n();
  const t = m.staff;
  const outcome = actionData && 'outcome' in actionData ? actionData.outcome : null;
  const issues = actionData && 'issues' in actionData ? (actionData as FormFailure).issues : [];
  if (outcome === 'done') {
    return <DoneSignInNext title={t.reset.doneTitle}>{t.reset.doneText}</DoneSignInNext>;
  }
  return (
    <main id="main" className="page narrow" tabIndex={-1}>
      <h1>{t.reset.title}</h1>
      {!loaderData.token || outcome === 'refused' ? (
        <>
          <Notice kind="error">{t.reset.invalidLink}</Notice>
          <p>
            <a href={paths.staff.forgotPassword(lang)}>{t.reset.requestNew}</a>
          </p>
        </>
      ) : (
        <>
          <ErrorSummary
            title={t.common.errorSummary}
            issues={issues}
            labels={{ password: t.common.newPassword, confirm: t.common.confirmPassword }}
          />
          <form method="post" noValidate>
            <CsrfField />
            <input type="hidden" name="token" value={loaderData.token} />
            <NewPasswordFields issues={issues} />
            <button type="submit" className="button">
              {t.reset.submit}
            </button>
          </form>
        </>
      )}
    </main>
  );
}
