import { expect, test, type Page } from '@playwright/test';
import * as OTPAuth from 'otpauth';
import { stableId } from '../src/platform/stable-id.ts';
import { expectNoAxeViolations } from './axe.ts';

/**
 * The staff workspace's journeys in a real browser, JavaScript off: local sign-in with a second
 * factor, a password reset completed through the demo mail page, sign-in at the demo identity
 * provider, and the audit viewer. Each journey uses its own demo account (README lists them).
 */
const PASSWORD = 'Perhekeskus-demo-2026';

test.use({ javaScriptEnabled: false, bypassCSP: true });

async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto('/fi/staff');
  await page.getByLabel('Sähköpostiosoite').fill(email);
  await page.getByLabel('Salasana', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
}

async function signOut(page: Page) {
  await page.getByRole('navigation', { name: 'Työtila' }).getByRole('button', { name: 'Kirjaudu ulos' }).click();
  await expect(page.getByText('Olet kirjautunut ulos.')).toBeVisible();
}

/** Moves the server's clock (the e2e hooks): a TOTP code is accepted once per 30-second step. */
async function serverClock(page: Page, at: Date | null) {
  const res = await page.request.post('/__test/clock', { data: at ? { at: at.toISOString() } : { system: true } });
  expect(res.ok()).toBe(true);
}

test('an editor signs in by keyboard only, turns on two-step verification and signs in with a code', async ({ page }) => {
  await page.goto('/fi/staff');
  // Keyboard only: Tab to the address, type, Tab to the password, Enter.
  for (let i = 0; i < 40 && !(await page.getByLabel('Sähköpostiosoite').evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await page.keyboard.type('seurakunta.editori@perhekeskus.example');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Salasana', { exact: true })).toBeFocused();
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/fi\/staff\/workspace$/);
  await expect(page.getByRole('heading', { level: 3 })).toContainText('Mikkelin tuomiokirkkoseurakunta');
  await expect(page.getByText('Sisällön muokkaaja')).toBeVisible();

  await page.getByRole('link', { name: 'Oma tili' }).click();
  await page.getByRole('link', { name: 'Hallitse kaksivaiheista tunnistautumista' }).click();
  const key = (await page.locator('code.totp-key').textContent())!.replace(/\s/g, '');
  const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(key), digits: 6, period: 30, algorithm: 'SHA1' });
  const enrolledAt = new Date();
  await serverClock(page, enrolledAt);
  await page.getByLabel('Sovelluksen näyttämä koodi').fill(totp.generate({ timestamp: enrolledAt.getTime() }));
  await page.getByRole('button', { name: 'Ota käyttöön' }).click();
  await expect(page.getByText('Kaksivaiheinen tunnistautuminen on käytössä.')).toBeVisible();
  await expect(page.locator('.recovery-codes li')).toHaveCount(10);
  await signOut(page);

  await signIn(page, 'seurakunta.editori@perhekeskus.example');
  await expect(page).toHaveURL(/\/fi\/staff\/sign-in\/code$/);
  await page.getByLabel('Vahvistuskoodi').fill('000000');
  await page.getByRole('button', { name: 'Vahvista' }).click();
  await expect(page.getByRole('alert')).toContainText('Koodi ei kelpaa');
  const nextStep = new Date(enrolledAt.getTime() + 60_000);
  await serverClock(page, nextStep);
  await page.getByLabel('Vahvistuskoodi').fill(totp.generate({ timestamp: nextStep.getTime() }));
  await page.getByRole('button', { name: 'Vahvista' }).click();
  await expect(page).toHaveURL(/\/fi\/staff\/workspace$/);
  await serverClock(page, null);
});

