import { layout, route } from '@react-router/dev/routes';
import { STAFF_PAGES } from '../../../modules/identity/identity.paths.ts';
import { interopStaffRoutes } from '../interop/routes.ts';
import { knowledgeStaffRoutes } from '../knowledge/routes.ts';
import { staffCatalogRoutes } from '../staff-catalog/routes.ts';
import { activityStaffRoutes } from '../activities/routes.ts';
import { contactStaffRoutes } from '../contact/routes.ts';

/** The staff workspace's pages, under the language prefix, in the cookie group (session, CSRF, rate limit). */
export const staffRoutes = [
  layout('routes/staff/staff-layout.tsx', [
    route(STAFF_PAGES.signIn, 'routes/staff/sign-in.tsx'),
    route(STAFF_PAGES.secondFactor, 'routes/staff/second-factor.tsx'),
    route(STAFF_PAGES.forgotPassword, 'routes/staff/forgot-password.tsx'),
    route(STAFF_PAGES.resetPassword, 'routes/staff/reset-password.tsx'),
    route(STAFF_PAGES.verifyEmail, 'routes/staff/verify-email.tsx'),
    route(STAFF_PAGES.signOut, 'routes/staff/sign-out.tsx'),
    route(STAFF_PAGES.workspace, 'routes/staff/workspace.tsx'),
    route(STAFF_PAGES.account, 'routes/staff/account.tsx'),
    route(STAFF_PAGES.changePassword, 'routes/staff/change-password.tsx'),
    route(STAFF_PAGES.twoFactor, 'routes/staff/two-factor.tsx'),
    route(STAFF_PAGES.members, 'routes/staff/members.tsx'),
    route(STAFF_PAGES.invitation, 'routes/staff/invitation.tsx'),
    route(STAFF_PAGES.audit, 'routes/staff/audit.tsx'),
    route(STAFF_PAGES.devMail, 'routes/staff/dev-mail.tsx'),
    ...interopStaffRoutes,
    ...knowledgeStaffRoutes,
    ...staffCatalogRoutes,
    ...activityStaffRoutes,
    ...contactStaffRoutes,
  ]),
];
