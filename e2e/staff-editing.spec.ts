import { expect, test, type Page } from '@playwright/test';
import { stableId } from '../src/platform/stable-id.ts';
import { expectNoAxeViolations } from './axe.ts';

/**
 * Organisation self-service in a real browser with JavaScript off: an NGO editor changes the hours
 * of their meeting place (by keyboard only) and closes a service for a while with a reason; a
 * family sees both at once; an editor of another organisation is refused; the coordinator finds
 * both changes in the audit viewer and in the change history.
 */
const PASSWORD = 'Perhekeskus-demo-2026';
const KOHTAAMO = stableId('place', 'mll-kohtaamo-mikkeli');
const PERHEKAHVILA = stableId('service', 'mll-perhekahvila-mikkeli');
const REASON = 'Kahvila on kiinni remontin ajan joulukuussa.';

test.use({ javaScriptEnabled: false, bypassCSP: true });

async function signIn(page: Page, email: string) {
  await page.goto('/fi/staff');
  await page.getByLabel('Sähköpostiosoite').fill(email);
  await page.getByLabel('Salasana', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
  await expect(page).toHaveURL(/\/fi\/staff\/workspace$/);
}

async function tabTo(page: Page, label: string) {
  const field = page.getByLabel(label, { exact: true });
  for (let i = 0; i < 120 && !(await field.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(field).toBeFocused();
}

test.beforeAll(async ({ request }) => {
  expect((await request.post('/__test/reset')).ok()).toBe(true);
});

test('an NGO editor changes the meeting place hours and closes a service with a reason; families see both, others are refused', async ({
  page,
  browser,
}) => {
  await signIn(page, 'mll.editori@perhekeskus.example');
  await page.getByRole('navigation', { name: 'Työtila' }).getByRole('link', { name: 'Palvelut ja toimipaikat' }).click();
  await page.getByRole('link', { name: 'MLL:n perhekahvila Kohtaamo' }).click();
  await expect(page).toHaveURL(new RegExp(`/fi/staff/catalog/places/${KOHTAAMO}$`));

  // Keyboard only: Tab to Tuesday, type the hours, Enter submits the hours form.
  await tabTo(page, 'tiistai');
  await page.keyboard.type('9–11.30');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('Tallennettu');
  await expect(page.getByLabel('tiistai', { exact: true })).toHaveValue('9–11.30');

  // A typo comes back in the error summary with everything typed kept.
  await page.getByLabel('keskiviikko', { exact: true }).fill('aamulla');
  await page.getByLabel('Päivä 1', { exact: true }).fill('2026-12-24');
  await page.getByRole('button', { name: 'Tallenna aukioloajat' }).click();
  await expect(page.locator('.error-summary')).toContainText('keskiviikko');
  await expect(page.getByLabel('keskiviikko', { exact: true })).toHaveValue('aamulla');
  await expect(page.getByLabel('Päivä 1', { exact: true })).toHaveValue('2026-12-24');

  await page.goto(`/fi/staff/catalog/services/${PERHEKAHVILA}`);
  await page.getByLabel('Tilapäisesti suljettu').check();
  await page.getByRole('button', { name: 'Tallenna', exact: true }).click();
  await expect(page.locator('.error-summary')).toContainText('Syy perheille suomeksi');
  await expect(page.getByLabel('Tilapäisesti suljettu')).toBeChecked();
  await page.getByLabel('Syy perheille suomeksi').fill(REASON);
  await page.getByRole('button', { name: 'Tallenna', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('Tallennettu');

  // A family, without an account, sees both at once.
  const family = await browser.newPage({ javaScriptEnabled: false });
  await family.goto(`/fi/services/${PERHEKAHVILA}`);
  await expect(family.getByText('Tilapäisesti suljettu').first()).toBeVisible();
  await expect(family.getByText(REASON)).toBeVisible();
  await family.goto(`/fi/places/${KOHTAAMO}`);
  await expect(family.locator('main')).toContainText('11.30');
  await family.close();

  // An editor of another organisation: refused on the page and over the API.
  const other = await browser.newPage({ javaScriptEnabled: false });
  await signIn(other, 'savonlinna.editori@perhekeskus.example');
  const refused = await other.goto(`/fi/staff/catalog/services/${PERHEKAHVILA}`);
  expect(refused?.status()).toBe(403);
  const session = await (await other.request.get('/api/v1/session')).json();
  const api = await other.request.put(`/api/v1/staff/services/${PERHEKAHVILA}/status`, {
    headers: { 'x-csrf-token': session.csrfToken, origin: new URL(other.url()).origin },
    data: { version: 1, status: 'active' },
  });
  expect(api.status()).toBe(403);
  await other.close();
});

test('the coordinator finds both changes in the audit viewer and the change history', async ({ page }) => {
  await signIn(page, 'koordinaattori@perhekeskus.example');
  await page.goto('/fi/staff/audit?action=Place.UPDATE');
  await expect(page.locator('.audit-table tbody')).toContainText('Eeva Eskola');
  await page.goto('/fi/staff/audit?action=Service.UPDATE&outcome=success');
  await expect(page.locator('.audit-table tbody')).toContainText('Eeva Eskola');
  await page.goto(`/fi/staff/catalog/services/${PERHEKAHVILA}/history`);
  await expect(page.locator('table')).toContainText(REASON);
  await expect(page.locator('table')).toContainText('Eeva Eskola');
  await page.goto(`/fi/staff/catalog/places/${KOHTAAMO}/history`);
  await expect(page.locator('table')).toContainText('9–11.30');
});

test.describe('accessibility', () => {
  test.use({ javaScriptEnabled: true });

  test('axe finds no violations on the self-service pages in fi, sv or en', async ({ page }) => {
    test.setTimeout(360_000);
    for (const lang of ['fi', 'sv', 'en']) {
      await page.goto(`/${lang}/staff/join`);
      await expectNoAxeViolations(page);
    }
    await page.goto('/fi/staff/join');
    await page.getByRole('button', { name: 'Lähetä pyyntö' }).click();
    await expect(page.locator('.error-summary')).toBeVisible();
    await expectNoAxeViolations(page);

    await signIn(page, 'koordinaattori@perhekeskus.example');
    const mll = stableId('organization', 'mll-mikkeli');
    const paths = [
      '/staff/catalog',
      '/staff/catalog?stale=1',
      '/staff/catalog/stale',
      '/staff/catalog/join-requests',
      `/staff/catalog/services/${PERHEKAHVILA}`,
      `/staff/catalog/services/${PERHEKAHVILA}/history`,
      `/staff/catalog/places/${KOHTAAMO}`,
      `/staff/catalog/places/${KOHTAAMO}/history`,
      `/staff/catalog/services/new?organization=${mll}`,
      `/staff/catalog/places/new?organization=${mll}`,
    ];
    for (const lang of ['fi', 'sv', 'en']) {
      for (const path of paths) {
        const res = await page.goto(`/${lang}${path}`);
        expect(res?.status(), path).toBe(200);
        await expectNoAxeViolations(page);
      }
    }
    // A refused save with its error summary.
    await page.goto(`/fi/staff/catalog/services/${PERHEKAHVILA}`);
    await page.getByLabel('Nimi suomeksi').fill('');
    await page.getByRole('button', { name: 'Tallenna', exact: true }).click();
    await expect(page.locator('.error-summary')).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
