import { describe, expect, it } from 'vitest';
import { systemActor } from '../../../platform/actor.ts';
import { withTables, write } from '../../../platform/db/database.ts';
import type { CatalogDb } from '../catalog.tables.ts';
import { openTestDatabase } from '../../../../tests/support/test-database.ts';
import { TEST_TODAY } from '../../../../tests/support/test-clock.ts';
import { addDays } from '../../../platform/helsinki-time.ts';
import type { I18nText } from '../../../platform/i18n-text.ts';
import { SERVICE_LANGUAGES } from '../catalog.domain.ts';
import type { HoursExceptionSeed, NetworkDataset, WeeklyHoursSeed } from '../network/network-dataset.ts';
import { catalogRowCounts } from '../network/network-admin.queries.ts';
import { loadNetworkDataset } from '../network/network-loader.ts';
import { closedDayOn } from '../opening-hours.ts';
import { categories } from '../reference/categories.ts';
import { methods } from '../reference/methods.ts';
import { synonyms } from '../reference/synonyms.ts';
import { demoCalendar } from './etela-savo.common.ts';
import { createEtelaSavoDataset } from './etela-savo.ts';

/** The demo as the test fixture database holds it: dated from the tests' default clock. */
const etelaSavo = createEtelaSavoDataset(TEST_TODAY);
const { regions, municipalities, organizations, places, services } = etelaSavo;

const duplicates = (values: string[]) => values.filter((v, i) => values.indexOf(v) !== i);
const codes = new Set(municipalities.map((m) => m.code));
const regionIds = new Set(regions.map((r) => r.id));
const orgKeys = new Set(organizations.map((o) => o.key));
const placeKeys = new Set(places.map((p) => p.key));
const categoryCodes = new Set(categories.map((c) => c.code));
const methodCodes = new Set(methods.map((m) => m.code));

/** Every translatable text in the dataset, with where it is. */
function* texts(): Generator<[string, I18nText]> {
  for (const r of regions) yield [`region ${r.id}`, r.name];
  for (const m of municipalities) yield [`municipality ${m.code}`, m.name];
  for (const o of organizations)
    for (const [k, v] of Object.entries({ name: o.name, description: o.description })) if (v) yield [`org ${o.key} ${k}`, v];
  for (const p of places) {
    for (const [k, v] of Object.entries({
      name: p.name,
      description: p.description,
      postOffice: p.postOffice,
      transport: p.transportNote,
      access: p.accessibilityNote,
      status: p.statusNote,
    }))
      if (v) yield [`place ${p.key} ${k}`, v];
    for (const e of p.exceptions ?? []) if (e.note) yield [`place ${p.key} exception ${e.day}`, e.note];
  }
  for (const s of services) {
    for (const [k, v] of Object.entries({
      name: s.name,
      summary: s.summary,
      description: s.description,
      keywords: s.keywords,
      cost: s.costNote,
      status: s.statusNote,
    }))
      if (v) yield [`service ${s.key} ${k}`, v];
    for (const c of s.contacts ?? []) for (const v of [c.label, c.hoursNote]) if (v) yield [`service ${s.key} contact`, v];
    for (const at of s.at ?? []) if (at.note) yield [`service ${s.key} at ${at.place}`, at.note];
  }
}

/** Every owner of opening hours: places, services reached without a place, services at places. */
function* hoursOwners({ places, services } = etelaSavo): Generator<[string, WeeklyHoursSeed[], HoursExceptionSeed[]]> {
  for (const p of places) yield [`place ${p.key}`, p.hours ?? [], p.exceptions ?? []];
  for (const s of services) {
    yield [`service ${s.key}`, s.hours ?? [], []];
    for (const at of s.at ?? []) yield [`service ${s.key} at ${at.place}`, at.hours ?? [], at.exceptions ?? []];
  }
}

const minutes = (time: string) => {
  const [h, m] = time.split(':').map(Number);
  return h! * 60 + m!;
};

