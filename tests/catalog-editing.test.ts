import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../src/platform/actor.ts';
import { fixedClock } from '../src/platform/clock.ts';
import { ForbiddenError, InvalidInputError, NotFoundError, UnauthorizedError } from '../src/platform/errors.ts';
import { anonymous } from '../src/platform/actor.ts';
import { DEFAULT_TEST_TIME } from './support/test-clock.ts';
import { openTestDatabase, type TestDatabase } from './support/test-database.ts';
import { testModuleDeps } from './support/test-services.ts';
import { testScope } from './support/test-scope.ts';
import { createLogger } from '../src/platform/logger.ts';
import { actionCatalogue } from '../src/server/modules.ts';
import { addStaff } from './support/staff-fixtures.ts';
import {
  catalogModule,
  DEMO_REGION_ID,
  demoMllOrganization,
  demoParishOrganization,
  organizationId,
  type CatalogClient,
} from '../src/modules/catalog/index.ts';
import { placeId, serviceId } from '../src/modules/catalog/network/network-loader.ts';
import { sendFreshnessReminders } from '../src/modules/catalog/editing/freshness.ts';
import { hoursFormValues } from '../src/modules/catalog/editing/places-editing.ts';

/*
 * Organisation self-service through the catalog's use cases, as the staff pages call them: an
 * edit goes through authorize → load → decide → write → audit, the family's read sees it at once,
 * a second editor on an old version is shown what changed, and the freshness loop reminds.
 */

let database: TestDatabase;
const clock = fixedClock(DEFAULT_TEST_TIME);
let build: ReturnType<typeof catalogModule.create>;
const mll = organizationId(demoMllOrganization('mikkeli'));
const parish = organizationId(demoParishOrganization('mikkeli'));
const kohtaamo = placeId('mll-kohtaamo-mikkeli');
const perhekahvila = serviceId('mll-perhekahvila-mikkeli');

const editor = (organization: string, personId = '00000000-0000-4000-8000-00000000000e'): Actor => ({
  kind: 'staff',
  personId,
  sessionId: '00000000-0000-4000-8000-0000000000a1',
  name: 'Eeva Eskola',
  grants: [{ role: 'editor', organizationId: organization, regionId: DEMO_REGION_ID }],
});
const coordinator: Actor = {
  kind: 'staff',
  personId: '00000000-0000-4000-8000-00000000000c',
  sessionId: '00000000-0000-4000-8000-0000000000a1',
  name: 'Kaisa Koordinaattori',
  grants: [{ role: 'regionalCoordinator', organizationId: null, regionId: DEMO_REGION_ID }],
};
const as = (actor: Actor): CatalogClient => build.client!(testScope({ actor, clock })) as CatalogClient;

/** The edit form's fields as a browser posts them, from the entry as loaded. */
function serviceForm(s: Awaited<ReturnType<CatalogClient['getServiceForEdit']>>, changes: Record<string, string | string[]> = {}) {
  const f = s.fields;
  const texts: Record<string, string> = {};
  for (const name of ['name', 'summary', 'description', 'keywords', 'costNote', 'statusNote'] as const)
    for (const lang of ['fi', 'sv', 'en'] as const) texts[`${name}.${lang}`] = f[name]?.[lang] ?? '';
  return {
    version: String(s.version),
    ...texts,
    level: f.level,
    sector: f.sector,
    targetGroups: f.targetGroups,
    ageMin: f.ageMin?.toString() ?? '',
    ageMax: f.ageMax?.toString() ?? '',
    languages: f.languages,
    delivery: f.delivery,
    access: f.access,
    cost: f.cost,
    status: f.status,
    categories: f.categories,
    ...changes,
  };
}

beforeAll(async () => {
  database = await openTestDatabase('demo');
  build = catalogModule.create({ ...testModuleDeps(database.db, clock, createLogger('silent')), actionCatalogue: actionCatalogue() });
});
afterAll(async () => {
  await database?.close();
});

