import { describe, expect, it } from 'vitest';
import { systemActor } from '../../src/platform/actor.ts';
import { withTables, write } from '../../src/platform/db/database.ts';
import type { CatalogDb } from '../../src/modules/catalog/catalog.tables.ts';
import { addDays } from '../../src/platform/helsinki-time.ts';
import type { I18nText } from '../../src/platform/i18n-text.ts';
import { categories } from '../../src/modules/catalog/reference/categories.ts';
import { methods } from '../../src/modules/catalog/reference/methods.ts';
import type { HoursExceptionSeed, NetworkDataset, WeeklyHoursSeed } from '../../src/modules/catalog/network/network-dataset.ts';
import { catalogRowCounts, countServicesMatching } from '../../src/modules/catalog/network/network-admin.queries.ts';
import { loadNetworkDataset } from '../../src/modules/catalog/network/network-loader.ts';
import { TEST_TODAY } from '../../tests/support/test-clock.ts';
import { openTestDatabase } from '../../tests/support/test-database.ts';
import { RESERVED_MUNICIPALITY_CODES, generateSyntheticNetwork, schoolTerms } from './synthetic-network.ts';

const data = generateSyntheticNetwork({ today: TEST_TODAY });

const PHONE = /^\+?[0-9 ()-]{5,20}$/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/;
const okText = (t: I18nText | undefined) =>
  t === undefined ||
  (t.fi.trim().length > 0 && (t.sv === undefined || t.sv.trim().length > 0) && (t.en === undefined || t.en.trim().length > 0));

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => (seen.has(v) ? true : (seen.add(v), false)));
}

const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));

/** Overlaps that the opening_hours exclusion constraint would reject, as 'owner/weekday'. */
function overlaps(owner: string, hours: WeeklyHoursSeed[] | undefined): string[] {
  const found: string[] = [];
  const rows = (hours ?? []).flatMap((h) => h.days.map((day) => ({ ...h, day })));
  for (let i = 0; i < rows.length; i++)
    for (let j = i + 1; j < rows.length; j++) {
      const a = rows[i]!;
      const b = rows[j]!;
      const times = minutes(a.opens) < minutes(b.closes) && minutes(b.opens) < minutes(a.closes);
      const dates = (a.validFrom ?? '0000') <= (b.validTo ?? '9999') && (b.validFrom ?? '0000') <= (a.validTo ?? '9999');
      if (a.day === b.day && times && dates) found.push(`${owner}/${a.day}`);
    }
  return found;
}

