import { helsinkiMoment } from '../../platform/helsinki-time.ts';
import type { DemoDataMode } from '../../platform/module.ts';
import type { WriteContext } from '../../platform/request-context.ts';
import { stableId } from '../../platform/stable-id.ts';
import { demoMllOrganization, organizationId, serviceId } from '../catalog/index.ts';
import { DEMO_ARTICLES, type DemoArticle } from './demo/demo-articles.ts';
import { sanitizeArticleHtml } from './rich-text.ts';
import { countArticles, findPeopleByEmail, insertArticle, knownServices } from './knowledge.queries.ts';
import type { KnowledgeDb, WriteTx } from './knowledge.tables.ts';

/** The demo articles' owner and reviewer: demo staff accounts (identity loads them just before). */
export const DEMO_ARTICLE_OWNER = 'mll.editori@perhekeskus.example';
export const DEMO_ARTICLE_REVIEWER = 'koordinaattori@perhekeskus.example';

export const articleId = (slug: string) => stableId('article', slug);

export function daysBefore(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

/** Loads articles as written, owned and reviewed by the given people; links only to services that exist. */
export async function loadArticles(
  tx: WriteTx,
  articles: readonly DemoArticle[],
  people: { ownerPersonId: string; reviewerPersonId: string; organizationId: string },
  today: string,
  now: Date,
): Promise<number> {
  const existing = await knownServices(
    tx,
    articles.flatMap((a) => a.services.map(serviceId)),
  );
  for (const a of articles) {
    const body = Object.fromEntries(Object.entries(a.body).map(([lang, html]) => [lang, sanitizeArticleHtml(html)])) as DemoArticle['body'];
    await insertArticle(
      tx,
      {
        slug: a.slug,
        organizationId: people.organizationId,
        ownerPersonId: people.ownerPersonId,
        reviewerPersonId: people.reviewerPersonId,
        status: 'published',
        title: a.title,
        summary: a.summary,
        body,
        keywords: a.keywords ?? null,
        reviewedOn: daysBefore(today, a.reviewedDaysAgo),
        reviewIntervalMonths: a.reviewIntervalMonths ?? 12,
        categoryCodes: a.categories,
        lifeSituationCodes: a.lifeSituations,
        serviceIds: a.services.map(serviceId).filter((id) => existing.has(id)),
      },
      now,
      articleId(a.slug),
    );
  }
  return articles.length;
}

/**
 * The demo articles, into a database with the demo staff and no articles yet. Dated from the
 * clock: a few are due for review on the day they are loaded, so the reminder has work to show.
 */
export async function seedKnowledgeDemo(ctx: WriteContext<KnowledgeDb>, mode: DemoDataMode): Promise<boolean> {
  if (mode === 'never') return false;
  if ((await countArticles(ctx.tx)) > 0) return false;
  const people = await findPeopleByEmail(ctx.tx, [DEMO_ARTICLE_OWNER, DEMO_ARTICLE_REVIEWER]);
  const owner = people.find((p) => p.email === DEMO_ARTICLE_OWNER);
  const reviewer = people.find((p) => p.email === DEMO_ARTICLE_REVIEWER);
  if (!owner || !reviewer) return false;
  const today = helsinkiMoment(ctx.clock.now()).date;
  const count = await loadArticles(
    ctx.tx,
    DEMO_ARTICLES,
    { ownerPersonId: owner.id, reviewerPersonId: reviewer.id, organizationId: organizationId(demoMllOrganization('mikkeli')) },
    today,
    ctx.clock.now(),
  );
  ctx.logger.info({ articles: count }, 'loaded the demo articles');
  return true;
}
