import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';

/**
 * The contact channel's journey with two browser contexts and JavaScript on (live chat): a family
 * writes anonymously in Swedish at night, the advisor on duty claims it while a second advisor's
 * claim fails cleanly, they chat live, the advisor refers the family to family counselling with
 * consent and the family sees the referral's status. axe on both sides.
 */
const PASSWORD = 'Perhekeskus-demo-2026';

test.use({ bypassCSP: true });

async function advisor(browser: Browser, email: string, javaScriptEnabled = true): Promise<Page> {
  const page = await (await browser.newContext({ javaScriptEnabled, bypassCSP: true })).newPage();
  await page.goto('/fi/staff');
  await page.getByLabel('Sähköpostiosoite').fill(email);
  await page.getByLabel('Salasana', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
  await expect(page).toHaveURL(/\/fi\/staff\/workspace$/);
  await page.getByRole('link', { name: 'Yhteydenotot' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Yhteydenottojen jono' })).toBeVisible();
  return page;
}

test('a family chats at night in Swedish with the advisor on duty, who refers them with consent', async ({ browser, page }) => {
  // 02:30 tonight in Helsinki (the demo roster covers the whole week round the clock).
  const night = new Date();
  night.setUTCHours(0, 30, 0, 0);
  expect((await page.request.post('/__test/clock', { data: { at: night.toISOString() } })).ok()).toBe(true);

  const family = await (await browser.newContext({ locale: 'sv-FI', bypassCSP: true })).newPage();
  await family.goto('/sv');
  await family.getByRole('link', { name: 'Kontakta en familjerådgivare' }).first().click();
  await expect(family.getByText('Inte för nödsituationer')).toBeVisible();
  await expect(family.getByText('Chatten är öppen nu: en familjerådgivare har jour på svenska.')).toBeVisible();
  await expectNoAxeViolations(family);
  await family.getByLabel('Vad vill du prata om?').selectOption('parenting');
  await family.getByLabel('Hemkommun').selectOption('491');
  await family.getByLabel('svenska', { exact: true }).check();
  await family.getByRole('radio', { name: 'Chatt nu' }).check();
  await family.getByLabel('Ditt meddelande').fill('Vårt barn sover inte och vi orkar inte längre.');
  await family.getByRole('button', { name: 'Skicka', exact: true }).click();
  await expect(family.getByRole('heading', { level: 1, name: 'Din kontakt' })).toBeVisible();
  const reference = (await family.locator('dd strong').first().textContent())!.trim();
  expect(reference).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  await expect(family.getByText('En familjerådgivare har jour nu.')).toBeVisible();
  await expectNoAxeViolations(family);

  const stina = await advisor(browser, 'neuvoja.seurakunta@perhekeskus.example');
  // Anni works without JavaScript: her queue page stays as it was loaded, with the request still waiting.
  const anni = await advisor(browser, 'neuvoja.mll@perhekeskus.example', false);
  await expect(stina.getByRole('row', { name: new RegExp(reference) })).toBeVisible();
  await expectNoAxeViolations(stina);
  // Anni has the queue open too; Stina claims first.
  await stina.getByRole('button', { name: `Ota hoitoon ${reference}` }).click();
  await expect(stina.getByRole('heading', { level: 1, name: `Yhteydenotto ${reference}` })).toBeVisible();
  await anni.getByRole('button', { name: `Ota hoitoon ${reference}` }).click();
  await expect(anni.getByText('Toinen perheneuvoja ehti ensin.')).toBeVisible();

  // Live: the reply appears on the family's page without a reload, and the family's answer on Stina's.
  await expect(family.getByText('Familjerådgivaren har läst ditt meddelande.')).toBeVisible();
  await stina.getByLabel('Vastaa perheelle').fill('Hej! Jag heter Stina. Berätta mer om sömnen.');
  await stina.getByRole('button', { name: 'Lähetä', exact: true }).click();
  await expect(family.locator('[data-transcript]')).toContainText('Hej! Jag heter Stina. Berätta mer om sömnen.');
  await family.getByLabel('Skriv ett meddelande').fill('Han vaknar fem gånger varje natt.');
  await expect(stina.getByText('Perhe kirjoittaa…')).toBeVisible();
  await family.getByRole('button', { name: 'Skicka meddelandet' }).click();
  await expect(stina.locator('[data-transcript]')).toContainText('Han vaknar fem gånger varje natt.');
  await expectNoAxeViolations(stina);

  // The referral with consent.
  const service = stina.getByLabel('Palvelu', { exact: true });
  const counselling = await service.locator('option', { hasText: 'Perheneuvola' }).first().getAttribute('value');
  await service.selectOption(counselling!);
  await stina.getByLabel('Suostumuksen antaja').fill('Förälder i chatten (anonym)');
  await stina.getByRole('checkbox', { name: 'keskustelu' }).check();
  await stina.getByRole('checkbox', { name: 'aihe' }).check();
  await stina.getByRole('textbox', { name: 'Tarkoitus' }).fill('Tid till familjerådgivningen för sömnproblem');
  await stina.getByRole('button', { name: 'Kirjaa suostumus ja ohjaa' }).click();
  await expect(stina.getByText('Tallennettu.')).toBeVisible();

  await expect(family.getByRole('heading', { name: 'Hänvisningar till tjänster' })).toBeVisible();
  await expect(family.getByText('Skickad')).toBeVisible();
  await expect(family.getByText('Tid till familjerådgivningen för sömnproblem', { exact: false })).toBeVisible();
  await expectNoAxeViolations(family);
  expect((await page.request.post('/__test/clock', { data: { system: true } })).ok()).toBe(true);
});
