import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../tests/support/test-app.ts';
import { openTestDatabase, type TestDatabase } from '../../tests/support/test-database.ts';

/** What a family acts on first: contacts under the heading, the advisor, the crisis lines. */

let database: TestDatabase;
let t: Awaited<ReturnType<typeof createTestApp>>;

beforeAll(async () => {
  database = await openTestDatabase('demo');
  t = await createTestApp(database, { pages: true });
});
afterAll(() => database?.close());

const html = async (path: string) => (await t.get(path)).text();
const textOf = (body: string) =>
  body
    .replace(/<!-- -->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
const firstServiceId = async (query: string) => {
  const res = (await (await t.get(`/api/v1/services?${query}&pageSize=1`)).json()) as { items: { id: string }[] };
  return res.items[0]!.id;
};

describe('the way in', () => {
  it("puts the clinic's booking phone under the heading, before the description", async () => {
    const body = await html(`/fi/services/${await firstServiceId('q=lastenneuvola&municipality=491')}`);
    const heading = body.indexOf('<h1');
    const steps = body.indexOf('Näin pääset alkuun');
    const booking = body.indexOf('Neuvolan ajanvaraus');
    const lead = body.indexOf('class="lead"');
    expect(heading).toBeGreaterThan(0);
    expect([heading < steps, steps < booking, booking < lead]).toEqual([true, true, true]);
    expect(textOf(body)).toMatch(/Lähetettä ei tarvita/);
    expect(body).toMatch(/<details class="hours-week"><summary>Koko viikko<\/summary>/);
  });

  it('names the crisis lines and 112 in the footer of every page in fi, sv and en', async () => {
    for (const [lang, heading, path] of [
      ['fi', 'Apua heti', '/municipalities/491'],
      ['sv', 'Hjälp genast', '/search?q=neuvola'],
      ['en', 'Help right now', '/no-such-page'],
    ] as const) {
      const body = textOf(await html(`/${lang}${path}`));
      const footer = body.slice(body.lastIndexOf(heading));
      expect(footer, `${lang}${path}`).toMatch(/112/);
      expect(footer, `${lang}${path}`).toMatch(/24\/7 ?: 0800 000 050/);
      expect(footer, `${lang}${path}`).toMatch(/24\/7 ?: 09 000 2525/);
    }
  });

  it('offers the family advisor on the home page and on an empty result page, with the life situations and a broader search', async () => {
    expect(textOf(await html('/en'))).toMatch(/Ask a family advisor .* Call 015 000 0100/);
    const empty = textOf(await html('/fi/search?q=qqqqzzzz'));
    expect(empty).toMatch(/Kysy perheneuvolta .* Soita 015 000 0100/);
    expect(empty).toMatch(/Aloita elämäntilanteesta .*Vauva-arki/);
    expect(empty).toMatch(/Hae kaikista palveluista/);
  });

  it("offers the family advisor on a life situation's page that found plenty, after the results, and not on any search", async () => {
    const topics = ['child-health-clinic', 'meeting-place', 'peer-group', 'home-help', 'family-club', 'parish-family-club'];
    const baby = await html(`/fi/search?municipality=491&${topics.map((c) => `topic=${c}`).join('&')}`);
    expect(textOf(baby)).toMatch(/Kysy perheneuvolta .* Soita 015 000 0100/);
    expect(baby.indexOf('class="result-list"')).toBeLessThan(baby.indexOf('class="advisor-panel"'));
    expect(textOf(await html('/fi/search?municipality=491&topic=child-health-clinic'))).not.toMatch(/Kysy perheneuvolta/);
  });

  it('says "around the clock" for a 24/7 crisis line instead of 0.00–23.59', async () => {
    const body = textOf(await html(`/fi/services/${await firstServiceId('q=kriisipuhelin')}`));
    expect(body).toMatch(/Tänään: ympäri vuorokauden/);
    expect(body).not.toMatch(/0\.00–23\.59/);
    expect(textOf(await html(`/en/services/${await firstServiceId('q=kriisipuhelin')}`))).toMatch(/Today: 24 hours/);
  });

  it('tells on result cards when a service is open today or opens next', async () => {
    const body = textOf(await html('/fi/search?q=neuvola&municipality=491'));
    expect(body).toMatch(/Auki tänään \d{1,2}\.\d{2}–\d{1,2}\.\d{2}|Seuraavaksi: [a-z]{2} \d{1,2}\.\d{2}/);
  });

  it('writes English dates as "3 November 2026"', async () => {
    const body = textOf(await html(`/en/services/${await firstServiceId('q=lastenneuvola&municipality=491')}`));
    expect(body).toMatch(
      /Details checked on \d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}/,
    );
  });
});
