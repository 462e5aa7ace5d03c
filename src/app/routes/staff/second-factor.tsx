import { redirect } from 'react-router';
import { clearSessionCookie, presentedSessionToken, sessionCookie } from '../../../modules/identity/session-cookies.ts';
import type { Lang } from '../../../platform/i18n-text.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { CsrfField, Field } from '../../components/staff-form.tsx';
import { uiMessages, useI18n } from '../../i18n/index.ts';
import { paths } from '../../paths.ts';
import { fieldsOf, formAction, formHeaders, keptValues, refusal, type FormFailure } from './forms.server.ts';
import type { Route } from './+types/second-factor';

export function loader({ params, context }: Route.LoaderArgs) {
  if (context.actor.kind === 'staff') throw redirect(paths.staff.workspace(params.lang as Lang));
  return null;
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const lang = params.lang as Lang;
  const form = await request.formData();
  const values = keptValues(form, []);
  const result = await formAction(context, lang, values, () =>
    context.identity.verifySecondFactor({
      presentedToken: presentedSessionToken(context.cookies, request),
      code: fieldsOf(form).code,
      userAgent: request.headers.get('user-agent'),
    }),
  );
  if (!result.ok) return result.response;
  const outcome = result.value;
  if (outcome.outcome === 'signedIn') {
    return redirect(paths.staff.workspace(lang), {
      status: 303,
      headers: { 'set-cookie': sessionCookie(context.cookies, outcome.session.token) },
    });
  }
  if (outcome.reason === 'expired') {
    return redirect(paths.staff.signIn(lang, new URLSearchParams({ error: 'expired' })), {
      status: 303,
      headers: { 'set-cookie': clearSessionCookie(context.cookies) },
    });
  }
  return refusal(uiMessages[lang].staff.secondFactor.invalidCode, values, 'code');
}

export function headers(args: Route.HeadersArgs) {
  return formHeaders(args);
}

export function meta({ params }: Route.MetaArgs) {
  const m = uiMessages[(params.lang as Lang) ?? 'fi'];
  return [{ title: `${m.staff.secondFactor.title} – ${m.site.name}` }, { name: 'robots', content: 'noindex' }];
}

export default function SecondFactor({ actionData }: Route.ComponentProps) {
  const { lang, m } = useI18n();
  const t = m.staff;
  const issues = (actionData as FormFailure | undefined)?.issues ?? [];
  return (
    <main id="main" className="page narrow" tabIndex={-1}>
      <h1>{t.secondFactor.title}</h1>
      <p className="lead">{t.secondFactor.lead}</p>
      <ErrorSummary title={t.common.errorSummary} issues={issues} labels={{ code: t.secondFactor.code }} />
      <form method="post" noValidate>
        <CsrfField />
        <Field
          name="code"
          label={t.secondFactor.code}
          hint={t.secondFactor.codeHint}
          issues={issues}
          autoComplete="one-time-code"
          maxLength={20}
        />
        <button type="submit" className="button">
          {t.secondFactor.submit}
        </button>
      </form>
      <p>
        <a href={paths.staff.signIn(lang)}>{t.common.backToSignIn}</a>
      </p>
    </main>
  );
}
