import { redirect } from 'react-router';
import { clearSessionCookie, presentedSessionToken } from '../../../modules/identity/session-cookies.ts';
import type { Lang } from '../../../platform/i18n-text.ts';
import { CsrfField, Notice } from '../../components/staff-form.tsx';
import { uiMessages, useI18n } from '../../i18n/index.ts';
import { paths } from '../../paths.ts';
import type { Route } from './+types/sign-out';

export function loader({ request }: Route.LoaderArgs) {
  return { done: new URL(request.url).searchParams.has('done') };
}

/** Signs this browser out; "everywhere" ends every session of the person. */
export async function action({ request, params, context }: Route.ActionArgs) {
  const lang = params.lang as Lang;
  const form = await request.formData();
  if (form.get('everywhere') === 'yes' && context.actor.kind === 'staff') await context.identity.signOutEverywhere();
  else await context.identity.signOut(presentedSessionToken(context.cookies, request));
  return redirect(paths.staff.signOut(lang, true), { status: 303, headers: { 'set-cookie': clearSessionCookie(context.cookies) } });
}

export function meta({ params }: Route.MetaArgs) {
  const m = uiMessages[(params.lang as Lang) ?? 'fi'];
  return [{ title: `${m.staff.signOut.title} – ${m.site.name}` }, { name: 'robots', content: 'noindex' }];
}

export default function SignOut({ loaderData }: Route.ComponentProps) {
  const { lang, m } = useI18n();
  const t = m.staff;
  return (
    <main id="main" className="page narrow" tabIndex={-1}>
      <h1>{t.signOut.title}</h1>
      {loaderData.done ? (
        <>
          <Notice kind="success">{t.signOut.done}</Notice>
          <p>
            <a href={paths.staff.signIn(lang)}>{t.common.backToSignIn}</a>
          </p>
        </>
      ) : (
        <form method="post">
          <p>{t.signOut.lead}</p>
          <CsrfField />
          <button type="submit" className="button">
            {t.signOut.submit}
          </button>
        </form>
      )}
    </main>
  );
}
