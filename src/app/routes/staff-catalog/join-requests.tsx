import type { Lang } from '../../../platform/i18n-text.ts';
import { CsrfField, Notice } from '../../components/staff-form.tsx';
import { formatMoment } from '../../format.ts';
import { format, uiMessages, useI18n } from '../../i18n/index.ts';
import { requireUuid } from '../../page-data.ts';
import { signedIn } from '../staff/forms.server.ts';
import type { Route } from './+types/join-requests';

export async function loader({ params, context }: Route.LoaderArgs) {
  return signedIn(params.lang as Lang, () => context.catalog.listJoinRequests());
}

/**
 * Approving adds the organisation to the tray (catalog) and invites the contact as its first
 * admin (identity), as two steps: an invitation that fails can be sent again from the members page.
 */
export async function action({ request, params, context }: Route.ActionArgs) {
  const lang = params.lang as Lang;
  const form = await request.formData();
  const id = requireUuid(String(form.get('request') ?? ''));
  return signedIn(lang, async () => {
    const decided = await context.catalog.decideJoinRequest(id, form.get('decision'));
    if (decided.outcome === 'declined') return { declined: true as const };
    await context.identity.inviteMember(decided.organizationId, {
      email: decided.contactEmail,
      name: decided.contactName,
      role: 'organizationAdmin',
      requestOrigin: context.requestOrigin,
    });
    return { approved: { email: decided.contactEmail, name: decided.organizationName } };
  });
}

export function meta({ params }: Route.MetaArgs) {
  const m = uiMessages[(params.lang as Lang) ?? 'fi'];
  return [{ title: `${m.staffCatalog.join.requestsTitle} – ${m.site.name}` }, { name: 'robots', content: 'noindex' }];
}

export default function JoinRequests({ loaderData, actionData }: Route.ComponentProps) {
  const { lang, m } = useI18n();
  const t = m.staffCatalog.join;
  return (
    <main id="main" className="page" tabIndex={-1}>
      <h1>{t.requestsTitle}</h1>
      <p className="lead">{t.requestsLead}</p>
      {actionData && 'approved' in actionData && actionData.approved && (
        <Notice kind="success">{format(t.approved, { name: actionData.approved.name, email: actionData.approved.email })}</Notice>
      )}
      {actionData && 'declined' in actionData && <Notice kind="success">{t.declined}</Notice>}
      {loaderData.length === 0 ? (
        <p>{t.noRequests}</p>
      ) : (
        <ul className="plain-list">
          {loaderData.map((r) => (
            <li key={r.id} className="link-card">
              <h2>{r.organizationName}</h2>
              <dl className="facts">
                <dt>{t.organizationType}</dt>
                <dd>{m.catalog.enums.organizationType[r.organizationType]}</dd>
                <dt>{t.municipality}</dt>
                <dd>{r.municipalityCode}</dd>
                <dt>{t.contact}</dt>
                <dd>
                  {r.contactName}, {r.contactEmail}
                </dd>
                <dt>{t.received}</dt>
                <dd>{formatMoment(lang, r.createdAt)}</dd>
                {r.message && (
                  <>
                    <dt>{t.message}</dt>
                    <dd>{r.message}</dd>
                  </>
                )}
              </dl>
              <form method="post">
                <CsrfField />
                <input type="hidden" name="request" value={r.id} />
                <button type="submit" name="decision" value="approve" className="button">
                  {format(t.approve, { name: r.organizationName })}
                </button>{' '}
                <button type="submit" name="decision" value="decline" className="button button--secondary">
                  {format(t.decline, { name: r.organizationName })}
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
