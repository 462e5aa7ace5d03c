import { pageUrl } from '../../platform/http/page-url.ts';
import type { Lang } from '../../platform/i18n-text.ts';

/** The contact channel's pages, relative to the language prefix; the staff ones are in the cookie group. */
export const CONTACT_PAGES = {
  start: 'contact',
  follow: 'contact/follow',
  queue: 'staff/contact',
  conversation: 'staff/contact/requests/:id',
  roster: 'staff/contact/roster',
  referrals: 'staff/contact/referrals',
  figures: 'staff/contact/figures',
} as const;

/** Every link to a page of the contact channel. The follow link's token rides in the query, which logs never hold. */
export const contactPaths = {
  contactStart: (lang: Lang, query?: URLSearchParams) => pageUrl(lang, CONTACT_PAGES.start, {}, query),
  follow: (lang: Lang, token: string) => pageUrl(lang, CONTACT_PAGES.follow, {}, new URLSearchParams({ token })),
  contactQueue: (lang: Lang, query?: URLSearchParams) => pageUrl(lang, CONTACT_PAGES.queue, {}, query),
  conversation: (lang: Lang, id: string) => pageUrl(lang, CONTACT_PAGES.conversation, { id }),
  roster: (lang: Lang) => pageUrl(lang, CONTACT_PAGES.roster),
  incomingReferrals: (lang: Lang) => pageUrl(lang, CONTACT_PAGES.referrals),
  contactFigures: (lang: Lang) => pageUrl(lang, CONTACT_PAGES.figures),
};