describe('organisation self-service', () => {
  it('an editor closes a service with a reason and changes the meeting place hours; families see both at once', async () => {
    const client = as(editor(mll));
    const service = await client.getServiceForEdit(perhekahvila);
    expect(service.permittedActions).toContain('Service.UPDATE');
    const saved = await client.saveService(
      perhekahvila,
      serviceForm(service, { status: 'temporarilyClosed', 'statusNote.fi': 'Remontti 1.–15.12.' }),
    );
    expect(saved).toMatchObject({ outcome: 'saved', version: service.version + 1 });

    const place = await client.getPlaceForEdit(kohtaamo);
    const hours = { ...hoursFormValues(place.hours), version: String(place.version), day2: '9–11.30, 17–19', day6: '' };
    expect(await client.savePlaceHours(kohtaamo, hours)).toMatchObject({ outcome: 'saved' });

    const family = as(anonymous);
    const seen = await family.getService(perhekahvila);
    expect(seen.status).toBe('temporarilyClosed');
    expect(seen.statusNote).toEqual({ fi: 'Remontti 1.–15.12.' });
    const detail = await family.getPlace(kohtaamo);
    expect(detail.hours.weekly.filter((w) => w.weekday === 2).map((w) => [w.opens.slice(0, 5), w.closes.slice(0, 5)])).toEqual([
      ['09:00', '11:30'],
      ['17:00', '19:00'],
    ]);
    expect(detail.hours.weekly.some((w) => w.weekday === 6)).toBe(false);

    // Who changed what, field by field, and the audit log says so in the same transaction.
    const { changes } = await as(coordinator).serviceHistory(perhekahvila);
    expect(changes.map((c) => [c.field, c.oldValue, c.newValue, c.changedBy])).toEqual(
      expect.arrayContaining([
        ['status', 'active', 'temporarilyClosed', 'Eeva Eskola'],
        ['statusNote.fi', null, 'Remontti 1.–15.12.', 'Eeva Eskola'],
      ]),
    );
    const placeHistory = await as(coordinator).placeHistory(kohtaamo);
    expect(placeHistory.changes.map((c) => c.field)).toEqual(expect.arrayContaining(['hoursTuesday', 'hoursSaturday']));
    const audit = await database.db
      .selectFrom('audit_event')
      .select(['action', 'target_id', 'organization_id'])
      .where('action', 'in', ['Service.UPDATE', 'Place.UPDATE'])
      .execute();
    expect(audit).toEqual(
      expect.arrayContaining([
        { action: 'Service.UPDATE', target_id: perhekahvila, organization_id: mll },
        { action: 'Place.UPDATE', target_id: kohtaamo, organization_id: mll },
      ]),
    );
  });

  it('asks for a reason when a service closes, and keeps apart what it cannot read', async () => {
    const client = as(editor(mll));
    const service = await client.getServiceForEdit(perhekahvila);
    const refused = await client
      .saveService(
        perhekahvila,
        serviceForm(service, { status: 'ended', 'statusNote.fi': '', 'name.fi': '', ageMin: 'kymmenen', languages: ['klingon'] }),
      )
      .catch((e: unknown) => e);
    expect(InvalidInputError.is(refused)).toBe(true);
    expect((refused as InvalidInputError).issues.map((i) => i.field).sort()).toEqual(['ageMin', 'languages', 'name.fi']);
    const noReason = await client
      .saveService(perhekahvila, serviceForm(service, { status: 'ended', 'statusNote.fi': '' }))
      .catch((e: unknown) => e);
    expect((noReason as InvalidInputError).issues).toEqual([{ field: 'statusNote.fi', key: 'statusReasonRequired' }]);
    const hours = await client.savePlaceHours(kohtaamo, { version: '1', day1: 'aamulla' }).catch((e: unknown) => e);
    expect((hours as InvalidInputError).issues).toEqual([{ field: 'day1', key: 'hoursFormat' }]);
  });

  it('shows the second of two editors what the first changed instead of overwriting it', async () => {
    const first = as(editor(mll));
    const second = as(editor(mll, '00000000-0000-4000-8000-0000000000e2'));
    const loaded = await first.getServiceForEdit(perhekahvila);
    await first.saveService(perhekahvila, serviceForm(loaded, { 'summary.en': 'A café for families with small children.' }));
    const result = await second.saveService(perhekahvila, serviceForm(loaded, { 'name.sv': 'Ett annat namn' }));
    expect(result.outcome).toBe('stale');
    if (result.outcome !== 'stale') return;
    expect(result.changes.map((c) => c.field)).toEqual(['summary.en']);
    expect(result.current.fields.name.sv).not.toBe('Ett annat namn');
    expect(result.current.fields.summary.en).toBe('A café for families with small children.');
  });

  it('refuses another organisation and anonymous actors, 404 for ids that are nothing', async () => {
    const other = as(editor(parish));
    await expect(other.getServiceForEdit(perhekahvila)).rejects.toSatisfy(ForbiddenError.is);
    await expect(other.savePlaceHours(kohtaamo, { version: '1' })).rejects.toSatisfy(ForbiddenError.is);
    await expect(other.confirmServiceCurrent(perhekahvila)).rejects.toSatisfy(ForbiddenError.is);
    await expect(as(anonymous).saveService(perhekahvila, {})).rejects.toSatisfy(UnauthorizedError.is);
    await expect(other.getPlaceForEdit('00000000-0000-4000-8000-000000000000')).rejects.toSatisfy(NotFoundError.is);
    await expect(other.getPlaceForEdit('not-an-id')).rejects.toSatisfy(NotFoundError.is);
    const denied = await database.db
      .selectFrom('audit_event')
      .select('action')
      .where('outcome', '=', 'denied')
      .where('target_id', '=', perhekahvila)
      .execute();
    expect(denied.length).toBeGreaterThanOrEqual(2);
  });

  it('creates a service and a place for the own organisation only, and links them', async () => {
    const client = as(editor(mll));
    const created = await client.createService({
      organization: mll,
      'name.fi': 'Isä-lapsi-kerho',
      'summary.fi': 'Isät ja lapset leikkivät yhdessä.',
      level: 'universal',
      sector: 'civic',
      targetGroups: ['parents', 'children'],
      languages: ['fi'],
      delivery: ['inPerson'],
      access: ['dropIn'],
      cost: 'free',
    });
    const place = await client.createPlace({
      organization: mll,
      kind: 'meetingPlace',
      municipality: '491',
      'name.fi': 'MLL:n kerhohuone',
      'postOffice.fi': 'Mikkeli',
      streetAddress: 'Hallituskatu 3',
      postalCode: '50100',
    });
    const service = await client.getServiceForEdit(created.id);
    expect(service.placeChoices.map((p) => p.id)).toContain(place.id);
    expect(await client.addServiceLocation(created.id, { version: String(service.version), place: place.id })).toMatchObject({
      outcome: 'saved',
    });
    expect((await as(anonymous).getService(created.id)).locations.map((l) => l.place.id)).toEqual([place.id]);
    const parishPlace = placeId('perhetalo-tuomiokirkkoseurakunta');
    await expect(client.addServiceLocation(created.id, { version: String(service.version + 1), place: parishPlace })).rejects.toSatisfy(
      InvalidInputError.is,
    );
    await expect(as(editor(parish)).createService({ organization: mll })).rejects.toSatisfy(ForbiddenError.is);
  });

  it('refuses an e-mail address or a phone number that is none, naming the fields', async () => {
    const client = as(editor(mll));
    const place = await client.getPlaceForEdit(kohtaamo);
    const refused = await client
      .savePlace(kohtaamo, { version: String(place.version), phone: 'soita illalla', email: 'kerho at example' })
      .catch((e: unknown) => e);
    expect(InvalidInputError.is(refused)).toBe(true);
    expect((refused as InvalidInputError).issues.map((i) => i.field)).toEqual(expect.arrayContaining(['email', 'phone']));
    expect((await client.getPlaceForEdit(kohtaamo)).version).toBe(place.version);
  });
});

