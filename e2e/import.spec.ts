import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';

/**
 * The import journey of the staff workspace, JavaScript off: the regional coordinator uploads an
 * HSDS file, reads the dry run's per-record report, imports it, and finds the new service in the
 * open data and in the list of past runs.
 */
const PASSWORD = 'Perhekeskus-demo-2026';
const NEW_SERVICE = '0badc0de-0000-4000-8000-0000000000e2';

test.use({ javaScriptEnabled: false, bypassCSP: true });

test('a coordinator tries an HSDS file, reads the report and imports it', async ({ page }) => {
  // One of the region's services as HSDS, copied under a new id and name: a service to create.
  const exported = await (await page.request.get('/hsds/services?format=ndjson&full=true&lang=fi')).text();
  const service = JSON.parse(exported.split('\n')[0]!);
  const file = JSON.stringify({ ...service, id: NEW_SERVICE, name: 'Tuotu perhekahvila' });

  await page.goto('/fi/staff');
  await page.getByLabel('Sähköpostiosoite').fill('koordinaattori@perhekeskus.example');
  await page.getByLabel('Salasana', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
  await page.getByRole('navigation', { name: 'Työtila' }).getByRole('link', { name: 'Tietojen tuonti' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tietojen tuonti' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page
    .getByLabel('HSDS-tiedosto')
    .setInputFiles({ name: 'perhekahvila.ndjson', mimeType: 'application/json', buffer: Buffer.from(file) });
  await page.getByRole('button', { name: 'Tee koeajo' }).click();
  await expect(page.getByRole('heading', { name: 'Koeajon tulos' })).toBeVisible();
  await expect(page.getByText('Mitään ei ole vielä tallennettu.')).toBeVisible();
  const records = page.getByRole('table', { name: 'Tietueet, jotka muuttuvat tai vaativat huomiota' });
  await expect(records.getByRole('row', { name: /Tuotu perhekahvila/ })).toContainText('Uusia');
  await expectNoAxeViolations(page);
  expect((await page.request.get(`/hsds/services/${NEW_SERVICE}`)).status()).toBe(404);

  await page.getByRole('button', { name: 'Tuo tiedot' }).click();
  await expect(page.getByRole('heading', { name: 'Tuonnin tulos' })).toBeVisible();
  await expect(page.getByText('Tiedot on tuotu.')).toBeVisible();
  await expectNoAxeViolations(page);
  expect((await page.request.get(`/hsds/services/${NEW_SERVICE}`)).status()).toBe(200);

  const runs = page.getByRole('table', { name: 'Tuontiajot, uusin ensin' });
  await expect(runs.getByRole('row').nth(1)).toContainText('tuonti');
  await expect(runs.getByRole('row').nth(2)).toContainText('koeajo');
});
