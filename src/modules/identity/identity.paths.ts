import { pageUrl } from '../../platform/http/page-url.ts';
import type { Lang } from '../../platform/i18n-text.ts';

/** The staff workspace's pages, relative to the language prefix: the route table uses these patterns. */
export const STAFF_PAGES = {
  signIn: 'staff',
  secondFactor: 'staff/sign-in/code',
  forgotPassword: 'staff/forgot-password',
  resetPassword: 'staff/reset-password',
  verifyEmail: 'staff/verify-email',
  signOut: 'staff/sign-out',
  workspace: 'staff/workspace',
  account: 'staff/account',
  changePassword: 'staff/account/password',
  twoFactor: 'staff/account/two-factor',
  members: 'staff/organizations/:id/members',
  invitation: 'staff/invitation',
  audit: 'staff/audit',
  devMail: 'staff/dev/mail',
} as const;

/** Browser routes of the cookie group outside the pages (identity.routes.ts), under /staff. */
export const STAFF_ROUTES = {
  root: '/staff',
  oidcStart: '/staff/oidc/:provider/start',
  oidcCallback: '/staff/oidc/callback',
} as const;

const withToken = (token: string | undefined) => (token ? new URLSearchParams({ token }) : undefined);

/** Every link to a staff page. */
export const staffPaths = {
  signIn: (lang: Lang, query?: URLSearchParams) => pageUrl(lang, STAFF_PAGES.signIn, {}, query),
  secondFactor: (lang: Lang) => pageUrl(lang, STAFF_PAGES.secondFactor),
  forgotPassword: (lang: Lang) => pageUrl(lang, STAFF_PAGES.forgotPassword),
  resetPassword: (lang: Lang, token?: string) => pageUrl(lang, STAFF_PAGES.resetPassword, {}, withToken(token)),
  verifyEmail: (lang: Lang, token?: string) => pageUrl(lang, STAFF_PAGES.verifyEmail, {}, withToken(token)),
  signOut: (lang: Lang, done = false) => pageUrl(lang, STAFF_PAGES.signOut, {}, done ? 'done' : undefined),
  workspace: (lang: Lang) => pageUrl(lang, STAFF_PAGES.workspace),
  account: (lang: Lang) => pageUrl(lang, STAFF_PAGES.account),
  changePassword: (lang: Lang) => pageUrl(lang, STAFF_PAGES.changePassword),
  twoFactor: (lang: Lang) => pageUrl(lang, STAFF_PAGES.twoFactor),
  members: (lang: Lang, organizationId: string) => pageUrl(lang, STAFF_PAGES.members, { id: organizationId }),
  invitation: (lang: Lang, token?: string) => pageUrl(lang, STAFF_PAGES.invitation, {}, withToken(token)),
  audit: (lang: Lang, query?: URLSearchParams) => pageUrl(lang, STAFF_PAGES.audit, {}, query),
  devMail: (lang: Lang) => pageUrl(lang, STAFF_PAGES.devMail),
  /** Starts a sign-in at an organisation's identity provider. */
  oidcStart: (lang: Lang, providerId: string) =>
    `${STAFF_ROUTES.oidcStart.replace(':provider', encodeURIComponent(providerId))}?${new URLSearchParams({ lang })}`,
  /** The CSV export of the audit log with the viewer's filters (staff API). */
  auditExport: (query: URLSearchParams) => `/api/v1/audit/export${query.size ? `?${query}` : ''}`,
};
