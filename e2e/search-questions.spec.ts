import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';

/**
 * Families type their situation, not service names: a Finnish parent whose baby does not sleep
 * reaches their municipality's child health clinic; an English-speaking parent who is separating
 * finds family mediation and the children's supervisor (lastenvalvoja), though the tray describes
 * many services only in Finnish. A likely misspelling gets a suggestion beside the results.
 */
// The pages ship no JavaScript; axe needs the page's own, so the CSP is bypassed for it alone.
test.use({ bypassCSP: true });

test('a Finnish parent whose baby does not sleep reaches the child health clinic of their municipality', async ({ page }) => {
  await page.goto('/fi');
  await page.getByLabel('Mitä etsit?').fill('vauva ei nuku yöllä');
  await page.getByLabel('Kunta', { exact: true }).selectOption({ label: 'Mikkeli' });
  await page.getByRole('button', { name: 'Hae', exact: true }).click();
  await expect(page).toHaveURL(/\/fi\/search\?q=vauva\+ei\+nuku/);
  await expect(page).toHaveURL(/municipality=491/);

  const titles = page.locator('.result-list > li').getByRole('heading').getByRole('link');
  await expect(titles.first()).toBeVisible();
  const firstThree = (await titles.allTextContents()).slice(0, 3);
  expect(firstThree).toContainEqual(expect.stringMatching(/^Lastenneuvola, Mikkeli/));
  await expectNoAxeViolations(page);

  await titles
    .filter({ hasText: /^Lastenneuvola, Mikkeli/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/fi\/services\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Lastenneuvola, Mikkeli/);
  await expectNoAxeViolations(page);
});

test('an English-speaking parent who is separating finds family mediation and the children’s supervisor', async ({ page }) => {
  await page.goto('/en');
  await page.getByLabel('What are you looking for?').fill('we are getting divorced');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(/\/en\/search\?q=we\+are\+getting\+divorced/);

  const titles = page.locator('.result-list > li').getByRole('heading').getByRole('link');
  await expect(titles.first()).toBeVisible();
  const names = (await titles.allTextContents()).slice(0, 10);
  expect(names).toContainEqual(expect.stringMatching(/family mediation/i));
  expect(names).toContainEqual(expect.stringMatching(/welfare supervisor/i));
  await expectNoAxeViolations(page);

  await titles
    .filter({ hasText: /welfare supervisor/i })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/welfare supervisor/i);
  await expectNoAxeViolations(page);
});

test('a misspelt word gets a suggestion with its accents beside the results, never instead of them', async ({ page }) => {
  await page.goto('/fi/search?q=neuvola+aitiysnevola');
  await expect(page.locator('.result-list > li').first()).toBeVisible();
  const suggestion = page.locator('.notice').getByRole('link');
  await expect(suggestion).toHaveText('neuvola äitiysneuvola');
  await expectNoAxeViolations(page);
  await suggestion.click();
  await expect(page).toHaveURL(/q=neuvola\+%C3%A4itiysneuvola/);
  await expect(page.locator('.result-list > li').first()).toBeVisible();
});
