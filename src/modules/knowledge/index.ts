import { withTables } from '../../platform/db/database.ts';
import type { AppModule } from '../../platform/module.ts';
import type { RequestScope } from '../../platform/request-context.ts';
import { bindReadUseCases, bindWriteUseCases, type BoundUseCases } from '../../platform/use-cases.ts';
import { activitySearchFor } from '../activities/index.ts';
import { catalogClientFor } from '../catalog/index.ts';
import { knowledgeActions } from './knowledge.actions.ts';
import { knowledgeApi } from './knowledge.api.ts';
import { knowledgeProblemTexts } from './knowledge.problems.ts';
import { seedKnowledgeDemo } from './knowledge.seed.ts';
import type { KnowledgeDb } from './knowledge.tables.ts';
import { editorUseCases, publicUseCases } from './knowledge.use-cases.ts';
import { reviewReminderJob } from './review-reminders.ts';

/** The knowledge bank's use cases for one request: families' reads and the editors' desk. */
export type KnowledgeClient = BoundUseCases<typeof publicUseCases> & BoundUseCases<typeof editorUseCases>;

/**
 * The knowledge bank: articles for families in fi/sv/en, each with an owner, a reviewer and a
 * review date that the freshness loop reminds of; linked to the tray's categories, life
 * situations and services; written by editors in the staff workspace.
 */
export const knowledgeModule: AppModule<'knowledge', KnowledgeClient> = {
  name: 'knowledge',
  problemTexts: knowledgeProblemTexts,
  actions: knowledgeActions,
  create(deps) {
    const db = withTables<KnowledgeDb>(deps.db);
    const readers = bindReadUseCases(db, {}, publicUseCases);
    const editors = bindWriteUseCases(db, {}, editorUseCases);
    const client = (scope: RequestScope): KnowledgeClient => ({ ...readers(scope), ...editors(scope) });
    return {
      publicApi: knowledgeApi(client, catalogClientFor(deps), activitySearchFor(deps)),
      client,
      jobs: [reviewReminderJob({ db, clock: deps.clock, outbox: deps.outbox, logger: deps.logger, publicOrigin: deps.site.publicOrigin })],
      seedDemo: (ctx, mode) => seedKnowledgeDemo(ctx as never, mode),
    };
  },
};

export { knowledgePaths, KNOWLEDGE_PAGES } from './knowledge.paths.ts';
export { articleActions, knowledgeActions } from './knowledge.actions.ts';
export { REVIEW_REMINDER_JOB } from './review-reminders.ts';
export { REVIEW_INTERVALS, ARTICLE_STATUSES, TITLE_MAX, SUMMARY_MAX, BODY_MAX, KEYWORDS_MAX, SLUG_MAX } from './knowledge.domain.ts';
export type * from './knowledge.model.ts';
export { guideStep, guideOutcome, GUIDE_SITUATIONS, type GuideAnswers } from './guide.ts';
