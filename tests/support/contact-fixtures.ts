import { sql } from 'kysely';
import { DEMO_REGION_ID, demoMllOrganization, demoParishOrganization, organizationId } from '../../src/modules/catalog/index.ts';
import type { TestDatabase } from './test-database.ts';
import { addStaff, signedInBrowser } from './staff-fixtures.ts';

export const MIKKELI = '491';
export const mllMikkeli = organizationId(demoMllOrganization('mikkeli'));
export const parishMikkeli = organizationId(demoParishOrganization('mikkeli'));

let counter = 0;

/** A signed-in browser for a new person with these memberships, with the staff API's CSRF token at hand. */
export async function staffBrowser(
  app: { request: (input: string, init?: RequestInit) => Response | Promise<Response> },
  database: TestDatabase,
  now: Date,
  memberships: {
    role: 'familyAdvisor' | 'regionalCoordinator' | 'organizationAdmin' | 'professional' | 'editor';
    organizationId?: string;
    regionId?: string;
  }[],
  sessionHours = 12,
) {
  const personId = await addStaff(database.db, { email: `contact.staff.${++counter}.${Date.now()}@perhekeskus.example`, memberships }, now);
  const browser = await signedInBrowser(app, database.db, personId, now, sessionHours);
  const session = await browser.get('/api/v1/session');
  const csrf = (JSON.parse(session.text) as { csrfToken: string }).csrfToken;
  const send = (method: string, path: string, body?: unknown) =>
    browser.request(path, {
      method,
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrf, origin: 'http://localhost', 'sec-fetch-site': 'same-origin' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  return { personId, browser, csrf, send };
}

export const advisorOf = (organization: string) => [{ role: 'familyAdvisor' as const, organizationId: organization }];
export const coordinator = [{ role: 'regionalCoordinator' as const, regionId: DEMO_REGION_ID }];

/** A family's new request through the API; the follow link's token comes back in the URL. */
export async function familyRequest(
  app: { request: (input: string, init?: RequestInit) => Response | Promise<Response> },
  body: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) {
  const response = await app.request('/api/v1/contact-requests', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({
      topic: 'parenting',
      municipality: MIKKELI,
      language: 'sv',
      channel: 'chat',
      message: 'Hej, vi behöver hjälp.',
      ...body,
    }),
  });
  const json = (await response.json()) as { reference: string; followUrl: string };
  const token = response.status === 201 ? new URL(json.followUrl).searchParams.get('token')! : '';
  return { response, ...json, token };
}

/** A service of the tray in family counselling, for referrals. */
export async function familyCounsellingService(database: TestDatabase) {
  const row = await sql<{ id: string; organization_id: string }>`
    select id, organization_id from service where name->>'fi' ilike 'Perheneuvola%' order by name->>'fi' limit 1`.execute(database.db);
  return row.rows[0]!;
}
