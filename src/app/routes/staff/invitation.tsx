import { redirect } from 'react-router';
import type { Lang } from '../../../platform/i18n-text.ts';
import { localize } from '../../../platform/i18n-text.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { CsrfField, Notice } from '../../components/staff-form.tsx';
import { format, uiMessages, useI18n } from '../../i18n/index.ts';
import { paths } from '../../paths.ts';
import { fieldsOf, formAction, formHeaders, keptValues, type FormFailure } from './forms.server.ts';
import { DoneSignInNext, NewPasswordFields } from './password-pieces.tsx';
import type { Route } from './+types/invitation';

/** Showing the page uses nothing up: mail scanners that follow links leave the invitation usable. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const token = new URL(request.url).searchParams.get('token') ?? '';
  const invitation = await context.identity.viewInvitation(token);
  return invitation ? { token, invitation } : { token: null, invitation: null };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const lang = params.lang as Lang;
  const form = await request.formData();
  const fields = fieldsOf(form);
  const result = await formAction(context, lang, keptValues(form, []), () =>
    context.identity.acceptInvitation({
      token: String(fields.token ?? ''),
      method: fields.method,
      provider: fields.provider,
      password: fields.password,
      confirm: fields.confirm,
    }),
  );
  if (!result.ok) return result.response;
  const accepted = result.value;
  if (accepted.outcome === 'accepted' && accepted.next === 'provider') throw redirect(paths.staff.oidcStart(lang, accepted.providerId));
  return { outcome: accepted.outcome };
}

export function headers(args: Route.HeadersArgs) {
  return formHeaders(args);
}

export function meta({ params }: Route.MetaArgs) {
  const m = uiMessages[(params.lang as Lang) ?? 'fi'];
  return [{ title: `${m.staff.invitation.title} – ${m.site.name}` }, { name: 'robots', content: 'noindex' }];
}

export default function Invitation({ loaderData, actionData }: Route.ComponentProps) {
  const { lang, m } = useI18n();
  const t = m.staff.invitation;
  const outcome = actionData && 'outcome' in actionData ? actionData.outcome : null;
  const issues = actionData && 'issues' in actionData ? (actionData as FormFailure).issues : [];
  if (outcome === 'accepted') {
    return <DoneSignInNext title={t.doneTitle}>{t.doneText}</DoneSignInNext>;
  }
  const { token, invitation } = loaderData;
  if (!token || !invitation || outcome === 'refused') {
    return (
      <main id="main" className="page narrow" tabIndex={-1}>
        <h1>{t.title}</h1>
        <Notice kind="error">{t.invalidLink}</Notice>
        <p>
          <a href={paths.staff.signIn(lang)}>{m.staff.common.backToSignIn}</a>
        </p>
      </main>
    );
  }
  const organization = localize(invitation.organization.name, lang).text;
  return (
    <main id="main" className="page narrow" tabIndex={-1}>
      <h1>{t.title}</h1>
      <p className="lead">{format(t.lead, { organization, role: m.staff.roles[invitation.role] })}</p>
      <p>{format(t.forPerson, { name: invitation.name, email: invitation.email })}</p>
      <ErrorSummary
        title={m.staff.common.errorSummary}
        issues={issues}
        labels={{ password: m.staff.common.newPassword, confirm: m.staff.common.confirmPassword }}
      />
      <form method="post" noValidate>
        <CsrfField />
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="method" value="password" />
        {invitation.needsPassword ? (
          <>
            <p>{t.passwordLead}</p>
            <NewPasswordFields issues={issues} />
          </>
        ) : (
          <p>{t.existingAccount}</p>
        )}
        <button type="submit" className="button">
          {invitation.needsPassword ? t.acceptWithPassword : t.accept}
        </button>
      </form>
      {invitation.providers.length > 0 && (
        <section aria-labelledby="invitation-providers">
          <h2 id="invitation-providers">{t.orProvider}</h2>
          {invitation.providers.map((p) => (
            <form method="post" key={p.id}>
              <CsrfField />
              <input type="hidden" name="token" value={token} />
              <input type="hidden" name="method" value="oidc" />
              <input type="hidden" name="provider" value={p.id} />
              <button type="submit" className="button button--secondary">
                {format(t.acceptWithProvider, { name: localize(p.name, lang).text })}
              </button>
            </form>
          ))}
        </section>
      )}
    </main>
  );
}
