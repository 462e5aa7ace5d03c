/**
 * A deterministic, national-scale synthetic service network for benchmarks: by default 21
 * regions, 300 municipalities, some 11 000 places and 30 000+ services, with Finnish-sounding
 * invented names. Municipality codes avoid the real Etelä-Savo codes of the demo region, so both
 * can be loaded into one database. All contact data is invented (`.example` domains, 000 numbers).
 * Its dates (school terms, exception days, lastChecked) are counted from `today`, so that the set
 * looks the same, and measures the same, whenever it is generated.
 */
import { systemClock } from '../../src/platform/clock.ts';
import { addDays, helsinkiMoment, isoWeekday } from '../../src/platform/helsinki-time.ts';
import type { I18nText } from '../../src/platform/i18n-text.ts';
import type { PlaceKind, ServiceLanguage } from '../../src/modules/catalog/catalog.domain.ts';
import { closedDayOn } from '../../src/modules/catalog/opening-hours.ts';
import type {
  HoursExceptionSeed,
  MunicipalitySeed,
  NetworkDataset,
  OrganizationSeed,
  PlaceSeed,
  RegionSeed,
  ServiceSeed,
  WeeklyHoursSeed,
} from '../../src/modules/catalog/network/network-dataset.ts';
import { REGIONAL_TEMPLATES, TEMPLATES, type Provider, type ServiceTemplate } from './synthetic-templates.ts';
import {
  ACCESSIBILITY_NOTES,
  CLOSED_NOTES,
  EXCEPTION_NOTES,
  NATIONAL_SERVICES,
  TRANSPORT_NOTES,
  businessId,
  chance,
  finnishName,
  int,
  mulberry32,
  pick,
  slug,
  some,
  streetAddress,
  swedishName,
  type FiName,
  type Rng,
} from './synthetic-vocabulary.ts';

export interface SyntheticNetworkOptions {
  regions?: number;
  municipalities?: number;
  seed?: number;
  /**
   * The Helsinki date ('YYYY-MM-DD') the dates are counted from: peer groups and clubs meet in the
   * school term under way or coming and the one after it, exception days fall in the coming five
   * months, entries were checked in the last 150 days. Default: today, from the system clock. The
   * same seed and today give the same network.
   */
  today?: string;
}

/** Municipality codes of the demo region (Etelä-Savo); never used by the synthetic set. */
export const RESERVED_MUNICIPALITY_CODES = ['046', '097', '178', '213', '491', '507', '588', '593', '623', '681', '740', '768'];

export const syntheticRegionId = (index: number) => `synthetic-${String(index + 1).padStart(2, '0')}`;

interface Muni {
  seed: MunicipalitySeed;
  name: FiName;
  sv: string;
  pop: number;
  lat: number;
  lon: number;
  bilingual: boolean;
  sami: boolean;
  orgs: Record<Exclude<Provider, 'company'>, string> & { companies: string[] };
}
interface Region {
  seed: RegionSeed;
  index: number;
  domain: string;
  area: string;
  munis: Muni[];
}
interface Where {
  region: Region;
  muni?: Muni;
  place?: PlaceSeed;
  /** The area in summaries: [fi genitive, sv, en]. */
  area: [string, string, string];
}

const H = (days: number[], opens: string, closes: string, validFrom?: string, validTo?: string): WeeklyHoursSeed => ({
  days,
  opens: opens as WeeklyHoursSeed['opens'],
  closes: closes as WeeklyHoursSeed['closes'],
  ...(validFrom ? { validFrom } : {}),
  ...(validTo ? { validTo } : {}),
});
const WEEKDAYS = [1, 2, 3, 4, 5];

const PLACE_HOURS: Record<PlaceKind, (rng: Rng) => WeeklyHoursSeed[]> = {
  familyCentre: () => [H([1, 2, 3, 5], '08:00', '16:00'), H([4], '08:00', '18:00')],
  centralMeetingPlace: (rng) => [
    H([1, 2, 3, 4], '09:00', '15:00'),
    H([2], '17:00', '19:30'),
    ...(chance(rng, 0.4) ? [H([6], '10:00', '13:00')] : []),
  ],
  meetingPlace: (rng) =>
    pick(rng, [[H([2, 4], '09:30', '12:30')], [H([1, 3], '09:00', '14:00'), H([3], '17:00', '19:00')], [H([5], '10:00', '13:00')]]),
  youthOhjaamo: () => [H([1, 2, 3, 4], '10:00', '16:00'), H([5], '10:00', '14:00')],
  servicePoint: (rng) =>
    chance(rng, 0.5) ? [H(WEEKDAYS, '08:00', '16:00')] : [H([1, 2, 3, 4], '08:00', '16:00'), H([5], '08:00', '14:30')],
  school: () => [H(WEEKDAYS, '08:00', '15:00')],
  daycare: (rng) => (chance(rng, 0.05) ? [H([1, 2, 3, 4, 5, 6, 7], '06:00', '22:00')] : [H(WEEKDAYS, '06:30', '17:00')]),
  library: (rng) => [
    H([1, 2, 3, 4], '10:00', '20:00'),
    H([5], '10:00', '17:00'),
    H([6], '10:00', '15:00'),
    ...(chance(rng, 0.3) ? [H([7], '12:00', '16:00')] : []),
  ],
};
const YOUTH_HOURS = (rng: Rng) => [H([2, 3, 4], '14:00', '21:00'), ...(chance(rng, 0.5) ? [H([5], '16:00', '22:00')] : [])];
const PARISH_HOURS = () => [H([2, 4], '09:30', '12:00')];

