import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Actor, type Grant, type Role } from '../src/platform/actor.ts';
import { authorize, isPermitted, permittedActions, reachOf, type ActionTarget } from '../src/platform/authorization/actions.ts';
import { ForbiddenError, UnauthorizedError } from '../src/platform/errors.ts';
import { actionCatalogue } from '../src/server/modules.ts';
import { Browser } from './support/browser.ts';
import { networkBuilder } from './support/network-builder.ts';
import { addStaff, sessionOf, signedInBrowser } from './support/staff-fixtures.ts';
import { createTestApp } from './support/test-app.ts';
import { openTestDatabase, type TestDatabase } from './support/test-database.ts';
import { DEMO_REGION_ID, demoMllOrganization, demoParishOrganization, organizationId } from '../src/modules/catalog/index.ts';
import { placeId, serviceId } from '../src/modules/catalog/network/network-loader.ts';

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
  'Article.LIST',
  'Article.CREATE',
  'Article.UPDATE',
  'Activity.CREATE',
  'Activity.UPDATE',
  'Proposal.ANSWER',
];
const ADMIN = [
  'Organization.UPDATE',
  'Member.LIST',
  'Member.INVITE',
  'Member.REMOVE',
  'Audit.READ',
  'Audit.EXPORT',
  'Activity.READ_FIGURES',
];
const SELF_ONLY = ['Account.UPDATE'];
/** Imports write the network: platform admins anywhere, coordinators for their region; organisations never. */
const IMPORT = ['Import.RUN'];
/** Deciding on requests to join: a region's coordinator, a platform admin. */
const REGION_ONLY = ['JoinRequest.DECIDE'];
/** Participants' personal data: the organising organisation's own people only, never a coordinator. */
const ROSTER = ['Activity.READ_ROSTER', 'Activity.MANAGE_PARTICIPANTS', 'Activity.EXPORT_ROSTER'];
// The contact channel (src/modules/contact): the regional queue, its figures, the duty roster, referrals received.
const CONTACT = ['Contact.LIST', 'Contact.READ', 'Contact.CLAIM', 'Contact.REPLY', 'Contact.REFER'];
const CONTACT_FIGURES = ['Contact.FIGURES'];
const CONTACT_ROSTER = ['Contact.ROSTER'];
const REFERRAL_RESPOND = ['Referral.RESPOND'];
const REGION_TARGETS: TargetKind[] = ['ownOrganization', 'otherOrganizationSameRegion', 'ownRegion'];
const ALL_TARGETS = Object.keys(TARGETS) as TargetKind[];

/** The contact channel's actions, per role: advisors of any organisation reach their whole region's queue. */
const CONTACT_EXPECTED: Record<Role, { contact: TargetKind[]; figures: TargetKind[]; roster: TargetKind[]; referral: TargetKind[] }> = {
  platformAdmin: { contact: ALL_TARGETS, figures: ALL_TARGETS, roster: ALL_TARGETS, referral: ALL_TARGETS },
  regionalCoordinator: { contact: REGION_TARGETS, figures: REGION_TARGETS, roster: REGION_TARGETS, referral: REGION_TARGETS },
  organizationAdmin: { contact: [], figures: [], roster: ['ownOrganization'], referral: ['ownOrganization'] },
  editor: { contact: [], figures: [], roster: [], referral: [] },
  familyAdvisor: { contact: REGION_TARGETS, figures: [], roster: ['self'], referral: ['ownOrganization'] },
  professional: { contact: [], figures: [], roster: [], referral: ['ownOrganization'] },
};

