import type { I18nText } from '../../../platform/i18n-text.ts';
import type { HoursExceptionSeed, PlaceSeed, WeeklyHoursSeed } from '../network/network-dataset.ts';
import {
  ACCESS,
  hours,
  NOTE_OLDER,
  NOTE_STEPS,
  NOTE_UPSTAIRS,
  summerClosure,
  t,
  type DemoCalendar,
} from './etela-savo.common.ts';
import { tel, type Town, town, towns } from './etela-savo.municipalities.ts';
import { municipalityOrg, parishOrg } from './etela-savo.organizations.ts';

/** Open meeting places (one central per municipality), parish halls and youth ohjaamot. */

export const centralMeetingPlaceKey = (slug: string) => `kohtaamispaikka-${slug}`;
export const parishHallKey = (slug: string) => `seurakuntatalo-${slug}`;

export const MEETING = {
  ristiina: 'perhetupa-ristiina',
  haukivuori: 'kylatalo-haukivuori',
  mllMikkeli: 'mll-kohtaamo-mikkeli',
  parishMikkeli: 'perhetalo-tuomiokirkkoseurakunta',
  intlMikkeli: 'kansainvalinen-perhetupa-mikkeli',
  youthMikkeli: 'nuorisotila-kompassi-mikkeli',
  kerimaki: 'seurakuntatalo-kerimaki',
  punkaharju: 'perhetupa-punkaharju',
  mllSavonlinna: 'mll-perhekahvila-savonlinna',
  youthSavonlinna: 'nuorisotila-vinssi-savonlinna',
  naarajarvi: 'kohtaamispaikka-naarajarvi',
  jappila: 'kylatalo-jappila',
  parishPieksamaki: 'seurakuntakeskus-pieksamaki',
  olkkari: 'ohjaamo-olkkari-mikkeli',
  pientare: 'ohjaamo-pientare-pieksamaki',
  ohjaamoSavonlinna: 'ohjaamo-savonlinna',
} as const;

interface CentralSpec {
  name: I18nText;
  street: string;
  postalCode?: string;
  d: [number, number];
  access: PlaceSeed['accessibility'];
  note?: I18nText;
  hours: WeeklyHoursSeed[];
  exceptions: HoursExceptionSeed[];
  extra?: I18nText;
}

/** The towns' meeting places close for two weeks in mid-July, the villages' for six from the end of June. */
export const townSummer = (cal: DemoCalendar) => summerClosure(cal, 2, 3);
export const villageSummer = (cal: DemoCalendar) => summerClosure(cal, 0, 5);

