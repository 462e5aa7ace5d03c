import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../platform/clock.ts';
import { familyRequest } from '../../../tests/support/contact-fixtures.ts';
import { createTestApp, DEFAULT_TEST_TIME } from '../../../tests/support/test-app.ts';
import { openTestDatabase, type TestDatabase } from '../../../tests/support/test-database.ts';

/*
 * The limits on the family side's public writes (CONTACT_REQUEST_RATE_LIMIT,
 * CONTACT_MESSAGE_RATE_LIMIT): new requests per client, messages per client and per follow link.
 * Over a limit the API answers 429 problem+json with Retry-After and says so in the reader's
 * language; the pages keep what was typed and say the same in the form's error summary.
 * The app trusts X-Forwarded-For here, so that one test is many clients.
 */

let database: TestDatabase;
let t: Awaited<ReturnType<typeof createTestApp>>;
const clock = fixedClock(DEFAULT_TEST_TIME);
let client = 0;
/** A client of its own: a new address. */
const newClient = () => ({ 'x-forwarded-for': `198.51.100.${++client}` });

beforeAll(async () => {
  database = await openTestDatabase('demo');
  // Requests: bursts of two, one a minute after that. Messages: bursts of three, one a minute.
  t = await createTestApp(database, {
    clock,
    pages: true,
    trustProxy: true,
    env: { CONTACT_REQUEST_RATE_LIMIT: '1/2', CONTACT_MESSAGE_RATE_LIMIT: '1/3' },
  });
});
afterAll(async () => {
  await t?.close();
  await database?.close();
});

type Problem = { type: string; status: number; detail: string };

const sendMessage = (token: string, headers: Record<string, string>, message = 'Vielä yksi asia.') =>
  t.app.request(`/api/v1/contact-requests/follow/messages?token=${token}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ message }),
  });

async function expectTooMany(response: Response, detail: RegExp) {
  expect(response.status).toBe(429);
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(response.headers.get('retry-after')).toBe('60');
  const problem = (await response.json()) as Problem;
  expect(problem.status).toBe(429);
  expect(problem.detail).toMatch(detail);
}

describe('new contact requests', () => {
  it('are limited per client: 429 problem+json with Retry-After, in fi, sv and en; another client and a minute later get through', async () => {
    const family = newClient();
    expect((await familyRequest(t.app, {}, family)).response.status).toBe(201);
    expect((await familyRequest(t.app, {}, family)).response.status).toBe(201);
    const texts = {
      fi: /Liikaa pyyntöjä lyhyessä ajassa\. Yritä uudelleen 60 sekunnin kuluttua\./,
      sv: /För många förfrågningar på kort tid\. Försök igen om 60 sekunder\./,
      en: /Too many requests in a short time\. Please try again in 60 seconds\./,
    };
    for (const [lang, text] of Object.entries(texts)) {
      const refused = await t.app.request('/api/v1/contact-requests', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': lang, ...family },
        body: JSON.stringify({ topic: 'parenting', municipality: '491', language: lang, channel: 'chat', message: 'Apua' }),
      });
      await expectTooMany(refused, text);
    }
    expect((await familyRequest(t.app, {}, newClient())).response.status).toBe(201);
    const held = clock.now();
    clock.set(new Date(held.getTime() + 60_000));
    try {
      expect((await familyRequest(t.app, {}, family)).response.status).toBe(201);
    } finally {
      clock.set(held);
    }
  });

  it('from the page without JavaScript: 429 with Retry-After, the message in the error summary and what was typed kept', async () => {
    const family = newClient();
    const form = {
      topic: 'parenting',
      municipality: '491',
      language: 'sv',
      channel: 'message',
      message: 'Vi behöver råd om sömn.',
    };
    const post = () =>
      t.app.request('/sv/contact', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...family },
        body: new URLSearchParams(form).toString(),
      });
    expect((await post()).status).toBe(303);
    expect((await post()).status).toBe(303);
    const refused = await post();
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('60');
    const page = await refused.text();
    expect(page).toContain('error-summary');
    expect(page).toContain('För många försök på kort tid. Försök igen om 60 sekunder.');
    expect(page).toContain('Vi behöver råd om sömn.');
  });
});

describe('messages through the follow link', () => {
  it('are limited per link: a link written to from many addresses is refused, another link is not', async () => {
    const busy = await familyRequest(t.app, {}, newClient());
    const quiet = await familyRequest(t.app, {}, newClient());
    for (let i = 0; i < 3; i++) expect((await sendMessage(busy.token, newClient())).status).toBe(201);
    await expectTooMany(await sendMessage(busy.token, { ...newClient(), 'accept-language': 'sv' }), /Försök igen om 60 sekunder/);
    expect((await sendMessage(quiet.token, newClient())).status).toBe(201);
  });

  it('are limited per client, whichever links it writes to, also on a guessed link', async () => {
    const writer = newClient();
    const links = await Promise.all([1, 2, 3, 4].map(() => familyRequest(t.app, {}, newClient())));
    for (const link of links.slice(0, 3)) expect((await sendMessage(link.token, writer)).status).toBe(201);
    await expectTooMany(await sendMessage(links[3]!.token, { ...writer, 'accept-language': 'en' }), /Please try again in 60 seconds/);
    // Guessing links costs the same: the limit comes before the link is looked up.
    const guesser = newClient();
    const guess = 'A'.repeat(43);
    for (let i = 0; i < 3; i++) expect((await sendMessage(guess, guesser)).status).toBe(404);
    expect((await sendMessage(guess, guesser)).status).toBe(429);
    expect((await sendMessage(links[3]!.token, newClient())).status).toBe(201);
  });

  it('from the follow page: 429 with Retry-After, the message in the error summary and the typed message kept', async () => {
    const family = newClient();
    const { token } = await familyRequest(t.app, { language: 'fi' }, family);
    const post = (message: string) =>
      t.app.request(`/fi/contact/follow?token=${token}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...family },
        body: new URLSearchParams({ message }).toString(),
      });
    for (let i = 0; i < 3; i++) expect((await post(`viesti ${i}`)).status).toBe(303);
    const refused = await post('Tämä jäi lähettämättä.');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('60');
    expect(refused.headers.get('cache-control')).toBe('no-store');
    const page = await refused.text();
    expect(page).toContain('Liian monta yritystä lyhyessä ajassa. Yritä uudelleen 60 sekunnin kuluttua.');
    expect(page).toContain('Tämä jäi lähettämättä.');
  });
});
