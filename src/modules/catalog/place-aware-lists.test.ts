import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../platform/clock.ts';
import { networkBuilder } from '../../../tests/support/network-builder.ts';
import { openTestDatabase, type TestDatabase } from '../../../tests/support/test-database.ts';
import { clientOf } from '../../../tests/support/test-scope.ts';
import type { Lang } from '../../platform/i18n-text.ts';
import { catalogModule, type CatalogClient } from './index.ts';
import { groupBySituation } from './life-situation-match.ts';

/**
 * Lists that respect place (issue 7, item 4): without a municipality the region-wide services
 * come first and the municipalities' services of one name are one hit "in N municipalities";
 * the municipality page groups its own services by life situation.
 */

// Monday 23 November 2026, 14:00 in Helsinki.
const clock = fixedClock('2026-11-23T12:00:00Z');

let database: TestDatabase;
let catalog: (lang?: Lang) => CatalogClient;
const b = networkBuilder();
const region = b.region();
const mikkeli = b.municipality(region, { code: '491', name: { fi: 'Mikkeli', sv: 'S:t Michel' } });
const juva = b.municipality(region, { code: '178', name: { fi: 'Juva', sv: 'Jockas' } });
b.municipality(region, { code: '046', name: { fi: 'Enonkoski', sv: 'Enonkoski' } });
const county = b.organization({ type: 'wellbeingCounty', name: { fi: 'Hyvinvointialue' } });
const juvaTown = b.organization({ type: 'municipality', municipality: '178', name: { fi: 'Juvan kunta' } });
const kela = b.organization({ regionId: null, type: 'state', name: { fi: 'Kela', sv: 'FPA' } });
const station = b.place(county, mikkeli, { kind: 'servicePoint' });

const clinic = (code: string, fi: string, sv: string) =>
  b.service(county, {
    scope: 'municipalities',
    areas: [code],
    name: { fi: `Lastenneuvola, ${fi}`, sv: `Barnrådgivning, ${sv}`, en: `Child health clinic, ${fi}` },
    summary: { fi: 'Lapsen kasvun seuranta.', sv: 'Uppföljning av barnets utveckling.' },
    level: 'universal',
    sector: 'health',
    targetGroups: ['children', 'parents'],
    categories: ['child-health-clinic'],
    at: [{ place: station.key }],
  });
const clinicMikkeli = clinic('491', 'Mikkeli', 'S:t Michel');
const clinicJuva = clinic('178', 'Juva', 'Jockas');
const clinicEnonkoski = clinic('046', 'Enonkoski', 'Enonkoski');
// Same name, another organiser: one hit, but no single provider to name.
const meetingPlaceMikkeli = b.service(county, {
  scope: 'municipalities',
  areas: ['491'],
  name: { fi: 'Avoin kohtaamispaikka, Mikkeli' },
  level: 'universal',
  categories: ['meeting-place'],
});
const meetingPlaceJuva = b.service(juvaTown, {
  scope: 'municipalities',
  areas: ['178'],
  name: { fi: 'Avoin kohtaamispaikka, Juva' },
  level: 'universal',
  categories: ['meeting-place'],
});
// A comma that is not a municipality's stays in the name, and the service stays on its own.
const namedWithComma = b.service(county, {
  scope: 'municipalities',
  areas: ['491', '178'],
  name: { fi: 'Perhetyö, kotikäynnit' },
  level: 'basic',
  categories: ['family-work'],
  targetGroups: ['wholeFamily'],
});
const familyAdvice = b.service(county, {
  scope: 'region',
  name: { fi: 'Perheneuvola', sv: 'Familjerådgivning' },
  level: 'basic',
  categories: ['family-counselling', 'child-health-clinic'],
});
const benefits = b.service(kela, {
  scope: 'national',
  name: { fi: 'Lapsilisä', sv: 'Barnbidrag' },
  level: 'universal',
  categories: ['child-health-clinic'],
});
const youthOnly = b.service(county, {
  scope: 'municipalities',
  areas: ['491'],
  name: { fi: 'Nuorten vastaanotto, Mikkeli' },
  categories: ['mental-health'],
  targetGroups: ['youth'],
});

beforeAll(async () => {
  database = await openTestDatabase('empty');
  await b.load(database.db);
  catalog = clientOf(catalogModule, database.db, clock);
});
afterAll(() => database?.close());