const central = (cal: DemoCalendar): Record<string, CentralSpec> => ({
  mikkeli: {
    name: t('Perhetalo Pesä', 'Familjehuset Pesä', 'Pesä Family House'),
    street: 'Torikatu 5', d: [0.0008, 0.0021], access: ACCESS.modern,
    hours: [hours([1, 2, 3, 4, 5], '09:00', '15:00'), hours([2, 4], '17:00', '19:00')],
    exceptions: [
      cal.christmasEve,
      { day: cal.christmasPorridgeDay, closed: false, opens: '10:00', closes: '14:00', note: t('Perheiden joulupuuro lauantaina.', 'Julgröt för familjer på lördag.', 'Christmas porridge for families on Saturday.') },
      ...townSummer(cal),
    ],
    extra: t('Tiloissa on leikkihuone, imetysnurkkaus ja lastenvaunuparkki.', 'I lokalerna finns ett lekrum, en amningshörna och barnvagnsparkering.', 'There is a playroom, a breastfeeding corner and pram parking.'),
  },
  savonlinna: {
    name: t('Perhetalo Majakka', 'Familjehuset Majakka', 'Majakka Family House'),
    street: 'Satamapolku 3', d: [-0.0011, 0.0034], access: ACCESS.older, note: NOTE_OLDER,
    hours: [hours([1, 2, 3, 4], '09:00', '15:00'), hours([5], '09:00', '13:00'), hours([3], '17:00', '19:00')],
    exceptions: [cal.christmasEve, ...townSummer(cal)],
    extra: t('Pihalla on aidattu leikkipaikka järven rannassa.', 'På gården finns en inhägnad lekplats vid sjöstranden.', 'The yard has a fenced playground by the lake.'),
  },
  pieksamaki: {
    name: t('Perhetalo Poukama', 'Familjehuset Poukama', 'Poukama Family House'),
    street: 'Keskuskatu 14', d: [0.0006, -0.0018], access: ACCESS.upstairs, note: NOTE_UPSTAIRS,
    hours: [hours([1, 2, 3, 4, 5], '09:00', '14:00'), hours([2], '17:00', '19:00')],
    exceptions: [cal.christmasEve, ...townSummer(cal)],
  },
  enonkoski: {
    name: t('Enonkosken perhetupa', 'Familjestugan i Enonkoski', 'Enonkoski Family Room'),
    street: 'Kirkonkyläntie 5', d: [0.0004, 0.0012], access: ACCESS.steps, note: NOTE_STEPS,
    hours: [hours([2, 4], '09:00', '13:00')],
    exceptions: [cal.christmasEve, ...villageSummer(cal)],
    extra: t('Perhetupa on kunnantalon alakerrassa, sisäänkäynti pihan puolelta.', 'Familjestugan ligger i kommunhusets nedre våning, ingång från gården.', 'The family room is on the ground floor of the municipal office, entrance from the yard.'),
  },
  hirvensalmi: {
    name: t('Kohtaamispaikka Kamari, Hirvensalmi', 'Mötesplatsen Kamari, Hirvensalmi', 'Kamari Meeting Place, Hirvensalmi'),
    street: 'Kuntalantie 4', d: [-0.0009, 0.0015], access: ACCESS.partial,
    hours: [hours([3], '09:00', '14:00'), hours([4], '09:00', '12:00')],
    exceptions: [cal.christmasEve, ...villageSummer(cal)],
  },
  juva: {
    name: t('Perhetalo Juvala', 'Familjehuset Juvala', 'Juvala Family House'),
    street: 'Juvantie 18', d: [0.0013, -0.0021], access: ACCESS.school,
    hours: [hours([1, 2, 3, 4], '09:00', '14:00')],
    exceptions: [cal.christmasEve, cal.midsummerEve, ...villageSummer(cal)],
    extra: t('Perhetalo on yhtenäiskoulun yhteydessä, oma sisäänkäynti koulun päädyssä.', 'Familjehuset ligger i anslutning till enhetsskolan, egen ingång på skolans gavel.', 'The family house is part of the comprehensive school, with its own entrance at the end of the building.'),
  },
  kangasniemi: {
    name: t('Kohtaamispaikka Kaisla, Kangasniemi', 'Mötesplatsen Kaisla, Kangasniemi', 'Kaisla Meeting Place, Kangasniemi'),
    street: 'Puistotie 9', d: [0.0007, 0.0009], access: ACCESS.library,
    hours: [hours([2, 3, 4], '09:00', '14:00')],
    exceptions: [cal.christmasEve, ...villageSummer(cal)],
    extra: t('Kaisla on kirjastotalon toisessa päässä.', 'Kaisla ligger i andra ändan av bibliotekshuset.', 'Kaisla is at the other end of the library building.'),
  },
  mantyharju: {
    name: t('Perhetalo Mänty, Mäntyharju', 'Familjehuset Mänty, Mäntyharju', 'Mänty Family House, Mäntyharju'),
    street: 'Asematie 14', d: [-0.0012, 0.0024], access: { ...ACCESS.daycare, wheelchairToilet: true },
    hours: [hours([1, 3, 5], '09:00', '14:00'), hours([3], '17:00', '19:00')],
    exceptions: [cal.midsummerEve, ...villageSummer(cal)],
  },
  pertunmaa: {
    name: t('Kohtaamispaikka Kuortinkulma, Pertunmaa', 'Mötesplatsen Kuortinkulma, Pertunmaa', 'Kuortinkulma Meeting Place, Pertunmaa'),
    street: 'Kuntatie 9', d: [0.0005, -0.0011], access: { stepFreeAccess: false, parking: true }, note: NOTE_STEPS,
    hours: [hours([2], '09:00', '13:00'), hours([4], '16:00', '18:00')],
    exceptions: [cal.christmasEve, ...villageSummer(cal)],
  },
  puumala: {
    name: t('Puumalan perhetupa Salmi', 'Familjestugan Salmi i Puumala', 'Salmi Family Room, Puumala'),
    street: 'Keskustie 11', d: [-0.0006, 0.0008], access: ACCESS.parish,
    hours: [hours([3], '09:00', '13:00'), hours([5], '09:00', '12:00')],
    exceptions: [...villageSummer(cal)],
  },
  rantasalmi: {
    name: t('Kohtaamispaikka Laituri, Rantasalmi', 'Mötesplatsen Laituri, Rantasalmi', 'Laituri Meeting Place, Rantasalmi'),
    street: 'Rantasalmentie 20', d: [0.0009, 0.0016], access: ACCESS.older, note: NOTE_OLDER,
    hours: [hours([2, 4], '09:00', '14:00')],
    exceptions: [cal.christmasEve, ...villageSummer(cal)],
  },
  sulkava: {
    name: t('Sulkavan perhetupa Soutu', 'Familjestugan Soutu i Sulkava', 'Soutu Family Room, Sulkava'),
    street: 'Sulkavantie 15', d: [-0.0004, -0.0013], access: { ...ACCESS.partial, pramAccess: true, babyCareRoom: true },
    hours: [hours([1, 3], '09:00', '13:00')],
    exceptions: [...villageSummer(cal)],
  },
});

const at = (x: Town, [dLat, dLon]: [number, number]) => ({
  latitude: +(x.lat + dLat).toFixed(4),
  longitude: +(x.lon + dLon).toFixed(4),
});

