import { Outlet } from 'react-router';
import { isPermitted } from '../../../platform/authorization/actions.ts';
import { auditActions } from '../../../modules/identity/identity.actions.ts';
import { importActions } from '../../../modules/interop/interop.actions.ts';
import { serviceActions } from '../../../modules/catalog/catalog.actions.ts';
import { contactActions } from '../../../modules/contact/contact.actions.ts';
import { CsrfField, type StaffLayoutData } from '../../components/staff-form.tsx';
import { useI18n } from '../../i18n/index.ts';
import { paths } from '../../paths.ts';
import type { Route } from './+types/staff-layout';

export function loader({ context }: Route.LoaderArgs): StaffLayoutData {
  return {
    csrfToken: context.csrfToken,
    signedIn: context.actor.kind === 'staff',
    canReadAudit: isPermitted(context.actor, auditActions.READ),
    canImport: isPermitted(context.actor, importActions.RUN),
    canEditCatalog: isPermitted(context.actor, serviceActions.UPDATE),
    canHandleContacts: isPermitted(context.actor, contactActions.LIST),
  };
}

/** The workspace's own navigation under the site header, for a signed-in person. */
export default function StaffLayout({ loaderData }: Route.ComponentProps) {
  const { lang, m } = useI18n();
  return (
    <>
      {loaderData.signedIn && (
        <nav className="staff-nav" aria-label={m.staff.nav.label}>
          <ul>
            <li>
              <a href={paths.staff.workspace(lang)}>{m.staff.nav.workspace}</a>
            </li>
            <li>
              <a href={paths.staff.account(lang)}>{m.staff.nav.account}</a>
            </li>
            <li>
              <a href={paths.knowledge.staffArticles(lang)}>{m.knowledge.staff.title}</a>
            </li>
            {loaderData.canEditCatalog && (
              <li>
                <a href={paths.staffCatalog.catalog(lang)}>{m.staffCatalog.nav}</a>
              </li>
            )}
            <li>
              <a href={paths.activities.staffList(lang)}>{m.activities.staff.title}</a>
            </li>
            {loaderData.canHandleContacts && (
              <li>
                <a href={paths.contact.contactQueue(lang)}>{m.contact.staff.nav}</a>
              </li>
            )}
            {loaderData.canReadAudit && (
              <li>
                <a href={paths.staff.audit(lang)}>{m.staff.nav.audit}</a>
              </li>
            )}
            {loaderData.canImport && (
              <li>
                <a href={paths.importPage(lang)}>{m.staff.nav.import}</a>
              </li>
            )}
            <li>
              <form method="post" action={paths.staff.signOut(lang)}>
                <CsrfField />
                <button type="submit" className="link-button">
                  {m.staff.nav.signOut}
                </button>
              </form>
            </li>
          </ul>
        </nav>
      )}
      <Outlet />
    </>
  );
}
