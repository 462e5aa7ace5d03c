import { systemActor } from '../../../platform/actor.ts';
import { sql } from 'kysely';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.ts';
import { testScope } from '../../../../tests/support/test-scope.ts';
import { withTables } from '../../../platform/db/database.ts';
import type { InteropDb } from '../hsds/hsds-export.queries.ts';
import { hsdsRecords } from '../hsds/hsds-import.ts';
import { importHsds } from '../interop.use-cases.ts';
import { JsonInputError, jsonRecords } from './json-records.ts';
import { municipalityResolver } from './municipality-resolver.ts';

let database: TestDatabase;
const db = () => withTables<InteropDb>(database.db);

beforeAll(async () => {
  database = await openTestDatabase('empty');
});
afterAll(() => database?.close());

const organization = { id: 'org-1', name: 'Perheyhdistys ry', description: 'Yhdistys' };
const service = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  name: 'Perhekahvila',
  status: 'active',
  description: 'Avoin kohtaamispaikka.',
  organization,
  service_areas: [{ id: 'a', name: 'Mikkeli' }],
  ...extra,
});

/** A hostile file: every line a trap, the good records among them. */
function hostileFile(truncated: boolean) {
  const lines = [
    JSON.stringify(service('good-1')),
    JSON.stringify(
      service('wrong-types', { name: 123, status: 5, service_areas: 'everywhere', phones: 'call', schedules: [{ opens_at: 7 }] }),
    ),
    JSON.stringify(service('no-name', { name: undefined })),
    JSON.stringify(service('twice')),
    JSON.stringify(service('twice', { description: 'Toinen kuvaus.' })),
    JSON.stringify(service('html', { name: '<b onclick="x()">Perhe</b>kerho <script>alert(1)</script>' })),
    JSON.stringify(
      service('languages', {
        languages: [
          { id: 'l', code: 'tlh' },
          { id: 'm', code: 'swe' },
        ],
      }),
    ),
    `{"id":"deep","name":"x","status":"active","extra":${'['.repeat(1000)}${']'.repeat(1000)}}`,
    '"just a string"',
    JSON.stringify(service('good-2', { name: 'Vauvakerho' })),
  ];
  return lines.join('\n') + (truncated ? '\n{"id":"cut","name":"Kesken' : '\n');
}
async function* bytes(...parts: (string | (() => AsyncGenerator<string>))[]) {
  for (const p of parts) {
    if (typeof p === 'string') yield p;
    else yield* p();
  }
}
const importBody = (body: AsyncIterable<string>, dryRun = false) =>
  importHsds(db(), testScope({ actor: systemActor('test') }), { source: 'hsds:hostile', body, lang: 'fi', dryRun });

describe('a broken or hostile HSDS file', () => {
  it('is not even read for an anonymous request', async () => {
    await expect(importHsds(db(), testScope(), { source: 'hsds:x', body: bytes('[]'), lang: 'fi', dryRun: true })).rejects.toMatchObject({
      status: 403,
    });
  });

  it('that ends in the middle applies nothing, and says what it read', async () => {
    const report = await importBody(bytes(hostileFile(true)));
    expect(report.applied).toBe(false);
    expect(report.problems).toMatchObject([{ key: 'invalidJson', fatal: true }]);
    expect(report.counts.service.created).toBe(5);
    expect(await db().selectFrom('service').select('id').execute()).toEqual([]);
  });

  it('is imported but for its bad records, each rejected or cleaned with a reason', async () => {
    const report = await importBody(bytes(hostileFile(false)));
    expect(report.applied).toBe(true);
    const outcome = (id: string) => report.records.filter((r) => r.sourceId === id).map((r) => r.outcome);
    expect(outcome('good-1')).toEqual(['created']);
    expect(outcome('good-2')).toEqual(['created']);
    expect(outcome('wrong-types')).toEqual(['rejected']);
    expect(outcome('no-name')).toEqual(['rejected']);
    expect(outcome('twice').sort()).toEqual(['created', 'rejected']);
    expect(report.records.find((r) => r.reasons?.some((x) => x.key === 'tooDeep'))).toBeDefined();
    const html = await db()
      .selectFrom('service')
      .select('name')
      .where(sql<boolean>`name @> ${JSON.stringify({ fi: 'Perhekerho' })}::jsonb`)
      .executeTakeFirst();
    expect(html?.name.fi).toBe('Perhekerho');
    expect(report.records.find((r) => r.sourceId === 'html')?.warnings).toEqual(
      expect.arrayContaining([expect.objectContaining({ key: 'htmlRemoved' })]),
    );
    expect(report.records.find((r) => r.sourceId === 'languages')?.warnings).toEqual(
      expect.arrayContaining([expect.objectContaining({ key: 'languageDropped', params: { value: 'tlh' } })]),
    );
  });

  it('of 50 MB in one text is read as it streams and its record skipped', async () => {
    const mb = 'x'.repeat(1024 * 1024);
    async function* huge() {
      for (let i = 0; i < 50; i++) yield mb;
    }
    const report = await importBody(
      bytes(`{"id":"huge","name":"`, huge, `","status":"active"}\n`, JSON.stringify(service('after-huge'))),
      true,
    );
    expect(report.records.filter((r) => r.kind === 'service').map((r) => [r.sourceId, r.outcome])).toEqual([
      ['#1', 'rejected'],
      ['after-huge', 'created'],
    ]);
    expect(report.records[0]!.reasons).toEqual([{ key: 'stringTooLong' }]);
  });
});

describe('reading any input', () => {
  const resolver = municipalityResolver(
    [{ code: '491', name: { fi: 'Mikkeli' }, countyId: 'etela-savo', aliases: [] }],
    [{ id: 'etela-savo', code: '12', name: { fi: 'Etelä-Savon hyvinvointialue' }, aliases: [] }],
  );
  const options = { lang: 'fi' as const, today: '2026-11-23', resolver, categories: new Set<string>(), methods: new Set<string>() };

  it('maps any JSON value to records or rejections, never throwing', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        for (const r of hsdsRecords(value, 0, options)) expect(typeof r.sourceId).toBe('string');
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom(
            'name',
            'status',
            'service_areas',
            'service_at_locations',
            'schedules',
            'phones',
            'languages',
            'organization',
            'attributes',
            'description',
            'minimum_age',
          ),
          fc.jsonValue(),
        ),
        (fields) => {
          hsdsRecords({ ...service('s'), ...fields }, 0, options);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads any text as records, or says it is no JSON', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), async (text) => {
        try {
          for await (const item of jsonRecords(bytes(text))) expect(['record', 'skipped']).toContain(item.kind);
        } catch (error) {
          expect(error).toBeInstanceOf(JsonInputError);
        }
      }),
      { numRuns: 300 },
    );
  });
});
