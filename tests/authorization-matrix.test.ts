import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Actor, type Grant, type Role } from '../src/platform/actor.ts';
import { authorize, isPermitted, permittedActions, reachOf, type ActionTarget } from '../src/platform/authorization/actions.ts';
import { ForbiddenError, UnauthorizedError } from '../src/platform/errors.ts';
import { actionCatalogue } from '../src/server/modules.ts';
import { Browser } from './support/browser.ts';
import { networkBuilder } from './support/network-builder.ts';
import { addStaff, sessionOf } from './support/staff-fixtures.ts';
import { createTestApp } from './support/test-app.ts';
import { openTestDatabase, type TestDatabase } from './support/test-database.ts';
import { DEMO_REGION_ID, demoMllOrganization, demoParishOrganization, organizationId } from '../src/modules/catalog/index.ts';

/*
 * The authorization matrix: every role × every action of the catalogue × every kind of target,
 * decided by the rules and compared with what this file expects, written out independently of
 * them; then the same over HTTP with guessed ids (IDOR) against the demo region and a second
 * region: 403 or 404, never data.
 */

const R1 = 'region-one';
const R2 = 'region-two';
const A = 'aaaaaaaa-0000-4000-8000-000000000001'; // the actor's own organisation, in R1
const B = 'bbbbbbbb-0000-4000-8000-000000000002'; // another organisation of R1
const C = 'cccccccc-0000-4000-8000-000000000003'; // an organisation of R2
const SELF = 'dddddddd-0000-4000-8000-000000000004';
const OTHER = 'eeeeeeee-0000-4000-8000-000000000005';

const TARGETS = {
  ownOrganization: { organizationId: A, regionId: R1 },
  otherOrganizationSameRegion: { organizationId: B, regionId: R1 },
  organizationOfOtherRegion: { organizationId: C, regionId: R2 },
  ownRegion: { regionId: R1 },
  self: { personId: SELF },
  otherPerson: { personId: OTHER },
} satisfies Record<string, ActionTarget>;
type TargetKind = keyof typeof TARGETS;

const grantOf = (role: Role): Grant =>
  role === 'platformAdmin'
    ? { role, organizationId: null, regionId: null }
    : role === 'regionalCoordinator'
      ? { role, organizationId: null, regionId: R1 }
      : { role, organizationId: A, regionId: R1 };
const staff = (...grants: Grant[]): Actor => ({ kind: 'staff', personId: SELF, sessionId: 'session', grants });

const EDIT = [
  'Service.CREATE',
  'Service.UPDATE',
  'Place.CREATE',
  'Place.UPDATE',
  'SearchVocabulary.READ_MISSES',
  'SearchVocabulary.ADD_WORD',
];
const ADMIN = ['Organization.UPDATE', 'Member.LIST', 'Member.INVITE', 'Member.REMOVE', 'Audit.READ', 'Audit.EXPORT'];
const SELF_ONLY = ['Account.UPDATE'];

/** What each role may, written out: per group of actions, the target kinds it reaches. */
const EXPECTED: Record<Role, { edit: TargetKind[]; admin: TargetKind[] }> = {
  // Everywhere means every target, a person's too.
  platformAdmin: { edit: Object.keys(TARGETS) as TargetKind[], admin: Object.keys(TARGETS) as TargetKind[] },
  regionalCoordinator: {
    edit: ['ownOrganization', 'otherOrganizationSameRegion', 'ownRegion'],
    admin: ['ownOrganization', 'otherOrganizationSameRegion', 'ownRegion'],
  },
  organizationAdmin: { edit: ['ownOrganization'], admin: ['ownOrganization'] },
  editor: { edit: ['ownOrganization'], admin: [] },
  familyAdvisor: { edit: [], admin: [] },
  professional: { edit: [], admin: [] },
};

