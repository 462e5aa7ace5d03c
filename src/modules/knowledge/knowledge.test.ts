import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor, type Actor } from '../../platform/actor.ts';
import { write } from '../../platform/db/transactions.ts';
import { ConflictError, ForbiddenError, InvalidInputError } from '../../platform/errors.ts';
import { createTestApp } from '../../../tests/support/test-app.ts';
import { openTestDatabase, type TestDatabase } from '../../../tests/support/test-database.ts';
import { clientOf } from '../../../tests/support/test-scope.ts';
import { DEMO_REGION_ID, demoMllOrganization, demoParishOrganization, organizationId, serviceId } from '../catalog/index.ts';
import { DEMO_ARTICLES } from './demo/demo-articles.ts';
import { knowledgeModule, REVIEW_REMINDER_JOB, type KnowledgeClient } from './index.ts';
import { DEMO_ARTICLE_OWNER, DEMO_ARTICLE_REVIEWER } from './knowledge.seed.ts';

let database: TestDatabase;
let t: Awaited<ReturnType<typeof createTestApp>>;
let knowledge: ReturnType<typeof clientOf<KnowledgeClient>>;
let owner: string;
let reviewer: string;
const mll = organizationId(demoMllOrganization('mikkeli'));
const parish = organizationId(demoParishOrganization('mikkeli'));

const editorOf = (organization: string, personId = owner): Actor => ({
  kind: 'staff',
  personId,
  sessionId: '00000000-0000-4000-8000-000000000001',
  grants: [{ role: 'editor', organizationId: organization, regionId: DEMO_REGION_ID }],
});

const article = (overrides: Record<string, string | string[]> = {}) => ({
  slug: 'testi-artikkeli',
  organizationId: mll,
  reviewerPersonId: reviewer,
  status: 'published',
  'title.fi': 'Testiartikkeli unesta',
  'summary.fi': 'Lyhyt tiivistelmä.',
  'body.fi': '<h2>Otsikko</h2><p>Teksti <a href="https://example.org/x">linkki</a>.</p>',
  reviewedOn: '2026-11-01',
  reviewIntervalMonths: '12',
  categoryCodes: ['child-health-clinic'],
  lifeSituationCodes: ['baby'],
  ...overrides,
});

beforeAll(async () => {
  database = await openTestDatabase('demo');
  t = await createTestApp(database, { mail: true });
  knowledge = clientOf(knowledgeModule, database.db, t.clock);
  const people = await database.db
    .selectFrom('person')
    .select(['id', 'email'])
    .where('email', 'in', [DEMO_ARTICLE_OWNER, DEMO_ARTICLE_REVIEWER])
    .execute();
  owner = people.find((p) => p.email === DEMO_ARTICLE_OWNER)!.id;
  reviewer = people.find((p) => p.email === DEMO_ARTICLE_REVIEWER)!.id;
});
afterAll(async () => {
  await t?.close();
  await database?.close();
});

describe('the demo articles', () => {
  it('are at least 20 in Finnish, 10 in Swedish and 5 in English, and link only to services of the demo region', async () => {
    const rows = await database.db.selectFrom('article').select(['title', 'body', 'status']).execute();
    expect(rows.length).toBeGreaterThanOrEqual(20);
    expect(rows.filter((r) => r.title.sv && r.body.sv).length).toBeGreaterThanOrEqual(10);
    expect(rows.filter((r) => r.title.en && r.body.en).length).toBeGreaterThanOrEqual(5);
    const keys = [...new Set(DEMO_ARTICLES.flatMap((a) => a.services))];
    const found = await database.db.selectFrom('service').select('id').where('id', 'in', keys.map(serviceId)).execute();
    expect(keys.filter((k) => !found.some((f) => f.id === serviceId(k)))).toEqual([]);
  });
});