const OTHER_LANGUAGES: ServiceLanguage[] = ['ru', 'ar', 'so', 'uk', 'et', 'fa', 'ku', 'zh', 'vi', 'sq', 'tr', 'th'];

/** Monday of ISO week `week` of `year`. */
const isoWeekMonday = (year: number, week: number) => addDays(`${year}-01-04`, 1 - isoWeekday(`${year}-01-04`) + (week - 1) * 7);
/** Autumn term: Monday of week 33 to the Friday of week 51; spring term: 7 January to the Friday of week 22. */
const autumnTerm = (year: number): [string, string] => [isoWeekMonday(year, 33), addDays(isoWeekMonday(year, 51), 4)];
const springTerm = (year: number): [string, string] => [`${year}-01-07`, addDays(isoWeekMonday(year, 22), 4)];

/** The school term under way or coming on `today`, and the one after it. */
export function schoolTerms(today: string): [[string, string], [string, string]] {
  const year = Number(today.slice(0, 4));
  const terms = [springTerm(year), autumnTerm(year), springTerm(year + 1), autumnTerm(year + 1)];
  const i = terms.findIndex(([, end]) => end >= today);
  return [terms[i]!, terms[i + 1]!];
}

/** Weeks from today of the days on which places make exceptions (a training day, shorter hours). */
const EXCEPTION_WEEKS = [2, 5, 12, 13, 23];

/** The Friday `weeks` weeks from today, or the working day before it when it is a holiday. */
function exceptionDay(today: string, weeks: number): string {
  const week = addDays(today, weeks * 7);
  let day = addDays(week, 5 - isoWeekday(week));
  while (isoWeekday(day) > 5 || closedDayOn(day)) day = addDays(day, -1);
  return day;
}