function expected(role: Role, action: string, target: TargetKind): boolean {
  if (SELF_ONLY.includes(action)) return target === 'self';
  if (EDIT.includes(action)) return EXPECTED[role].edit.includes(target);
  if (ADMIN.includes(action)) return EXPECTED[role].admin.includes(target);
  throw new Error(`The matrix has no expectation for ${action}: add it`);
}

const catalogue = actionCatalogue();

describe('the authorization matrix', () => {
  it('covers every action of the catalogue', () => {
    expect(catalogue.map((a) => a.name).sort()).toEqual([...EDIT, ...ADMIN, ...SELF_ONLY].sort());
  });

  it('decides every role × action × target as expected, and refuses anonymous actors with 401', () => {
    const mismatches: string[] = [];
    let decisions = 0;
    for (const role of ROLES) {
      const actor = staff(grantOf(role));
      for (const action of catalogue) {
        for (const [kind, target] of Object.entries(TARGETS) as [TargetKind, ActionTarget][]) {
          decisions++;
          const want = expected(role, action.name, kind);
          if (isPermitted(actor, action, target) !== want)
            mismatches.push(`${role} ${action.name} ${kind}: expected ${want ? 'allowed' : 'refused'}`);
          if (want) expect(() => authorize({ actor }, action, target)).not.toThrow();
          else expect(() => authorize({ actor }, action, target)).toThrow(ForbiddenError);
          // The anonymous row: always 401, never 403.
          expect(() => authorize({ actor: { kind: 'anonymous' } }, action, target)).toThrow(UnauthorizedError);
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(decisions).toBe(ROLES.length * catalogue.length * Object.keys(TARGETS).length);
  });

  it('adds up the grants of a person with several memberships, and narrows lists in SQL terms', () => {
    const actor = staff(
      { role: 'editor', organizationId: A, regionId: R1 },
      { role: 'organizationAdmin', organizationId: C, regionId: R2 },
    );
    const memberList = catalogue.find((a) => a.name === 'Member.LIST')!;
    const serviceUpdate = catalogue.find((a) => a.name === 'Service.UPDATE')!;
    expect(isPermitted(actor, memberList, TARGETS.ownOrganization)).toBe(false);
    expect(isPermitted(actor, memberList, TARGETS.organizationOfOtherRegion)).toBe(true);
    expect(isPermitted(actor, serviceUpdate, TARGETS.otherOrganizationSameRegion)).toBe(false);
    expect(reachOf(actor, serviceUpdate)).toEqual({ everywhere: false, regionIds: [], organizationIds: [A, C], personId: null });
    expect(reachOf(actor, memberList)).toEqual({ everywhere: false, regionIds: [], organizationIds: [C], personId: null });
    expect(reachOf(staff(grantOf('regionalCoordinator')), memberList)).toMatchObject({ regionIds: [R1], organizationIds: [] });
    expect(permittedActions(actor, catalogue, TARGETS.ownOrganization)).toEqual([
      'Service.CREATE',
      'Service.UPDATE',
      'Place.CREATE',
      'Place.UPDATE',
      'SearchVocabulary.READ_MISSES',
      'SearchVocabulary.ADD_WORD',
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// Over HTTP, with guessed ids.

let database: TestDatabase;
let t: Awaited<ReturnType<typeof createTestApp>>;
const mllMikkeli = organizationId(demoMllOrganization('mikkeli'));
const parishMikkeli = organizationId(demoParishOrganization('mikkeli'));
const mllSavonlinna = organizationId(demoMllOrganization('savonlinna'));
let elsewhere: string;
const people: Record<string, { cookie: string; email: string }> = {};

beforeAll(async () => {
  database = await openTestDatabase('demo');
  const b = networkBuilder();
  const region = b.region({ id: 'toinen-alue', code: 'T2' });
  b.municipality(region, { code: '902' });
  elsewhere = organizationId(b.organization({ key: 'toisen-alueen-yhdistys', regionId: region.id }).key);
  await b.load(database.db);
  t = await createTestApp(database, { pages: true });
  const now = t.clock.now();
  const define: Record<string, { role: Role; organizationId?: string; regionId?: string }[]> = {
    platformAdmin: [{ role: 'platformAdmin' }],
    coordinator: [{ role: 'regionalCoordinator', regionId: DEMO_REGION_ID }],
    mllAdmin: [{ role: 'organizationAdmin', organizationId: mllMikkeli }],
    mllEditor: [{ role: 'editor', organizationId: mllMikkeli }],
    parishAdmin: [{ role: 'organizationAdmin', organizationId: parishMikkeli }],
    savonlinnaEditor: [{ role: 'editor', organizationId: mllSavonlinna }],
    advisor: [{ role: 'familyAdvisor', organizationId: mllMikkeli }],
    professional: [{ role: 'professional', organizationId: mllMikkeli }],
    elsewhereAdmin: [{ role: 'organizationAdmin', organizationId: elsewhere }],
    nobody: [],
  };
  for (const [name, memberships] of Object.entries(define)) {
    const email = `matrix.${name.toLowerCase()}@perhekeskus.example`;
    const personId = await addStaff(database.db, { email, memberships });
    people[name] = { cookie: await sessionOf(database.db, personId, now), email };
  }
});
afterAll(async () => {
  await t?.close();
  await database?.close();
});

const as = (name: string) => {
  const browser = new Browser(t.app);
  browser.setCookie('perhekeskus-session', people[name]!.cookie);
  return browser;
};

describe('guessed ids over HTTP (IDOR)', () => {
  const organizations = () => ({ mllMikkeli, parishMikkeli, mllSavonlinna, elsewhere });
  /** Who may list the members of which organisation; everyone else gets 403, a non-organisation 404. */
  const MAY_LIST: Record<string, string[]> = {
    platformAdmin: ['mllMikkeli', 'parishMikkeli', 'mllSavonlinna', 'elsewhere'],
    coordinator: ['mllMikkeli', 'parishMikkeli', 'mllSavonlinna'],
    mllAdmin: ['mllMikkeli'],
    parishAdmin: ['parishMikkeli'],
    elsewhereAdmin: ['elsewhere'],
    mllEditor: [],
    savonlinnaEditor: [],
    advisor: [],
    professional: [],
    nobody: [],
  };

  it('answer 403 or 404 and never a member, for every person and organisation, in the API and on the page', async () => {
    let requests = 0;
    const leaks: string[] = [];
    for (const name of Object.keys(MAY_LIST)) {
      const browser = as(name);
      for (const [orgName, id] of [...Object.entries(organizations()), ['unknown', randomUUID()] as const]) {
        const allowed = MAY_LIST[name]!.includes(orgName);
        const want = orgName === 'unknown' ? 404 : allowed ? 200 : 403;
        for (const path of [`/api/v1/organizations/${id}/members`, `/fi/staff/organizations/${id}/members`]) {
          requests++;
          const res = await browser.get(path);
          if (res.status !== want) leaks.push(`${name} ${orgName} ${path}: ${res.status}, expected ${want}`);
          if (want !== 200 && /@perhekeskus\.example/.test(res.text)) leaks.push(`${name} ${orgName} ${path}: an address in the answer`);
        }
      }
      for (const path of ['/api/v1/organizations/not-an-id/members', '/fi/staff/organizations/not-an-id/members']) {
        requests++;
        const res = await browser.get(path);
        if (![400, 404].includes(res.status)) leaks.push(`${name} ${path}: ${res.status}`);
      }
    }
    expect(leaks).toEqual([]);
    expect(requests).toBe(Object.keys(MAY_LIST).length * 12);
    // Without a session: 401 in the API, the sign-in page for the page.
    const anonymous = new Browser(t.app);
    expect((await anonymous.get(`/api/v1/organizations/${mllMikkeli}/members`)).status).toBe(401);
    const page = await anonymous.get(`/fi/staff/organizations/${mllMikkeli}/members`);
    expect(page.status).toBe(302);
    expect(page.headers.get('location')).toBe('/fi/staff');
  });

  it('put every refused attempt on record as denied, with who tried what', async () => {
    const res = await as('mllEditor').get(`/api/v1/organizations/${parishMikkeli}/members`);
    expect(res.status).toBe(403);
    const denied = await database.db
      .selectFrom('audit_event')
      .selectAll()
      .where('outcome', '=', 'denied')
      .where('action', '=', 'Member.LIST')
      .where('organization_id', '=', parishMikkeli)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(denied).toMatchObject({ actor_kind: 'staff', target_type: 'organization', target_id: parishMikkeli, region_id: DEMO_REGION_ID });
    expect(denied.request_id).toBeTruthy();
  });

  it('let the audit log be read only as far as the reader reaches', async () => {
    const status = async (name: string, query = '') => (await as(name).get(`/api/v1/audit${query}`)).status;
    expect(await status('mllEditor')).toBe(403);
    expect(await status('advisor')).toBe(403);
    expect(await status('nobody')).toBe(403);
    expect(await status('mllAdmin')).toBe(200);
    expect(await status('mllAdmin', `?organization=${parishMikkeli}`)).toBe(403);
    expect(await status('coordinator', `?organization=${parishMikkeli}`)).toBe(200);
    expect(await status('coordinator', `?organization=${elsewhere}`)).toBe(403);
    expect(await status('coordinator', `?organization=${randomUUID()}`)).toBe(404);
    expect((await as('mllAdmin').get('/api/v1/audit/export')).status).toBe(200);
    expect((await as('mllEditor').get('/api/v1/audit/export')).status).toBe(403);
    expect((await new Browser(t.app).get('/api/v1/audit')).status).toBe(401);

    // The MLL admin sees what happened to MLL, never the parish's events.
    const seen = JSON.parse((await as('mllAdmin').get('/api/v1/audit?pageSize=100')).text) as {
      items: { organization: { id: string } | null }[];
    };
    expect(seen.items.length).toBeGreaterThan(0);
    expect(seen.items.every((e) => e.organization === null || e.organization.id === mllMikkeli)).toBe(true);
  });
});

describe('the audit viewer', () => {
  it('filters on its page, refuses bad filters with a summary, and exports CSV that no spreadsheet runs as a formula', async () => {
    const trickster = await addStaff(database.db, {
      email: 'matrix.trickster@perhekeskus.example',
      name: '=HYPERLINK("https://evil.example","klik")',
      memberships: [{ role: 'organizationAdmin', organizationId: parishMikkeli }],
    });
    const browser = new Browser(t.app);
    browser.setCookie('perhekeskus-session', await sessionOf(database.db, trickster, t.clock.now()));
    expect((await browser.get(`/api/v1/organizations/${parishMikkeli}/members`)).status).toBe(200);

    const coordinator = as('coordinator');
    const page = await coordinator.get('/fi/staff/audit?outcome=denied');
    expect(page.status).toBe(200);
    expect(page.text).toContain('Member.LIST');
    expect(page.text).not.toMatch(/tag--success/);
    const bad = await coordinator.get('/fi/staff/audit?from=eilen');
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('error-summary');

    const csv = await coordinator.get(`/api/v1/audit/export?organization=${parishMikkeli}&action=Member.LIST`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    // (the BOM for Excel is there too; Response.text() drops it)
    expect(csv.text.startsWith('"time (Europe/Helsinki)";')).toBe(true);
    expect(csv.text).toContain(`"'=HYPERLINK(""https://evil.example"",""klik"")"`);
    expect(csv.text).not.toMatch(/(^|;)"=HYPERLINK/m);
    // Reading and exporting the log are on record too.
    const reads = await database.db
      .selectFrom('audit_event')
      .select('action')
      .where('action', 'in', ['Audit.READ', 'Audit.EXPORT'])
      .execute();
    expect(new Set(reads.map((r) => r.action))).toEqual(new Set(['Audit.READ', 'Audit.EXPORT']));
  });
});
