import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../platform/clock.ts';
import { InvalidInputError } from '../../platform/errors.ts';
import { networkBuilder } from '../../../tests/support/network-builder.ts';
import { openTestDatabase, type TestDatabase } from '../../../tests/support/test-database.ts';
import { clientOf } from '../../../tests/support/test-scope.ts';
import type { Lang } from '../../platform/i18n-text.ts';
import { catalogModule, type CatalogClient } from './index.ts';

// Monday 23 November 2026, 14:00 in Helsinki.
const clock = fixedClock('2026-11-23T12:00:00Z');

let database: TestDatabase;
let catalog: (lang?: Lang) => CatalogClient;
const b = networkBuilder();
const region = b.region();
const otherRegion = b.region();
const mikkeli = b.municipality(region, { code: '491', name: { fi: 'Mikkeli', sv: 'S:t Michel' } });
const juva = b.municipality(region, { code: '178', name: { fi: 'Juva', sv: 'Jockas' } });
const elsewhere = b.municipality(otherRegion, { code: '853', name: { fi: 'Turku', sv: 'Åbo' } });
const county = b.organization({ type: 'wellbeingCounty', name: { fi: 'Hyvinvointialue' } });
const farCounty = b.organization({ regionId: otherRegion.id, type: 'wellbeingCounty', name: { fi: 'Toinen alue' } });
const kela = b.organization({ regionId: null, type: 'state', name: { fi: 'Kela', sv: 'FPA' } });

const healthStation = b.place(county, mikkeli, {
  kind: 'servicePoint',
  accessibility: { stepFreeAccess: true, pramAccess: true, babyCareRoom: true },
  hours: [{ days: [1, 2, 3, 4, 5], opens: '08:00', closes: '16:00' }],
});
const juvaStation = b.place(county, juva, {
  kind: 'servicePoint',
  accessibility: { stepFreeAccess: false },
  hours: [{ days: [1, 2, 3], opens: '08:00', closes: '12:00' }],
});

const childClinicMikkeli = b.service(county, {
  scope: 'municipalities',
  areas: ['491'],
  name: { fi: 'Lastenneuvola, Mikkeli', sv: 'Barnrådgivning, S:t Michel', en: 'Child health clinic, Mikkeli' },
  summary: { fi: 'Lapsen kasvun ja kehityksen seuranta.', sv: 'Uppföljning av barnets utveckling.' },
  keywords: { fi: 'neuvola, rokotukset', sv: 'rådgivning, vaccinationer' },
  level: 'universal',
  sector: 'health',
  targetGroups: ['children', 'parents'],
  ageMin: 0,
  ageMax: 6,
  languages: ['fi', 'sv'],
  categories: ['child-health-clinic'],
  at: [{ place: healthStation.key }],
});
const maternityClinicMikkeli = b.service(county, {
  scope: 'municipalities',
  areas: ['491'],
  name: { fi: 'Äitiysneuvola, Mikkeli', sv: 'Mödrarådgivning, S:t Michel' },
  summary: { fi: 'Raskauden seuranta.', sv: 'Uppföljning av graviditeten.' },
  level: 'universal',
  sector: 'health',
  targetGroups: ['expectingParents'],
  categories: ['maternity-clinic'],
  at: [{ place: healthStation.key }],
});
const childClinicJuva = b.service(county, {
  scope: 'municipalities',
  areas: ['178'],
  name: { fi: 'Lastenneuvola, Juva', sv: 'Barnrådgivning, Jockas' },
  summary: { fi: 'Lapsen kasvun seuranta Juvalla.' },
  level: 'universal',
  sector: 'health',
  ageMin: 0,
  ageMax: 6,
  categories: ['child-health-clinic'],
  at: [{ place: juvaStation.key }],
});
const familyCounselling = b.service(county, {
  scope: 'region',
  name: { fi: 'Kasvatus- ja perheneuvola', sv: 'Uppfostrings- och familjerådgivning' },
  summary: { fi: 'Apua lapsen kasvatukseen ja perheen ristiriitoihin.' },
  level: 'basic',
  delivery: ['inPerson', 'online'],
  categories: ['family-counselling'],
});
const farClinic = b.service(farCounty, {
  scope: 'municipalities',
  regionId: otherRegion.id,
  areas: ['853'],
  name: { fi: 'Lastenneuvola, Turku', sv: 'Barnrådgivning, Åbo' },
  summary: { fi: 'Neuvola Turussa.' },
  level: 'universal',
  categories: ['child-health-clinic'],
});
const kelaBenefits = b.service(kela, {
  scope: 'national',
  name: { fi: 'Lapsiperheen etuudet', sv: 'Förmåner för barnfamiljer', en: 'Benefits for families with children' },
  summary: { fi: 'Äitiysavustus, lapsilisä ja vanhempainraha.', sv: 'Moderskapsunderstöd, barnbidrag och föräldradagpenning.' },
  keywords: { fi: 'raha, tuki, äitiyspakkaus', en: 'money, maternity package' },
  level: 'basic',
  delivery: ['online', 'phone'],
  languages: ['fi', 'sv', 'en'],
  categories: ['family-benefits'],
  hours: [{ days: [1, 2, 3, 4, 5], opens: '09:00', closes: '16:00' }],
});
const homeHelpVoucher = b.service(county, {
  scope: 'region',
  name: { fi: 'Lapsiperheiden kotipalvelu palvelusetelillä', sv: 'Hemservice för barnfamiljer med servicesedel' },
  summary: { fi: 'Apua arkeen, kun vanhempien voimat eivät riitä.' },
  keywords: { fi: 'kotiapu, siivous, lastenhoito' },
  cost: 'voucher',
  delivery: ['homeVisit'],
  categories: ['home-help'],
});
const closedGroup = b.service(county, {
  scope: 'municipalities',
  areas: ['491'],
  name: { fi: 'Vauvaperheiden vertaisryhmä', sv: 'Kamratgrupp för babyfamiljer' },
  summary: { fi: 'Vertaistukea vauvaperheille.' },
  status: 'temporarilyClosed',
  categories: ['peer-group'],
});
const endedService = b.service(county, {
  scope: 'region',
  name: { fi: 'Päättynyt neuvolahanke' },
  summary: { fi: 'Hanke on päättynyt.' },
  status: 'ended',
  categories: ['child-health-clinic'],
});
void elsewhere;