/** Invalid or overlapping weekly hours and malformed or repeated exception days, as 'owner: problem'. */
function hoursProblems(dataset: NetworkDataset): string[] {
  const bad: string[] = [];
  for (const [owner, weekly, exceptions] of hoursOwners(dataset)) {
    const rows = weekly.flatMap((h) => h.days.map((day) => ({ ...h, day, from: minutes(h.opens), to: minutes(h.closes) })));
    for (const r of rows) {
      if (!Number.isInteger(r.day) || r.day < 1 || r.day > 7) bad.push(`${owner}: weekday ${r.day}`);
      if (!/^\d\d:\d\d$/.test(r.opens) || !/^\d\d:\d\d$/.test(r.closes)) bad.push(`${owner}: time format`);
      if (r.from >= r.to) bad.push(`${owner}: ${r.opens}–${r.closes}`);
      if (r.validFrom && r.validTo && r.validFrom > r.validTo) bad.push(`${owner}: validity`);
    }
    for (const day of new Set(rows.map((r) => r.day))) {
      const sameDay = rows.filter((r) => r.day === day);
      sameDay.forEach((a, i) =>
        sameDay.slice(i + 1).forEach((b) => {
          const timesOverlap = a.from < b.to && b.from < a.to;
          const datesOverlap = (a.validFrom ?? '0000') <= (b.validTo ?? '9999') && (b.validFrom ?? '0000') <= (a.validTo ?? '9999');
          if (timesOverlap && datesOverlap) bad.push(`${owner}: overlap on day ${day}`);
        }),
      );
    }
    if (duplicates(exceptions.map((e) => e.day)).length) bad.push(`${owner}: exception day twice`);
    for (const e of exceptions) {
      if (!/^\d{4}-\d\d-\d\d$/.test(e.day)) bad.push(`${owner}: exception ${e.day}`);
      const ok = e.closed
        ? e.opens === undefined && e.closes === undefined
        : !!e.opens && !!e.closes && minutes(e.opens) < minutes(e.closes);
      if (!ok) bad.push(`${owner}: exception ${e.day}`);
    }
  }
  return bad;
}

