import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../tests/support/test-app.ts';
import { openTestDatabase, type TestDatabase } from '../../tests/support/test-database.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase('demo');
});
afterAll(() => database?.close());

const timers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;

describe('rendering a page', () => {
  it('leaves no timer behind once the page is sent', async () => {
    const t = await createTestApp(database, { pages: true });
    await t.get('/fi/search?q=neuvola');
    const before = timers();
    for (let i = 0; i < 20; i++) expect((await t.get('/fi/search?q=neuvola')).status).toBe(200);
    expect(timers() - before).toBeLessThan(5);
  });
});
