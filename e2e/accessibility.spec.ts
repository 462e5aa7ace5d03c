import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';

test.use({ bypassCSP: true });

interface Listed {
  items: { id: string; kind?: string }[];
}

/** Every kind of family page, in every language, is checked with axe-core. */
test('axe finds no violations on any family page in fi, sv or en', async ({ page, request }) => {
  // About forty pages, each checked by axe: longer than one journey on a busy machine.
  test.setTimeout(240_000);
  const services = (await (await request.get('/api/v1/services?q=neuvola&municipality=491&pageSize=1')).json()) as Listed;
  const places = (await (await request.get('/api/v1/places?kind=centralMeetingPlace&pageSize=1')).json()) as Listed;
  const centres = (await (await request.get('/api/v1/places?kind=familyCentre&pageSize=1')).json()) as Listed;
  const paths = [
    '',
    '/search',
    '/search?q=neuvola&municipality=491&age=2&level=universal&delivery=inPerson',
    '/search?q=nevola',
    // Articles, activities (the demo's family cafés and peer groups) and services on one page.
    '/search?q=perhekahvila+vertaisryhm%C3%A4&municipality=491',
    // Without a municipality: region-wide first, one card per shared name "in N municipalities".
    '/search?topic=child-health-clinic',
    '/search?age=abc',
    `/services/${services.items[0]!.id}`,
    `/places/${places.items[0]!.id}`,
    `/family-centres/${centres.items[0]!.id}`,
    '/municipalities/491',
    '/municipalities/046',
    '/api-docs',
    '/open-data',
    '/no-such-page',
  ];
  for (const lang of ['fi', 'sv', 'en']) {
    for (const path of paths) {
      const response = await page.goto(`/${lang}${path}`);
      expect(response?.status(), path).toBeLessThan(500);
      // The filters, the municipality page's groups and a shared card's towns are inside
      // disclosures; open them all so that axe checks what is behind them too.
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      await expectNoAxeViolations(page);
    }
  }
});