export function generateSyntheticNetwork(options: SyntheticNetworkOptions = {}): NetworkDataset {
  const regionCount = options.regions ?? 21;
  const muniCount = options.municipalities ?? 300;
  const rng = mulberry32(options.seed ?? 20_251_001);
  const today = options.today ?? helsinkiMoment(systemClock.now()).date;
  if (!/^\d{4}-\d\d-\d\d$/.test(today)) throw new Error(`today must be a date as YYYY-MM-DD, not ${today}`);
  const terms = schoolTerms(today);
  const exceptionDays = EXCEPTION_WEEKS.map((weeks) => exceptionDay(today, weeks));
  /** Hours that keep to the school terms: groups and clubs. */
  const seasonal = (days: number[], opens: string, closes: string) => terms.map(([from, to]) => H(days, opens, closes, from, to));
  const exception = (rng: Rng) => exceptionOn(rng, exceptionDays);
  const codes = Array.from({ length: 999 }, (_, i) => String(i + 1).padStart(3, '0')).filter(
    (c) => !RESERVED_MUNICIPALITY_CODES.includes(c),
  );
  if (regionCount < 1 || regionCount > 99) throw new Error('regions must be between 1 and 99');
  if (muniCount < regionCount || muniCount > codes.length)
    throw new Error(`municipalities must be between ${regionCount} and ${codes.length}`);

  const data: NetworkDataset = { regions: [], municipalities: [], organizations: [], places: [], services: [] };
  const usedNames = new Set<string>();
  const uniqueName = (): FiName => {
    for (;;) {
      const n = finnishName(rng);
      if (usedNames.has(n.nom)) continue;
      usedNames.add(n.nom);
      return n;
    }
  };
  const lastChecked = () => addDays(today, -int(rng, 1, 150));
  const phone = (region: Region) => `${region.area} 000 ${String(int(rng, 0, 9999)).padStart(4, '0')}`;
  const org = (o: OrganizationSeed) => (data.organizations.push(o), o.key);

  // Municipalities per region: uneven, every region at least one.
  const weights = Array.from({ length: regionCount }, () => 0.4 + rng());
  const total = weights.reduce((a, b) => a + b, 0);
  const sizes = weights.map((w) => Math.max(1, Math.floor((w / total) * muniCount)));
  for (let i = 0; sizes.reduce((a, b) => a + b, 0) < muniCount; i++) sizes[i % regionCount]!++;
  for (let i = 0; sizes.reduce((a, b) => a + b, 0) > muniCount; i++) if (sizes[i % regionCount]! > 1) sizes[i % regionCount]!--;

  const rows = Math.ceil(regionCount / 3);
  let codeIndex = 0;
  const regions: Region[] = sizes.map((size, index) => {
    const row = Math.floor(index / 3);
    const lat = 60.3 + (rows > 1 ? (row / (rows - 1)) * 8.2 : 2);
    const lon = (lat > 65 ? 24.5 : 22.5) + (index % 3) * (lat > 65 ? 2.4 : 3.2);
    const swedishCoast = index % 7 === 3;
    const id = syntheticRegionId(index);
    const capital = uniqueName();
    const capitalSv = swedishCoast ? swedishName(rng) : capital.nom;
    const domain = `${slug(capital.nom)}-hva.example`;
    const region: Region = {
      seed: {
        id,
        code: `S${String(index + 1).padStart(2, '0')}`,
        name: { fi: `${capital.gen} hyvinvointialue`, sv: `Välfärdsområdet ${capitalSv}`, en: `${capital.nom} Wellbeing Services County` },
        website: `https://${domain}/`,
      },
      index,
      domain,
      area: `0${13 + (index % 7)}`,
      munis: [],
    };
    for (let m = 0; m < size; m++) {
      const name = m === 0 ? capital : uniqueName();
      const code = codes[Math.floor((codeIndex++ * codes.length) / muniCount)]!;
      const bilingual = swedishCoast ? chance(rng, 0.8) : chance(rng, 0.06);
      const sv = m === 0 ? capitalSv : bilingual ? swedishName(rng) : name.nom;
      // A few big cities, many small municipalities.
      const pop =
        m === 0
          ? index === 0
            ? 640_000
            : index < 3
              ? 240_000
              : Math.round(Math.exp(10.6 + rng() * 1.4))
          : Math.round(Math.min(90_000, Math.max(700, Math.exp(8.7 + 1.05 * gauss(rng)))));
      const muni: Muni = {
        seed: { code, regionId: id, name: { fi: name.nom, ...(sv !== name.nom ? { sv } : {}) } },
        name,
        sv,
        pop,
        bilingual,
        sami: index === regionCount - 1 && regionCount > 2 && chance(rng, 0.5),
        lat: clamp(lat + (rng() - 0.5) * 1.1, 59.7, 69.9),
        lon: clamp(lon + (rng() - 0.5) * 2.4, 19.6, 31.4),
        orgs: { county: `${id}/county`, municipality: `${code}/municipality`, parish: `${code}/parish`, ngo: `${code}/ngo`, companies: [] },
      };
      region.munis.push(muni);
    }
    return region;
  });
  // Scale to about Finland's population per municipality, so the counts hardly depend on the seed.
  const all = regions.flatMap((r) => r.munis);
  const scale = (18_700 * all.length) / all.reduce((sum, m) => sum + m.pop, 0);
  for (const m of all) m.pop = Math.max(500, Math.round(m.pop * scale));

  for (const region of regions) {
    data.regions.push(region.seed);
    const cap = region.munis[0]!;
    org({
      key: `${region.seed.id}/county`,
      regionId: region.seed.id,
      type: 'wellbeingCounty',
      name: region.seed.name,
      website: `https://${region.domain}/`,
      businessId: businessId(rng),
    });
    for (const [suffix, fi, sv] of [
      ['shelter', 'turvakotiyhdistys ry', 'skyddshemsförening rf'],
      ['crisis', 'kriisikeskusyhdistys ry', 'kriscenterförening rf'],
      ['families', 'perheiden tuki ry', 'familjestöd rf'],
    ] as const)
      org({
        key: `${region.seed.id}/${suffix}`,
        regionId: region.seed.id,
        type: 'ngo',
        name: { fi: `${cap.name.gen} seudun ${fi}`, sv: `${cap.sv} regionens ${sv}` },
        website: `https://${slug(cap.name.nom)}-${suffix}.example/`,
      });
    for (const muni of region.munis) {
      data.municipalities.push(muni.seed);
      const town = muni.pop > 20_000;
      const web = `https://${slug(muni.name.nom)}.example/`;
      org({
        key: muni.orgs.municipality,
        regionId: region.seed.id,
        municipality: muni.seed.code,
        type: 'municipality',
        name: { fi: `${muni.name.gen} ${town ? 'kaupunki' : 'kunta'}`, sv: `${muni.sv} ${town ? 'stad' : 'kommun'}` },
        website: web,
        businessId: businessId(rng),
      });
      org({
        key: muni.orgs.parish,
        regionId: region.seed.id,
        municipality: muni.seed.code,
        type: 'parish',
        name: { fi: `${muni.name.gen} seurakunta`, sv: `${muni.sv} församling` },
        website: `https://${slug(muni.name.nom)}-seurakunta.example/`,
      });
      org({
        key: muni.orgs.ngo,
        regionId: region.seed.id,
        municipality: muni.seed.code,
        type: 'ngo',
        name: { fi: `${muni.name.gen} perheyhdistys ry`, sv: `Familjeföreningen i ${muni.sv} rf` },
        website: `https://${slug(muni.name.nom)}-perheet.example/`,
      });
      for (let c = 0; c < Math.min(6, Math.floor(muni.pop / 30_000)); c++) {
        const brand = finnishName(rng).nom;
        muni.orgs.companies.push(
          org({
            key: `${muni.seed.code}/company-${c}`,
            regionId: region.seed.id,
            municipality: muni.seed.code,
            type: 'company',
            name: { fi: `${brand} Perhepalvelut Oy`, sv: `${brand} Familjetjänster Ab` },
            website: `https://${slug(brand)}-oy.example/`,
            businessId: businessId(rng),
          }),
        );
      }
    }
  }

  // ----- places and the services in them -----
  const placeCount = new Map<string, number>();
  const addPlace = (
    region: Region,
    muni: Muni,
    kind: PlaceKind,
    orgKey: string,
    name: I18nText,
    hours: WeeklyHoursSeed[],
    district: number,
  ): PlaceSeed => {
    const n = (placeCount.get(`${muni.seed.code}/${kind}`) ?? 0) + 1;
    placeCount.set(`${muni.seed.code}/${kind}`, n);
    const spread = 0.01 + 0.00005 * Math.sqrt(muni.pop) + (district > 0 ? 0.02 * rng() : 0);
    const big = muni.pop > 30_000;
    const place: PlaceSeed = {
      key: `${muni.seed.code}/${kind}/${n}`,
      organization: orgKey,
      municipality: muni.seed.code,
      kind,
      name,
      streetAddress: streetAddress(rng, big),
      postalCode: `${muni.seed.code}${String(district % 100).padStart(2, '0')}`,
      postOffice: { fi: muni.name.nom, ...(muni.bilingual ? { sv: muni.sv } : {}) },
      location: {
        latitude: round5(clamp(muni.lat + (rng() - 0.5) * spread, 59.6, 70)),
        longitude: round5(clamp(muni.lon + (rng() - 0.5) * spread * 2, 19.5, 31.5)),
      },
      accessibility: accessibility(rng, kind),
      hours,
      lastChecked: lastChecked(),
    };
    if (chance(rng, 0.25)) place.transportNote = pick(rng, TRANSPORT_NOTES);
    if (chance(rng, 0.2)) place.accessibilityNote = pick(rng, ACCESSIBILITY_NOTES);
    if (kind !== 'school' && chance(rng, 0.6)) place.phone = phone(region);
    if (chance(rng, 0.3)) place.email = `${slug(kind)}.${n}.${slug(muni.name.nom)}@${region.domain}`;
    if (chance(rng, 0.3)) place.website = `https://${slug(muni.name.nom)}.example/paikat/${slug(kind)}-${n}`;
    if (chance(rng, 0.04)) place.exceptions = [exception(rng)];
    if (chance(rng, 0.01)) {
      place.status = 'temporarilyClosed';
      place.statusNote = pick(rng, CLOSED_NOTES);
    }
    data.places.push(place);
    return place;
  };

  const serviceCount = new Map<string, number>();
  const addService = (tpl: ServiceTemplate, where: Where, orgKey: string, extra: Partial<ServiceSeed> = {}): ServiceSeed => {
    const { region, muni, place } = where;
    const owner = place?.key ?? muni?.seed.code ?? region.seed.id;
    const n = (serviceCount.get(`${owner}/${tpl.id}`) ?? 0) + 1;
    serviceCount.set(`${owner}/${tpl.id}`, n);
    const withEn = !muni || muni.pop > 60_000 || chance(rng, 0.15);
    const [vfi, vsv, ven] = pick(rng, tpl.names);
    const suffix = place
      ? [place.name.fi, place.name.sv ?? place.name.fi, place.name.en ?? place.name.fi]
      : muni
        ? [muni.name.nom, muni.sv, muni.name.nom]
        : null;
    const fill = (text: string, i: number) => text.replace('{m}', where.area[i]!);
    const kw = tpl.keywords.map((k) => some(rng, k.split(', '), 3, 6).join(', '));
    const languages: ServiceLanguage[] = muni?.bilingual ? ['fi', 'sv'] : ['fi'];
    if (withEn && chance(rng, muni ? 0.3 : 0.7)) languages.push('en');
    if (muni && muni.pop > 60_000 && chance(rng, 0.2)) languages.push(...some(rng, OTHER_LANGUAGES, 1, 3));
    if (muni?.sami && chance(rng, 0.4)) languages.push(...some(rng, ['se', 'smn', 'sms'] as const, 1, 2));
    const service: ServiceSeed = {
      key: `${owner}/${tpl.id}/${n}`,
      organization: orgKey,
      regionId: region.seed.id,
      scope: muni ? 'municipalities' : 'region',
      ...(muni ? { areas: [muni.seed.code] } : {}),
      name: {
        fi: suffix ? `${vfi} – ${suffix[0]}` : vfi,
        sv: suffix ? `${vsv} – ${suffix[1]}` : vsv,
        ...(withEn ? { en: suffix ? `${ven} – ${suffix[2]}` : ven } : {}),
      },
      summary: { fi: fill(tpl.summary[0], 0), sv: fill(tpl.summary[1], 1), ...(withEn ? { en: fill(tpl.summary[2], 2) } : {}) },
      keywords: { fi: kw[0]!, sv: kw[1]!, ...(withEn ? { en: kw[2]! } : {}) },
      level: tpl.level,
      sector: tpl.sector,
      targetGroups: tpl.targets,
      ...(tpl.ages ? { ageMin: tpl.ages[0], ageMax: tpl.ages[1] } : {}),
      languages,
      delivery: tpl.delivery,
      access: tpl.access,
      cost: tpl.cost,
      lastChecked: lastChecked(),
      categories: tpl.categories,
      ...(tpl.methods && chance(rng, 0.35) ? { methods: some(rng, tpl.methods, 1, 2) } : {}),
      contacts: contacts(rng, tpl, region, muni, phone),
      ...(place ? { at: [{ place: place.key }] } : {}),
      ...extra,
    };
    if (tpl.cost !== 'free')
      service.costNote =
        tpl.cost === 'voucher'
          ? {
              fi: 'Palvelusetelillä, omavastuu palveluntuottajan hinnaston mukaan.',
              sv: 'Med servicesedel, självrisk enligt producentens prislista.',
            }
          : { fi: 'Maksu tulojen ja perheen koon mukaan.', sv: 'Avgiften beror på inkomster och familjens storlek.' };
    if (chance(rng, 0.35))
      service.description = {
        fi: `${service.summary.fi} Ota yhteyttä, niin mietitään yhdessä, mikä tuki sopii perheellenne.`,
        sv: `${service.summary.sv} Kontakta oss så funderar vi tillsammans på vilket stöd som passar er familj.`,
      };
    if (chance(rng, 0.008)) {
      service.status = 'temporarilyClosed';
      service.statusNote = pick(rng, CLOSED_NOTES);
    }
    data.services.push(service);
    return service;
  };
  /** Own hours of the service at its (only) place. */
  const atHours = (s: ServiceSeed, hours: WeeklyHoursSeed[], withException = chance(rng, 0.03)) => {
    const at = s.at![0]!;
    at.hours = hours;
    if (withException) at.exceptions = [exception(rng)];
  };

  const T = TEMPLATES;
  for (const region of regions) {
    for (const muni of region.munis) {
      const w = (place?: PlaceSeed, areaFi = muni.name.gen): Where => ({
        region,
        muni,
        ...(place ? { place } : {}),
        area: [areaFi, muni.sv, muni.name.nom],
      });
      const units = (per: number, min: number) => Math.max(min, Math.round((muni.pop / per) * (0.8 + 0.4 * rng())));
      const district = () =>
        muni.bilingual
          ? ((n: FiName) => ({ fi: n, sv: swedishName(rng) }))(finnishName(rng))
          : ((n: FiName) => ({ fi: n, sv: n.nom }))(finnishName(rng));
      const orgs = muni.orgs;
      let d = 0;

      // Central meeting place, run by the municipality.
      const central = addPlace(
        region,
        muni,
        'centralMeetingPlace',
        orgs.municipality,
        { fi: `${muni.name.gen} perhetalo`, sv: `Familjehuset i ${muni.sv}`, en: `${muni.name.nom} Family House` },
        PLACE_HOURS.centralMeetingPlace(rng),
        d++,
      );
      addService(T['meeting-place']!, w(central), orgs.municipality);
      addService(T['advisor']!, w(central), orgs.municipality, { hours: [H([1, 2, 3, 4, 5], '09:00', '12:00')] });
      atHours(addService(T['family-cafe']!, w(central), orgs.ngo), [H([5], '09:30', '11:30')]);
      addService(T['open-early-education']!, w(central), orgs.municipality);
      for (let g = int(rng, 1, 2 + Math.floor(muni.pop / 40_000)); g > 0; g--)
        atHours(
          addService(T['peer-group']!, w(central), pick(rng, [orgs.ngo, orgs.parish, orgs.ngo])),
          seasonal([g % 2 ? 2 : 4], '17:30', '19:00'),
        );
      if (chance(rng, 0.5)) addService(T['volunteering']!, w(central), orgs.ngo);
      if (muni.pop > 40_000 || region.munis[0] === muni)
        addService(
          T['ohjaamo']!,
          w(
            addPlace(
              region,
              muni,
              'youthOhjaamo',
              orgs.municipality,
              { fi: `Ohjaamo ${muni.name.nom}`, sv: `Ohjaamo ${muni.sv}` },
              PLACE_HOURS.youthOhjaamo(rng),
              d++,
            ),
          ),
          orgs.municipality,
        );

      for (let i = units(12_000, 0); i > 0; i--) {
        const dn = district();
        const place = addPlace(
          region,
          muni,
          'meetingPlace',
          pick(rng, [orgs.municipality, orgs.ngo, orgs.parish]),
          { fi: `${dn.fi.gen} kohtaamispaikka`, sv: `Mötesplatsen ${dn.sv}` },
          PLACE_HOURS.meetingPlace(rng),
          d++,
        );
        addService(T['meeting-place']!, w(place, dn.fi.gen), place.organization);
        if (chance(rng, 0.7)) atHours(addService(T['family-cafe']!, w(place, dn.fi.gen), orgs.ngo), [H([6], '10:00', '12:00')]);
        if (chance(rng, 0.5)) atHours(addService(T['peer-group']!, w(place, dn.fi.gen), orgs.ngo), seasonal([3], '18:00', '19:30'));
      }
      for (let i = units(8_000, 1); i > 0; i--) {
        const dn = i === 1 ? { fi: muni.name, sv: muni.sv } : district();
        const station = chance(rng, 0.5);
        const place = addPlace(
          region,
          muni,
          'servicePoint',
          orgs.county,
          { fi: `${dn.fi.gen} ${station ? 'terveysasema' : 'neuvola'}`, sv: `${dn.sv} ${station ? 'hälsostation' : 'rådgivning'}` },
          PLACE_HOURS.servicePoint(rng),
          d++,
        );
        const here = w(place, dn.fi.gen);
        addService(T['maternity']!, here, orgs.county);
        addService(T['child-health']!, here, orgs.county);
        if (chance(rng, 0.6)) atHours(addService(T['clinic-dropin']!, here, orgs.county), [H([pick(rng, [1, 3, 5])], '12:00', '14:00')]);
        if (chance(rng, 0.7)) addService(T['contraception']!, here, orgs.county);
        if (chance(rng, 0.5)) addService(T['coaching']!, here, orgs.county);
        if (chance(rng, 0.8)) addService(T['doctor']!, here, orgs.county);
        if (chance(rng, 0.5)) addService(T['clinic-psychologist']!, here, orgs.county);
        if (chance(rng, 0.35)) addService(T['physio']!, here, orgs.county);
      }
      for (let i = units(2_200, 1); i > 0; i--) {
        const dn = district();
        const place = addPlace(
          region,
          muni,
          'school',
          orgs.municipality,
          { fi: `${dn.fi.gen} koulu`, sv: `${dn.sv} skola` },
          PLACE_HOURS.school(rng),
          d++,
        );
        const here = w(place, dn.fi.gen);
        addService(T['basic-education']!, here, orgs.municipality);
        atHours(addService(T['school-health']!, here, orgs.county), [H(some(rng, WEEKDAYS, 2, 4), '08:00', '14:00')]);
        addService(T['school-curator']!, here, orgs.county);
        if (chance(rng, 0.85)) addService(T['school-psychologist']!, here, orgs.county);
        if (chance(rng, 0.6)) atHours(addService(T['afternoon-club']!, here, orgs.municipality), [H(WEEKDAYS, '11:30', '17:00')], false);
        if (chance(rng, 0.25)) addService(T['pre-primary']!, here, orgs.municipality);
      }
      for (let i = muni.pop > 8_000 ? units(30_000, 1) : 0; i > 0; i--) {
        const place = addPlace(
          region,
          muni,
          'school',
          orgs.municipality,
          { fi: `${i > 1 ? finnishName(rng).gen : muni.name.gen} lukio`, sv: `${i > 1 ? swedishName(rng) : muni.sv} gymnasium` },
          PLACE_HOURS.school(rng),
          d++,
        );
        for (const id of ['student-health', 'school-curator', 'school-psychologist'])
          addService(T[id]!, w(place), orgs.county, { ageMin: 15, ageMax: 20 });
      }
      for (let i = units(1_100, 1); i > 0; i--) {
        const dn = district();
        const company = orgs.companies.length && chance(rng, 0.2) ? pick(rng, orgs.companies) : null;
        const name = company ? `${pick(rng, ['Pikkumetsä', 'Satupuu', 'Tenavatupa', 'Nallemaa', 'Tähtisilmä'])} ${dn.fi.nom}` : dn.fi.nom;
        const place = addPlace(
          region,
          muni,
          'daycare',
          company ?? orgs.municipality,
          { fi: `Päiväkoti ${name}`, sv: `Daghemmet ${company ? name : dn.sv}` },
          PLACE_HOURS.daycare(rng),
          d++,
        );
        const here = w(place, dn.fi.gen);
        addService(T['early-education']!, here, place.organization, company ? { cost: 'voucher' } : {});
        if (chance(rng, 0.6)) addService(T['pre-primary']!, here, place.organization);
        if (chance(rng, 0.06)) addService(T['open-early-education']!, here, orgs.municipality);
      }
      for (let i = units(11_000, 1); i > 0; i--) {
        const dn = i === 1 ? { fi: muni.name, sv: muni.sv } : district();
        const place = addPlace(
          region,
          muni,
          'library',
          orgs.municipality,
          i === 1
            ? { fi: `${muni.name.gen} pääkirjasto`, sv: `${muni.sv} huvudbibliotek`, en: `${muni.name.nom} Main Library` }
            : { fi: `${dn.fi.gen} kirjasto`, sv: `${dn.sv} bibliotek` },
          PLACE_HOURS.library(rng),
          d++,
        );
        addService(T['library']!, w(place, dn.fi.gen), orgs.municipality);
        if (chance(rng, 0.8))
          atHours(addService(T['story-hour']!, w(place, dn.fi.gen), orgs.municipality), [H([pick(rng, [2, 3, 4])], '10:00', '10:45')]);
      }
      for (let i = units(8_000, 1); i > 0; i--) {
        const dn = i === 1 ? { fi: muni.name, sv: muni.sv } : district();
        const place = addPlace(
          region,
          muni,
          'servicePoint',
          orgs.municipality,
          { fi: `Nuorisotalo ${dn.fi.nom}`, sv: `Ungdomsgården ${dn.sv}` },
          YOUTH_HOURS(rng),
          d++,
        );
        addService(T['youth-space']!, w(place, dn.fi.gen), orgs.municipality);
      }
      for (let i = units(11_000, 1); i > 0; i--) {
        const dn = i === 1 ? { fi: muni.name, sv: muni.sv } : district();
        const place = addPlace(
          region,
          muni,
          'servicePoint',
          orgs.parish,
          { fi: `${dn.fi.gen} seurakuntatalo`, sv: `${dn.sv} församlingshem` },
          PARISH_HOURS(),
          d++,
        );
        for (let k = int(rng, 1, 2); k > 0; k--)
          atHours(addService(T['parish-club']!, w(place, dn.fi.gen), orgs.parish), seasonal([k === 1 ? 2 : 4], '09:30', '11:30'), false);
        if (chance(rng, 0.3)) addService(T['parish-camp']!, w(place, dn.fi.gen), orgs.parish);
      }
      // Services for the whole municipality, without a place of their own.
      addService(T['home-help']!, w(), orgs.county, { hours: [H(WEEKDAYS, '08:00', '15:00')] });
      addService(T['family-work']!, w(), orgs.county);
      addService(T['social-work']!, w(), orgs.county, { hours: [H([1, 2, 3, 4], '09:00', '11:00')] });
      addService(T['childcare-help']!, w(), orgs.ngo);
      addService(T['outreach-youth']!, w(), orgs.municipality);
      if (chance(rng, 0.7)) addService(T['family-sport']!, w(), orgs.municipality);
      for (const company of orgs.companies) addService(T['company-home-help']!, w(), company);
    }

    // Family centres in the biggest municipalities, each serving its nearest municipalities.
    const byPop = [...region.munis].sort((a, b) => b.pop - a.pop);
    const hosts = byPop.slice(0, Math.min(byPop.length, region.munis.length >= 18 ? 3 : region.munis.length >= 9 ? 2 : 1));
    const centres = hosts.map((muni, i) => {
      const place = addPlace(
        region,
        muni,
        'familyCentre',
        `${region.seed.id}/county`,
        { fi: `${muni.name.gen} perhekeskus`, sv: `Familjecentret i ${muni.sv}`, en: `${muni.name.nom} Family Centre` },
        PLACE_HOURS.familyCentre(rng),
        90 + i,
      );
      place.familyCentreArea = [];
      place.phone ??= phone(region);
      return { place, muni };
    });
    for (const muni of region.munis) {
      const nearest = centres.reduce((best, c) => (dist(c.muni, muni) < dist(best.muni, muni) ? c : best));
      nearest.place.familyCentreArea!.push(muni.seed.code);
    }
    const cap = region.munis[0]!;
    const rw: Where = {
      region,
      area: [region.seed.name.fi.replace(/ hyvinvointialue$/, ' hyvinvointialueen'), region.seed.name.sv!, region.seed.name.en!],
    };
    const at = () => centres.map((c) => ({ place: c.place.key }));
    for (const tpl of Object.values(REGIONAL_TEMPLATES)) {
      const orgKey =
        tpl.provider === 'ngo'
          ? `${region.seed.id}/${tpl.id === 'shelter' ? 'shelter' : tpl.id === 'crisis-centre' ? 'crisis' : 'families'}`
          : `${region.seed.id}/county`;
      const placeless = tpl.id === 'shelter' || tpl.id === 'emergency-social' || tpl.id === 'advice-line';
      const s = addService(tpl, rw, orgKey, placeless ? {} : { at: tpl.id === 'paediatrics' ? at().slice(0, 1) : at() });
      if (tpl.id === 'advice-line') s.hours = [H([1, 2, 3, 4], '08:00', '16:00'), H([5], '08:00', '14:00')];
      if (placeless)
        s.contacts = [
          {
            kind: 'phone',
            value: phone(region),
            ...(tpl.id === 'advice-line'
              ? {}
              : { hoursNote: { fi: 'Päivystää ympäri vuorokauden', sv: 'Jour dygnet runt', en: 'Open around the clock' } }),
          },
        ];
      if (tpl.id === 'family-counselling' && cap.pop > 100_000)
        addService(tpl, rw, orgKey, {
          at: at(),
          name: { fi: 'Nuorten perheneuvola', sv: 'Familjerådgivning för unga' },
          ageMin: 13,
          ageMax: 17,
        });
    }
  }

  // National services: regionId null, run by national organisations.
  const national = {
    state: org({
      key: 'national/state',
      regionId: null,
      type: 'state',
      name: { fi: 'Valtion perhe-etuuskeskus', sv: 'Statens familjeförmånscentral', en: 'State Family Benefits Centre' },
      website: 'https://perhe-etuudet.example/',
    }),
    expertiseCentre: org({
      key: 'national/expertise',
      regionId: null,
      type: 'expertiseCentre',
      name: { fi: 'Lasten ja perheiden osaamiskeskus', sv: 'Kompetenscentret för barn och familjer' },
      website: 'https://osaamiskeskus.example/',
    }),
    ngos: ['Lasten ja nuorten tukiliitto ry', 'Vanhempien verkko ry', 'Perheiden turvaliitto ry', 'Kriisiavun keskusliitto ry'].map(
      (fi, i) =>
        org({
          key: `national/ngo-${i}`,
          regionId: null,
          type: 'ngo',
          name: { fi },
          website: `https://${slug(fi.replace(/ ry$/, ''))}.example/`,
        }),
    ),
  };
  NATIONAL_SERVICES.forEach((n, i) => {
    data.services.push({
      key: `national/${i + 1}`,
      organization: n.provider === 'ngo' ? national.ngos[i % national.ngos.length]! : national[n.provider],
      regionId: null,
      scope: 'national',
      name: n.name,
      summary: n.summary,
      keywords: n.keywords,
      level: n.provider === 'expertiseCentre' ? 'special' : 'universal',
      sector: n.provider === 'state' ? 'social' : 'civic',
      targetGroups: ['wholeFamily'],
      languages: ['fi', 'sv', 'en'],
      delivery: n.delivery,
      access: ['openToAll'],
      cost: 'free',
      lastChecked: lastChecked(),
      categories: [n.category],
      contacts: [
        { kind: 'phone', value: `0800 000 ${String(100 + i).padStart(3, '0')}` },
        { kind: 'web', value: `https://valtakunnallinen.example/palvelu/${i + 1}` },
      ],
      ...(n.provider === 'ngo' ? { hours: [H(WEEKDAYS, '10:00', '16:00'), H([6, 7], '12:00', '15:00')] } : {}),
    });
  });
  return data;
}

