import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';

/**
 * An organisation admin invites a member by e-mail, the invitation is accepted through the link
 * in the demo mail with a new password, the new member signs in, and the admin removes them again,
 * which signs them out. Keyboard only, JavaScript off; then axe on every page of the journey.
 */
const PASSWORD = 'Perhekeskus-demo-2026';
const NEW_PASSWORD = 'Kutsutun oma salasana';

test.use({ javaScriptEnabled: false, bypassCSP: true });

/** Tabs forward until the element has focus: what a keyboard user does. */
async function tabTo(page: Page, target: Locator) {
  for (let i = 0; i < 80; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto('/fi/staff');
  await tabTo(page, page.getByLabel('Sähköpostiosoite'));
  await page.keyboard.type(email);
  await page.keyboard.press('Tab');
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/fi\/staff\/workspace$/);
}

async function toMembers(page: Page) {
  await tabTo(page, page.getByRole('link', { name: 'Jäsenet' }).first());
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Jäsenet: MLL Mikkelin yhdistys/);
}

async function invite(page: Page, name: string, email: string) {
  await tabTo(page, page.getByLabel('Nimi', { exact: true }));
  await page.keyboard.type(name);
  await page.keyboard.press('Tab');
  await page.keyboard.type(email);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Rooli')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Lähetä kutsu' })).toBeFocused();
  await page.keyboard.press('Enter');
}

/** The delivery job runs in the background; the demo mail page shows the mail once it is sent. */
async function openInvitationMail(page: Page, email: string) {
  await expect(async () => {
    await page.goto('/fi/staff/dev/mail');
    await expect(page.locator('.mail-list article').filter({ hasText: email }).first()).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  const link = page.locator('.mail-list article').filter({ hasText: email }).first().getByRole('link');
  await tabTo(page, link);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/fi\/staff\/invitation\?token=/);
}

test('an admin invites a member by e-mail, the member accepts and signs in, and removing them signs them out', async ({
  page,
  browser,
}) => {
  const email = `kutsuttu.${Date.now()}@perhekeskus.example`;
  await signIn(page, 'mll.admin@perhekeskus.example');
  await toMembers(page);

  // A mistyped address comes back with the error summary and the typed name kept.
  await invite(page, 'Kaisu Kutsuttu', 'ei-osoite');
  await expect(page.locator('.error-summary')).toContainText('ei ole sähköpostiosoite');
  await expect(page.getByLabel('Nimi', { exact: true })).toHaveValue('Kaisu Kutsuttu');
  await tabTo(page, page.getByLabel('Sähköpostiosoite'));
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(email);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText(`Kutsu lähetettiin osoitteeseen ${email}`);
  await expect(page.getByRole('table', { name: 'Kutsut, joita ei ole vielä otettu vastaan' })).toContainText(email);

  const member = await browser.newPage({ javaScriptEnabled: false });
  await openInvitationMail(member, email);
  await expect(member.getByText('Sinut on kutsuttu organisaatioon MLL Mikkelin yhdistys')).toBeVisible();
  await tabTo(member, member.getByLabel('Uusi salasana', { exact: true }));
  await member.keyboard.type(NEW_PASSWORD);
  await member.keyboard.press('Tab');
  await member.keyboard.type(NEW_PASSWORD);
  await member.keyboard.press('Enter');
  await expect(member.getByRole('heading', { level: 1 })).toHaveText('Kutsu otettu vastaan');
  await signIn(member, email, NEW_PASSWORD);
  await expect(member.getByText('Sisällön muokkaaja')).toBeVisible();

  // The admin removes the new member: their session ends at once.
  await page.goto(page.url());
  await tabTo(page, page.getByRole('button', { name: `Poista Kaisu Kutsuttu (Sisällön muokkaaja)` }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('Jäsenyys poistettiin');
  await expect(page.getByRole('table', { name: 'Jäsenet' })).not.toContainText(email);
  await member.goto('/fi/staff/workspace');
  await expect(member).toHaveURL(/\/fi\/staff$/);
  await member.close();
});

test.describe('accessibility', () => {
  // axe is injected as a script; the pages themselves ship none, so this changes nothing else.
  test.use({ javaScriptEnabled: true });

  test('axe finds no violations on the members page and the invitation pages', async ({ page, browser }) => {
    const email = `axe.${Date.now()}@perhekeskus.example`;
    await signIn(page, 'mll.admin@perhekeskus.example');
    await toMembers(page);
    await expectNoAxeViolations(page);
    await invite(page, '', 'ei-osoite');
    await expect(page.locator('.error-summary')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel('Nimi', { exact: true }).fill('Axel Axe');
    await page.getByLabel('Sähköpostiosoite').fill(email);
    await page.getByRole('button', { name: 'Lähetä kutsu' }).click();
    await expect(page.getByRole('status')).toBeVisible();
    await expectNoAxeViolations(page);

    const member = await browser.newPage();
    await openInvitationMail(member, email);
    const invitation = member.url().replace(/^https?:\/\/[^/]+\/fi/, '');
    for (const lang of ['fi', 'sv', 'en']) {
      await member.goto(`/${lang}${invitation}`);
      await expectNoAxeViolations(member);
      await member.goto(`/${lang}/staff/invitation?token=nope`);
      await expectNoAxeViolations(member);
    }
    await member.goto(`/fi${invitation}`);
    await member.getByRole('button', { name: 'Ota kutsu vastaan ja tallenna salasana' }).click();
    await expect(member.locator('.error-summary')).toBeVisible();
    await expectNoAxeViolations(member);
    await member.getByLabel('Uusi salasana', { exact: true }).fill(NEW_PASSWORD);
    await member.getByLabel('Uusi salasana uudelleen').fill(NEW_PASSWORD);
    await member.getByRole('button', { name: 'Ota kutsu vastaan ja tallenna salasana' }).click();
    await expect(member.getByRole('heading', { level: 1 })).toHaveText('Kutsu otettu vastaan');
    await expectNoAxeViolations(member);
    await member.close();
  });
});
