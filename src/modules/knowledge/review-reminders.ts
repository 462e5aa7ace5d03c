import type { Kysely } from 'kysely';
import { systemActor } from '../../platform/actor.ts';
import type { Clock } from '../../platform/clock.ts';
import { write } from '../../platform/db/transactions.ts';
import { helsinkiMoment } from '../../platform/helsinki-time.ts';
import { localize } from '../../platform/i18n-text.ts';
import type { JobDefinition } from '../../platform/jobs/job-queue.ts';
import type { Logger } from '../../platform/logger.ts';
import type { Outbox } from '../../platform/mail/outbox.ts';
import { knowledgePaths } from './knowledge.paths.ts';
import { claimReminder, findDueReviews } from './knowledge.queries.ts';
import type { KnowledgeDb } from './knowledge.tables.ts';

export const REVIEW_REMINDER_JOB = 'knowledge-review-reminders';

/**
 * The freshness loop of the knowledge bank: every morning, each article whose review has come due
 * mails its owner once for that due date, through the outbox (the mail commits with the claim).
 * Marking the review done is the owner's edit: a new "reviewed on" date moves the next due date.
 */
export function reviewReminderJob(deps: {
  db: Kysely<KnowledgeDb>;
  clock: Clock;
  outbox: Outbox;
  logger: Logger;
  publicOrigin: string | undefined;
}): JobDefinition {
  return {
    name: REVIEW_REMINDER_JOB,
    schedule: '15 7 * * *',
    retry: { limit: 3, delaySeconds: 300, backoff: true },
    async handle() {
      const today = helsinkiMoment(deps.clock.now()).date;
      const sent = await write(deps.db, systemActor(REVIEW_REMINDER_JOB), async (tx) => {
        let count = 0;
        for (const due of await findDueReviews(tx, today)) {
          if (!(await claimReminder(tx, due.id, due.review_due))) continue;
          const path = knowledgePaths.staffArticle('fi', due.id);
          const link = deps.publicOrigin ? new URL(path, deps.publicOrigin).href : `${path} (henkilöstön työtila)`;
          await deps.outbox.send(tx, {
            to: due.owner_email,
            toName: due.owner_name,
            subject: `Perhekeskus: artikkelin tarkistus – ${localize(due.title, 'fi').text}`,
            text:
              `Hei ${due.owner_name},\n\nartikkelin "${localize(due.title, 'fi').text}" tarkistus oli ajastettu ${due.review_due}. ` +
              `Lue artikkeli läpi, korjaa mikä on muuttunut ja päivitä tarkistuspäivä:\n\n${link}\n\nPerhekeskus`,
            purpose: 'knowledge.reviewReminder',
          });
          count++;
        }
        return count;
      });
      if (sent) deps.logger.info({ sent }, 'mailed article review reminders');
    },
  };
}