const centralMeetingPlaces = (cal: DemoCalendar): PlaceSeed[] => {
  const specs = central(cal);
  return towns.map((x, i) => {
    const spec = specs[x.slug]!;
    const owner = x.isTown ? 'kaupungin' : 'kunnan';
    const place: PlaceSeed = {
      key: centralMeetingPlaceKey(x.slug),
      organization: municipalityOrg(x.slug),
      municipality: x.code,
      kind: 'centralMeetingPlace',
      name: spec.name,
      description: t(
        `${x.gen} ${owner} avoin kohtaamispaikka kaikille lapsiperheille. Täällä on avointa varhaiskasvatusta, perhekahvila ja vertaisryhmiä, ja perheneuvon tavoittaa ilman ajanvarausta.${spec.extra ? ' ' + spec.extra.fi : ''}`,
        `${x.isTown ? 'Stadens' : 'Kommunens'} öppna mötesplats för alla barnfamiljer i ${x.sv}. Här finns öppen småbarnspedagogik, familjecafé och kamratgrupper, och familjerådgivaren träffar du utan tidsbokning.${spec.extra?.sv ? ' ' + spec.extra.sv : ''}`,
        `The ${x.isTown ? 'city' : 'municipality'}'s open meeting place for all families with children in ${x.fi}: open early education, a family café and peer groups, and the family advisor is there without an appointment.${spec.extra?.en ? ' ' + spec.extra.en : ''}`,
      ),
      streetAddress: spec.street,
      postalCode: spec.postalCode ?? x.postalCode,
      postOffice: x.postOffice,
      location: at(x, spec.d),
      transportNote: x.transport,
      accessibility: spec.access,
      phone: `044 000 ${x.phoneBlock}50`,
      email: `kohtaamispaikka@${x.slug}.example`,
      website: `https://${x.slug}.example/kohtaamispaikka`,
      hours: spec.hours,
      exceptions: spec.exceptions,
      lastChecked: i % 3 === 0 ? cal.checked(20) : i % 3 === 1 ? cal.checked(35) : cal.checked(63),
    };
    if (spec.note) place.accessibilityNote = spec.note;
    return place;
  });
};

/** Parish halls in the smaller municipalities, where family clubs meet. */
const parishHallSpecs: [slug: string, street: string, d: [number, number], day: number, access: 'parish' | 'steps' | 'older'][] = [
  ['enonkoski', 'Kirkkotie 2', [0.0021, 0.0005], 3, 'steps'],
  ['hirvensalmi', 'Kirkkorannantie 1', [0.0015, -0.0024], 2, 'parish'],
  ['juva', 'Kirkkokuja 3', [-0.0018, 0.0011], 3, 'parish'],
  ['kangasniemi', 'Kirkkotie 6', [0.0023, -0.0007], 2, 'older'],
  ['mantyharju', 'Kirkkoharjuntie 1', [0.0031, 0.0014], 4, 'parish'],
  ['pertunmaa', 'Kirkkotie 4', [-0.0014, 0.0019], 3, 'steps'],
  ['puumala', 'Kirkkoniementie 2', [0.0012, 0.0026], 2, 'older'],
  ['rantasalmi', 'Kirkkotie 8', [-0.0022, -0.0015], 3, 'parish'],
  ['sulkava', 'Kirkkotie 10', [0.0017, 0.0021], 4, 'parish'],
];

const parishHalls = (cal: DemoCalendar): PlaceSeed[] => parishHallSpecs.map(([slug, street, d, day, access], i) => {
  const x = town(slug);
  const place: PlaceSeed = {
    key: parishHallKey(slug),
    organization: parishOrg(slug),
    municipality: x.code,
    kind: 'meetingPlace',
    name: t(`${x.gen} seurakuntatalo`, `Församlingshemmet i ${x.sv}`, `${x.fi} Parish Hall`),
    description: t(
      'Seurakunnan perhekerho ja vauvaryhmä kokoontuvat täällä. Kaikki perheet ovat tervetulleita, jäsenyyttä ei kysytä.',
      'Här träffas församlingens familjeklubb och babygrupp. Alla familjer är välkomna, medlemskap krävs inte.',
      'The parish family club and baby group meet here. All families are welcome; membership is not required.',
    ),
    streetAddress: street,
    postalCode: x.postalCode,
    postOffice: x.postOffice,
    location: at(x, d),
    transportNote: x.transport,
    accessibility: ACCESS[access],
    phone: tel(x, '70'),
    email: `${slug}@seurakunta.example`,
    hours: [hours([day], '09:30', '11:30')],
    exceptions: [...villageSummer(cal)],
    lastChecked: i % 2 ? cal.checked(82) : cal.checked(48),
  };
  if (access === 'steps') place.accessibilityNote = NOTE_STEPS;
  if (access === 'older') place.accessibilityNote = NOTE_OLDER;
  return place;
});

export const meetingPlaces = (cal: DemoCalendar): PlaceSeed[] => [...centralMeetingPlaces(cal), ...parishHalls(cal)];
