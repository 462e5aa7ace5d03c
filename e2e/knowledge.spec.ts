import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';

/**
 * The knowledge bank's journeys with JavaScript off: a parent's own words find an article, a
 * parent walks the life-situation guide, and an editor writes an article in the staff workspace.
 */
test.describe.configure({ mode: 'serial' });
test.use({ bypassCSP: true });

const PASSWORD = 'Perhekeskus-demo-2026';

async function choose(page: Page, option: string) {
  await page.getByRole('radio', { name: option, exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
}

async function signIn(page: Page) {
  await page.goto('/fi/staff');
  await page.getByLabel('Sähköpostiosoite').fill('mll.editori@perhekeskus.example');
  await page.getByLabel('Salasana', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
  await expect(page).toHaveURL(/\/fi\/staff\/workspace$/);
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a Finnish parent finds the article on a baby’s sleep for "vauva ei nuku yöllä", also in Swedish and English', async ({ page }) => {
    await page.goto('/fi/search?q=vauva+ei+nuku+y%C3%B6ll%C3%A4&municipality=491');
    const articles = page.getByRole('region', { name: 'Artikkelit' });
    await expect(articles.getByText('Artikkeli').first()).toBeVisible();
    await articles.getByRole('link', { name: 'Vauva ei nuku yöllä' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vauva ei nuku yöllä');
    await expect(page.getByRole('heading', { level: 2, name: 'Palveluita, joista saa apua' })).toBeVisible();
    for (const [lang, title] of [
      ['sv', 'Bebisen sover inte på natten'],
      ['en', 'My baby does not sleep at night'],
    ] as const) {
      await page.goto(`/${lang}/articles/vauvan-uni`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    }
    await page.goto('/fi/articles');
    await expect(page.getByRole('link', { name: 'Väkivalta kotona' })).toBeVisible();
  });

  test('a parent walks the guide for "I am exhausted" and ends with home help, family work, a peer group and the crisis line', async ({
    page,
  }) => {
    await page.goto('/en/guide');
    // Continuing without a choice asks again, with an error summary.
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('alert')).toContainText('choose one option');
    await choose(page, 'Me as a parent');
    await choose(page, 'Under 1 year');
    await choose(page, 'I am exhausted, everyday life feels heavy');
    await choose(page, 'I need help soon');
    await page.getByLabel('Which municipality do you live in?').selectOption({ label: 'Mikkeli' });
    await page.getByRole('button', { name: 'Continue' }).click();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Help for your situation');
    const services = page.getByRole('region', { name: 'Services near you' });
    await expect(services.getByRole('link', { name: /Home help for families with children/ }).first()).toBeVisible();
    await expect(services.getByRole('link', { name: /Family work/ }).first()).toBeVisible();
    await expect(services.getByRole('link', { name: 'Peer group for exhausted parents' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Read first' }).getByRole('link', { name: 'Olen uupunut vanhempana' })).toBeVisible();
    const crisis = page.getByRole('region', { name: 'If things feel urgent' });
    await expect(crisis.getByRole('link', { name: 'Crisis helpline 24/7' })).toBeVisible();
    await expect(crisis.getByRole('link', { name: '112' })).toBeVisible();
    // Not urgent: the crisis lines come after the services.
    const order = await page.locator('h2').allTextContents();
    expect(order.indexOf('Services near you')).toBeLessThan(order.indexOf('If things feel urgent'));

    // An urgent answer puts 112 and the crisis lines first.
    await page.goto('/fi/guide?who=parent&age=3to6&situation=violence&urgency=danger&municipality=491');
    const headings = await page.locator('h2').allTextContents();
    expect(headings[0]).toBe('Jos joku on vaarassa, soita 112');
    await page.goto('/sv/guide?who=expecting');
    await expect(page.getByRole('group', { name: 'Vad är det som händer?' })).toBeVisible();
  });

  test('an editor writes an article in the staff workspace and families can read it', async ({ page }) => {
    await signIn(page);
    await page.getByRole('navigation', { name: 'Työtila' }).getByRole('link', { name: 'Artikkelit' }).click();
    await expect(page.getByRole('link', { name: 'Vauva ei nuku yöllä' })).toBeVisible();
    await page.getByRole('link', { name: 'Uusi artikkeli' }).click();

    // A first try without a title keeps what was typed and says what is missing.
    await page.getByLabel('Osoite (esim. vauvan-uni)').fill('perhekahvila-ensikertalaiselle');
    await page.getByLabel('Tiivistelmä (suomi)').fill('Mitä perhekahvilassa tapahtuu ja miten sinne mennään.');
    await page
      .getByLabel('Teksti (suomi)')
      .fill('<h2>Tervetuloa</h2><ul><li>Ei ilmoittautumista</li><li>Maksuton</li></ul><script>alert(1)</script>');
    await page.getByRole('button', { name: 'Tallenna' }).click();
    await expect(page.getByRole('alert')).toContainText('Otsikko (suomi)');
    await expect(page.getByLabel('Tiivistelmä (suomi)')).toHaveValue('Mitä perhekahvilassa tapahtuu ja miten sinne mennään.');

    await page.getByLabel('Otsikko (suomi)').fill('Ensimmäistä kertaa perhekahvilaan');
    await page.getByLabel('Tarkistaja').selectOption({ label: 'Kaisa Koordinaattori' });
    await page.getByLabel('Tila', { exact: true }).selectOption({ label: 'Julkaistu' });
    await page.getByRole('checkbox', { name: 'Vauva-arki' }).check();
    await page.getByRole('button', { name: 'Tallenna' }).click();
    await expect(page.getByText('Artikkeli on tallennettu.')).toBeVisible();
    await page.getByRole('link', { name: 'Näytä perheiden sivulla' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ensimmäistä kertaa perhekahvilaan');
    await expect(page.getByRole('heading', { level: 2, name: 'Tervetuloa' })).toBeVisible();
    expect(await page.locator('.article-body script').count()).toBe(0);
  });
});

test('every knowledge page has no axe violations, in fi, sv and en', async ({ page }) => {
  // Twenty-odd pages, each with a full axe run: more than the default minute on two cores.
  test.setTimeout(300_000);
  const familyPages = [
    '/fi/search?q=vauva+ei+nuku+y%C3%B6ll%C3%A4&municipality=491',
    '/sv/search?q=skilsm%C3%A4ssa',
    '/en/search?q=exhausted',
    '/fi/articles',
    '/sv/articles',
    '/en/articles',
    '/fi/articles/vauvan-uni',
    '/sv/articles/vauvan-uni',
    '/en/articles/vauvan-uni',
    '/en/articles/imetys',
    '/fi/guide',
    '/fi/guide?asked=who',
    '/sv/guide?who=child',
    '/en/guide?who=parent&age=under1',
    '/fi/guide?who=parent&age=under1&situation=exhausted',
    '/sv/guide?who=parent&age=under1&situation=exhausted&urgency=soon',
    '/en/guide?who=parent&age=under1&situation=exhausted&urgency=soon&municipality=491',
    '/fi/guide?who=parent&age=3to6&situation=violence&urgency=danger&municipality=491',
    '/sv/guide?who=young&age=13to17&situation=crisis&urgency=later&municipality=none',
  ];
  for (const url of familyPages) {
    await page.goto(url);
    await expectNoAxeViolations(page);
  }
  await signIn(page);
  for (const url of ['/fi/staff/articles', '/sv/staff/articles', '/en/staff/articles/new', '/fi/staff/articles/new']) {
    await page.goto(url);
    await expectNoAxeViolations(page);
  }
  await page.goto('/fi/staff/articles');
  await page.getByRole('link', { name: 'Vauva ei nuku yöllä' }).click();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Tallenna' }).click();
  await expect(page.getByText('Artikkeli on tallennettu.')).toBeVisible();
  await page.getByLabel('Osoite (esim. vauvan-uni)').fill('Ä');
  await page.getByRole('button', { name: 'Tallenna' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expectNoAxeViolations(page);
});
