import type { Lang } from '../../../platform/i18n-text.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { CsrfField, Field, Notice } from '../../components/staff-form.tsx';
import { uiMessages, useI18n } from '../../i18n/index.ts';
import { paths } from '../../paths.ts';
import { fieldsOf, formAction, formHeaders, keptValues, type FormFailure } from './forms.server.ts';
import type { Route } from './+types/verify-email';

/**
 * With a token from the mail: a button that confirms the address (a POST, so that mail scanners
 * following the link use nothing up). Without one: a form that sends a new link.
 */
export async function loader({ request, context }: Route.LoaderArgs) {
  const token = new URL(request.url).searchParams.get('token');
  if (token === null) return { mode: 'resend' as const, token: null };
  return { mode: 'confirm' as const, token: (await context.identity.linkIsUsable(token, 'emailVerification')) ? token : null };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const lang = params.lang as Lang;
  const form = await request.formData();
  const fields = fieldsOf(form);
  if (typeof fields.token === 'string') return { confirmed: (await context.identity.verifyEmail(fields.token)).outcome === 'done' };
  const values = keptValues(form, ['email']);
  const result = await formAction(context, lang, values, () =>
    context.identity.requestEmailVerification({ email: fields.email, requestOrigin: context.requestOrigin }),
  );
  return result.ok ? { resent: true as const } : result.response;
}

export function headers(args: Route.HeadersArgs) {
  return formHeaders(args);
}

export function meta({ params }: Route.MetaArgs) {
  const m = uiMessages[(params.lang as Lang) ?? 'fi'];
  return [{ title: `${m.staff.verify.title} – ${m.site.name}` }, { name: 'robots', content: 'noindex' }];
}

export default function VerifyEmail({ loaderData, actionData }: Route.ComponentProps) {
  const { lang, m } = useI18n();
  const t = m.staff;
  const result = actionData as
    { confirmed?: boolean; resent?: boolean } | (FormFailure & { confirmed?: never; resent?: never }) | undefined;
  const failure = result && 'issues' in result ? result : undefined;
  const issues = failure?.issues ?? [];
  const back = (
    <p>
      <a href={paths.staff.signIn(lang)}>{t.common.backToSignIn}</a>
    </p>
  );
  if (result?.confirmed !== undefined || (loaderData.mode === 'confirm' && !loaderData.token)) {
    const done = result?.confirmed === true;
    return (
      <main id="main" className="page narrow" tabIndex={-1}>
        <h1>{t.verify.title}</h1>
        <Notice kind={done ? 'success' : 'error'}>{done ? t.verify.doneText : t.verify.invalidLink}</Notice>
        {!done && (
          <p>
            <a href={paths.staff.verifyEmail(lang)}>{t.verify.resendTitle}</a>
          </p>
        )}
        {back}
      </main>
    );
  }
  if (loaderData.mode === 'confirm') {
    return (
      <main id="main" className="page narrow" tabIndex={-1}>
        <h1>{t.verify.title}</h1>
        <p className="lead">{t.verify.confirmLead}</p>
        <form method="post">
          <CsrfField />
          <input type="hidden" name="token" value={loaderData.token ?? ''} />
          <button type="submit" className="button">
            {t.verify.confirm}
          </button>
        </form>
      </main>
    );
  }
  return (
    <main id="main" className="page narrow" tabIndex={-1}>
      <h1>{t.verify.resendTitle}</h1>
      {result?.resent ? (
        <Notice kind="success">{t.verify.resentText}</Notice>
      ) : (
        <>
          <p className="lead">{t.verify.resendLead}</p>
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
              {t.verify.resendSubmit}
            </button>
          </form>
        </>
      )}
      {back}
    </main>
  );
}