describe('the freshness loop', () => {
  it('flags services unchecked for six months, mails their editors once, and "still correct" clears the flag', async () => {
    await addStaff(database.db, { email: 'tuore.editori@perhekeskus.example', memberships: [{ role: 'editor', organizationId: mll }] });
    const later = fixedClock(new Date(new Date(DEFAULT_TEST_TIME).getTime() + 200 * 86_400_000));
    const lateBuild = catalogModule.create({
      ...testModuleDeps(database.db, later, createLogger('silent')),
      actionCatalogue: actionCatalogue(),
    });
    const lateAs = (actor: Actor) => lateBuild.client!(testScope({ actor, clock: later })) as CatalogClient;
    const mine = await lateAs(editor(mll)).listEditableServices();
    expect(mine.items.length).toBeGreaterThan(0);
    expect(mine.items.every((s) => s.organization.id === mll)).toBe(true);
    const stale = mine.items.filter((s) => s.stale);
    expect(stale.length).toBeGreaterThan(0);

    const dashboard = await lateAs(coordinator).staleDashboard();
    expect(dashboard.byOrganization.map((o) => o.organization.id)).toContain(mll);
    expect(dashboard.byMunicipality.length).toBeGreaterThan(0);

    const deps = {
      freshness: { staleAfterMonths: 6, reminderIntervalDays: 30, publicOrigin: 'https://perhekeskus.example' },
      outbox: testModuleDeps(database.db, later, createLogger('silent')).outbox,
      changed: () => {},
    };
    const sent = await sendFreshnessReminders(database.db as never, later, deps);
    expect(sent).toBeGreaterThan(0);
    const mail = await database.db
      .selectFrom('outbox')
      .select(['recipient', 'text_body'])
      .where('purpose', '=', 'catalog.freshnessReminder')
      .execute();
    expect(mail.map((m) => m.recipient)).toContain('tuore.editori@perhekeskus.example');
    expect(await sendFreshnessReminders(database.db as never, later, deps)).toBe(0);

    const target = stale[0]!;
    await lateAs(editor(mll)).confirmServiceCurrent(target.id);
    const after = await lateAs(editor(mll)).listEditableServices();
    expect(after.items.find((s) => s.id === target.id)!.stale).toBe(false);
  });
});

