import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.ts';
import { testScope } from '../../../../tests/support/test-scope.ts';
import { withTables } from '../../../platform/db/database.ts';
import { ALAND_MUNICIPALITIES, COUNTIES, MUNICIPALITIES } from '../reference/finnish-municipalities.ts';
import type { ImportRecord, NetworkImportInput, ServiceImport } from './network-import.model.ts';
import { listMunicipalityReferenceEntries, runNetworkImport } from './network-import.ts';
import type { CatalogImportDb } from './network-import.tables.ts';

let database: TestDatabase;
const db = () => withTables<CatalogImportDb>(database.db);

beforeAll(async () => {
  database = await openTestDatabase('empty');
});
afterAll(() => database?.close());

async function* from(records: ImportRecord[]) {
  yield* records;
}
const run = (records: ImportRecord[], options: Partial<NetworkImportInput> = {}) =>
  runNetworkImport(db(), testScope(), { source: 'test', format: 'hsds', dryRun: false, records: from(records), ...options });

const org: ImportRecord = {
  kind: 'organization',
  sourceId: 'org-1',
  values: { type: 'ngo', name: { fi: 'Tampereen perheyhdistys' }, regionId: null },
};
const place: ImportRecord = {
  kind: 'place',
  sourceId: 'place-1',
  values: {
    organization: 'org-1',
    municipality: '837',
    kind: 'meetingPlace',
    name: { fi: 'Perhekahvila Hervanta' },
    streetAddress: 'Insinöörinkatu 1',
    postalCode: '33720',
    postOffice: { fi: 'Tampere', sv: 'Tammerfors' },
    location: { latitude: 61.45, longitude: 23.85 },
    hours: [{ days: [2, 4], opens: '09:00', closes: '12:00' }],
    exceptions: [{ day: '2027-12-24', closed: true, note: { fi: 'Jouluaatto' } }],
    lastChecked: '2026-01-10',
  },
};
const serviceValues: ServiceImport = {
  organization: 'org-1',
  scope: 'municipalities',
  regionId: 'pirkanmaa',
  areas: ['837'],
  name: { fi: 'Perhekahvila' },
  summary: { fi: 'Avoin kohtaamispaikka lapsiperheille.' },
  level: 'universal',
  sector: 'civic',
  targetGroups: ['wholeFamily'],
  languages: ['fi'],
  delivery: ['inPerson'],
  access: ['dropIn'],
  cost: 'free',
  lastChecked: '2026-01-10',
  contacts: [{ kind: 'phone', value: '040 123 4567' }],
  at: [{ place: 'place-1' }],
};
const service = (values: Partial<ServiceImport> = {}, sourceId = 'service-1'): ImportRecord => ({
  kind: 'service',
  sourceId,
  values: { ...serviceValues, ...values },
});

describe('the national reference lists', () => {
  it('has every municipality once, in exactly one county unless on Åland', async () => {
    const codes = MUNICIPALITIES.map((m) => m.code);
    expect(new Set(codes).size).toBe(309);
    const inCounties = COUNTIES.flatMap((c) => c.municipalities);
    expect(new Set(inCounties).size).toBe(inCounties.length);
    expect(inCounties.length).toBe(293);
    expect(COUNTIES.filter((c) => c.id !== 'helsinki')).toHaveLength(21);
    expect(ALAND_MUNICIPALITIES).toHaveLength(16);
    expect(new Set([...inCounties, ...ALAND_MUNICIPALITIES])).toEqual(new Set(codes));
    const entries = await listMunicipalityReferenceEntries(db());
    expect(
      entries
        .filter((e) => e.countyId === null)
        .map((e) => e.code)
        .sort(),
    ).toEqual([...ALAND_MUNICIPALITIES].sort());
    expect(entries.find((e) => e.code === '491')).toMatchObject({ countyId: 'etela-savo', name: { fi: 'Mikkeli', sv: 'S:t Michel' } });
  });
});

