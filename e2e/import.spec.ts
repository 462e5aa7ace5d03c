import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';

/**
 * The import journey of the staff workspace, JavaScript off: the regional coordinator uploads an
 * HSDS file, reads the dry run's per-record report, imports it, and finds the new service in the
 * open data and in the list of past runs.
 */
const PASSWORD = 'Perhekeskus-demo-2026';
const NEW_SERVICE = '0badc0de-0000-4000-8000-0000000000e2';

test.use({ javaScriptEnabled: false, bypassCSP: true });

/** One of the region's services as HSDS, copied under a new id and name: a service to create. */
async function hsdsFile(page: Page, id: string) {
  const exported = await (await page.request.get('/hsds/services?format=ndjson&full=true&lang=fi')).text();
  const service = JSON.parse(exported.split('\n')[0]!);
  return {
    name: 'perhekahvila.ndjson',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...service, id, name: 'Tuotu perhekahvila' })),
  };
}

async function signInAsCoordinator(page: Page) {
  await page.goto('/fi/staff');
  await page.getByLabel('Sähköpostiosoite').fill('koordinaattori@perhekeskus.example');
  await page.getByLabel('Salasana', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
  await expect(page).toHaveURL(/workspace$/);
}

test('a coordinator tries an HSDS file, reads the report and imports it', async ({ page }) => {
  const file = await hsdsFile(page, NEW_SERVICE);
  await signInAsCoordinator(page);
  await page.getByRole('navigation', { name: 'Työtila' }).getByRole('link', { name: 'Tietojen tuonti' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tietojen tuonti' })).toBeVisible();

  await page.getByLabel('HSDS-tiedosto').setInputFiles(file);
  await page.getByRole('button', { name: 'Tee koeajo' }).click();
  await expect(page.getByRole('heading', { name: 'Koeajon tulos' })).toBeVisible();
  await expect(page.getByText('Mitään ei ole vielä tallennettu.')).toBeVisible();
  const records = page.getByRole('table', { name: 'Tietueet, jotka muuttuvat tai vaativat huomiota' });
  await expect(records.getByRole('row', { name: /Tuotu perhekahvila/ })).toContainText('Uusia');
  expect((await page.request.get(`/hsds/services/${NEW_SERVICE}`)).status()).toBe(404);

  await page.getByRole('button', { name: 'Tuo tiedot' }).click();
  await expect(page.getByRole('heading', { name: 'Tuonnin tulos' })).toBeVisible();
  await expect(page.getByText('Tiedot on tuotu.')).toBeVisible();
  expect((await page.request.get(`/hsds/services/${NEW_SERVICE}`)).status()).toBe(200);

  const runs = page.getByRole('table', { name: 'Tuontiajot, uusin ensin' });
  await expect(runs.getByRole('row').nth(1)).toContainText('tuonti');
  await expect(runs.getByRole('row').nth(2)).toContainText('koeajo');
});

test.describe('accessibility', () => {
  // axe is injected as a script; the page itself ships none, so this changes nothing else.
  test.use({ javaScriptEnabled: true });

  test('axe finds no violations on the import page, its error summary and its report, in fi, sv and en', async ({ page }) => {
    await signInAsCoordinator(page);
    const file = await hsdsFile(page, '0badc0de-0000-4000-8000-0000000000e3');
    for (const [lang, dryRun] of [
      ['fi', 'Tee koeajo'],
      ['sv', 'Testkör'],
      ['en', 'Dry run'],
    ] as const) {
      await page.goto(`/${lang}/staff/import`);
      await expectNoAxeViolations(page);
      // Nothing chosen: the error summary.
      await page.getByRole('button', { name: dryRun }).click();
      await expect(page.locator('.error-summary')).toBeVisible();
      await expectNoAxeViolations(page);
      await page.locator('#f-file').setInputFiles(file);
      await page.getByRole('button', { name: dryRun }).click();
      await expect(page.locator('.import-report')).toBeVisible();
      await expectNoAxeViolations(page);
    }
  });
});
