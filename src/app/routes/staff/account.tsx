import type { Lang } from '../../../platform/i18n-text.ts';
import { CsrfField } from '../../components/staff-form.tsx';
import { DataTable } from '../../components/data-table.tsx';
import { formatMoment } from '../../format.ts';
import { format, uiMessages, useI18n } from '../../i18n/index.ts';
import { paths } from '../../paths.ts';
import { signedIn } from './forms.server.ts';
import type { Route } from './+types/account';

export async function loader({ params, context }: Route.LoaderArgs) {
  return signedIn(params.lang as Lang, () => context.identity.getAccount());
}

export function meta({ params }: Route.MetaArgs) {
  const m = uiMessages[(params.lang as Lang) ?? 'fi'];
  return [{ title: `${m.staff.account.title} – ${m.site.name}` }, { name: 'robots', content: 'noindex' }];
}

/** A browser's User-Agent, shortened to what a person recognises. */
function deviceOf(userAgent: string | null): string {
  if (!userAgent) return '–';
  const browser = /(Firefox|Edg|Chrome|Safari)\/[\d.]+/.exec(userAgent)?.[0]?.replace('Edg', 'Edge') ?? userAgent.slice(0, 40);
  const system = /(Windows|Mac OS X|Android|iPhone|Linux)/.exec(userAgent)?.[0];
  return system ? `${browser} (${system})` : browser;
}

export default function Account({ loaderData }: Route.ComponentProps) {
  const { lang, m } = useI18n();
  const t = m.staff.account;
  const { person, hasPassword, totp, recoveryCodesLeft, sessions } = loaderData;
  return (
    <main id="main" className="page" tabIndex={-1}>
      <h1>{t.title}</h1>
      <section aria-labelledby="details-title">
        <h2 id="details-title">{t.details}</h2>
        <dl className="facts">
          <dt>{t.name}</dt>
          <dd>{person.name}</dd>
          <dt>{m.staff.common.email}</dt>
          <dd>{person.email}</dd>
        </dl>
      </section>
      <section aria-labelledby="security-title">
        <h2 id="security-title">{t.security}</h2>
        {hasPassword ? (
          <ul className="plain-list">
            <li>
              <a href={paths.staff.changePassword(lang)}>{t.changePassword}</a>
            </li>
            <li>
              {t.twoFactor}: {totp === 'on' ? format(t.twoFactorOn, { count: recoveryCodesLeft }) : t.twoFactorOff}{' '}
              <a href={paths.staff.twoFactor(lang)}>{t.manageTwoFactor}</a>
            </li>
          </ul>
        ) : (
          <p>{t.noPassword}</p>
        )}
      </section>
      <section aria-labelledby="sessions-title">
        <h2 id="sessions-title">{t.sessions}</h2>
        <DataTable caption={t.sessionsCaption} columns={[t.device, t.method, t.started, t.lastSeen]}>
          {sessions.map((s) => (
            <tr key={s.id}>
              <td>
                {deviceOf(s.userAgent)}
                {s.current && <strong> ({t.thisDevice})</strong>}
              </td>
              <td>{t.methods[s.method as 'password' | 'oidc'] ?? s.method}</td>
              <td>{formatMoment(lang, s.createdAt)}</td>
              <td>{formatMoment(lang, s.lastSeenAt)}</td>
            </tr>
          ))}
        </DataTable>
        <form method="post" action={paths.staff.signOut(lang)}>
          <CsrfField />
          <input type="hidden" name="everywhere" value="yes" />
          <p>{t.signOutEverywhereLead}</p>
          <button type="submit" className="button button--secondary">
            {t.signOutEverywhere}
          </button>
        </form>
      </section>
    </main>
  );
}