function contacts(
  rng: Rng,
  tpl: ServiceTemplate,
  region: Region,
  muni: Muni | undefined,
  phone: (r: Region) => string,
): ServiceSeed['contacts'] {
  const base = muni ? slug(muni.name.nom) : slug(region.seed.code);
  const out: NonNullable<ServiceSeed['contacts']> = [];
  if (chance(rng, 0.7))
    out.push({
      kind: 'phone',
      value: phone(region),
      ...(chance(rng, 0.3) ? { hoursNote: { fi: 'Puhelinaika ma–pe klo 9–11', sv: 'Telefontid mån–fre kl. 9–11' } } : {}),
    });
  if (chance(rng, 0.4))
    out.push({ kind: 'email', value: `${slug(tpl.id)}.${base}@${tpl.provider === 'county' ? region.domain : `${base}.example`}` });
  if (chance(rng, 0.5))
    out.push({ kind: 'web', value: `https://${tpl.provider === 'county' ? region.domain : `${base}.example`}/palvelut/${tpl.id}` });
  if (tpl.access.includes('booking') && tpl.provider === 'county' && chance(rng, 0.5))
    out.push({
      kind: 'booking',
      value: `https://${region.domain}/ajanvaraus/${tpl.id}`,
      label: { fi: 'Varaa aika verkossa', sv: 'Boka tid på nätet', en: 'Book online' },
    });
  if (tpl.id === 'advice-line' || (tpl.delivery.includes('online') && chance(rng, 0.1)))
    out.push({ kind: 'chat', value: `https://${region.domain}/chat/${tpl.id}` });
  return out;
}