describe('importing into the service network', () => {
  it('reports what a dry run would do and writes nothing', async () => {
    const report = await run([org, place, service()], { dryRun: true });
    expect(report.applied).toBe(false);
    expect(report.counts.service.created).toBe(1);
    expect(report.added).toEqual({ regions: ['pirkanmaa'], municipalities: ['837'] });
    expect(await db().selectFrom('service').select('id').execute()).toEqual([]);
    expect(await db().selectFrom('region').select('id').execute()).toEqual([]);
    expect((await db().selectFrom('import_run').selectAll().execute()).map((r) => r.dry_run)).toEqual([true]);
  });

  it('creates the records, their county and municipality from the reference lists, and their provenance', async () => {
    const report = await run([org, place, service()]);
    expect(report.applied).toBe(true);
    expect(report.records.map((r) => [r.kind, r.outcome])).toEqual([
      ['organization', 'created'],
      ['place', 'created'],
      ['service', 'created'],
    ]);
    const services = await db().selectFrom('service').selectAll().execute();
    expect(services.map((s) => [s.name.fi, s.region_id, s.scope])).toEqual([['Perhekahvila', 'pirkanmaa', 'municipalities']]);
    expect(await db().selectFrom('municipality').select(['code', 'region_id']).execute()).toEqual([
      { code: '837', region_id: 'pirkanmaa' },
    ]);
    const provenance = await db().selectFrom('import_provenance').select(['kind', 'source_id']).orderBy('kind').execute();
    expect(provenance).toEqual([
      { kind: 'organization', source_id: 'org-1' },
      { kind: 'place', source_id: 'place-1' },
      { kind: 'service', source_id: 'service-1' },
    ]);
  });

  it('finds nothing to do when the same input comes again', async () => {
    const report = await run([org, place, service()]);
    expect(report.records.map((r) => r.outcome)).toEqual(['unchanged', 'unchanged', 'unchanged']);
  });

  it('updates a record the source has changed', async () => {
    const report = await run([org, place, service({ summary: { fi: 'Avoin kohtaamispaikka kaikille perheille.' } })]);
    expect(report.counts.service.updated).toBe(1);
    const row = await db().selectFrom('service').select('summary').executeTakeFirstOrThrow();
    expect(row.summary.fi).toBe('Avoin kohtaamispaikka kaikille perheille.');
  });

  it('keeps a local edit and reports a conflict, with both values, when the source changes too', async () => {
    await db()
      .updateTable('service')
      .set({ name: JSON.stringify({ fi: 'Perhekahvila Hervanta' }) })
      .execute();
    const same = await run([org, place, service({ summary: { fi: 'Avoin kohtaamispaikka kaikille perheille.' } })]);
    expect(same.records.at(-1)).toMatchObject({ outcome: 'unchanged', warnings: [{ key: 'localEditsKept' }] });
    const changed = await run([org, place, service({ summary: { fi: 'Uusi kuvaus.' } })]);
    expect(changed.records.at(-1)).toMatchObject({
      outcome: 'conflict',
      reasons: [{ key: 'editedLocally' }],
      conflicts: expect.arrayContaining([
        { field: 'name.fi', local: 'Perhekahvila Hervanta', incoming: 'Perhekahvila' },
        { field: 'summary.fi', local: 'Avoin kohtaamispaikka kaikille perheille.', incoming: 'Uusi kuvaus.' },
      ]),
    });
    expect((await db().selectFrom('service').select('name').executeTakeFirstOrThrow()).name.fi).toBe('Perhekahvila Hervanta');
  });

  it('merges a one-language import into the other languages', async () => {
    const report = await run(
      [{ ...place, values: { ...(place as { values: object }).values, name: { sv: 'Familjecafé Hervanta' } } } as ImportRecord],
      {
        textLanguage: 'sv',
      },
    );
    expect(report.records[0]).toMatchObject({ kind: 'place', outcome: 'updated' });
    const row = await db().selectFrom('place').select(['name', 'post_office']).executeTakeFirstOrThrow();
    expect(row.name).toEqual({ fi: 'Perhekahvila Hervanta', sv: 'Familjecafé Hervanta' });
  });

  it('rejects what breaks the rules, with reasons, and imports the rest', async () => {
    const report = await run([
      service({ contacts: [{ kind: 'phone', value: 'call us' }] }, 'bad-phone'),
      service({ organization: 'nobody' }, 'orphan'),
      service(
        {
          hours: [
            { days: [1], opens: '09:00', closes: '12:00' },
            { days: [1], opens: '11:00', closes: '14:00' },
          ],
        },
        'overlap',
      ),
      service({ areas: ['478'], regionId: 'pirkanmaa' }, 'aland'),
      service({}, 'twice'),
      service({ name: { fi: 'Toinen' } }, 'twice'),
      { kind: 'service', sourceId: 'unreadable', rejected: [{ key: 'notAService' }] },
      service({ name: { fi: 'Kelpaa' } }, 'fine'),
    ]);
    const byId = Object.fromEntries(report.records.map((r) => [r.sourceId, r]));
    expect(byId['bad-phone']).toMatchObject({ outcome: 'rejected', reasons: [{ field: 'contacts.0.value', key: 'invalidFormat' }] });
    expect(byId.orphan).toMatchObject({ outcome: 'rejected', reasons: [{ key: 'unknownOrganization' }] });
    expect(byId.overlap?.reasons?.[0]?.key).toBe('overlappingHours');
    expect(byId.aland).toMatchObject({ outcome: 'rejected', reasons: [{ key: 'unknownMunicipality', params: { value: '478' } }] });
    expect(
      report.records
        .filter((r) => r.sourceId === 'twice')
        .map((r) => r.outcome)
        .sort(),
    ).toEqual(['created', 'rejected']);
    expect(byId.unreadable).toMatchObject({ outcome: 'rejected' });
    expect(byId.fine).toMatchObject({ outcome: 'created' });
  });

  it('applies nothing of an input with a fatal problem', async () => {
    const report = await run([service({ name: { fi: 'Katkennut' } }, 'truncated')], {
      inputProblems: () => [{ key: 'invalidJson', fatal: true }],
    });
    expect(report).toMatchObject({ applied: false, counts: { service: { created: 1 } } });
    expect(await db().selectFrom('import_provenance').where('source_id', '=', 'truncated').select('local_id').execute()).toEqual([]);
  });
});
