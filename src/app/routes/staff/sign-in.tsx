import { data, redirect } from 'react-router';
import { presentedSessionToken, sessionCookie } from '../../../modules/identity/session-cookies.ts';
import type { Lang } from '../../../platform/i18n-text.ts';
import { PASSWORD_MAX_LENGTH } from '../../../modules/identity/identity.domain.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { useLocalize } from '../../components/localized.tsx';
import { CsrfField, Field, Notice } from '../../components/staff-form.tsx';
import { format, uiMessages, useI18n } from '../../i18n/index.ts';
import { paths } from '../../paths.ts';
import { fieldsOf, formAction, formHeaders, keptValues, refusal, type FormFailure } from './forms.server.ts';
import type { Route } from './+types/sign-in';

const REFUSALS = ['expired', 'noAccount', 'providerError', 'insecure'] as const;
type QueryRefusal = (typeof REFUSALS)[number];

export async function loader({ request, params, context }: Route.LoaderArgs) {
  if (context.actor.kind === 'staff') throw redirect(paths.staff.workspace(params.lang as Lang));
  const error = new URL(request.url).searchParams.get('error');
  return {
    providers: context.identity.providers(),
    refusal: (REFUSALS as readonly string[]).includes(error ?? '')
      ? (error as QueryRefusal)
      : context.cookies.usable
        ? null
        : ('insecure' as const),
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const lang = params.lang as Lang;
  const m = uiMessages[lang].staff;
  const form = await request.formData();
  const values = keptValues(form, ['email']);
  if (!context.cookies.usable) return refusal(m.signIn.refused.insecure, values);
  const fields = fieldsOf(form);
  const result = await formAction(context, lang, values, () =>
    context.identity.signIn({
      email: fields.email,
      password: fields.password,
      userAgent: request.headers.get('user-agent'),
      presentedToken: presentedSessionToken(context.cookies, request),
    }),
  );
  if (!result.ok) return result.response;
  const outcome = result.value;
  if (outcome.outcome === 'refused') {
    const message =
      outcome.reason === 'locked'
        ? format(m.signIn.refused.locked, { minutes: outcome.retryAfterMinutes ?? 1 })
        : m.signIn.refused[outcome.reason];
    return data<FormFailure & { unverified?: boolean }>(
      { issues: [{ field: '', message }], values, unverified: outcome.reason === 'emailUnverified' },
      { status: outcome.reason === 'locked' ? 429 : 400 },
    );
  }
  const to = outcome.outcome === 'secondFactor' ? paths.staff.secondFactor(lang) : paths.staff.workspace(lang);
  return redirect(to, { status: 303, headers: { 'set-cookie': sessionCookie(context.cookies, outcome.session.token) } });
}

export function headers(args: Route.HeadersArgs) {
  return formHeaders(args);
}

export function meta({ params }: Route.MetaArgs) {
  const m = uiMessages[(params.lang as Lang) ?? 'fi'];
  return [{ title: `${m.staff.signIn.title} – ${m.site.name}` }, { name: 'robots', content: 'noindex' }];
}

export default function SignIn({ loaderData, actionData }: Route.ComponentProps) {
  const { lang, m } = useI18n();
  const localize = useLocalize();
  const t = m.staff;
  const failure = actionData as (FormFailure & { unverified?: boolean }) | undefined;
  const issues = failure?.issues ?? [];
  return (
    <main id="main" className="page narrow" tabIndex={-1}>
      <h1>{t.signIn.title}</h1>
      <p className="lead">{t.signIn.lead}</p>
      {loaderData.refusal && <Notice kind="error">{t.signIn.refused[loaderData.refusal]}</Notice>}
      <ErrorSummary title={t.common.errorSummary} issues={issues} labels={{ email: t.common.email, password: t.common.password }} />
      {failure?.unverified && (
        <p>
          <a href={paths.staff.verifyEmail(lang)}>{t.signIn.resendVerification}</a>
        </p>
      )}
      {loaderData.providers.length > 0 && (
        <section aria-labelledby="providers-title">
          <h2 id="providers-title">{t.signIn.withProvider}</h2>
          <ul className="plain-list">
            {loaderData.providers.map((p) => (
              <li key={p.id}>
                <a className="button button--secondary" href={paths.staff.oidcStart(lang, p.id)}>
                  {format(t.signIn.providerButton, { name: localize(p.name) })}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="password-title">
        <h2 id="password-title">{t.signIn.passwordHeading}</h2>
        <form method="post" noValidate>
          <CsrfField />
          <Field
            name="email"
            type="email"
            label={t.common.email}
            issues={issues}
            defaultValue={failure?.values.email}
            autoComplete="username"
            maxLength={254}
          />
          <Field
            name="password"
            type="password"
            label={t.common.password}
            issues={issues}
            autoComplete="current-password"
            maxLength={PASSWORD_MAX_LENGTH}
          />
          <button type="submit" className="button">
            {t.signIn.submit}
          </button>
        </form>
        <p>
          <a href={paths.staff.forgotPassword(lang)}>{t.signIn.forgotPassword}</a>
        </p>
      </section>
    </main>
  );
}
