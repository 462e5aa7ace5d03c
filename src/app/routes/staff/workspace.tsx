import type { Lang } from '../../../platform/i18n-text.ts';
import { T } from '../../components/localized.tsx';
import { format, uiMessages, useI18n } from '../../i18n/index.ts';
import { paths } from '../../paths.ts';
import { signedIn } from './forms.server.ts';
import type { Route } from './+types/workspace';

export async function loader({ params, context }: Route.LoaderArgs) {
  return signedIn(params.lang as Lang, () => context.identity.getWorkspace());
}

export function meta({ params }: Route.MetaArgs) {
  const m = uiMessages[(params.lang as Lang) ?? 'fi'];
  return [{ title: `${m.staff.workspace.title} – ${m.site.name}` }, { name: 'robots', content: 'noindex' }];
}

/**
 * The workspace home: the person's organisations and roles, what each lets them do, and links to
 * what exists of it. Later features add their links here, from the same permitted actions.
 */
export default function Workspace({ loaderData }: Route.ComponentProps) {
  const { lang, m } = useI18n();
  const t = m.staff;
  const { person, memberships, canReadAudit } = loaderData;
  const actionLabel = (name: string) => (t.actions as Record<string, string>)[name] ?? name;
  return (
    <main id="main" className="page" tabIndex={-1}>
      <h1>{t.workspace.title}</h1>
      <p className="lead">{format(t.workspace.greeting, { name: person.name })}</p>
      <section aria-labelledby="memberships-title">
        <h2 id="memberships-title">{t.workspace.memberships}</h2>
        {memberships.length === 0 ? (
          <p>{t.workspace.noMemberships}</p>
        ) : (
          <ul className="card-grid">
            {memberships.map((membership, i) => {
              const shown = membership.permittedActions.filter((a) => a !== 'Account.UPDATE');
              const organization = membership.organization;
              return (
                <li key={i} className="link-card membership-card">
                  <h3>
                    {organization ? (
                      <T text={organization.name} />
                    ) : membership.region ? (
                      <T text={membership.region.name} />
                    ) : (
                      t.workspace.everywhere
                    )}
                  </h3>
                  <p className="membership-card__role">{t.roles[membership.role]}</p>
                  {shown.length ? (
                    <>
                      <p>{t.workspace.permitted}:</p>
                      <ul>
                        {shown.map((a) => (
                          <li key={a}>{actionLabel(a)}</li>
                        ))}
                      </ul>
                    </>
                  ) : (
                    <p>{t.workspace.nothingPermitted}</p>
                  )}
                  {(shown.includes('Service.UPDATE') || shown.includes('Place.UPDATE')) && (
                    <p>
                      <a href={paths.staffCatalog.catalog(lang)}>{m.staffCatalog.nav}</a>
                    </p>
                  )}
                  {organization && (shown.includes('Member.LIST') || shown.includes('Audit.READ')) && (
                    <ul className="plain-list">
                      {shown.includes('Member.LIST') && (
                        <li>
                          <a href={paths.staff.members(lang, organization.id)}>{t.workspace.members}</a>
                        </li>
                      )}
                      {shown.includes('Audit.READ') && (
                        <li>
                          <a href={paths.staff.audit(lang, new URLSearchParams({ organization: organization.id }))}>
                            {t.workspace.auditForOrganization}
                          </a>
                        </li>
                      )}
                    </ul>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </section>
      {memberships.some((ms) => ms.permittedActions.includes('SearchVocabulary.READ_MISSES')) && (
        <section aria-labelledby="search-words-title">
          <h2 id="search-words-title">{m.catalog.searchWords.title}</h2>
          <p>
            <a href={paths.searchWords(lang)}>{m.catalog.searchWords.teach}</a>
          </p>
        </section>
      )}
      {canReadAudit && (
        <section aria-labelledby="audit-title">
          <h2 id="audit-title">{t.nav.audit}</h2>
          <p>{t.workspace.auditLead}</p>
          <p>
            <a href={paths.staff.audit(lang)}>{t.workspace.openAudit}</a>
          </p>
        </section>
      )}
    </main>
  );
}