test('a forgotten password is reset through the link in the demo mail', async ({ page }) => {
  await page.goto('/fi/staff');
  await page.getByRole('link', { name: 'Unohditko salasanan?' }).click();
  await page.getByLabel('Sähköpostiosoite').fill('savonlinna.editori@perhekeskus.example');
  await page.getByRole('button', { name: 'Lähetä linkki' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tarkista sähköpostisi');

  // The delivery job runs in the background; the demo mail page shows the mail once it is sent.
  await expect(async () => {
    await page.goto('/fi/staff/dev/mail');
    await expect(page.locator('.mail-list article').filter({ hasText: 'savonlinna.editori@perhekeskus.example' }).first()).toBeVisible({
      timeout: 1000,
    });
  }).toPass({ timeout: 20_000 });
  await page.locator('.mail-list article').filter({ hasText: 'savonlinna.editori' }).first().getByRole('link').click();
  await expect(page).toHaveURL(/\/fi\/staff\/reset-password\?token=/);
  await page.getByLabel('Uusi salasana', { exact: true }).fill('lyhyt');
  await page.getByLabel('Uusi salasana uudelleen').fill('lyhyt');
  await page.getByRole('button', { name: 'Tallenna salasana' }).click();
  await expect(page.locator('.error-summary')).toContainText('vähintään 12 merkkiä');
  await page.getByLabel('Uusi salasana', { exact: true }).fill('Savonlinnan uusi salasana');
  await page.getByLabel('Uusi salasana uudelleen').fill('Savonlinnan uusi salasana');
  await page.getByRole('button', { name: 'Tallenna salasana' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Salasana vaihdettu');

  await signIn(page, 'savonlinna.editori@perhekeskus.example', 'Savonlinnan uusi salasana');
  await expect(page).toHaveURL(/\/fi\/staff\/workspace$/);
  await expect(page.getByText('MLL Savonlinnan yhdistys')).toBeVisible();
});

test('a county employee signs in at the organisation’s identity provider', async ({ page }) => {
  await page.goto('/fi/staff');
  await page.getByRole('link', { name: /Kirjaudu: Demo-tunnistus/ }).click();
  // oidc-provider's own development sign-in form, on its own port.
  await page.locator('input[name=login]').fill('hanna');
  await page.locator('input[name=password]').fill('any');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await expect(page).toHaveURL(/\/fi\/staff\/workspace$/);
  await expect(page.getByText('Hei Hanna Heikkinen!')).toBeVisible();
  await expect(page.getByText('Etelä-Savon hyvinvointialue').first()).toBeVisible();
  await page.getByRole('link', { name: 'Oma tili' }).click();
  await expect(page.getByText('Kirjaudut organisaatiosi tunnistuspalvelun kautta')).toBeVisible();
});

test('the coordinator finds sign-ins and a refused attempt in the audit viewer, and exports them', async ({ page, browser }) => {
  // An MLL editor guesses the address of the parish's member list: refused, and on record.
  const editor = await browser.newPage();
  await signIn(editor, 'mll.editori@perhekeskus.example');
  const parish = stableId('organization', 'srk-mikkeli');
  const refused = await editor.goto(`/fi/staff/organizations/${parish}/members`);
  expect(refused?.status()).toBe(403);
  await expect(editor.getByRole('heading', { level: 1 })).toHaveText('Ei oikeutta');
  await editor.close();

  await signIn(page, 'koordinaattori@perhekeskus.example');
  await page.getByRole('navigation', { name: 'Työtila' }).getByRole('link', { name: 'Tapahtumaloki' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tapahtumaloki');
  await page.getByLabel('Tulos').selectOption('denied');
  await page.getByLabel('Tekijä').fill('eeva');
  await page.getByRole('button', { name: 'Näytä' }).click();
  await expect(page).toHaveURL(/outcome=denied/);
  const row = page.locator('.audit-table tbody tr').first();
  await expect(row).toContainText('Eeva Eskola');
  await expect(row).toContainText('Member.LIST');
  await expect(row).toContainText('Estetty');

  await page.getByLabel('Tulos').selectOption('');
  await page.getByLabel('Toiminto').selectOption('Session.SIGN_IN');
  await page.getByRole('button', { name: 'Näytä' }).click();
  await expect(page.locator('.audit-table tbody tr').first()).toContainText('Session.SIGN_IN');
  const href = await page.getByRole('link', { name: 'Lataa CSV-tiedostona' }).getAttribute('href');
  expect(href).toMatch(/^\/api\/v1\/audit\/export\?.*action=Session.SIGN_IN/);
  const csv = await page.request.get(href!);
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain('mll.editori@perhekeskus.example');
});

test.describe('accessibility', () => {
  // axe is injected as a script; the pages themselves ship none, so this changes nothing else.
  test.use({ javaScriptEnabled: true });

  test('axe finds no violations on any staff page in fi, sv or en', async ({ page }) => {
    const anonymousPaths = [
      '/staff',
      '/staff/forgot-password',
      '/staff/reset-password?token=nope',
      '/staff/verify-email',
      '/staff/verify-email?token=nope',
      '/staff/sign-in/code',
      '/staff/sign-out',
      '/staff/dev/mail',
    ];
    for (const lang of ['fi', 'sv', 'en']) {
      for (const path of anonymousPaths) {
        const res = await page.goto(`/${lang}${path}`);
        expect(res?.status(), path).toBeLessThan(500);
        await expectNoAxeViolations(page);
      }
    }
    // A refused sign-in with its error summary.
    await page.goto('/fi/staff');
    await page.getByLabel('Sähköpostiosoite').fill('mll.admin@perhekeskus.example');
    await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
    await expect(page.locator('.error-summary')).toBeVisible();
    await expectNoAxeViolations(page);

    await signIn(page, 'mll.admin@perhekeskus.example');
    await expect(page).toHaveURL(/workspace$/);
    const membersPath = new URL(
      await page
        .getByRole('link', { name: 'Jäsenet' })
        .getAttribute('href')
        .then((h) => `http://x${h}`),
    ).pathname.replace(/^\/fi/, '');
    const signedInPaths = [
      '/staff/workspace',
      '/staff/account',
      '/staff/account/password',
      '/staff/account/two-factor',
      membersPath,
      '/staff/audit',
      '/staff/audit?from=garbage',
    ];
    for (const lang of ['fi', 'sv', 'en']) {
      for (const path of signedInPaths) {
        const res = await page.goto(`/${lang}${path}`);
        expect(res?.status(), path).toBeLessThan(500);
        await expectNoAxeViolations(page);
      }
    }
    // Reflow: the audit table and the filters at 320 px.
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto('/fi/staff/audit');
    await expectNoAxeViolations(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
