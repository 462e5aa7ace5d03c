import { route } from '@react-router/dev/routes';
import { CONTACT_PAGES } from '../../../modules/contact/contact.paths.ts';

/** The family side of the contact channel: public, no cookies, works without JavaScript. */
export const contactFamilyRoutes = [
  route(CONTACT_PAGES.start, 'routes/contact/contact-start.tsx'),
  route(CONTACT_PAGES.follow, 'routes/contact/follow.tsx'),
];

/** The advisor workspace, inside the staff layout (cookie group, CSRF). */
export const contactStaffRoutes = [
  route(CONTACT_PAGES.queue, 'routes/contact/queue.tsx'),
  route(CONTACT_PAGES.conversation, 'routes/contact/conversation.tsx'),
  route(CONTACT_PAGES.roster, 'routes/contact/roster.tsx'),
  route(CONTACT_PAGES.referrals, 'routes/contact/referrals.tsx'),
  route(CONTACT_PAGES.figures, 'routes/contact/figures.tsx'),
];