describe('finding articles', () => {
  it('puts the baby-sleep article first for "vauva ei nuku yöllä", and understands Swedish and English too', async () => {
    expect((await knowledge('fi').searchArticles({ q: 'vauva ei nuku yöllä' })).items[0]?.slug).toBe('vauvan-uni');
    const sv = await knowledge('sv').searchArticles({ q: 'bebisen sover inte' });
    expect(sv.items[0]?.slug).toBe('vauvan-uni');
    expect((await knowledge('en').searchArticles({ q: 'we are getting divorced' })).items[0]?.slug).toBe('ero-ja-lapset');
    expect((await knowledge('fi').searchArticles({ q: 'ei ole' })).items).toEqual([]);
  });

  it('mixes labelled articles and services in GET /api/v1/search', async () => {
    const { response, body } = await t.getJson<{ items: { type: string; slug?: string; name?: string }[]; articles: { total: number } }>(
      `/api/v1/search?q=${encodeURIComponent('vauva ei nuku yöllä')}&municipality=491`,
    );
    expect(response.status).toBe(200);
    expect(body.items[0]).toMatchObject({ type: 'article', slug: 'vauvan-uni' });
    expect(body.items.filter((i) => i.type === 'article').length).toBeLessThanOrEqual(3);
    expect(body.articles.total).toBeGreaterThanOrEqual(1);
    const page2 = await t.getJson<{ items: { type: string }[] }>('/api/v1/search?q=neuvola&page=2');
    expect(page2.body.items.every((i) => i.type === 'service')).toBe(true);
    expect((await t.get('/api/v1/search?municipality=abc')).status).toBe(400);
  });

  it('serves an article in the language asked for, and 404 for one that does not exist', async () => {
    const { body } = await t.getJson<{ title: string; services: { url: string }[]; untranslatedFields: string[] }>(
      '/api/v1/articles/vauvan-uni?lang=sv',
    );
    expect(body.title).toBe('Bebisen sover inte på natten');
    expect(body.untranslatedFields).toEqual([]);
    expect(body.services[0]?.url).toMatch(/^\/sv\/services\//);
    expect((await t.get('/api/v1/articles/ei-tallaista')).status).toBe(404);
    expect((await t.get('/api/v1/articles/EI%20OLE')).status).toBe(400);
  });
});

describe('writing articles', () => {
  it('sanitises the body, makes the writer its owner and puts the write on record', async () => {
    const created = await knowledge('fi', editorOf(mll)).createArticle(
      article({
        'body.fi':
          '<h1>Iso</h1><p onclick="x()">Hei<script>alert(1)</script> <a href="javascript:alert(1)">paha</a> <a href="/fi/guide">opas</a></p><img src=x>',
      }),
    );
    const row = await database.db.selectFrom('article').selectAll().where('id', '=', created.id).executeTakeFirstOrThrow();
    expect(row.body.fi).toBe('<h2>Iso</h2><p>Hei <a>paha</a> <a href="/fi/guide">opas</a></p>');
    expect(row.owner_person_id).toBe(owner);
    const audit = await database.db
      .selectFrom('audit_event')
      .selectAll()
      .where('action', '=', 'Article.CREATE')
      .where('target_id', '=', created.id)
      .execute();
    expect(audit).toHaveLength(1);
    expect((await knowledge('fi').getArticle('testi-artikkeli')).title.fi).toBe('Testiartikkeli unesta');
  });

  it('refuses what is wrong with every issue at once, and keeps half translations out', async () => {
    const attempt = knowledge('fi', editorOf(mll)).createArticle(
      article({
        slug: 'Ä ä',
        'title.fi': '',
        'title.sv': 'Bara rubrik',
        reviewedOn: '2026-02-30',
        categoryCodes: ['no-such'],
        reviewerPersonId: owner,
      }),
    );
    await expect(attempt).rejects.toSatisfy((e: unknown) => {
      if (!InvalidInputError.is(e)) return false;
      const fields = e.issues.map((i) => `${i.field}:${i.key}`);
      return ['slug:slugFormat', 'title.fi:required', 'title.sv:translationIncomplete', 'reviewedOn:invalidFormat'].every((f) =>
        fields.includes(f),
      );
    });
    await expect(knowledge('fi', editorOf(mll)).createArticle(article({ slug: 'toinen', reviewerPersonId: owner }))).rejects.toSatisfy(
      (e: unknown) => InvalidInputError.is(e) && e.issues.some((i) => i.key === 'sameReviewer'),
    );
    await expect(knowledge('fi', editorOf(mll)).createArticle(article({ slug: 'vauvan-uni' }))).rejects.toSatisfy(
      (e: unknown) => InvalidInputError.is(e) && e.issues.some((i) => i.key === 'slugTaken'),
    );
  });

  it("refuses another organisation's article with 403 on record, and a stale edit with 409", async () => {
    const parishEditor = editorOf(parish);
    const { id } = await knowledge('fi', editorOf(mll)).createArticle(article({ slug: 'lukittu' }));
    await expect(knowledge('fi', parishEditor).updateArticle(id, { ...article({ slug: 'lukittu' }), version: '1' })).rejects.toSatisfy(
      ForbiddenError.is,
    );
    const denied = await database.db
      .selectFrom('audit_event')
      .select('outcome')
      .where('action', '=', 'Article.UPDATE')
      .where('target_id', '=', id)
      .execute();
    expect(denied.map((d) => d.outcome)).toEqual(['denied']);
    await knowledge('fi', editorOf(mll)).updateArticle(id, { ...article({ slug: 'lukittu', 'title.fi': 'Uusi otsikko' }), version: '1' });
    await expect(knowledge('fi', editorOf(mll)).updateArticle(id, { ...article({ slug: 'lukittu' }), version: '1' })).rejects.toSatisfy(
      ConflictError.is,
    );
    const editing = await knowledge('fi', editorOf(mll)).getArticleForEditing(id);
    expect(editing).toMatchObject({ version: 2, title: { fi: 'Uusi otsikko' }, permittedActions: ['Article.UPDATE'] });
    const list = await knowledge('fi', parishEditor).listArticlesForEditing();
    expect(list.items.some((a) => a.id === id)).toBe(false);
  });
});

describe('the review reminder', () => {
  it('mails each owner once per due date through the outbox', async () => {
    const runReminders = async () => {
      await write(database.db, systemActor('test'), (tx) => t.jobs.enqueue(tx, REVIEW_REMINDER_JOB, {}));
      await t.jobs.runDue(REVIEW_REMINDER_JOB);
    };
    const mails = () =>
      database.db
        .selectFrom('outbox')
        .select(['recipient', 'subject'])
        .where('purpose', '=', 'knowledge.reviewReminder')
        .orderBy('subject')
        .execute();
    expect(await mails()).toEqual([]);
    await runReminders();
    // Reviewed 400 and 380 days before the demo was loaded, every 12 months: due.
    const sent = await mails();
    expect(sent.map((m) => m.subject)).toEqual([
      'Perhekeskus: artikkelin tarkistus – Huoli lapsen kehityksestä',
      'Perhekeskus: artikkelin tarkistus – Parisuhde, kun perheeseen tulee vauva',
    ]);
    expect(new Set(sent.map((m) => m.recipient))).toEqual(new Set([DEMO_ARTICLE_OWNER]));
    await runReminders();
    expect(await mails()).toHaveLength(2);
  });
});