/** What each role may, written out: per group of actions, the target kinds it reaches. */
const EXPECTED: Record<Role, { edit: TargetKind[]; admin: TargetKind[]; import: TargetKind[]; roster: TargetKind[] }> = {
  // Everywhere means every target, a person's too.
  platformAdmin: {
    edit: Object.keys(TARGETS) as TargetKind[],
    admin: Object.keys(TARGETS) as TargetKind[],
    import: Object.keys(TARGETS) as TargetKind[],
    roster: Object.keys(TARGETS) as TargetKind[],
  },
  regionalCoordinator: {
    edit: ['ownOrganization', 'otherOrganizationSameRegion', 'ownRegion'],
    admin: ['ownOrganization', 'otherOrganizationSameRegion', 'ownRegion'],
    import: ['ownOrganization', 'otherOrganizationSameRegion', 'ownRegion'],
    roster: [],
  },
  organizationAdmin: { edit: ['ownOrganization'], admin: ['ownOrganization'], import: [], roster: ['ownOrganization'] },
  editor: { edit: ['ownOrganization'], admin: [], import: [], roster: ['ownOrganization'] },
  familyAdvisor: { edit: [], admin: [], import: [], roster: [] },
  professional: { edit: [], admin: [], import: [], roster: [] },
};

function expected(role: Role, action: string, target: TargetKind): boolean {
  if (SELF_ONLY.includes(action)) return target === 'self';
  if (REGION_ONLY.includes(action))
    return (
      role === 'platformAdmin' ||
      (role === 'regionalCoordinator' && ['ownOrganization', 'otherOrganizationSameRegion', 'ownRegion'].includes(target))
    );
  if (EDIT.includes(action)) return EXPECTED[role].edit.includes(target);
  if (ADMIN.includes(action)) return EXPECTED[role].admin.includes(target);
  if (IMPORT.includes(action)) return EXPECTED[role].import.includes(target);
  if (ROSTER.includes(action)) return EXPECTED[role].roster.includes(target);
  if (CONTACT.includes(action)) return CONTACT_EXPECTED[role].contact.includes(target);
  if (CONTACT_FIGURES.includes(action)) return CONTACT_EXPECTED[role].figures.includes(target);
  if (CONTACT_ROSTER.includes(action)) return CONTACT_EXPECTED[role].roster.includes(target);
  if (REFERRAL_RESPOND.includes(action)) return CONTACT_EXPECTED[role].referral.includes(target);
  throw new Error(`The matrix has no expectation for ${action}: add it`);
}

const catalogue = actionCatalogue();

