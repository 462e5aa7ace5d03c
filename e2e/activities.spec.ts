import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';

/**
 * Open meeting places in a real browser (the pages ship no script; axe needs it on, and the family
 * part runs again with JavaScript off): a family finds a Swedish peer group
 * for parents of toddlers in Pieksämäki and signs up, gets the confirmation mail (the demo SMTP
 * sink's page) and cancels through its link; the family on the waiting list is promoted and told;
 * an organiser sees a roster and marks attendance. axe on every page on the way.
 */
test.use({ bypassCSP: true });

const GROUP = 'Småbarnsföräldrarnas kamratgrupp';

async function mailTo(page: Page, recipient: string, subject: RegExp) {
  let link = '';
  await expect(async () => {
    await page.goto('/sv/staff/dev/mail');
    const article = page.locator('.mail-list article').filter({ hasText: recipient }).filter({ hasText: subject }).first();
    await expect(article).toBeVisible({ timeout: 1000 });
    link = (await article.getByRole('link').first().getAttribute('href'))!;
  }).toPass({ timeout: 20_000 });
  return link;
}

async function signUp(page: Page, occurrenceUrl: string, name: string, email: string) {
  await page.goto(occurrenceUrl);
  await page.getByLabel('Ditt namn').fill(name);
  await page.getByLabel('E-post').fill(email);
  await page.getByLabel('Barnens åldrar').fill('2');
  await page.getByLabel(/Jag godkänner/).check();
  await page.getByRole('button', { name: 'Anmäl dig' }).click();
}

test('a family signs up for a Swedish toddler group in Pieksämäki, cancels by the mailed link, and the next family is promoted', async ({
  page,
}) => {
  const run = Date.now();
  const first = `anna.${run}@example.com`;
  const second = `berit.${run}@example.com`;

  await page.goto('/sv');
  await expect(page.getByRole('heading', { name: 'Den här veckan' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'All verksamhet' }).click();
  await page.getByLabel('Kommun').selectOption({ label: 'Pieksämäki' });
  await page.getByLabel('Barnets ålder').fill('2');
  await page.getByRole('form', { name: 'Avgränsa' }).getByLabel('Språk').selectOption('sv');
  await page.getByRole('button', { name: 'Visa' }).click();
  await expect(page).toHaveURL(/municipality=593/);
  await expectNoAxeViolations(page);
  // The demo's families signed up for the first meeting still open to sign-up; from Wednesday
  // afternoon on, that is next week's, so the family looks at next week.
  const nearlyFull = page.locator('.service-card').filter({ hasText: GROUP }).filter({ hasText: '1/6 platser lediga' });
  if ((await nearlyFull.count()) === 0) await page.getByRole('link', { name: 'Nästa vecka' }).click();
  await nearlyFull.getByRole('link', { name: GROUP }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(GROUP);
  await expect(page.getByText('1/6 platser lediga')).toBeVisible();
  await expectNoAxeViolations(page);
  const occurrenceUrl = page.url();

  // A failed submit keeps what was typed and says what to fix.
  await page.getByLabel('Ditt namn').fill('Anna Andersson');
  await page.getByRole('button', { name: 'Anmäl dig' }).click();
  await expect(page.locator('.error-summary')).toContainText('ange e-postadress eller telefonnummer');
  await expect(page.getByLabel('Ditt namn')).toHaveValue('Anna Andersson');
  await expectNoAxeViolations(page);

  await signUp(page, occurrenceUrl, 'Anna Andersson', first);
  await expect(page.getByText('Anmälan är bekräftad. Välkommen!')).toBeVisible();
  await expectNoAxeViolations(page);
  await signUp(page, occurrenceUrl, 'Berit Berg', second);
  await expect(page.getByText('du står i kö')).toBeVisible();

  const cancelLink = await mailTo(page, first, /Anmälan bekräftad/);
  await page.goto(cancelLink);
  await expect(page.getByText('Bekräftad')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Annullera anmälan' }).click();
  await expect(page.getByText('Anmälan är annullerad.')).toBeVisible();
  await expectNoAxeViolations(page);

  const promotedLink = await mailTo(page, second, /En plats blev ledig/);
  await page.goto(promotedLink);
  await expect(page.getByText('Bekräftad')).toBeVisible();
  await page.goto(occurrenceUrl);
  await expect(page.getByText('Fullt: det går att köa')).toBeVisible();
});

test('an organiser sees the roster of a full group and marks attendance', async ({ page }) => {
  await page.goto('/fi/staff');
  await page.getByLabel('Sähköpostiosoite').fill('mll.editori@perhekeskus.example');
  await page.getByLabel('Salasana', { exact: true }).fill('Perhekeskus-demo-2026');
  await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
  await expect(page).toHaveURL(/\/fi\/staff\/workspace$/);
  await page.getByRole('link', { name: 'Toiminta ja ilmoittautumiset' }).click();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Vauvahieronta' }).click();
  await expectNoAxeViolations(page);
  // The demo's families took the first meeting still open to sign-up; while this week's meeting
  // is under way that is next week's, so the roster is the one of the row that reads full.
  await page
    .getByRole('row')
    .filter({ hasText: 'Täynnä' })
    .getByRole('link', { name: /Osallistujat/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Osallistujat: Vauvahieronta');
  await expect(page.getByRole('table')).toContainText('demoperhe');
  await expectNoAxeViolations(page);
  await page
    .getByLabel(/Paikalla: Demoperhe/)
    .first()
    .check();
  await page.getByRole('button', { name: 'Tallenna läsnäolo' }).click();
  await expect(page.getByText('Läsnäolo tallennettu.')).toBeVisible();
  await expect(page.getByLabel(/Paikalla: Demoperhe/).first()).toBeChecked();
  await page.goto('/fi/staff/proposals');
  await expectNoAxeViolations(page);
  await page.goto('/fi/staff/activity-figures');
  await expectNoAxeViolations(page);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('a family finds a later week’s group, signs up and cancels through the mailed link', async ({ page }) => {
    const email = `cecilia.${Date.now()}@example.com`;
    // The last meeting of three weeks is open to sign-up and not the one the demo's families took.
    await page.goto('/sv/activities?municipality=593&age=2&language=sv&days=21');
    await page.getByRole('link', { name: GROUP }).last().click();
    await expect(page.getByText('6/6 platser lediga')).toBeVisible();
    await signUp(page, page.url(), 'Cecilia Carlsson', email);
    await expect(page.getByText('Anmälan är bekräftad. Välkommen!')).toBeVisible();
    await page.goto(await mailTo(page, email, /Anmälan bekräftad/));
    await page.getByRole('button', { name: 'Annullera anmälan' }).click();
    await expect(page.getByText('Anmälan är annullerad.')).toBeVisible();
  });
});