beforeAll(async () => {
  database = await openTestDatabase('empty');
  await b.load(database.db);
  await database.db
    .insertInto('search_synonym')
    .values([
      { lang: 'fi', term: 'vauva', expansions: ['neuvola', 'vauvaperhe'] },
      { lang: 'fi', term: 'uupumus', expansions: ['kotipalvelu', 'perhetyö'] },
    ])
    .onConflict((oc) => oc.columns(['lang', 'term']).doUpdateSet((eb) => ({ expansions: eb.ref('excluded.expansions') })))
    .execute();
  catalog = clientOf(catalogModule, database.db, clock);
});

afterAll(() => database?.close());

const ids = (result: { items: { id: string }[] }) => result.items.map((s) => s.id);

describe('service search', () => {
  it("ranks the chosen municipality's own services above equally relevant region-wide and national ones", async () => {
    const result = await catalog('fi').searchServices({ q: 'neuvola', municipality: '491' });
    expect(ids(result).slice(0, 2).sort()).toEqual([childClinicMikkeli.id, maternityClinicMikkeli.id].sort());
    // Other municipalities' own services are not offered to a Mikkeli family.
    expect(ids(result)).not.toContain(childClinicJuva.id);
    expect(ids(result)).not.toContain(farClinic.id);
  });

  it('finds the parts of Finnish compound words and inflected forms', async () => {
    for (const q of ['neuvola', 'neuvolan', 'neuvolaan', 'lastenneuvolat', 'perheneuvola']) {
      const result = await catalog('fi').searchServices({ q });
      expect(result.total, q).toBeGreaterThan(0);
    }
    const inflected = await catalog('fi').searchServices({ q: 'lastenneuvolaan', municipality: '178' });
    expect(ids(inflected)[0]).toBe(childClinicJuva.id);
  });

  it('understands Swedish and English words', async () => {
    expect(ids(await catalog('sv').searchServices({ q: 'barnrådgivningen', municipality: '491' }))[0]).toBe(childClinicMikkeli.id);
    expect(ids(await catalog('en').searchServices({ q: 'benefit' }))).toEqual([kelaBenefits.id]);
  });

  it('matches without the Finnish letters ä and ö', async () => {
    expect(ids(await catalog('fi').searchServices({ q: 'aitiysneuvola' }))).toEqual([maternityClinicMikkeli.id]);
  });

  it('turns everyday words into the words services use', async () => {
    const baby = await catalog('fi').searchServices({ q: 'vauvan', municipality: '491' });
    expect(ids(baby)).toEqual(expect.arrayContaining([childClinicMikkeli.id, maternityClinicMikkeli.id, closedGroup.id]));
    const exhausted = await catalog('fi').searchServices({ q: 'uupumus' });
    expect(ids(exhausted)).toContain(homeHelpVoucher.id);
  });

  it('suggests the closest known word, with its accents, beside what the question found', async () => {
    const typo = await catalog('fi').searchServices({ q: 'äitiysnevola', municipality: '491' });
    expect(typo.suggestedQuery).toBe('äitiysneuvola');
    const beside = await catalog('fi').searchServices({ q: 'neuvola nevola', municipality: '491' });
    expect(beside.suggestedQuery).toBe('neuvola neuvola');
    expect(ids(beside)).toContain(childClinicMikkeli.id);
    const hopeless = await catalog('fi').searchServices({ q: 'xqzvw' });
    expect(hopeless).toMatchObject({ total: 0, items: [], suggestedQuery: null });
  });

  it('offers no suggestion that is unlikely to be right', async () => {
    for (const q of ['hammashoito', 'vammainen', 'hammaslääkäri']) {
      expect((await catalog('fi').searchServices({ q })).suggestedQuery, q).toBeNull();
    }
  });

  it('lets no stop word decide and ranks by how much of the question a service matches', async () => {
    // "olen" and "ei" match nothing, yet the question still finds what its other words do.
    const tired = await catalog('fi').searchServices({ q: 'olen ihan uupunut', municipality: '491' });
    expect(ids(tired)[0]).toBe(homeHelpVoucher.id);
    // A region-wide service matching the question outranks a local one that matches less of it.
    const both = await catalog('fi').searchServices({ q: 'neuvola kasvatus', municipality: '491' });
    expect(ids(both)[0]).toBe(familyCounselling.id);
    expect(ids(both)).toContain(childClinicMikkeli.id);
    expect(both.items[0]?.locality).toBe('region');
  });

  it('never shows ended services and puts temporarily closed ones after open ones', async () => {
    const result = await catalog('fi').searchServices({ municipality: '491' });
    expect(ids(result)).not.toContain(endedService.id);
    const localities = result.items.filter((s) => s.locality === 'municipality');
    expect(localities.at(-1)?.id).toBe(closedGroup.id);
  });

  it("filters by the child's age, leaving out services only for expecting parents", async () => {
    const result = await catalog('fi').searchServices({ municipality: '491', age: 4 });
    expect(ids(result)).toContain(childClinicMikkeli.id);
    expect(ids(result)).not.toContain(maternityClinicMikkeli.id);
    expect(ids(await catalog('fi').searchServices({ municipality: '491', age: 12 }))).not.toContain(childClinicMikkeli.id);
  });

  it('filters by topic including its subcategories, by level, language, delivery and cost', async () => {
    expect(ids(await catalog('fi').searchServices({ topic: ['clinics'], municipality: '491' })).sort()).toEqual(
      [childClinicMikkeli.id, maternityClinicMikkeli.id].sort(),
    );
    expect(ids(await catalog('fi').searchServices({ level: ['basic'], municipality: '491', cost: ['voucher'] }))).toEqual([
      homeHelpVoucher.id,
    ]);
    expect(ids(await catalog('fi').searchServices({ language: ['en'] }))).toEqual([kelaBenefits.id]);
    expect(ids(await catalog('fi').searchServices({ delivery: ['online'], municipality: '491' })).sort()).toEqual(
      [familyCounselling.id, kelaBenefits.id].sort(),
    );
  });

  it('filters by the accessibility of the places', async () => {
    const result = await catalog('fi').searchServices({ accessibility: ['stepFreeAccess', 'babyCareRoom'] });
    expect(ids(result).sort()).toEqual([childClinicMikkeli.id, maternityClinicMikkeli.id].sort());
  });

  it('knows what is open now and on which weekdays, holidays included', async () => {
    const mondayAfternoon = await catalog('fi').searchServices({ openNow: true });
    expect(ids(mondayAfternoon).sort()).toEqual([childClinicMikkeli.id, maternityClinicMikkeli.id, kelaBenefits.id].sort());
    expect(ids(await catalog('fi').searchServices({ openOn: 3, municipality: '178' }))).toEqual([childClinicJuva.id, kelaBenefits.id]);
    expect(ids(await catalog('fi').searchServices({ openOn: 6 }))).toEqual([]);

    const independenceDay = clientOf(catalogModule, database.db, fixedClock('2027-12-06T10:00:00Z'));
    expect((await independenceDay('fi').searchServices({ openNow: true })).total).toBe(0);
  });

  it('pages through results with a stable total', async () => {
    const first = await catalog('fi').searchServices({ pageSize: 2 });
    const second = await catalog('fi').searchServices({ pageSize: 2, page: 2 });
    const beyond = await catalog('fi').searchServices({ pageSize: 2, page: 50 });
    expect(first.total).toBe(8);
    expect(second.total).toBe(8);
    expect(ids(first).filter((id) => ids(second).includes(id))).toEqual([]);
    expect(beyond).toMatchObject({ items: [], total: 8, page: 50 });
  });

  it('refuses unknown municipalities and topics with a reason per parameter', async () => {
    await expect(catalog('fi').searchServices({ municipality: '999' })).rejects.toSatisfy(
      (e) => InvalidInputError.is(e) && e.issues[0]?.key === 'unknownMunicipality' && e.issues[0]?.field === 'municipality',
    );
    await expect(catalog('fi').searchServices({ topic: ['clinics', 'no-such-topic'] })).rejects.toSatisfy(
      (e) => InvalidInputError.is(e) && e.issues.length === 1 && e.issues[0]?.params?.value === 'no-such-topic',
    );
  });
});
