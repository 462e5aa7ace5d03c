import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';

/**
 * The contact channel with JavaScript off on both sides: everything but live typing works with
 * form posts and the refresh link. The family writes in Finnish, follows the request through
 * their private link, answers, sees the referral and its consent, withdraws the consent and
 * deletes the request; the link is gone afterwards. The advisor claims, answers from a reply
 * template and refers with consent.
 */
const PASSWORD = 'Perhekeskus-demo-2026';

test.use({ javaScriptEnabled: false, bypassCSP: true });

async function advisor(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext({ javaScriptEnabled: false, bypassCSP: true })).newPage();
  await page.goto('/fi/staff');
  await page.getByLabel('Sähköpostiosoite').fill(email);
  await page.getByLabel('Salasana', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
  await expect(page).toHaveURL(/\/fi\/staff\/workspace$/);
  await page.getByRole('link', { name: 'Yhteydenotot' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Yhteydenottojen jono' })).toBeVisible();
  return page;
}

/** axe runs as a script: the same server-rendered page, opened in a context with JavaScript. */
async function expectNoAxeViolationsAt(browser: Browser, url: string) {
  const context = await browser.newContext({ javaScriptEnabled: true, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(url);
  await expectNoAxeViolations(page);
  await context.close();
}

test('a family follows, answers, withdraws a consent and deletes the request without JavaScript', async ({ browser, page }) => {
  const family = page;
  await family.goto('/fi');
  await family.getByRole('link', { name: 'Ota yhteyttä perheneuvojaan' }).first().click();
  await expect(family.getByRole('heading', { name: 'Ei hätätilanteisiin' })).toBeVisible();
  await expect(family.getByText('soita heti 112')).toBeVisible();
  await family.getByLabel('Mistä haluat puhua?').selectOption('everydayLife');
  await family.getByLabel('Kotikunta').selectOption('491');
  await family.getByRole('radio', { name: 'suomi', exact: true }).check();
  await family.getByRole('radio', { name: 'Viesti tänne, vastaus tänne' }).check();
  await family.getByLabel('Viestisi').fill('Aamut ovat kaoottisia, miten saisimme arjen sujumaan?');
  await family.getByRole('button', { name: 'Lähetä', exact: true }).click();

  await expect(family.getByRole('heading', { level: 1, name: 'Yhteydenottosi' })).toBeVisible();
  const followUrl = family.url();
  expect(new URL(followUrl).searchParams.get('token')).toMatch(/^[A-Za-z0-9_-]{43}$/);
  const reference = (await family.locator('dd strong').first().textContent())!.trim();
  // The demo roster has someone on duty now: the family is told when to expect an answer.
  await expect(family.getByText('Perheneuvoja päivystää nyt.')).toBeVisible();
  await expect(family.getByText('Vastausta voit odottaa viimeistään')).toBeVisible();

  // A second message as a form post.
  await family.getByLabel('Kirjoita viesti').fill('Lapset ovat 4 ja 7 vuotta.');
  await family.getByRole('button', { name: 'Lähetä viesti' }).click();
  await expect(family.getByText('Viesti lähetetty.')).toBeVisible();
  await expect(family.locator('[data-transcript]')).toContainText('Lapset ovat 4 ja 7 vuotta.');

  // The advisor claims, takes a reply template (a GET that fills the reply) and answers.
  const anni = await advisor(browser, 'neuvoja.mll@perhekeskus.example');
  await anni.getByRole('button', { name: `Ota hoitoon ${reference}` }).click();
  await expect(anni.getByRole('heading', { level: 1, name: `Yhteydenotto ${reference}` })).toBeVisible();
  await expect(anni.locator('[data-transcript]')).toContainText('Lapset ovat 4 ja 7 vuotta.');
  const templates = anni.getByLabel('Valmis vastaus');
  const second = await templates.locator('option').nth(1).getAttribute('value');
  await templates.selectOption(second!);
  await anni.getByRole('button', { name: 'Käytä' }).click();
  const reply = anni.getByLabel('Vastaa perheelle');
  await expect(reply).not.toHaveValue('');
  await reply.fill('Hei! Kokeillaan yhdessä aamurutiinia. Kerro, mihin aikaan herätte?');
  await anni.getByRole('button', { name: 'Lähetä', exact: true }).click();
  await expect(anni.locator('[data-transcript]')).toContainText('Kokeillaan yhdessä aamurutiinia');

  // Without JavaScript the family sees the answer after following the refresh link.
  await family.getByRole('link', { name: 'Päivitä keskustelu' }).click();
  await expect(family.locator('[data-transcript]')).toContainText('Kokeillaan yhdessä aamurutiinia');
  await expect(family.getByText('Perheneuvoja hoitaa')).toBeVisible();

  // The referral with consent, then the family withdraws the consent through their link.
  const service = anni.getByLabel('Palvelu', { exact: true });
  const counselling = await service.locator('option', { hasText: 'Perheneuvola' }).first().getAttribute('value');
  await service.selectOption(counselling!);
  await anni.getByLabel('Suostumuksen antaja').fill('Perheen äiti (nimetön)');
  await anni.getByRole('checkbox', { name: 'aihe' }).check();
  await anni.getByRole('textbox', { name: 'Tarkoitus' }).fill('Perheneuvolan arjen tuki');
  await anni.getByRole('button', { name: 'Kirjaa suostumus ja ohjaa' }).click();
  await expect(anni.getByText('Tallennettu.')).toBeVisible();

  await family.getByRole('link', { name: 'Päivitä keskustelu' }).click();
  await expect(family.getByRole('heading', { name: 'Ohjaukset palveluihin' })).toBeVisible();
  await expect(family.getByText('Lähetetty')).toBeVisible();
  await expect(family.getByText('Perheneuvolan arjen tuki', { exact: false })).toBeVisible();
  await family.getByRole('button', { name: 'Peru suostumus' }).click();
  await expect(family.getByText('Suostumus on peruttu.')).toBeVisible();
  await expect(family.getByText('Peruit suostumuksen')).toBeVisible();
  await expect(family.getByRole('button', { name: 'Peru suostumus' })).toHaveCount(0);
  await expectNoAxeViolationsAt(browser, followUrl);

  // Deleting needs the confirmation: the server refuses a post without it, and nothing is deleted.
  const unconfirmed = await family.request.post(followUrl, { form: { intent: 'delete' }, maxRedirects: 0 });
  expect(unconfirmed.status()).toBe(400);
  expect((await family.request.get(followUrl)).status()).toBe(200);
  await family.getByLabel('Haluan poistaa yhteydenottoni').check();
  await family.getByRole('button', { name: 'Poista', exact: true }).click();
  await expect(family).toHaveURL(/\/fi\/contact\?deleted=1$/);
  await expect(family.getByText('Yhteydenottosi on poistettu.')).toBeVisible();
  await expectNoAxeViolationsAt(browser, family.url());
  // The private link leads nowhere now, and the request has left the advisors' queue.
  expect((await family.request.get(followUrl)).status()).toBe(404);
  await anni.getByRole('link', { name: 'Yhteydenotot' }).first().click();
  await expect(anni.getByRole('row', { name: new RegExp(reference) })).toHaveCount(0);
});