describe('Etelä-Savo demo dataset', () => {
  it('has the region and its 12 municipalities', () => {
    expect(regions).toEqual([expect.objectContaining({ id: 'etela-savo', code: '10' })]);
    expect(municipalities.map((m) => m.code).sort()).toEqual([
      '046',
      '097',
      '178',
      '213',
      '491',
      '507',
      '588',
      '593',
      '623',
      '681',
      '740',
      '768',
    ]);
    for (const m of municipalities) {
      expect(regionIds.has(m.regionId)).toBe(true);
      expect(m.name.sv && m.name.en).toBeTruthy();
    }
  });

  it('has unique keys', () => {
    expect(duplicates(municipalities.map((m) => m.code))).toEqual([]);
    expect(duplicates(organizations.map((o) => o.key))).toEqual([]);
    expect(duplicates(places.map((p) => p.key))).toEqual([]);
    expect(duplicates(services.map((s) => s.key))).toEqual([]);
  });

  it('refers only to organisations, places, municipalities, categories and methods that exist', () => {
    const missing: string[] = [];
    const need = (ok: boolean, what: string) => ok || missing.push(what);
    for (const o of organizations) {
      need(o.regionId === null || regionIds.has(o.regionId), `org ${o.key} region`);
      need(!o.municipality || codes.has(o.municipality), `org ${o.key} municipality`);
      need(o.type !== 'municipality' || !!o.municipality, `org ${o.key} is a municipality without a code`);
      need(o.regionId !== null || ['state', 'ngo', 'company', 'expertiseCentre'].includes(o.type), `org ${o.key} needs a region`);
    }
    for (const p of places) {
      need(orgKeys.has(p.organization), `place ${p.key} organization ${p.organization}`);
      need(codes.has(p.municipality), `place ${p.key} municipality`);
      for (const code of p.familyCentreArea ?? []) need(codes.has(code), `place ${p.key} area ${code}`);
      need(!p.familyCentreArea || p.kind === 'familyCentre', `place ${p.key} has an area but is no family centre`);
    }
    for (const s of services) {
      need(orgKeys.has(s.organization), `service ${s.key} organization ${s.organization}`);
      need(s.regionId === null || regionIds.has(s.regionId), `service ${s.key} region`);
      for (const code of s.areas ?? []) need(codes.has(code), `service ${s.key} area ${code}`);
      need(s.categories.length > 0, `service ${s.key} has no category`);
      for (const code of s.categories) need(categoryCodes.has(code), `service ${s.key} category ${code}`);
      for (const code of s.methods ?? []) need(methodCodes.has(code), `service ${s.key} method ${code}`);
      for (const at of s.at ?? []) need(placeKeys.has(at.place), `service ${s.key} place ${at.place}`);
      need(duplicates((s.at ?? []).map((a) => a.place)).length === 0, `service ${s.key} lists a place twice`);
    }
    expect(missing).toEqual([]);
  });

  it('has at least one open meeting place and exactly one central meeting place in every municipality', () => {
    for (const code of codes) {
      const here = places.filter((p) => p.municipality === code);
      expect(
        here.filter((p) => p.kind === 'centralMeetingPlace'),
        code,
      ).toHaveLength(1);
      expect(here.filter((p) => p.kind === 'meetingPlace' || p.kind === 'centralMeetingPlace').length, code).toBeGreaterThanOrEqual(1);
      expect(
        here.some((p) => p.kind === 'servicePoint'),
        `${code} health station`,
      ).toBe(true);
    }
  });

  it('has three family centres whose areas cover every municipality once', () => {
    const centres = places.filter((p) => p.kind === 'familyCentre');
    expect(centres.map((p) => p.municipality).sort()).toEqual(['491', '593', '740']);
    const covered = centres.flatMap((p) => p.familyCentreArea ?? []);
    expect(duplicates(covered)).toEqual([]);
    expect(covered.sort()).toEqual([...codes].sort());
    for (const c of centres) expect(c.familyCentreArea).toContain(c.municipality);
  });

  it('keeps scope, areas and region consistent', () => {
    for (const s of services) {
      if (s.scope === 'municipalities') expect(s.areas?.length, s.key).toBeGreaterThan(0);
      else expect(s.areas ?? [], s.key).toEqual([]);
      expect(s.scope === 'national', s.key).toBe(s.regionId === null);
    }
  });

  it('names and summarises every service in Finnish and Swedish', () => {
    for (const s of services) {
      for (const text of [s.name, s.summary]) {
        expect(text.fi.trim(), s.key).not.toBe('');
        expect(text.sv?.trim(), s.key).toBeTruthy();
      }
      expect(s.keywords?.fi, s.key).toBeTruthy();
    }
  });

  it('writes every translatable text as the database expects', () => {
    const bad: string[] = [];
    for (const [where, text] of texts()) {
      const keys = Object.keys(text).filter((k) => !['fi', 'sv', 'en'].includes(k));
      if (keys.length || !text.fi?.trim()) bad.push(where);
      for (const lang of ['sv', 'en'] as const) if (lang in text && !text[lang]?.trim()) bad.push(`${where} ${lang}`);
    }
    expect(bad).toEqual([]);
  });

  it('has valid opening hours without overlaps', () => {
    expect(hoursProblems(etelaSavo)).toEqual([]);
  });

  it('satisfies the database checks on places and services', () => {
    const bad: string[] = [];
    const phoneOk = (v: string) => /^\+?[0-9 ()-]{5,20}$/.test(v);
    const emailOk = (v: string) => /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/.test(v);
    const checkedRecently = (v: string) => /^\d{4}-\d\d-\d\d$/.test(v) && v >= addDays(TEST_TODAY, -150) && v <= TEST_TODAY;
    for (const p of places) {
      if (!/^\d{5}$/.test(p.postalCode)) bad.push(`${p.key} postal code`);
      if (!p.streetAddress.trim()) bad.push(`${p.key} address`);
      const loc = p.location;
      if (loc && (loc.latitude < 59.5 || loc.latitude > 70.1 || loc.longitude < 19 || loc.longitude > 31.6)) bad.push(`${p.key} location`);
      if (p.phone && !phoneOk(p.phone)) bad.push(`${p.key} phone`);
      if (p.email && !emailOk(p.email)) bad.push(`${p.key} email`);
      if (p.website && !p.website.startsWith('https://')) bad.push(`${p.key} website`);
      if (!checkedRecently(p.lastChecked)) bad.push(`${p.key} lastChecked`);
    }
    for (const o of organizations) if (o.website && !o.website.startsWith('https://')) bad.push(`${o.key} website`);
    for (const s of services) {
      if (!s.targetGroups.length || !s.languages.length || !s.delivery.length || !s.access.length) bad.push(`${s.key} empty list`);
      for (const l of s.languages) if (!(SERVICE_LANGUAGES as readonly string[]).includes(l)) bad.push(`${s.key} language ${l}`);
      for (const age of [s.ageMin, s.ageMax]) if (age !== undefined && (age < 0 || age > 29)) bad.push(`${s.key} age`);
      if (s.ageMin !== undefined && s.ageMax !== undefined && s.ageMin > s.ageMax) bad.push(`${s.key} ages`);
      if (!checkedRecently(s.lastChecked)) bad.push(`${s.key} lastChecked`);
      if (s.status && s.status !== 'active' && !s.statusNote) bad.push(`${s.key} status without a note`);
      for (const c of s.contacts ?? []) {
        if (c.kind === 'phone' && !phoneOk(c.value)) bad.push(`${s.key} phone ${c.value}`);
        if (c.kind === 'email' && !emailOk(c.value)) bad.push(`${s.key} email ${c.value}`);
        if (['web', 'chat', 'eService', 'booking'].includes(c.kind) && !c.value.startsWith('https://'))
          bad.push(`${s.key} ${c.kind} ${c.value}`);
      }
      for (const at of s.at ?? []) {
        if (at.phone && !phoneOk(at.phone)) bad.push(`${s.key} at phone`);
        if (at.email && !emailOk(at.email)) bad.push(`${s.key} at email`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('uses only invented contact data', () => {
    const phones = [
      ...places.map((p) => p.phone),
      ...services.flatMap((s) => (s.contacts ?? []).filter((c) => c.kind === 'phone').map((c) => c.value)),
    ];
    for (const p of phones) if (p) expect(p, p).toMatch(/(^| )000 /);
    const emails = [
      ...places.map((p) => p.email),
      ...services.flatMap((s) => (s.contacts ?? []).filter((c) => c.kind === 'email').map((c) => c.value)),
    ];
    for (const e of emails) if (e) expect(e).toMatch(/\.example$/);
    const urls = [
      ...organizations.map((o) => o.website),
      ...places.map((p) => p.website),
      ...services.flatMap((s) => (s.contacts ?? []).filter((c) => c.kind !== 'phone' && c.kind !== 'email').map((c) => c.value)),
    ];
    for (const u of urls) if (u) expect(new URL(u).hostname, u).toMatch(/\.example$/);
  });

  it('is a realistic size with a few paused and ended services', () => {
    expect(services.length).toBeGreaterThanOrEqual(200);
    expect(services.length).toBeLessThanOrEqual(300);
    expect(places.length).toBeGreaterThanOrEqual(80);
    expect(places.length).toBeLessThanOrEqual(120);
    expect(services.filter((s) => s.status === 'temporarilyClosed')).toHaveLength(2);
    expect(services.filter((s) => s.status === 'ended')).toHaveLength(1);
    for (const level of ['universal', 'basic', 'special'] as const) expect(services.some((s) => s.level === level)).toBe(true);
    for (const kind of [
      'familyCentre',
      'centralMeetingPlace',
      'meetingPlace',
      'youthOhjaamo',
      'servicePoint',
      'school',
      'daycare',
      'library',
    ] as const)
      expect(
        places.some((p) => p.kind === kind),
        kind,
      ).toBe(true);
  });
});

/** `date` moved by whole calendar months ('2030-03-15', -6 → '2029-09-15'). */
const addMonths = (date: string, months: number) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
};

/** Owners with a weekday whose weekly hours have all ended before `today`, as 'owner/weekday'. */
function expiredHours(dataset: NetworkDataset, today: string): string[] {
  const expired: string[] = [];
  for (const [owner, weekly] of hoursOwners(dataset))
    for (const day of new Set(weekly.flatMap((h) => h.days)))
      if (!weekly.some((h) => h.days.includes(day) && (!h.validTo || h.validTo >= today))) expired.push(`${owner}/${day}`);
  return expired;
}

/** Every lastChecked older than `oldest` or after `today`. */
function checkedOutside(dataset: NetworkDataset, oldest: string, today: string): string[] {
  return [...dataset.places, ...dataset.services]
    .filter((e) => e.lastChecked < oldest || e.lastChecked > today)
    .map((e) => `${e.key} ${e.lastChecked}`);
}

const allExceptions = (dataset: NetworkDataset) =>
  [...hoursOwners(dataset)].flatMap(([owner, , exceptions]) => exceptions.map((e) => ({ owner, ...e })));

describe.each(['2030-03-15', '2031-10-30'])('the demo dated from %s', (today) => {
  const data = createEtelaSavoDataset(today);
  const cal = demoCalendar(today);

  it('was checked in the last months, never more than six ago', () => {
    expect(checkedOutside(data, addMonths(today, -6), today)).toEqual([]);
    expect(checkedOutside(data, addDays(today, -150), today)).toEqual([]);
    // The same variety of days as on any other day.
    expect(new Set([...data.places, ...data.services].map((e) => e.lastChecked)).size).toBeGreaterThanOrEqual(7);
  });

  it('has weekly hours in force today or later for every weekday that has hours', () => {
    expect(expiredHours(data, today)).toEqual([]);
    // Summer hours of the libraries: the coming summer and the one after.
    const library = data.places.find((p) => p.key === 'kirjasto-mikkeli')!;
    const summerRows = library.hours!.filter((h) => h.validFrom && h.validTo);
    expect(summerRows.every((h) => h.validTo! >= today)).toBe(true);
    expect(new Set(summerRows.map((h) => h.validFrom!.slice(0, 4))).size).toBe(2);
  });

  it('has holiday exceptions from today on, within 13 months', () => {
    const exceptions = allExceptions(data);
    expect(exceptions.length).toBeGreaterThan(300);
    expect(exceptions.filter((e) => e.day < today || e.day > addMonths(today, 13)).map((e) => `${e.owner} ${e.day}`)).toEqual([]);
    // The holidays are the coming ones and fall on the right days.
    expect(closedDayOn(cal.christmasEve.day)?.name.en).toBe('Christmas Eve');
    expect(closedDayOn(cal.midsummerEve.day)?.name.en).toBe('Midsummer Eve');
    expect(closedDayOn(addDays(cal.maundyThursday.day, 1))?.name.en).toBe('Good Friday');
    expect(closedDayOn(addDays(cal.epiphanyEve.day, 1))?.name.en).toBe('Epiphany');
    expect(closedDayOn(addDays(cal.newYearsEve.day, 1))?.name.en).toBe("New Year's Day");
    for (const e of cal.holidayExceptions) expect(e.day >= today && e.day < addMonths(today, 12), e.day).toBe(true);
    const porridge = data.places
      .find((p) => p.key === 'kohtaamispaikka-mikkeli')!
      .exceptions!.find((e) => e.note?.en?.includes('porridge'))!;
    expect(new Date(`${porridge.day}T00:00:00Z`).getUTCDay()).toBe(6);
    expect(porridge.day.slice(5, 7)).toBe('12');
    expect(porridge.day >= today && porridge.day < cal.christmasEve.day).toBe(true);
    // Summer closures are in the coming summer.
    const closures = exceptions.filter((e) => e.note?.en === 'Summer break');
    expect(closures.length).toBeGreaterThan(100);
    expect(new Set(closures.map((e) => e.day.slice(0, 4)))).toEqual(new Set([cal.summers[0]![0].slice(0, 4)]));
  });

  it('keeps its opening hours valid', () => {
    expect(hoursProblems(data)).toEqual([]);
  });

  it('keeps every key, name and text of the default day; only dates move', () => {
    const undated = (d: NetworkDataset) =>
      JSON.stringify(d, (key, value: unknown) =>
        key === 'exceptions' ? (value as HoursExceptionSeed[]).map(({ day: _, ...e }) => JSON.stringify(e)).sort() : value,
      )
        .replace(/\d{4}-\d\d-\d\d/g, 'DATE')
        .replace(/\b20\d\d\b/g, 'YEAR');
    expect(undated(data)).toBe(undated(etelaSavo));
    // Texts that name a year name the right one.
    const statusNote = (key: string) => data.services.find((s) => s.key === key)!.statusNote!.en;
    const checked = data.services.find((s) => s.key === 'setlementti-isa-lapsi-illat')!.lastChecked;
    expect(statusNote('setlementti-isa-lapsi-illat')).toContain(
      `June ${Number(checked.slice(0, 4)) - (checked.slice(5) > '06-30' ? 0 : 1)}`,
    );
    expect(statusNote('avoin-varhaiskasvatus-pertunmaa')).toContain(`January ${Number(today.slice(0, 4)) + 1}`);
  });
});

describe('the demo calendar', () => {
  it('is valid all year round: no expired hours, no repeated exception days, nothing stale', () => {
    // Every week of a year, and each day on which something the calendar computes happens, and the day after.
    const days = new Set<string>();
    for (let day = '2030-01-04'; day <= '2030-12-31'; day = addDays(day, 7)) days.add(day);
    for (const year of ['2029-01-01', '2030-01-01', '2031-01-01']) {
      const cal = demoCalendar(year);
      const events = [
        ...cal.holidayExceptions.map((e) => e.day),
        cal.christmasPorridgeDay,
        ...cal.summers.flat(),
        ...cal.schoolYear,
        cal.nextSchoolYearStarts,
        ...cal.julyWeeks(-3, 5),
      ];
      for (const day of events) days.add(day).add(addDays(day, 1));
    }
    const bad: string[] = [];
    for (const today of [...days].sort()) {
      const data = createEtelaSavoDataset(today);
      const cal = demoCalendar(today);
      const latest = addMonths(today, 13);
      const summerUnderWay = today.slice(5) >= '06-01' && today.slice(5) <= '08-31';
      bad.push(...hoursProblems(data).map((p) => `${today} ${p}`));
      bad.push(...expiredHours(data, today).map((p) => `${today} expired ${p}`));
      bad.push(...checkedOutside(data, addDays(today, -150), today).map((p) => `${today} checked ${p}`));
      for (const e of allExceptions(data)) {
        // Only the days of a summer closure under way (at most nine weeks) may be past.
        if (e.day < today && !(summerUnderWay && e.day >= addDays(today, -63))) bad.push(`${today} ${e.owner} past exception ${e.day}`);
        if (e.day > latest) bad.push(`${today} ${e.owner} exception ${e.day} too far`);
      }
      for (const e of cal.holidayExceptions) if (e.day < today) bad.push(`${today} holiday ${e.day}`);
    }
    expect(bad.slice(0, 20)).toEqual([]);
  });

  it("puts the default test day's exceptions where the demo always had them", () => {
    const cal = demoCalendar('2026-11-23');
    expect(cal.holidayExceptions.map((e) => e.day)).toEqual(['2026-12-24', '2026-12-31', '2027-01-05', '2027-03-25', '2027-06-25']);
    expect(cal.christmasPorridgeDay).toBe('2026-12-12');
    expect(cal.julyWeeks(0, 5)).toEqual(['2027-06-28', '2027-08-06']);
    expect(cal.summers).toEqual([
      ['2027-05-31', '2027-08-08'],
      ['2028-05-29', '2028-08-06'],
    ]);
    expect(cal.schoolYear).toEqual(['2026-08-12', '2027-06-05']);
    expect(cal.nextSchoolYearStarts).toBe('2027-08-11');
    expect(cal.checked(48)).toBe('2026-10-06');
  });

  it('takes the next occurrence on the day itself and after it', () => {
    expect(demoCalendar('2030-12-24').christmasEve.day).toBe('2030-12-24');
    expect(demoCalendar('2030-12-25').christmasEve.day).toBe('2031-12-24');
    expect(demoCalendar('2030-12-25').epiphanyEve.day).toBe('2031-01-05');
    expect(() => demoCalendar('2030-02-30')).toThrow();
    expect(() => demoCalendar('30.3.2030')).toThrow();
  });

  // Loading the whole demo takes a few seconds on a quiet machine, several times that when the suites share it.
  it('loads a demo dated from another day into a database without violating constraints', { timeout: 60_000 }, async () => {
    const data = createEtelaSavoDataset('2030-03-15');
    const database = await openTestDatabase('empty');
    try {
      const db = withTables<CatalogDb>(database.db);
      const loaded = await write(db, systemActor('test'), (tx) => loadNetworkDataset(tx, data));
      expect(loaded).toEqual({ services: data.services.length, places: data.places.length });
      const counts = await catalogRowCounts(db);
      expect(counts).toMatchObject({ region: 1, municipality: 12, place: data.places.length, service: data.services.length });
      expect(counts.opening_hours_exception).toBe(allExceptions(data).length);
    } finally {
      await database.close();
    }
  });
});

describe('search synonyms', () => {
  it('are valid, unique per language and lower case', () => {
    const keys = synonyms.map((s) => `${s.lang}:${s.term}`);
    expect(duplicates(keys)).toEqual([]);
    for (const s of synonyms) {
      expect(s.term, s.term).toMatch(/^\p{L}[\p{L} -]{1,40}$/u);
      expect(s.term).toBe(s.term.toLowerCase());
      expect(s.expansions.length, s.term).toBeGreaterThanOrEqual(1);
      expect(s.expansions.length, s.term).toBeLessThanOrEqual(12);
      for (const e of s.expansions) expect(e, s.term).toBe(e.toLowerCase());
    }
  });

  it('cover the words the product issue names', () => {
    const has = (lang: 'fi' | 'sv' | 'en', term: string) => synonyms.some((s) => s.lang === lang && s.term === term);
    const fi = [
      'vauva',
      'raskaus',
      'raskaana',
      'odotus',
      'ero',
      'avioero',
      'erota',
      'uupumus',
      'uupunut',
      'väsymys',
      'jaksaminen',
      'masennus',
      'ahdistus',
      'kiusaaminen',
      'väkivalta',
      'riita',
      'puhe',
      'änkytys',
      'raha',
      'rahat',
      'koulu',
      'nuori',
      'päihde',
      'alkoholi',
      'huumeet',
      'yksinhuoltaja',
      'isä',
      'äiti',
      'sijoitus',
      'adoptio',
      'maahanmuuttaja',
      'imetys',
      'rokotus',
    ];
    const sv = [
      'bebis',
      'gravid',
      'graviditet',
      'skilsmässa',
      'separation',
      'trött',
      'utmattning',
      'orkar',
      'depression',
      'ångest',
      'mobbning',
      'våld',
      'bråk',
      'tal',
      'pengar',
      'skola',
      'ung',
      'droger',
      'alkohol',
      'ensamförälder',
      'pappa',
      'mamma',
      'amning',
      'vaccination',
    ];
    const en = [
      'baby',
      'pregnant',
      'pregnancy',
      'divorce',
      'separation',
      'exhausted',
      'tired',
      'burnout',
      'depression',
      'anxiety',
      'bullying',
      'violence',
      'speech',
      'money',
      'school',
      'teen',
      'drugs',
      'alcohol',
      'single parent',
      'dad',
      'mum',
      'breastfeeding',
      'vaccination',
    ];
    expect(fi.filter((t) => !has('fi', t))).toEqual([]);
    expect(sv.filter((t) => !has('sv', t))).toEqual([]);
    expect(en.filter((t) => !has('en', t))).toEqual([]);
  });

  it('lead from everyday words to the services that use other words', () => {
    const expansions = (term: string) => synonyms.find((s) => s.lang === 'fi' && s.term === term)?.expansions ?? [];
    expect(expansions('raskaus')).toContain('äitiysneuvola');
    expect(expansions('ero')).toEqual(expect.arrayContaining(['eroauttaminen', 'perheoikeudelliset', 'sovittelu']));
    expect(expansions('uupumus')).toEqual(expect.arrayContaining(['kotipalvelu', 'perhetyö', 'mielenterveys']));
    // Each expansion finds at least one demo service by what the search reads: names, keywords,
    // the organisation's name and the categories' names.
    const all = (t: I18nText | undefined) => (t ? [t.fi, t.sv, t.en].join(' ') : '');
    const orgName = new Map(organizations.map((o) => [o.key, all(o.name)]));
    const categoryName = new Map(categories.map((c) => [c.code, all(c.name)]));
    const haystack = services
      .map((s) =>
        [all(s.name), all(s.keywords), orgName.get(s.organization), ...s.categories.map((c) => categoryName.get(c))]
          .join(' ')
          .toLowerCase(),
      )
      .join(' | ');
    const dead = synonyms.flatMap((s) =>
      s.expansions.filter((e) => !e.split(/[\s-]+/).every((part) => haystack.includes(part))).map((e) => `${s.lang}:${s.term} → ${e}`),
    );
    expect(dead).toEqual([]);
  });
});