describe('the family search without a municipality', () => {
  it('lists region-wide services first, then one hit per name the municipalities share, then national ones', async () => {
    const result = await catalog('fi').searchServicesForFamilies({ topic: ['child-health-clinic'] });
    expect(result.items.map((s) => [s.id, s.locality])).toEqual([
      [familyAdvice.id, 'region'],
      [clinicEnonkoski.id, 'municipality'],
      [benefits.id, 'national'],
    ]);
    expect(result.total).toBe(3);
    const shared = result.items[1]!.sameName!;
    expect(shared.name).toEqual({ fi: 'Lastenneuvola', sv: 'Barnrådgivning', en: 'Child health clinic' });
    expect(shared.services.map((s) => s.id).sort()).toEqual([clinicMikkeli.id, clinicJuva.id, clinicEnonkoski.id].sort());
    expect(shared.services.find((s) => s.id === clinicJuva.id)!.municipality).toEqual({ code: juva.code, name: juva.name });
    expect(shared.sameOrganization).toBe(true);
    expect(result.items[0]!.sameName).toBeUndefined();
  });

  it('says when the services of one name have different organisers', async () => {
    const result = await catalog('fi').searchServicesForFamilies({ topic: ['meeting-place'] });
    expect(result.items).toHaveLength(1);
    expect(result.items[0]!.sameName!.sameOrganization).toBe(false);
    expect(result.items[0]!.sameName!.services.map((s) => s.id).sort()).toEqual([meetingPlaceMikkeli.id, meetingPlaceJuva.id].sort());
  });

  it('keeps a name whose comma is not a municipality whole, on its own', async () => {
    const result = await catalog('fi').searchServicesForFamilies({ topic: ['family-work'] });
    expect(result.items.map((s) => s.id)).toEqual([namedWithComma.id]);
    expect(result.items[0]!.sameName).toBeUndefined();
  });

  it('pages over the hits, not over the services inside them', async () => {
    const first = await catalog('fi').searchServicesForFamilies({ topic: ['child-health-clinic'], pageSize: 2 });
    const second = await catalog('fi').searchServicesForFamilies({ topic: ['child-health-clinic'], pageSize: 2, page: 2 });
    expect(first.items).toHaveLength(2);
    expect(second.items.map((s) => s.id)).toEqual([benefits.id]);
    expect(second.total).toBe(3);
    const beyond = await catalog('fi').searchServicesForFamilies({ topic: ['child-health-clinic'], pageSize: 2, page: 5 });
    expect(beyond.items).toEqual([]);
    expect(beyond.total).toBe(3);
  });

  it('is not collapsed in a chosen municipality, nor in the open API', async () => {
    const local = await catalog('fi').searchServicesForFamilies({ topic: ['child-health-clinic'], municipality: mikkeli.code });
    expect(local.items.map((s) => s.id)).toEqual([clinicMikkeli.id, familyAdvice.id, benefits.id]);
    expect(local.items.every((s) => s.sameName === undefined)).toBe(true);
    const api = await catalog('fi').searchServices({ topic: ['child-health-clinic'] });
    expect(api.total).toBe(5);
    expect(api.items.every((s) => s.sameName === undefined)).toBe(true);
  });
});

describe('the municipality page', () => {
  it('groups its own services by life situation, and keeps region-wide and national ones apart', async () => {
    const network = await catalog('fi').getMunicipalityNetwork(mikkeli.code);
    const baby = network.bySituation.find((g) => g.situation.code === 'baby')!;
    expect(baby.services.map((s) => s.id).sort()).toEqual([clinicMikkeli.id, meetingPlaceMikkeli.id].sort());
    // "Young people" asks for the youth group: the youth clinic is there, the family work is not.
    const young = network.bySituation.find((g) => g.situation.code === 'young-person')!;
    expect(young.services.map((s) => s.id)).toEqual([youthOnly.id]);
    const everyLocal = new Set([...network.bySituation.flatMap((g) => g.services), ...network.otherLocalServices].map((s) => s.id));
    expect(everyLocal).toEqual(new Set([clinicMikkeli.id, meetingPlaceMikkeli.id, namedWithComma.id, youthOnly.id]));
    expect(network.regionWideServices.map((s) => s.id)).toEqual([familyAdvice.id]);
    expect(network.nationalServiceCount).toBe(1);
  });
});

describe('groupBySituation', () => {
  const categories = [
    { code: 'clinics', parentCode: null },
    { code: 'child-health-clinic', parentCode: 'clinics' },
    { code: 'school-health', parentCode: null },
  ];
  const situation = (categories: string[], targetGroup: 'youth' | null = null) => ({
    code: 'x',
    name: { fi: 'X' },
    description: null,
    categories,
    targetGroup,
  });

  it('covers the categories under a situation’s topic, and only its target group when it has one', () => {
    const clinicService = { categories: ['child-health-clinic'], targetGroups: ['children' as const] };
    const youthService = { categories: ['school-health'], targetGroups: ['youth' as const] };
    const [topic, group] = groupBySituation(
      [clinicService, youthService],
      [situation(['clinics']), situation(['school-health', 'clinics'], 'youth')],
      categories,
    );
    expect(topic!.services).toEqual([clinicService]);
    expect(group!.services).toEqual([youthService]);
  });
});