describe('asking to join', () => {
  it('takes an anonymous request, lets the region’s coordinator approve it, and the organisation exists', async () => {
    const anon = build.client!(testScope({ clock })) as CatalogClient;
    const bad = await anon.submitJoinRequest({ organizationName: '', contactEmail: 'ei-osoite' }).catch((e: unknown) => e);
    expect((bad as InvalidInputError).issues.map((i) => i.field).sort()).toEqual([
      'contactEmail',
      'contactName',
      'municipality',
      'organizationName',
      'organizationType',
    ]);
    const { id } = await anon.submitJoinRequest({
      organizationName: 'Mikkelin Perhekerho ry',
      organizationType: 'ngo',
      municipality: '491',
      contactName: 'Outi Ojala',
      contactEmail: 'outi@perhekerho.example',
    });
    await expect(as(editor(mll)).listJoinRequests()).rejects.toSatisfy(ForbiddenError.is);
    const pending = await as(coordinator).listJoinRequests();
    expect(pending.map((r) => r.id)).toContain(id);
    const decided = await as(coordinator).decideJoinRequest(id, 'approve');
    expect(decided).toMatchObject({ outcome: 'approved', contactEmail: 'outi@perhekerho.example' });
    if (decided.outcome !== 'approved') return;
    expect((await anon.getOrganization(decided.organizationId)).name).toEqual({ fi: 'Mikkelin Perhekerho ry' });
    await expect(as(coordinator).decideJoinRequest(id, 'approve')).rejects.toMatchObject({ status: 409 });
  });

  it('limits requests per client (JOIN_REQUEST_RATE_LIMIT, default 3 at once), with the wait in seconds', async () => {
    const from = (clientAddress: string) => build.client!(testScope({ clock, clientAddress })) as CatalogClient;
    const ask = (client: CatalogClient, n: number) =>
      client.submitJoinRequest({
        organizationName: `Rajoitettu Kerho ${n} ry`,
        organizationType: 'ngo',
        municipality: '491',
        contactName: 'Raili Raja',
        contactEmail: 'raili@kerho.example',
      });
    const busy = from('203.0.113.77');
    for (const n of [1, 2, 3]) await ask(busy, n);
    await expect(ask(busy, 4)).rejects.toMatchObject({ status: 429, params: { retryAfter: expect.any(Number) } });
    // Another client is not held up by it.
    expect(await ask(from('203.0.113.78'), 5)).toMatchObject({ id: expect.any(String) });
  });
});