describe('the authorization matrix', () => {
  it('covers every action of the catalogue', () => {
    expect(catalogue.map((a) => a.name).sort()).toEqual(
      [
        ...EDIT,
        ...ADMIN,
        ...SELF_ONLY,
        ...IMPORT,
        ...REGION_ONLY,
        ...ROSTER,
        ...CONTACT,
        ...CONTACT_FIGURES,
        ...CONTACT_ROSTER,
        ...REFERRAL_RESPOND,
      ].sort(),
    );
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
    // The matrix's size, for the closing note: 6 roles × 33 actions × 6 target kinds.
    expect(decisions).toBe(1188);
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
      'Article.LIST',
      'Article.CREATE',
      'Article.UPDATE',
      'Activity.CREATE',
      'Activity.UPDATE',
      'Activity.READ_ROSTER',
      'Activity.MANAGE_PARTICIPANTS',
      'Activity.EXPORT_ROSTER',
      'Proposal.ANSWER',
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

describe('guessed ids of services and places (IDOR)', () => {
  const kohtaamo = placeId('mll-kohtaamo-mikkeli');
  const perhekahvila = serviceId('mll-perhekahvila-mikkeli');
  const parishPlace = placeId('perhetalo-tuomiokirkkoseurakunta');
  /** Who may edit the MLL Mikkeli café and its meeting place: its own editors and admins, the region's coordinator, a platform admin. */
  const MAY_EDIT = ['platformAdmin', 'coordinator', 'mllAdmin', 'mllEditor'];

  it('answer 403 or 404 on the edit pages and their saves, and never the entry', async () => {
    const leaks: string[] = [];
    let requests = 0;
    // One person per kind of reach keeps the test fast; the decisions themselves are the matrix above.
    const probed = ['coordinator', 'mllEditor', 'parishAdmin', 'savonlinnaEditor', 'advisor', 'nobody'];
    for (const name of probed) {
      const browser = as(name);
      for (const [path, allowed] of [
        [`/fi/staff/catalog/services/${perhekahvila}`, MAY_EDIT.includes(name)],
        [`/fi/staff/catalog/places/${kohtaamo}/history`, MAY_EDIT.includes(name)],
        [`/fi/staff/catalog/places/${parishPlace}`, ['platformAdmin', 'coordinator', 'parishAdmin'].includes(name)],
        [`/fi/staff/catalog/places/${randomUUID()}`, null],
      ] as const) {
        requests++;
        const res = await browser.get(path);
        const want = allowed === null ? 404 : allowed ? 200 : 403;
        if (res.status !== want) leaks.push(`${name} GET ${path}: ${res.status}, expected ${want}`);
        if (want !== 200 && /Porrassalmenkatu|Kirkkokatu 9/.test(res.text)) leaks.push(`${name} ${path}: the address in the answer`);
      }
      // A save with a guessed id of another organisation's place is refused before anything is read.
      if (!MAY_EDIT.includes(name) && name !== 'nobody') {
        await browser.get('/fi/staff/workspace');
        requests++;
        const res = await browser.post(`/fi/staff/catalog/places/${kohtaamo}`, { intent: 'hours', version: '1', day1: '0-24' });
        if (res.status !== 403) leaks.push(`${name} POST hours: ${res.status}`);
      }
    }
    expect(leaks).toEqual([]);
    expect(requests).toBe(probed.length * 4 + 3);
    const stillThere = await database.db
      .selectFrom('opening_hours')
      .select('opens')
      .where('place_id', '=', kohtaamo)
      .where('weekday', '=', 1)
      .execute();
    expect(stillThere.map((r) => r.opens)).not.toContain('00:00:00');
    expect((await new Browser(t.app).get(`/fi/staff/catalog/services/${perhekahvila}`)).status).toBe(302);
  });

  it('let only a coordinator of the region decide on requests to join', async () => {
    expect((await as('coordinator').get('/fi/staff/catalog/join-requests')).status).toBe(200);
    expect((await as('mllAdmin').get('/fi/staff/catalog/join-requests')).status).toBe(403);
    expect((await as('elsewhereAdmin').get('/fi/staff/catalog/join-requests')).status).toBe(403);
  });
});

describe('the audit viewer', () => {
  it('filters on its page, refuses bad filters with a summary, and exports CSV that no spreadsheet runs as a formula', async () => {
    const trickster = await addStaff(database.db, {
      email: 'matrix.trickster@perhekeskus.example',
      name: '=HYPERLINK("https://evil.example","klik")',
      memberships: [{ role: 'organizationAdmin', organizationId: parishMikkeli }],
    });
    const browser = await signedInBrowser(t.app, database.db, trickster, t.clock.now());
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

describe('guessed ids for activities over HTTP (IDOR)', () => {
  it('show an occurrence roster only to the organising organisation, 404 for nothing, never a participant elsewhere', async () => {
    const occurrence = await database.db
      .selectFrom('activity_occurrence as x')
      .innerJoin('activity as a', 'a.id', 'x.activity_id')
      .select('x.id')
      .where('a.organization_id', '=', mllMikkeli)
      .where('x.confirmed_count', '>', 0)
      .orderBy('x.starts_at')
      .executeTakeFirstOrThrow();
    const want: Record<string, number> = {
      platformAdmin: 200,
      coordinator: 403,
      mllAdmin: 200,
      mllEditor: 200,
      parishAdmin: 403,
      savonlinnaEditor: 403,
      advisor: 403,
      professional: 403,
      elsewhereAdmin: 403,
      nobody: 403,
    };
    const leaks: string[] = [];
    for (const [name, status] of Object.entries(want)) {
      for (const path of [`/fi/staff/occurrences/${occurrence.id}`, `/api/v1/staff/occurrences/${occurrence.id}/roster.csv`]) {
        const res = await as(name).get(path);
        if (res.status !== status) leaks.push(`${name} ${path}: ${res.status}, expected ${status}`);
        if (status !== 200 && /demoperhe/.test(res.text)) leaks.push(`${name} ${path}: a participant in the answer`);
      }
      const unknown = await as(name).get(`/fi/staff/occurrences/${randomUUID()}`);
      if (unknown.status !== 404) leaks.push(`${name} unknown: ${unknown.status}`);
    }
    expect(leaks).toEqual([]);
  });
});
