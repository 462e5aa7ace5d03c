import { systemActor } from '../../../platform/actor.ts';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hsdsSchemaDirectory } from '../../../../tests/support/hsds-validators.ts';
import { createTestApp } from '../../../../tests/support/test-app.ts';
import { demoHsdsExportFile } from '../../../../tests/support/test-env.ts';
import { openTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.ts';
import { testScope } from '../../../../tests/support/test-scope.ts';
import { withTables } from '../../../platform/db/database.ts';
import type { Lang } from '../../../platform/i18n-text.ts';
import { loadPlaceRows, loadServiceRows } from '../../catalog/network/network-import.queries.ts';
import { placesOf, servicesOf } from '../../catalog/network/network-import.rows.ts';
import { organizationId } from '../../catalog/network/network-loader.ts';
import type { InteropDb } from './hsds-export.queries.ts';
import { importHsds } from '../interop.use-cases.ts';

let demo: TestDatabase;
let target: TestDatabase;
let app: Awaited<ReturnType<typeof createTestApp>>;

beforeAll(async () => {
  [demo, target] = await Promise.all([openTestDatabase('demo'), openTestDatabase('empty')]);
  app = await createTestApp(demo);
});
afterAll(async () => {
  await demo?.close();
  await target?.close();
});

const db = (d: TestDatabase) => withTables<InteropDb>(d.db);
async function* bytes(text: string) {
  yield text;
}
const importText = (text: string, lang: Lang, options: { dryRun?: boolean; source?: string } = {}) =>
  importHsds(db(target), testScope({ actor: systemActor('test') }), {
    source: options.source ?? 'hsds:demo',
    body: bytes(text),
    lang,
    dryRun: options.dryRun ?? false,
  });

/**
 * A translation equal to the Finnish text cannot cross HSDS (a one-language export falls back to
 * Finnish, so the import reads such a text as untranslated): compared without them.
 */
function withoutRedundantTranslations<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutRedundantTranslations) as T;
  if (!value || typeof value !== 'object') return value;
  const o = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutRedundantTranslations(v)]));
  if (typeof o.fi === 'string') for (const lang of ['sv', 'en']) if (o[lang] === o.fi) delete o[lang];
  return o as T;
}

/** The canonical form of every service and place of a database, by id (sorted where order carries no meaning). */
async function network(d: TestDatabase) {
  const tx = db(d);
  const ids = async (table: 'service' | 'place') => (await tx.selectFrom(table).select('id').execute()).map((r) => r.id);
  const services = Object.fromEntries(servicesOf(await loadServiceRows(tx, await ids('service'))));
  const places = Object.fromEntries(placesOf(await loadPlaceRows(tx, await ids('place'))));
  for (const s of Object.values(services)) s.contacts.sort((a, b) => `${a.kind}${a.value}`.localeCompare(`${b.kind}${b.value}`));
  return { services: withoutRedundantTranslations(services), places: withoutRedundantTranslations(places) };
}

/** Only the Finnish texts, for the services and places the Swedish and English imports leave out. */
function finnishOnly<T>(value: T): T {
  if (Array.isArray(value)) return value.map(finnishOnly) as T;
  if (!value || typeof value !== 'object') return value;
  const o = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, finnishOnly(v)]));
  if (typeof o.fi === 'string') {
    delete o.sv;
    delete o.en;
  }
  return o as T;
}

// Mikkeli's own services (a slice) also cross in Swedish and English: each import takes seconds.
const SLICE = organizationId('kunta-mikkeli');
// The whole Finnish export was fetched once from the same endpoint by the global setup.
const exportOf = async (lang: Lang, slice = false) =>
  lang === 'fi' && !slice
    ? readFile(demoHsdsExportFile(), 'utf8')
    : (await app.get(`/hsds/services?format=ndjson&full=true&lang=${lang}${slice ? `&organization_id=${SLICE}` : ''}`)).text();

describe('an export of the demo region, imported into an empty database', () => {
  it('imports without rejections: the whole region in fi, a slice in sv and en', async () => {
    for (const [lang, slice] of [
      ['fi', false],
      ['sv', true],
      ['en', true],
    ] as const) {
      const report = await importText(await exportOf(lang, slice), lang);
      const rejected = report.records.filter((r) => r.outcome === 'rejected');
      expect(rejected, JSON.stringify(rejected.slice(0, 3))).toEqual([]);
      if (lang === 'fi') expect(report.added.regions).toEqual(['etela-savo']);
    }
  });

  it('reproduces the same services, places and hours (texts in fi; in sv and en too for the slice)', async () => {
    const [before, after] = await Promise.all([network(demo), network(target)]);
    expect(Object.keys(after.services).length).toBe(Object.keys(before.services).length);
    expect(Object.keys(after.places).length).toBe(Object.keys(before.places).length);
    const inSlice = new Set(
      Object.entries(before.services).flatMap(([id, s]) => (s.organizationId === SLICE ? [id, ...s.at.map((a) => a.placeId)] : [])),
    );
    expect(inSlice.size).toBeGreaterThan(5);
    const texts = <T>(id: string, value: T) => (inSlice.has(id) ? value : finnishOnly(value));
    // Both sides are built by the same code, keys in the same order: equal JSON is equal; anything else gets toEqual's diff.
    const same = <T>(id: string, a: T, b: T, what: string) => {
      const [x, y] = [texts(id, a), texts(id, b)];
      if (JSON.stringify(x) !== JSON.stringify(y)) expect(x, `${what} ${id}`).toEqual(y);
    };
    for (const [id, service] of Object.entries(before.services)) same(id, after.services[id], service, 'service');
    for (const [id, place] of Object.entries(before.places)) same(id, after.places[id], place, 'place');
  });

  it('finds nothing to change when the same export comes again', async () => {
    const report = await importText(await exportOf('sv', true), 'sv', { dryRun: true });
    expect(report.counts.service.unchanged).toBeGreaterThan(5);
    expect(report.counts.service, JSON.stringify(report.records.filter((r) => r.outcome !== 'unchanged').slice(0, 3))).toMatchObject({
      created: 0,
      updated: 0,
      conflict: 0,
      rejected: 0,
    });
  });
});

describe("the specification's own examples", () => {
  it('import without rejections, saying what they lose', async () => {
    const directory = hsdsSchemaDirectory();
    for (const file of ['service_full.json', 'organization_full.json', 'service_at_location_full.json']) {
      const report = await importText(readFileSync(join(directory, 'examples', file), 'utf8'), 'en', { source: 'hsds:examples' });
      const rejected = report.records.filter((r) => r.outcome === 'rejected');
      expect(rejected, `${file}: ${JSON.stringify(rejected)}`).toEqual([]);
      expect(report.counts.service.created + report.counts.service.updated + report.counts.service.unchanged, file).toBe(1);
      const warnings = report.records.flatMap((r) => r.warnings ?? []).map((w) => w.key);
      // A US address is no place in Finland, http links become https, Urdu is not a language of the tray.
      expect(warnings, file).toEqual(expect.arrayContaining(['locationWithoutFinnishAddress', 'httpUpgraded', 'languageDropped']));
    }
  });
});