function accessibility(rng: Rng, kind: PlaceKind): PlaceSeed['accessibility'] {
  const fact = (pTrue: number, pKnown = 0.8) => (chance(rng, pKnown) ? chance(rng, pTrue) : undefined);
  const facts = {
    stepFreeAccess: fact(0.8),
    pramAccess: fact(kind === 'school' ? 0.5 : 0.85),
    wheelchairToilet: fact(0.7),
    hearingLoop: fact(kind === 'library' || kind === 'familyCentre' ? 0.7 : 0.2, 0.5),
    babyCareRoom: fact(['familyCentre', 'centralMeetingPlace', 'meetingPlace', 'servicePoint', 'library'].includes(kind) ? 0.8 : 0.2, 0.6),
    parking: fact(0.7, 0.6),
  };
  return Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined));
}

function exceptionOn(rng: Rng, days: string[]): HoursExceptionSeed {
  const day = pick(rng, days);
  return chance(rng, 0.6)
    ? { day, closed: true, note: pick(rng, EXCEPTION_NOTES) }
    : { day, closed: false, opens: '09:00', closes: '12:00', note: EXCEPTION_NOTES[2]! };
}

function gauss(rng: Rng): number {
  return Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
}
const clamp = (v: number, min: number, max: number) => Math.min(max, Math.max(min, v));
const round5 = (v: number) => Math.round(v * 100_000) / 100_000;
const dist = (a: Muni, b: Muni) => (a.lat - b.lat) ** 2 + ((a.lon - b.lon) * 0.5) ** 2;
