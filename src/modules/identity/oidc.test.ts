import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Browser, type BrowserResponse } from '../../../tests/support/browser.ts';
import { createTestApp } from '../../../tests/support/test-app.ts';
import { openTestDatabase, type TestDatabase } from '../../../tests/support/test-database.ts';

/*
 * Sign-in with an organisation's identity provider: the real authorization-code flow with PKCE,
 * state and nonce, between the app (in process) and oidc-provider on a port of its own, through a
 * cookie jar that respects each side's cookies. The demo fixture has Hanna Heikkinen, a county
 * employee without a password, whom the provider knows as `hanna`.
 */

let database: TestDatabase;
let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  database = await openTestDatabase('demo');
  t = await createTestApp(database, { pages: true, oidc: true, env: { SIGN_IN_RATE_LIMIT: '0' } });
});
afterAll(async () => {
  await t?.close();
  await database?.close();
});

/** From the button on the sign-in page to the provider's login form. */
async function toProviderLogin(browser: Browser): Promise<BrowserResponse> {
  const page = await browser.get('/fi/staff');
  const start = /href="(\/staff\/oidc\/demo\/start\?lang=fi)"/.exec(page.text)?.[1];
  expect(start, 'the sign-in page offers the provider').toBeTruthy();
  const form = await browser.follow(await browser.get(start!));
  expect(form.url.origin).toBe(t.idp!.issuer);
  return form;
}

/** Signs in at the provider's own form; stops where the provider sends the browser back to us. */
async function loginAt(browser: Browser, form: BrowserResponse, login: string): Promise<BrowserResponse> {
  const action = /<form[^>]*action="([^"]+)"/.exec(form.text)![1]!;
  const submitted = await browser.request(new URL(action, form.url), {
    method: 'POST',
    body: new URLSearchParams({ prompt: 'login', login, password: 'any' }).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
  return browser.follow(submitted, (url) => url.origin === browser.appOrigin);
}

const signInEvents = () =>
  database.db
    .selectFrom('audit_event')
    .select(['action', 'outcome', 'detail', 'actor_person_id'])
    .where('action', 'in', ['Session.SIGN_IN', 'Account.LINK_IDENTITY'])
    .orderBy('id')
    .execute();

describe('sign-in with an identity provider', () => {
  it('runs the authorization-code flow with PKCE, links the person by verified address, and signs them in', async () => {
    const browser = new Browser(t.app);
    const form = await toProviderLogin(browser);
    const back = await loginAt(browser, form, 'hanna');
    expect(back.url.pathname).toBe('/staff/oidc/callback');
    expect(back.url.searchParams.get('code')).toBeTruthy();
    const done = await browser.follow(await browser.get(back.url));
    expect(done.url.pathname).toBe('/fi/staff/workspace');
    expect(done.status).toBe(200);
    expect(done.text).toContain('Hei Hanna Heikkinen!');
    expect(done.text).toContain('Etelä-Savon hyvinvointialue');
    expect(browser.cookie('perhekeskus-session')).toBeTruthy();
    // What the app asked the provider for.
    const startedAt = new URL((await new Browser(t.app).get('/staff/oidc/demo/start?lang=fi')).headers.get('location')!).searchParams;
    expect(startedAt.get('code_challenge_method')).toBe('S256');
    expect(startedAt.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(startedAt.get('state')).toBeTruthy();
    expect(startedAt.get('nonce')).toBeTruthy();
    expect(startedAt.get('redirect_uri')).toBe('http://localhost/staff/oidc/callback');

    const linked = await database.db.selectFrom('external_identity').selectAll().where('subject', '=', 'hanna').executeTakeFirstOrThrow();
    expect(linked).toMatchObject({ provider_id: 'demo', issuer: t.idp!.issuer });
    const events = await signInEvents();
    expect(events.map((e) => [e.action, e.outcome])).toEqual(
      expect.arrayContaining([
        ['Account.LINK_IDENTITY', 'success'],
        ['Session.SIGN_IN', 'success'],
      ]),
    );

    // The callback cannot be replayed: the attempt behind it is used up.
    const replay = await new Browser(t.app).get(back.url);
    expect(replay.headers.get('location')).toBe('/fi/staff?error=expired');
  });

  it('signs a known person in again without linking anew', async () => {
    const browser = new Browser(t.app);
    const before = (await signInEvents()).filter((e) => e.action === 'Account.LINK_IDENTITY').length;
    const back = await loginAt(browser, await toProviderLogin(browser), 'hanna');
    const done = await browser.follow(await browser.get(back.url));
    expect(done.url.pathname).toBe('/fi/staff/workspace');
    expect((await signInEvents()).filter((e) => e.action === 'Account.LINK_IDENTITY').length).toBe(before);
  });

  it('refuses someone the provider knows but the workspace does not, with the reason on record', async () => {
    const browser = new Browser(t.app);
    const back = await loginAt(browser, await toProviderLogin(browser), 'stranger');
    const refused = await browser.get(back.url);
    expect(refused.headers.get('location')).toBe('/fi/staff?error=noAccount');
    const page = await browser.get('/fi/staff?error=noAccount');
    expect(page.text).toContain('Tunnuksillesi ei löytynyt tiliä');
    expect(browser.cookie('perhekeskus-session')).toBeUndefined();
    const last = (await signInEvents()).at(-1)!;
    expect(last).toMatchObject({
      action: 'Session.SIGN_IN',
      outcome: 'failed',
      detail: { method: 'oidc', reason: 'noAccount', provider: 'demo' },
    });
  });

  it('refuses a response that belongs to another attempt (state)', async () => {
    const browser = new Browser(t.app);
    const first = await toProviderLogin(browser);
    // The same browser starts again: its attempt cookie now names the second attempt.
    await toProviderLogin(browser);
    const back = await loginAt(browser, first, 'hanna');
    const refused = await browser.get(back.url);
    expect(refused.headers.get('location')).toBe('/fi/staff?error=providerError');
  });

  it('answers 404 for a provider nobody configured', async () => {
    expect((await new Browser(t.app).get('/staff/oidc/nobody/start?lang=fi')).status).toBe(404);
  });
});
