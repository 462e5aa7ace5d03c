import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';

/**
 * A family on a phone acts on what it finds: the clinic's booking phone in the first screen, the
 * crisis line open on a public holiday, no page that scrolls sideways at 320 px, and the first
 * result within ten Tab stops of the search box.
 */

test.use({ bypassCSP: true });

interface Listed {
  items: { id: string }[];
}

async function firstId(page: Page, query: string): Promise<string> {
  const listed = (await (await page.request.get(`/api/v1/${query}&pageSize=1`)).json()) as Listed;
  return listed.items[0]!.id;
}

/** The next Independence Day from today, at noon in Helsinki. */
function nextIndependenceDay(): string {
  const now = new Date();
  const year = now.getUTCMonth() === 11 && now.getUTCDate() > 6 ? now.getUTCFullYear() + 1 : now.getUTCFullYear();
  return `${year}-12-06T12:00:00+02:00`;
}

test('a parent in Mikkeli finds the clinic’s booking phone in the first screen at 360 × 740', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/fi/search?q=lastenneuvola&municipality=491');
  await page.locator('.result-list > li').first().getByRole('heading').getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lastenneuvola, Mikkeli');
  const booking = page.locator('.first-steps li', { hasText: 'Neuvolan ajanvaraus' }).getByRole('link');
  await expect(booking).toBeVisible();
  const box = await booking.boundingBox();
  expect(box!.y + box!.height, 'bottom of the booking phone').toBeLessThanOrEqual(740);
  await expect(booking).toHaveAttribute('href', /^tel:/);
  await expectNoAxeViolations(page);
});

test.describe('on Independence Day', () => {
  test.afterEach(async ({ page }) => {
    await page.request.post('/__test/clock', { data: { system: true } });
  });

  test('the crisis line reads "open around the clock" and is listed under "open now"', async ({ page }) => {
    const set = await page.request.post('/__test/clock', { data: { at: nextIndependenceDay() } });
    expect(set.ok()).toBe(true);
    const crisisLine = await firstId(page, 'services?q=kriisipuhelin');
    await page.goto(`/fi/services/${crisisLine}`);
    await expect(page.locator('.open-state')).toHaveText('Auki nyt');
    await expect(page.getByText('Tänään: ympäri vuorokauden (Itsenäisyyspäivä)')).toBeVisible();
    await page.goto(`/en/services/${crisisLine}`);
    await expect(page.getByText('Today: 24 hours (Independence Day)')).toBeVisible();

    await page.goto('/fi/search?openNow=true');
    const names = await page.locator('.result-list .service-card__title').allTextContents();
    expect(names).toContain('Kriisipuhelin 24/7');
    expect(names).toContain('Auttava puhelin väkivaltaa kokeneille 24/7');
    await expectNoAxeViolations(page);
  });
});

test('the municipality page is grouped and its life situations keep the municipality; without one, a shared name is one hit', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/fi/municipalities/491');
  const sections = await page.locator('main h2').allTextContents();
  expect(sections.slice(0, 3)).toEqual([
    'Perhekeskus ja kohtaamispaikat',
    'Palvelut elämäntilanteen mukaan',
    'Koko hyvinvointialueen palvelut',
  ]);
  // The services are behind their life situations: the page is a few screens, not twenty.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(height / 740, 'screens at 360 × 740').toBeLessThanOrEqual(8);
  const baby = page.locator('#situation-baby');
  await baby.locator('summary').click();
  await expect(baby.getByRole('link', { name: /^Lastenneuvola, Mikkeli/ })).toBeVisible();
  await expect(baby.getByRole('link', { name: /^Kaikki palvelut: / })).toHaveAttribute('href', /municipality=491/);
  await expectNoAxeViolations(page);

  await page.goto('/fi/search?topic=child-health-clinic');
  const titles = await page.locator('.result-list .service-card__title').allTextContents();
  expect(titles.filter((t) => t.trim() === 'Lastenneuvola')).toHaveLength(1);
  expect(titles.some((t) => /^Lastenneuvola, /.test(t))).toBe(false);
  const shared = page.locator('.service-card--shared', { hasText: 'Lastenneuvola' });
  await expect(shared.locator('summary')).toHaveText(/^\d+ kunnassa: valitse kunta$/);
  await shared.locator('summary').click();
  await shared.getByRole('link', { name: 'Mikkeli', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lastenneuvola, Mikkeli');
});

test('no page type scrolls sideways at 320 px, in fi, sv or en, and axe finds nothing', async ({ page }) => {
  test.setTimeout(300_000); // 30 pages, each with axe
  await page.setViewportSize({ width: 320, height: 640 });
  const service = await firstId(page, 'services?q=opiskeluterveydenhuolto&municipality=491');
  const place = await firstId(page, 'places?kind=centralMeetingPlace');
  const centre = await firstId(page, 'places?kind=familyCentre');
  const paths = [
    '',
    '/search?q=neuvola&municipality=491&topic=clinics',
    '/search?q=qqqqzzzz',
    '/search?topic=child-health-clinic',
    '/search?age=abc',
    `/services/${service}`,
    `/places/${place}`,
    `/family-centres/${centre}`,
    '/municipalities/491',
    '/open-data',
    '/no-such-page',
  ];
  for (const lang of ['fi', 'sv', 'en']) {
    for (const path of paths) {
      await page.goto(`/${lang}${path}`, { waitUntil: 'domcontentloaded' });
      // Open every disclosure: what is behind "whole week" and "refine" must fit too.
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      const [scrollWidth, clientWidth] = await page.evaluate(() => [
        document.documentElement.scrollWidth,
        document.documentElement.clientWidth,
      ]);
      expect(scrollWidth, `${lang}${path} scrolls sideways`).toBeLessThanOrEqual(clientWidth);
      await expectNoAxeViolations(page);
    }
  }
});

test('the keyboard reaches the first result within 10 Tab stops of the search box, with a topic chosen', async ({ page }) => {
  await page.goto('/fi/search?q=neuvola&municipality=491&topic=clinics');
  await page.getByLabel('Hakusana').focus();
  const first = page.locator('.result-list > li').first().getByRole('heading').getByRole('link');
  let stops = 0;
  while (stops < 60 && !(await first.evaluate((el) => el === document.activeElement))) {
    await page.keyboard.press('Tab');
    stops++;
  }
  expect(stops, 'Tab stops from the search box to the first result').toBeLessThanOrEqual(10);

  // The skip link gets there in fewer.
  await page.getByLabel('Hakusana').focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Siirry tuloksiin' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/fi\/services\//);
});
