import { Writable } from 'node:stream';
import * as OTPAuth from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../platform/clock.ts';
import { createLogger } from '../../platform/logger.ts';
import { Browser } from '../../../tests/support/browser.ts';
import { addStaff } from '../../../tests/support/staff-fixtures.ts';
import { createTestApp, DEFAULT_TEST_TIME } from '../../../tests/support/test-app.ts';
import { openTestDatabase, type TestDatabase } from '../../../tests/support/test-database.ts';
import { demoMllOrganization, organizationId } from '../catalog/index.ts';

/*
 * Sign-in and sessions through the pages, as a browser without JavaScript uses them: forms,
 * redirects and cookies. Timeouts and link expiry run on the test's clock; mail goes through the
 * real outbox and job to an SMTP sink.
 */

let database: TestDatabase;
let t: Awaited<ReturnType<typeof createTestApp>>;
const clock = fixedClock(DEFAULT_TEST_TIME);
const logLines: string[] = [];
const PASSWORD = 'pitkä ja hyvä salasana';
const mll = organizationId(demoMllOrganization('mikkeli'));
/** Cheap hashing and no rate limits: these tests are about the flows; the limits have their own app below. */
const FAST = {
  ARGON2_MEMORY_KIB: '8192',
  ARGON2_TIME_COST: '1',
  SIGN_IN_RATE_LIMIT: '0',
  MAIL_LINK_RATE_LIMIT: '0',
  MAIL_LINK_RECIPIENT_RATE_LIMIT: '0',
};

