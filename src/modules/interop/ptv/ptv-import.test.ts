import { systemActor } from '../../../platform/actor.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedPath } from '../../../../tests/support/shared-data.ts';
import { openTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.ts';
import { testScope } from '../../../../tests/support/test-scope.ts';
import { withTables } from '../../../platform/db/database.ts';
import type { InteropDb } from '../hsds/hsds-export.queries.ts';
import { folderFiles } from '../import/sources.ts';
import { importPtv } from '../interop.use-cases.ts';
import { hoursFromPtv, recognise, tm35finToWgs84 } from './ptv-shapes.ts';

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
let database: TestDatabase;
const db = () => withTables<InteropDb>(database.db);

beforeAll(async () => {
  database = await openTestDatabase('empty');
});
afterAll(() => database?.close());

const run = async (dryRun = false) =>
  importPtv(db(), testScope({ actor: systemActor('test') }), { files: await folderFiles(fixtures), dryRun });

describe('PTV shapes', () => {
  it("recognises every model example of PTV's own by its keys", () => {
    const directory = sharedPath(join('ptv', 'model-examples'), 'V11VmOpenApiService.json');
    const expected: Record<string, string> = {
      'V11VmOpenApiService.json': 'service',
      'V10VmOpenApiOrganization.json': 'organization',
      'V11VmOpenApiServiceLocationChannel.json': 'channel:ServiceLocation',
      'V11VmOpenApiPhoneChannel.json': 'channel:Phone',
      'V11VmOpenApiWebPageChannel.json': 'channel:WebPage',
      'V11VmOpenApiElectronicChannel.json': 'channel:EChannel',
      'V11VmOpenApiPrintableFormChannel.json': 'channel:PrintableForm',
    };
    for (const file of readdirSync(directory).filter((f) => f in expected)) {
      const text = readFileSync(join(directory, file), 'utf8')
        .replace(/^\uFEFF/, '')
        .replace(/^\s*\/\/.*$/gm, '');
      expect(recognise(JSON.parse(text)), file).toBe(expected[file]);
    }
  });

  it('converts ETRS-TM35FIN to WGS84 (Mikkeli, as proj4 has it)', () => {
    const p = tm35finToWgs84('6840312.442', '514215.07')!;
    expect(p.latitude).toBeCloseTo(61.6957, 3);
    expect(p.longitude).toBeCloseTo(27.2687, 3);
    expect(tm35finToWgs84('string', 'string')).toBeNull();
  });

  it('reads hours: days merged, past midnight split, closed ranges one day each, zoned dates in Helsinki', () => {
    const warnings: never[] = [];
    const day = (d: string, from: string, to: string, dayTo = '') => ({ dayFrom: d, dayTo, from, to });
    const { hours, exceptions } = hoursFromPtv(
      [
        {
          serviceHourType: 'DaysOfTheWeek',
          validForNow: true,
          openingHour: [day('Monday', '08:00:00', '16:00:00'), day('Tuesday', '08:00:00', '16:00:00')],
        },
        { serviceHourType: 'OverMidnight', validForNow: true, openingHour: [day('Friday', '18:00:00', '02:00:00', 'Saturday')] },
        {
          serviceHourType: 'Exceptional',
          isClosed: true,
          validFrom: '2026-12-24T00:00:00',
          validTo: '2026-12-26T00:00:00',
          openingHour: [],
        },
        { serviceHourType: 'Exceptional', validFrom: '2026-12-30T22:00:00Z', openingHour: [day('Thursday', '08:00:00', '14:00:00')] },
      ],
      warnings,
    );
    expect(hours).toEqual([
      { days: [1, 2], opens: '08:00', closes: '16:00', validFrom: null, validTo: null },
      { days: [5], opens: '18:00', closes: '23:59', validFrom: null, validTo: null },
      { days: [6], opens: '00:00', closes: '02:00', validFrom: null, validTo: null },
    ]);
    expect(exceptions.map((e) => `${e.day} ${e.closed ? 'closed' : `${e.opens}-${e.closes}`}`)).toEqual([
      '2026-12-24 closed',
      '2026-12-25 closed',
      '2026-12-26 closed',
      '2026-12-31 08:00-14:00',
    ]);
  });
});

describe('importing saved PTV answers', () => {
  it('brings in organisations, places and services, from any file names, with their counties', async () => {
    const report = await run();
    const rejected = report.records.filter((r) => r.outcome === 'rejected');
    expect(rejected).toEqual([]);
    expect(report.counts).toMatchObject({
      organization: { created: 4 },
      place: { created: 2 },
      service: { created: 4 },
    });
    expect(report.added.regions.sort()).toEqual(['etela-savo', 'pirkanmaa']);
    const places = await db().selectFrom('place').selectAll().orderBy('municipality_code').execute();
    expect(places.map((p) => [p.municipality_code, p.post_office.fi, p.email])).toEqual([
      ['491', 'Mikkeli', 'perhekeskus@mikkeli.example'],
      ['837', 'Tampere', null],
    ]);
    expect(places[0]!.latitude).toBeCloseTo(61.6957, 3);
    const services = await db().selectFrom('service').selectAll().orderBy('name').execute();
    const byName = Object.fromEntries(services.map((s) => [s.name.fi, s]));
    expect(byName['Kasvatus- ja perheneuvonta']).toMatchObject({ scope: 'municipalities', region_id: 'etela-savo', access: ['openToAll'] });
    // Sámi is no language of the tray's texts; HTML and scripts do not survive.
    expect(byName['Kasvatus- ja perheneuvonta']!.name).toEqual({
      fi: 'Kasvatus- ja perheneuvonta',
      sv: 'Uppfostrings- och familjerådgivning',
      en: 'Family counselling',
    });
    expect(byName['Kasvatus- ja perheneuvonta']!.description?.fi).toBe(
      'Perheneuvolan psykologit ja sosiaalityöntekijät auttavat.\n\nVaraa aika puhelimitse.',
    );
    expect(byName.Lastenneuvola).toMatchObject({ scope: 'region', region_id: 'etela-savo', level: 'universal', sector: 'health' });
    expect(byName['Lapsiperheen etuudet']).toMatchObject({ scope: 'national', region_id: null });
    expect(byName['Perhekerho Hervannassa']).toMatchObject({ scope: 'municipalities', region_id: 'pirkanmaa' });
    const contacts = await db()
      .selectFrom('service_contact')
      .select(['kind', 'value'])
      .where('service_id', '=', byName['Kasvatus- ja perheneuvonta']!.id)
      .execute();
    expect(contacts).toEqual(
      expect.arrayContaining([
        { kind: 'phone', value: '+358 151234568' },
        { kind: 'email', value: 'perheneuvola@mikkeli.example' },
        { kind: 'booking', value: 'https://ajanvaraus.mikkeli.example/perheneuvola' },
      ]),
    );
    const warnings = report.records.flatMap((r) => r.warnings ?? []).map((w) => w.key);
    expect(warnings).toEqual(expect.arrayContaining(['htmlRemoved', 'httpUpgraded', 'languageDropped', 'serviceClassUnmapped']));
    const exceptions = await db()
      .selectFrom('opening_hours_exception')
      .select(['day', 'closed'])
      .where('place_id', '=', places[0]!.id)
      .orderBy('day')
      .execute();
    expect(exceptions.map((e) => e.day)).toEqual(['2026-12-24', '2026-12-25', '2026-12-26', '2026-12-31']);
  });

  it('finds nothing to change in the same answers again (the weekly full sync)', async () => {
    const report = await run(true);
    expect(report.records.every((r) => r.outcome === 'unchanged')).toBe(true);
  });
});
