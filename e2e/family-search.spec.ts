import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';

/**
 * The journey of the service tray: a family searches in Finnish, narrows to its municipality and
 * its child's age, opens a service and reads it in Swedish.
 */
async function searchFilterOpenAndSwitch(page: Page, options: { axe: boolean }) {
  const check = async () => {
    if (options.axe) await expectNoAxeViolations(page);
  };
  await page.goto('/fi');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
  await check();

  await page.getByLabel('Mitä etsit?').fill('neuvola');
  await page.getByRole('button', { name: 'Hae', exact: true }).click();
  await expect(page).toHaveURL(/\/fi\/search\?q=neuvola/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Haku: neuvola');
  await check();

  await page.getByLabel('Kunta').selectOption({ label: 'Mikkeli' });
  await page.getByLabel('Lapsen tai nuoren ikä').selectOption({ label: '2 v' });
  await page.getByRole('button', { name: 'Hae', exact: true }).click();
  await expect(page).toHaveURL(/municipality=491/);
  await expect(page).toHaveURL(/age=2/);
  await expect(page.getByRole('link', { name: 'Poista rajaus: Mikkeli' })).toBeVisible();

  const results = page.locator('.result-list > li');
  await expect(results.first()).toBeVisible();
  const firstTitle = results.first().getByRole('heading').getByRole('link');
  const name = await firstTitle.textContent();
  expect(name).toMatch(/neuvola/i);
  await check();

  await firstTitle.click();
  await expect(page).toHaveURL(/\/fi\/services\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name!);
  const serviceId = page.url().split('/').pop();
  await check();

  await page.getByRole('navigation', { name: 'Kieli' }).getByRole('link', { name: 'På svenska' }).click();
  await expect(page).toHaveURL(new RegExp(`/sv/services/${serviceId}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/rådgivning/i);
  await expect(page.getByRole('heading', { name: 'Verksamhetsställen' })).toBeVisible();
  await check();

  // Back to the results: the Swedish search keeps the same filters.
  await page.goBack();
  await page.goBack();
  await page.getByRole('navigation', { name: 'Kieli' }).getByRole('link', { name: 'På svenska' }).click();
  await expect(page).toHaveURL(/\/sv\/search\?q=neuvola&municipality=491&age=2/);
  await expect(page.getByLabel('Kommun')).toHaveValue('491');
}

test.describe('with JavaScript', () => {
  test.use({ bypassCSP: true });

  test('a family finds a service near them and reads it in Swedish', async ({ page }) => {
    await searchFilterOpenAndSwitch(page, { axe: true });
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the same journey works with JavaScript turned off', async ({ page }) => {
    await searchFilterOpenAndSwitch(page, { axe: false });
  });
});
