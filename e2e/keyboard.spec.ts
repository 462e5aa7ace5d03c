import { expect, test, type Page } from '@playwright/test';

/** Every control a page offers, as a key a test can compare. */
async function interactiveElements(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('a[href], button, input:not([type=hidden]), select, textarea, summary')]
      .filter((el) => el.offsetParent !== null || el.tagName === 'SUMMARY')
      .map((el) => el.dataset.kbd ?? ''),
  );
}

async function tagControls(page: Page) {
  await page.evaluate(() => {
    let i = 0;
    for (const el of document.querySelectorAll<HTMLElement>('a[href], button, input:not([type=hidden]), select, textarea, summary')) {
      el.dataset.kbd = `c${i++}`;
    }
  });
}

/** Presses Tab until focus comes back to the start, noting every control that received it. */
async function tabThroughPage(page: Page): Promise<Set<string>> {
  const reached = new Set<string>();
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press('Tab');
    const key = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.kbd ?? '');
    if (key && reached.has(key) && reached.size > 1) break;
    if (key) reached.add(key);
  }
  return reached;
}

test('the search journey needs only a keyboard, and Tab reaches every control', async ({ page }) => {
  await page.goto('/fi');
  // The first Tab lands on the skip link, which moves focus to the content.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Siirry sisältöön' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);

  // Reach the search field with Tab alone, type, and submit with Enter.
  for (let i = 0; i < 30; i++) {
    if (await page.getByLabel('Mitä etsit?').evaluate((el) => el === document.activeElement)) break;
    await page.keyboard.press('Tab');
  }
  await expect(page.getByLabel('Mitä etsit?')).toBeFocused();
  await page.keyboard.type('neuvola');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/fi\/search\?q=neuvola/);

  // Choose the municipality from the keyboard and submit again.
  await page.getByLabel('Kunta').focus();
  await page.keyboard.type('Mikkeli');
  await page.getByLabel('Hakusana').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/municipality=491/);

  // Open the more-filters disclosure with the keyboard so its controls become reachable.
  await page.getByText('Rajaa hakua').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('details.more-filters')).toHaveAttribute('open', '');

  await tagControls(page);
  const all = await interactiveElements(page);
  const reached = await tabThroughPage(page);
  const missed = all.filter((key) => !reached.has(key));
  expect(missed, 'controls that Tab never reached').toEqual([]);

  // Follow the first result with Enter.
  const first = page.locator('.result-list > li').first().getByRole('heading').getByRole('link');
  await first.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/fi\/services\//);
});

test('every control of a service page is reachable with Tab', async ({ page }) => {
  await page.goto('/fi/search?q=lastenneuvola&municipality=491');
  await page.locator('.result-list > li').first().getByRole('heading').getByRole('link').click();
  await page.waitForURL(/\/fi\/services\//);
  await tagControls(page);
  const all = await interactiveElements(page);
  const reached = await tabThroughPage(page);
  expect(all.filter((key) => !reached.has(key))).toEqual([]);
});