describe('generateSyntheticNetwork', () => {
  it('has national scale by default', () => {
    expect(data.regions.length).toBeGreaterThanOrEqual(21);
    expect(data.municipalities.length).toBeGreaterThanOrEqual(300);
    expect(data.services.length).toBeGreaterThanOrEqual(30_000);
    expect(data.places.length).toBeGreaterThanOrEqual(10_000);
    expect(data.services.filter((s) => s.scope === 'national').length).toBeGreaterThanOrEqual(24);
  });

  it('is deterministic for a seed', () => {
    const sample = (d: NetworkDataset) =>
      JSON.stringify({
        regions: d.regions,
        municipalities: d.municipalities.slice(0, 40),
        organizations: d.organizations.filter((_, i) => i % 50 === 0),
        places: d.places.filter((_, i) => i % 211 === 0),
        services: d.services.filter((_, i) => i % 307 === 0),
      });
    const small = { regions: 3, municipalities: 20, seed: 7, today: TEST_TODAY };
    const first = sample(generateSyntheticNetwork(small));
    expect(first).toBe(sample(generateSyntheticNetwork(small)));
    expect(first).not.toBe(sample(generateSyntheticNetwork({ ...small, seed: 8 })));
    expect(sample(generateSyntheticNetwork({ today: TEST_TODAY }))).toBe(sample(data));
    // Another day moves the dates and nothing else.
    const later = sample(generateSyntheticNetwork({ ...small, today: '2030-03-15' }));
    const undated = (text: string) => text.replace(/\d{4}-\d\d-\d\d/g, 'DATE');
    expect(later).not.toBe(first);
    expect(undated(later)).toBe(undated(first));
  });

  it.each(['2030-03-15', '2031-10-30', '2030-06-20', '2030-12-24'])('counts its dates from today = %s', (today) => {
    const d = generateSyntheticNetwork({ regions: 2, municipalities: 4, seed: 3, today });
    const sixMonthsAgo = new Date(`${today}T00:00:00Z`);
    sixMonthsAgo.setUTCMonth(sixMonthsAgo.getUTCMonth() - 6);
    const stale = [...d.places, ...d.services].filter(
      (e) => e.lastChecked < sixMonthsAgo.toISOString().slice(0, 10) || e.lastChecked > today,
    );
    expect(stale.map((e) => `${e.key} ${e.lastChecked}`)).toEqual([]);
    // Every owner has, for each weekday with hours, a row in force today or later.
    const owners: [string, WeeklyHoursSeed[], HoursExceptionSeed[]][] = [
      ...d.places.map((p): [string, WeeklyHoursSeed[], HoursExceptionSeed[]] => [p.key, p.hours ?? [], p.exceptions ?? []]),
      ...d.services.flatMap((s) => [
        [s.key, s.hours ?? [], []] as [string, WeeklyHoursSeed[], HoursExceptionSeed[]],
        ...(s.at ?? []).map((at): [string, WeeklyHoursSeed[], HoursExceptionSeed[]] => [
          `${s.key}@${at.place}`,
          at.hours ?? [],
          at.exceptions ?? [],
        ]),
      ]),
    ];
    const expired = owners.flatMap(([owner, hours]) =>
      [...new Set(hours.flatMap((h) => h.days))]
        .filter((day) => !hours.some((h) => h.days.includes(day) && (!h.validTo || h.validTo >= today)))
        .map((day) => `${owner}/${day}`),
    );
    expect(expired).toEqual([]);
    expect(owners.some(([, hours]) => hours.some((h) => h.validTo))).toBe(true);
    // Exception days: from today on, within 13 months.
    const latest = new Date(`${today}T00:00:00Z`);
    latest.setUTCMonth(latest.getUTCMonth() + 13);
    const exceptions = owners.flatMap(([owner, , days]) => days.map((e) => `${owner} ${e.day}`));
    expect(exceptions.length).toBeGreaterThan(0);
    expect(
      owners.flatMap(([owner, , days]) =>
        days.filter((e) => e.day < today || e.day > latest.toISOString().slice(0, 10)).map((e) => `${owner} ${e.day}`),
      ),
    ).toEqual([]);
  });

  it('keeps groups to the school term under way or coming and the one after it', () => {
    expect(schoolTerms('2026-11-23')).toEqual([
      ['2026-08-10', '2026-12-18'],
      ['2027-01-07', '2027-06-04'],
    ]);
    expect(schoolTerms('2026-12-19')).toEqual([
      ['2027-01-07', '2027-06-04'],
      ['2027-08-16', '2027-12-24'],
    ]);
    expect(schoolTerms('2027-06-05')).toEqual([
      ['2027-08-16', '2027-12-24'],
      ['2028-01-07', '2028-06-02'],
    ]);
    for (let today = '2030-01-01'; today <= '2031-12-31'; today = addDays(today, 5)) {
      const [current, next] = schoolTerms(today);
      expect(current[1] >= today && current[0] <= current[1] && current[1] < next[0] && next[0] <= next[1], today).toBe(true);
    }
  });

  it('has unique keys and codes that fit the schema and the demo region', () => {
    expect(duplicates(data.regions.map((r) => r.id))).toEqual([]);
    expect(duplicates(data.regions.map((r) => r.code))).toEqual([]);
    expect(duplicates(data.municipalities.map((m) => m.code))).toEqual([]);
    expect(duplicates(data.organizations.map((o) => o.key))).toEqual([]);
    expect(duplicates(data.places.map((p) => p.key))).toEqual([]);
    expect(duplicates(data.services.map((s) => s.key))).toEqual([]);
    expect(duplicates(data.municipalities.map((m) => m.name.fi))).toEqual([]);
    for (const r of data.regions) {
      expect(r.id).toMatch(/^[a-z][a-z0-9-]{1,62}$/);
      expect(r.code).toMatch(/^[0-9A-Z]{1,8}$/);
      expect(r.code).not.toBe('10');
    }
    for (const m of data.municipalities) {
      expect(m.code).toMatch(/^[0-9]{3}$/);
      expect(RESERVED_MUNICIPALITY_CODES).not.toContain(m.code);
    }
  });

  it('resolves every reference', () => {
    const regions = new Set(data.regions.map((r) => r.id));
    const munis = new Map(data.municipalities.map((m) => [m.code, m]));
    const orgs = new Map(data.organizations.map((o) => [o.key, o]));
    const places = new Set(data.places.map((p) => p.key));
    const categoryCodes = new Set(categories.map((c) => c.code));
    const methodCodes = new Set(methods.map((m) => m.code));
    const missing: string[] = [];
    const need = (ok: boolean, what: string) => ok || missing.push(what);
    for (const m of data.municipalities) need(regions.has(m.regionId), `municipality ${m.code}`);
    for (const o of data.organizations) {
      need(o.regionId === null || regions.has(o.regionId), `organization ${o.key} region`);
      need(o.municipality === undefined || munis.has(o.municipality), `organization ${o.key} municipality`);
    }
    for (const p of data.places) {
      need(orgs.has(p.organization), `place ${p.key} organization`);
      need(munis.has(p.municipality), `place ${p.key} municipality`);
      for (const code of p.familyCentreArea ?? []) need(munis.has(code), `place ${p.key} area ${code}`);
    }
    for (const s of data.services) {
      need(orgs.has(s.organization), `service ${s.key} organization`);
      for (const code of s.areas ?? []) need(munis.has(code), `service ${s.key} area ${code}`);
      for (const code of s.categories) need(categoryCodes.has(code), `service ${s.key} category ${code}`);
      for (const code of s.methods ?? []) need(methodCodes.has(code), `service ${s.key} method ${code}`);
      for (const at of s.at ?? []) need(places.has(at.place), `service ${s.key} place ${at.place}`);
      expect(duplicates((s.at ?? []).map((a) => a.place))).toEqual([]);
    }
    expect(missing).toEqual([]);
  });

  it('keeps scope, areas, regions and organisations consistent', () => {
    const munis = new Map(data.municipalities.map((m) => [m.code, m]));
    const orgs = new Map(data.organizations.map((o) => [o.key, o]));
    const places = new Map(data.places.map((p) => [p.key, p]));
    const wrong: string[] = [];
    for (const s of data.services) {
      const org = orgs.get(s.organization)!;
      if (s.scope === 'national') {
        if (s.regionId !== null || s.areas?.length || org.regionId !== null) wrong.push(s.key);
      } else {
        if (s.regionId === null || (org.regionId !== null && org.regionId !== s.regionId)) wrong.push(s.key);
        if (s.scope === 'region' && s.areas?.length) wrong.push(s.key);
        if (s.scope === 'municipalities' && (!s.areas?.length || s.areas.some((c) => munis.get(c)?.regionId !== s.regionId)))
          wrong.push(s.key);
        for (const at of s.at ?? [])
          if (munis.get(places.get(at.place)!.municipality)?.regionId !== s.regionId) wrong.push(`${s.key}@${at.place}`);
      }
    }
    for (const o of data.organizations)
      if (o.regionId === null && !['state', 'ngo', 'company', 'expertiseCentre'].includes(o.type)) wrong.push(o.key);
    for (const o of data.organizations) if (o.type === 'municipality' && !o.municipality) wrong.push(o.key);
    expect(wrong).toEqual([]);
  });

  it('gives every region 1–3 family centres that cover all its municipalities', () => {
    for (const region of data.regions) {
      const munis = data.municipalities.filter((m) => m.regionId === region.id).map((m) => m.code);
      const centres = data.places.filter((p) => p.kind === 'familyCentre' && munis.includes(p.municipality));
      expect(centres.length).toBeGreaterThanOrEqual(1);
      expect(centres.length).toBeLessThanOrEqual(3);
      expect(centres.flatMap((c) => c.familyCentreArea ?? []).sort()).toEqual([...munis].sort());
      const each = new Set(munis);
      for (const p of data.places) if (p.familyCentreArea) expect(p.kind).toBe('familyCentre');
      expect(data.places.filter((p) => each.has(p.municipality) && p.kind === 'centralMeetingPlace').length).toBe(munis.length);
    }
  });

  it('never overlaps opening hours of one owner on one weekday', () => {
    const found: string[] = [];
    const bad: string[] = [];
    const check = (owner: string, hours: WeeklyHoursSeed[] | undefined) => {
      found.push(...overlaps(owner, hours));
      for (const h of hours ?? []) if (!(minutes(h.opens) < minutes(h.closes)) || h.days.some((d) => d < 1 || d > 7)) bad.push(owner);
    };
    for (const p of data.places) check(p.key, p.hours);
    for (const s of data.services) {
      check(s.key, s.hours);
      for (const at of s.at ?? []) check(`${s.key}@${at.place}`, at.hours);
    }
    expect(found).toEqual([]);
    expect(bad).toEqual([]);
  });

  it('writes values the database constraints accept', () => {
    const bad: string[] = [];
    const texts = (key: string, ...list: (I18nText | undefined)[]) => list.every(okText) || bad.push(`${key} text`);
    for (const o of data.organizations) {
      texts(o.key, o.name, o.description);
      if (o.website && !o.website.startsWith('https://')) bad.push(`${o.key} website`);
      if (o.businessId && !/^[0-9]{7}-[0-9]$/.test(o.businessId)) bad.push(`${o.key} business id`);
    }
    for (const p of data.places) {
      texts(p.key, p.name, p.postOffice, p.description, p.transportNote, p.accessibilityNote, p.statusNote);
      if (!/^[0-9]{5}$/.test(p.postalCode)) bad.push(`${p.key} postal code`);
      if (p.phone && !PHONE.test(p.phone)) bad.push(`${p.key} phone`);
      if (p.email && !EMAIL.test(p.email)) bad.push(`${p.key} email`);
      if (p.website && !p.website.startsWith('https://')) bad.push(`${p.key} website`);
      const { latitude, longitude } = p.location!;
      if (latitude < 59.5 || latitude > 70.1 || longitude < 19 || longitude > 31.6) bad.push(`${p.key} location`);
    }
    for (const s of data.services) {
      texts(s.key, s.name, s.summary, s.description, s.keywords, s.costNote, s.statusNote);
      if (s.ageMin !== undefined && s.ageMax !== undefined && s.ageMin > s.ageMax) bad.push(`${s.key} ages`);
      for (const c of s.contacts ?? []) {
        if (c.kind === 'phone' && !PHONE.test(c.value)) bad.push(`${s.key} phone`);
        if (c.kind === 'email' && !EMAIL.test(c.value)) bad.push(`${s.key} email`);
        if (['web', 'chat', 'eService', 'booking'].includes(c.kind) && !c.value.startsWith('https://')) bad.push(`${s.key} ${c.kind}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('concentrates clinic words per municipality and varies municipality sizes', () => {
    const neuvola = data.services.filter((s) => /neuvola/i.test(`${s.name.fi} ${s.keywords?.fi ?? ''}`));
    expect(neuvola.length).toBeGreaterThan(1_000);
    const perMuni = new Map<string, number>();
    for (const s of data.services) for (const code of s.areas ?? []) perMuni.set(code, (perMuni.get(code) ?? 0) + 1);
    const sizes = [...perMuni.values()].sort((a, b) => a - b);
    expect(sizes.at(-1)! / sizes[0]!).toBeGreaterThan(20);
  });

  it('loads a small network into the test database without violating constraints', async () => {
    // Small (some 550 services) but with every service template and place kind: the load time
    // grows with the number of services.
    const size = { regions: 2, municipalities: 4 };
    const small = generateSyntheticNetwork({ ...size, seed: 3, today: TEST_TODAY });
    // Migrated, with the shared taxonomy and no region.
    const handle = await openTestDatabase('empty');
    try {
      const db = withTables<CatalogDb>(handle.db);
      const loaded = await write(db, systemActor('test'), (tx) => loadNetworkDataset(tx, small));
      expect(loaded).toEqual({ services: small.services.length, places: small.places.length });
      const counts = await catalogRowCounts(db);
      expect(counts).toMatchObject({
        region: size.regions,
        municipality: size.municipalities,
        organization: small.organizations.length,
        service: small.services.length,
      });
      expect(counts.opening_hours).toBeGreaterThan(0);
      expect(await countServicesMatching(db, 'neuvola:*')).toBeGreaterThan(0);
    } finally {
      await handle.close();
    }
  });
});
