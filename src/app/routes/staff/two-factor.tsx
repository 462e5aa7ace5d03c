import { redirect } from 'react-router';
import type { Lang } from '../../../platform/i18n-text.ts';
import { PASSWORD_MAX_LENGTH } from '../../../modules/identity/identity.domain.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { CsrfField, Field, Notice } from '../../components/staff-form.tsx';
import { uiMessages, useI18n } from '../../i18n/index.ts';
import { paths } from '../../paths.ts';
import { fieldsOf, formAction, keptValues, refusal, signedIn, type FormFailure } from './forms.server.ts';
import type { Route } from './+types/two-factor';

export async function loader({ params, context }: Route.LoaderArgs) {
  const lang = params.lang as Lang;
  return signedIn(lang, async () => {
    const account = await context.identity.getAccount();
    if (!account.hasPassword) throw redirect(paths.staff.account(lang));
    // The key to enrol is shown (and kept pending) until a first code confirms it.
    return { on: account.totp === 'on', enrolment: account.totp === 'on' ? null : await context.identity.beginTotp() };
  });
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const lang = params.lang as Lang;
  const t = uiMessages[lang].staff.twoFactor;
  const form = await request.formData();
  const fields = fieldsOf(form);
  const values = keptValues(form, []);
  if (fields.intent === 'disable') {
    const result = await signedIn(lang, () =>
      formAction(context, lang, values, () => context.identity.disableTotp({ current: fields.current })),
    );
    if (!result.ok) return result.response;
    if (result.value.outcome === 'refused') return refusal(uiMessages[lang].staff.password.wrongPassword, values, 'current');
    return { disabled: true as const };
  }
  const result = await signedIn(lang, () => formAction(context, lang, values, () => context.identity.confirmTotp({ code: fields.code })));
  if (!result.ok) return result.response;
  if (result.value.outcome === 'refused') return refusal(t.invalidCode, values, 'code');
  return { recoveryCodes: result.value.recoveryCodes };
}

export function meta({ params }: Route.MetaArgs) {
  const m = uiMessages[(params.lang as Lang) ?? 'fi'];
  return [{ title: `${m.staff.twoFactor.title} – ${m.site.name}` }, { name: 'robots', content: 'noindex' }];
}

export default function TwoFactor({ loaderData, actionData }: Route.ComponentProps) {
  const { lang, m } = useI18n();
  const t = m.staff.twoFactor;
  const result = actionData as { recoveryCodes?: string[]; disabled?: true } | FormFailure | undefined;
  const issues = result && 'issues' in result ? result.issues : [];
  const back = (
    <p>
      <a href={paths.staff.account(lang)}>{m.staff.account.title}</a>
    </p>
  );
  if (result && 'recoveryCodes' in result && result.recoveryCodes) {
    return (
      <main id="main" className="page narrow" tabIndex={-1}>
        <h1>{t.title}</h1>
        <Notice kind="success">{t.enabled}</Notice>
        <h2>{t.recoveryCodes}</h2>
        <p>{t.recoveryCodesLead}</p>
        <ul className="recovery-codes">
          {result.recoveryCodes.map((code) => (
            <li key={code}>
              <code>{code}</code>
            </li>
          ))}
        </ul>
        {back}
      </main>
    );
  }
  if (result && 'disabled' in result) {
    return (
      <main id="main" className="page narrow" tabIndex={-1}>
        <h1>{t.title}</h1>
        <Notice kind="success">{t.disabled}</Notice>
        {back}
      </main>
    );
  }
  return (
    <main id="main" className="page narrow" tabIndex={-1}>
      <h1>{t.title}</h1>
      <ErrorSummary
        title={m.staff.common.errorSummary}
        issues={issues}
        labels={{ code: t.code, current: m.staff.common.currentPassword }}
      />
      {loaderData.enrolment ? (
        <>
          <p>{t.enrolLead}</p>
          <dl className="facts">
            <dt>{t.key}</dt>
            <dd>
              <code className="totp-key">{loaderData.enrolment.key.replace(/(.{4})/g, '$1 ').trim()}</code>
            </dd>
            <dt>{t.uri}</dt>
            <dd>
              <code className="totp-uri">{loaderData.enrolment.uri}</code>
            </dd>
          </dl>
          <form method="post" noValidate>
            <CsrfField />
            <input type="hidden" name="intent" value="enable" />
            <Field name="code" label={t.code} issues={issues} autoComplete="one-time-code" inputMode="numeric" maxLength={6} />
            <button type="submit" className="button">
              {t.enable}
            </button>
          </form>
        </>
      ) : (
        <>
          <Notice kind="success">{t.enabled}</Notice>
          <h2>{t.disableTitle}</h2>
          <p>{t.disableLead}</p>
          <form method="post" noValidate>
            <CsrfField />
            <input type="hidden" name="intent" value="disable" />
            <Field
              name="current"
              type="password"
              label={m.staff.common.currentPassword}
              issues={issues}
              autoComplete="current-password"
              maxLength={PASSWORD_MAX_LENGTH}
            />
            <button type="submit" className="button button--secondary">
              {t.disable}
            </button>
          </form>
        </>
      )}
      {back}
    </main>
  );
}
