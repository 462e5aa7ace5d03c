import { systemActor } from '../../platform/actor.ts';
import { withTables } from '../../platform/db/database.ts';
import { write } from '../../platform/db/transactions.ts';
import type { JobDefinition } from '../../platform/jobs/job-queue.ts';
import type { AppModule } from '../../platform/module.ts';
import { contactActionList } from './contact.actions.ts';
import { contactFamilyApi, contactStaffApi } from './contact.api.ts';
import { contactClient, type ContactClient } from './contact.client.ts';
import { loadContactConfig } from './contact.config.ts';
import { contactProblemTexts } from './contact.problems.ts';
import { createContactHub } from './contact.realtime.ts';
import { seedContactDemo } from './contact.seed.ts';
import { createContactLimits, type ContactServices } from './contact.services.ts';
import type { ContactDb } from './contact.tables.ts';
import { deleteExpiredAnonymousRequests } from './requests.queries.ts';

export const CONTACT_RETENTION_JOB = 'contact-retention';

/**
 * The family-advisor network's one contact channel: families' requests (anonymous if they wish)
 * followed through a private link, one regional queue across organisations, live chat over
 * Server-Sent Events fanned out through LISTEN/NOTIFY, the duty roster, referrals with consent,
 * retention of anonymous conversations and the figures for leadership.
 */
export const contactModule: AppModule<'contact', ContactClient> = {
  name: 'contact',
  problemTexts: contactProblemTexts,
  actions: contactActionList,
  create({ db: pool, clock, logger, site, listen }) {
    const db = withTables<ContactDb>(pool);
    const config = loadContactConfig(site.env);
    const hub = createContactHub({ db, listen, logger });
    const services: ContactServices = { db, hub, config, clock, logger, limits: createContactLimits(config, clock) };
    const client = contactClient(services);
    const retention: JobDefinition = {
      name: CONTACT_RETENTION_JOB,
      schedule: '23 3 * * *',
      async handle() {
        const before = new Date(clock.now().getTime() - config.retentionDays * 86_400_000);
        const deleted = await write(db, systemActor(CONTACT_RETENTION_JOB), (tx) => deleteExpiredAnonymousRequests(tx, before));
        if (deleted) logger.info({ deleted, retentionDays: config.retentionDays }, 'anonymous contact requests deleted');
      },
    };
    return {
      familyApi: contactFamilyApi(client, hub, site),
      staffApi: contactStaffApi(client, hub),
      client,
      jobs: [retention],
      seedDemo: (ctx, mode) => seedContactDemo(ctx, mode, site),
      close: () => hub.close(),
    };
  },
};

export type { ContactClient } from './contact.client.ts';
export type { FollowView } from './family.ts';
export type { Conversation } from './advisor.ts';
export { contactPaths, CONTACT_PAGES } from './contact.paths.ts';
export { contactActions, referralActions, FAMILY_EVENTS } from './contact.actions.ts';
export type { ContactTables } from './contact.tables.ts';
export * from './contact.domain.ts';
export { REPLY_TEMPLATES } from './reply-templates.ts';
export { helsinkiInstant } from './duty.ts';