beforeAll(async () => {
  database = await openTestDatabase('demo');
  const capture = new Writable({
    write(chunk, _encoding, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  t = await createTestApp(database, {
    pages: true,
    mail: true,
    clock,
    logger: createLogger('debug', capture),
    env: { ...FAST, SIGN_IN_LOCKOUT_AFTER: '3', SESSION_IDLE_MINUTES: '30', SESSION_ABSOLUTE_HOURS: '2' },
  });
});
afterAll(async () => {
  await t?.close();
  await database?.close();
});

let people = 0;
async function person(options: { verified?: boolean } = {}) {
  const email = `sign.in.${++people}@perhekeskus.example`;
  const personId = await addStaff(
    database.db,
    { email, password: PASSWORD, verified: options.verified, memberships: [{ role: 'editor', organizationId: mll }] },
    clock.now(),
  );
  return { email, personId };
}

async function signIn(browser: Browser, email: string, password = PASSWORD) {
  await browser.get('/fi/staff');
  return browser.post('/fi/staff', { email, password });
}

const workspaceStatus = async (browser: Browser) => (await browser.get('/fi/staff/workspace')).status;
const later = (minutes: number) => clock.set(new Date(clock.now().getTime() + minutes * 60_000));
const mailTo = async (email: string) => {
  const arriving = t.sink!.next((m) => m.to.includes(email));
  await t.jobs.runDue();
  return arriving;
};
const linkIn = (text: string) => new URL(/https?:\/\/\S+/.exec(text)![0]);

describe('signing in', () => {
  it('starts at /staff in the browser’s language', async () => {
    const res = await new Browser(t.app).get('/staff', { 'accept-language': 'sv-FI,sv;q=0.9' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/sv/staff');
    for (const lang of ['fi', 'sv', 'en']) expect((await new Browser(t.app).get(`/${lang}/staff`)).status).toBe(200);
  });

  it('opens a session in an HttpOnly, SameSite=Lax cookie; Secure and __Host- over https', async () => {
    const { email } = await person();
    const browser = new Browser(t.app);
    const res = await signIn(browser, email);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/fi/staff/workspace');
    const cookie = res.setCookies.find((c) => c.startsWith('perhekeskus-session='))!;
    expect(cookie).toMatch(/; Path=\/; HttpOnly; SameSite=Lax$/);
    expect(await workspaceStatus(browser)).toBe(200);

    const https = await createTestApp(database, { pages: true, env: FAST, publicOrigin: 'https://perhekeskus.example' });
    const secure = new Browser(https.app, 'https://perhekeskus.example');
    const secureRes = await signIn(secure, email);
    expect(secureRes.status, secureRes.text.slice(0, 3000)).toBe(303);
    expect(secureRes.setCookies.find((c) => c.startsWith('__Host-perhekeskus-session='))).toMatch(
      /; Path=\/; HttpOnly; SameSite=Lax; Secure$/,
    );
    await https.close();
  });

  it('gives a new session id at every sign-in: a token known before (fixation) never becomes signed in', async () => {
    const { email } = await person();
    const browser = new Browser(t.app);
    await signIn(browser, email);
    const first = browser.cookie('perhekeskus-session')!;
    // Signed in already, the browser signs in again (the workspace's forms carry the session's token).
    await browser.get('/fi/staff/workspace');
    expect((await browser.post('/fi/staff', { email, password: PASSWORD })).status).toBe(303);
    const second = browser.cookie('perhekeskus-session')!;
    expect(second).not.toBe(first);
    const stale = new Browser(t.app);
    stale.setCookie('perhekeskus-session', first);
    expect(await workspaceStatus(stale)).toBe(302);
    // A planted, made-up token is not adopted either.
    const planted = new Browser(t.app);
    planted.setCookie('perhekeskus-session', 'attacker-chosen-token-0123456789');
    await signIn(planted, email);
    expect(planted.cookie('perhekeskus-session')).not.toBe('attacker-chosen-token-0123456789');
  });

  it('ends a session idle for 30 minutes, and any session 2 hours after it began', async () => {
    const { email } = await person();
    const browser = new Browser(t.app);
    await signIn(browser, email);
    later(29);
    expect(await workspaceStatus(browser)).toBe(200);
    later(29);
    expect(await workspaceStatus(browser)).toBe(200);
    later(31);
    const res = await browser.get('/fi/staff/workspace');
    expect(res.status).toBe(302);
    expect(res.setCookies.some((c) => c.startsWith('perhekeskus-session=;') && c.includes('Max-Age=0'))).toBe(true);

    const busy = new Browser(t.app);
    await signIn(busy, email);
    for (let minutes = 0; minutes < 100; minutes += 20) {
      later(20);
      expect(await workspaceStatus(busy), `${minutes + 20} min`).toBe(200);
    }
    later(20);
    expect(await workspaceStatus(busy)).toBe(302);
  });

  it('refuses a wrong password with the address kept, and locks the account with backoff after repeated failures', async () => {
    const { email } = await person();
    const browser = new Browser(t.app);
    const wrong = await signIn(browser, email, 'väärä salasana 123');
    expect(wrong.status).toBe(400);
    expect(wrong.text).toContain('Sähköpostiosoite tai salasana on väärin.');
    expect(wrong.text).toContain(`value="${email}"`);
    expect(wrong.text).not.toContain('väärä salasana 123');
    await signIn(browser, email, 'väärä salasana 123');
    const locked = await signIn(browser, email, 'väärä salasana 123');
    expect(locked.status).toBe(429);
    expect(locked.text).toContain('Kirjautuminen on estetty');
    expect((await signIn(browser, email)).status).toBe(429);
    later(1.5);
    // After the lock, one more failure locks it for twice as long.
    expect((await signIn(browser, email, 'väärä salasana 123')).status).toBe(429);
    later(1.5);
    expect((await signIn(browser, email)).status).toBe(429);
    later(1);
    expect((await signIn(browser, email)).status).toBe(303);
  });

  it('refuses form posts without our token, from another origin or from another site (CSRF)', async () => {
    const { email } = await person();
    const browser = new Browser(t.app);
    await browser.get('/fi/staff');
    const fields = { email, password: PASSWORD };
    expect((await browser.post('/fi/staff', { ...fields, _csrf: '' })).status).toBe(403);
    expect((await browser.post('/fi/staff', { ...fields, _csrf: 'x'.repeat(32) })).status).toBe(403);
    expect((await browser.post('/fi/staff', fields, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await browser.post('/fi/staff', fields, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    // A token of the right form from another browser does not pass either.
    const other = new Browser(t.app);
    await other.get('/fi/staff');
    expect((await browser.post('/fi/staff', { ...fields, _csrf: other.csrf })).status).toBe(403);
    expect((await browser.post('/fi/staff', fields)).status).toBe(303);
    // Signed in, the session's own token is expected; the pre-session one no longer counts.
    const preSession = browser.cookie('perhekeskus-csrf')!;
    expect((await browser.post('/fi/staff/sign-out', { _csrf: preSession })).status).toBe(403);
  });

  it('refuses an unverified address until the mailed confirmation link is used', async () => {
    const { email } = await person({ verified: false });
    const browser = new Browser(t.app);
    const refused = await signIn(browser, email);
    expect(refused.text).toContain('Sähköpostiosoitettasi ei ole vielä vahvistettu');
    await browser.get('/fi/staff/verify-email');
    expect((await browser.post('/fi/staff/verify-email', { email })).status).toBe(200);
    const link = linkIn((await mailTo(email)).text);
    expect(link.pathname).toBe('/fi/staff/verify-email');
    await browser.get(link.pathname + link.search);
    const confirmed = await browser.post('/fi/staff/verify-email', { token: link.searchParams.get('token')! });
    expect(confirmed.text).toContain('Sähköpostiosoite on vahvistettu');
    expect((await signIn(browser, email)).status).toBe(303);
  });
});

describe('a password reset by mail', () => {
  it('works once, expires, ends every session, and its link is never logged', async () => {
    const { email } = await person();
    const signedIn = new Browser(t.app);
    await signIn(signedIn, email);
    const browser = new Browser(t.app);
    await browser.get('/fi/staff/forgot-password');
    const asked = await browser.post('/fi/staff/forgot-password', { email });
    expect(asked.text).toContain('Tarkista sähköpostisi');
    const mail = await mailTo(email);
    expect(mail.subject).toBe('Perhekeskus: salasanan vaihto');
    const link = linkIn(mail.text);
    const token = link.searchParams.get('token')!;
    expect(token.length).toBeGreaterThan(30);

    const form = await browser.get(link.pathname + link.search);
    expect(form.text).toContain('name="token"');
    const resetPage = link.pathname + link.search;
    const mismatch = await browser.post(resetPage, { token, password: 'uusi hyvä salasana', confirm: 'toinen' });
    expect(mismatch.status).toBe(400);
    expect(mismatch.text).toContain('salasanat eivät ole samat');
    const done = await browser.post(resetPage, { token, password: 'uusi hyvä salasana', confirm: 'uusi hyvä salasana' });
    expect(done.text).toContain('Salasana vaihdettu');
    expect(await workspaceStatus(signedIn)).toBe(302);
    expect((await signIn(new Browser(t.app), email)).status).toBe(400);
    expect((await signIn(new Browser(t.app), email, 'uusi hyvä salasana')).status).toBe(303);

    // Used once: the same link is refused, on the page and in a post.
    expect((await browser.get(link.pathname + link.search)).text).toContain('Linkki on jo käytetty tai vanhentunut');
    expect((await browser.post(resetPage, { token, password: 'kolmas hyvä salasana', confirm: 'kolmas hyvä salasana' })).text).toContain(
      'Linkki on jo käytetty',
    );

    // A fresh link expires after 30 minutes.
    await browser.post('/fi/staff/forgot-password', { email });
    const expiring = linkIn((await mailTo(email)).text);
    later(31);
    expect((await browser.get(expiring.pathname + expiring.search)).text).toContain('Linkki on jo käytetty tai vanhentunut');

    // An unknown address gets the same answer and no mail.
    const before = t.sink!.messages().length;
    expect((await browser.post('/fi/staff/forgot-password', { email: 'nobody@perhekeskus.example' })).text).toContain(
      'Tarkista sähköpostisi',
    );
    await t.jobs.runDue();
    expect(t.sink!.messages().length).toBe(before);

    const logged = logLines.join('\n');
    expect(logged.length).toBeGreaterThan(0);
    for (const secret of [token, expiring.searchParams.get('token')!]) expect(logged).not.toContain(secret);
    expect(logged).not.toContain('reset-password?token');
  });
});

describe('two-step verification', () => {
  it('is enrolled with a key typed in, then asked for at sign-in; a code and a recovery code each work once', async () => {
    const { email } = await person();
    const browser = new Browser(t.app);
    await signIn(browser, email);
    const enrol = await browser.get('/fi/staff/account/two-factor');
    const key = /<code class="totp-key">([A-Z2-7 ]+)<\/code>/.exec(enrol.text)![1]!.replace(/ /g, '');
    expect(enrol.text).toContain('otpauth://totp/Perhekeskus:');
    const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(key), digits: 6, period: 30, algorithm: 'SHA1' });
    const codeNow = () => totp.generate({ timestamp: clock.now().getTime() });
    expect(
      (await browser.post('/fi/staff/account/two-factor', { intent: 'enable', code: '000000' === codeNow() ? '111111' : '000000' })).status,
    ).toBe(400);
    const enabled = await browser.post('/fi/staff/account/two-factor', { intent: 'enable', code: codeNow() });
    const recovery = [...enabled.text.matchAll(/<code>([a-z0-9]{4}-[a-z0-9]{4})<\/code>/g)].map((m) => m[1]!);
    expect(recovery).toHaveLength(10);

    const again = new Browser(t.app);
    const step = await signIn(again, email);
    expect(step.headers.get('location')).toBe('/fi/staff/sign-in/code');
    // The pending session is not signed in.
    expect(await workspaceStatus(again)).toBe(302);
    await again.get('/fi/staff/sign-in/code');
    // The code used at enrolment is not accepted a second time (replay); the next one is.
    expect((await again.post('/fi/staff/sign-in/code', { code: codeNow() })).status).toBe(400);
    later(0.5);
    const ok = await again.post('/fi/staff/sign-in/code', { code: codeNow() });
    expect(ok.headers.get('location')).toBe('/fi/staff/workspace');
    expect(await workspaceStatus(again)).toBe(200);

    const third = new Browser(t.app);
    await signIn(third, email);
    await third.get('/fi/staff/sign-in/code');
    expect((await third.post('/fi/staff/sign-in/code', { code: recovery[0]! })).status).toBe(303);
    const fourth = new Browser(t.app);
    await signIn(fourth, email);
    await fourth.get('/fi/staff/sign-in/code');
    expect((await fourth.post('/fi/staff/sign-in/code', { code: recovery[0]! })).status).toBe(400);
  });
});

describe('the account', () => {
  it('changes the password after the current one, and signs out here and everywhere', async () => {
    const { email } = await person();
    const phone = new Browser(t.app);
    const laptop = new Browser(t.app);
    await signIn(phone, email);
    await signIn(laptop, email);
    const account = await laptop.get('/fi/staff/account');
    expect(account.text).toContain('Tämä laite');
    await laptop.get('/fi/staff/account/password');
    expect(
      (
        await laptop.post('/fi/staff/account/password', {
          current: 'väärä',
          password: 'aivan uusi salasana',
          confirm: 'aivan uusi salasana',
        })
      ).text,
    ).toContain('Nykyinen salasana on väärin.');
    const changed = await laptop.post('/fi/staff/account/password', {
      current: PASSWORD,
      password: 'aivan uusi salasana',
      confirm: 'aivan uusi salasana',
    });
    expect(changed.text).toContain('Salasana vaihdettu');
    expect(await workspaceStatus(phone)).toBe(302);
    expect(await workspaceStatus(laptop)).toBe(200);

    const tablet = new Browser(t.app);
    await signIn(tablet, email, 'aivan uusi salasana');
    await laptop.get('/fi/staff/account');
    const everywhere = await laptop.post('/fi/staff/sign-out', { everywhere: 'yes' });
    expect(everywhere.headers.get('location')).toBe('/fi/staff/sign-out?done');
    expect(await workspaceStatus(laptop)).toBe(302);
    expect(await workspaceStatus(tablet)).toBe(302);

    await signIn(tablet, email, 'aivan uusi salasana');
    await tablet.get('/fi/staff/sign-out');
    await tablet.post('/fi/staff/sign-out', {});
    expect(await workspaceStatus(tablet)).toBe(302);
    const events = await database.db.selectFrom('audit_event').select('action').where('target_type', '=', 'person').execute();
    expect(events.map((e) => e.action)).toEqual(
      expect.arrayContaining(['Session.SIGN_IN', 'Account.CHANGE_PASSWORD', 'Session.SIGN_OUT_EVERYWHERE', 'Session.SIGN_OUT']),
    );
  });
});

describe('the demo mail page', () => {
  it('shows the mail sent in demo mode, and does not exist outside it', async () => {
    const page = await new Browser(t.app).get('/fi/staff/dev/mail');
    expect(page.status).toBe(200);
    expect(page.text).toContain('Perhekeskus: salasanan vaihto');
    const production = await createTestApp(database, { pages: true, mail: true, demoMode: false, env: FAST });
    expect((await new Browser(production.app).get('/fi/staff/dev/mail')).status).toBe(404);
    await production.close();
  });
});

describe('rate limits', () => {
  it('refuse sign-ins and mailed links beyond the configured rate from one client, with Retry-After', async () => {
    const limited = await createTestApp(database, {
      pages: true,
      clock,
      env: { ...FAST, SIGN_IN_RATE_LIMIT: '2/2', MAIL_LINK_RATE_LIMIT: '2/2' },
    });
    const { email } = await person();
    const browser = new Browser(limited.app);
    expect((await signIn(browser, email, 'väärä salasana 1')).status).toBe(400);
    expect((await signIn(browser, email, 'väärä salasana 2')).status).toBe(400);
    const refused = await signIn(browser, email);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('30');
    expect(refused.text).toContain('Liian monta yritystä');
    later(0.5);
    expect((await signIn(browser, email)).status).toBe(303);

    const other = new Browser(limited.app);
    await other.get('/fi/staff/forgot-password');
    for (let i = 0; i < 2; i++) expect((await other.post('/fi/staff/forgot-password', { email })).status).toBe(200);
    expect((await other.post('/fi/staff/forgot-password', { email })).status).toBe(429);
    await limited.close();
  });
});
