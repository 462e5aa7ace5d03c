import type { I18nText } from '../../../platform/i18n-text.ts';
import type { PlaceSeed, WeeklyHoursSeed } from '../network/network-dataset.ts';
import { ACCESS, type DemoCalendar, hours, NOTE_OLDER, NOTE_STEPS, seasonal, t } from './etela-savo.common.ts';
import { tel, type Town, town } from './etela-savo.municipalities.ts';
import { municipalityOrg } from './etela-savo.organizations.ts';

/** Schools, upper-secondary schools, libraries and day care centres that host services. */

export const schoolKey = (slug: string) => `koulu-${slug}`;
export const upperSecondaryKey = (slug: string) => `lukio-${slug}`;
export const libraryKey = (slug: string) => `kirjasto-${slug}`;
export const daycareKey = (slug: string) => `paivakoti-${slug}`;

export const LOCAL = {
  haukivuoriSchool: 'koulu-mikkeli-haukivuori',
  otavaLibrary: 'kirjasto-mikkeli-otava',
  kerimakiLibrary: 'kirjasto-savonlinna-kerimaki',
  mikkeliDaycare2: 'paivakoti-mikkeli-satakieli',
} as const;

const SCHOOL_HOURS: WeeklyHoursSeed[] = [hours([1, 2, 3, 4, 5], '08:00', '15:00')];
/** Schools close for the summer holiday (June–mid-August); no weekly hours apply then. */
const schoolYear = (cal: DemoCalendar): WeeklyHoursSeed[] => [
  hours([1, 2, 3, 4, 5], '08:00', '15:00', ...cal.schoolYear),
  hours([1, 2, 3, 4, 5], '08:00', '15:00', cal.nextSchoolYearStarts),
];

interface LocalSpec {
  slug: string;
  name: I18nText;
  street: string;
  d: [number, number];
}

const offset = (x: Town, [dLat, dLon]: [number, number]) => ({
  latitude: +(x.lat + dLat).toFixed(4),
  longitude: +(x.lon + dLon).toFixed(4),
});

const schoolSpecs: LocalSpec[] = [
  { slug: 'enonkoski', name: t('Enonkosken koulu', 'Enonkoski skola', 'Enonkoski School'), street: 'Koulutie 3', d: [-0.0025, 0.0031] },
  { slug: 'hirvensalmi', name: t('Hirvensalmen yhtenäiskoulu', 'Hirvensalmi enhetsskola', 'Hirvensalmi Comprehensive School'), street: 'Opintie 6', d: [0.0031, -0.0012] },
  { slug: 'juva', name: t('Juvan yhtenäiskoulu', 'Jockas enhetsskola', 'Juva Comprehensive School'), street: 'Koulukatu 7', d: [0.0014, -0.0026] },
  { slug: 'kangasniemi', name: t('Kangasniemen yhtenäiskoulu', 'Kangasniemi enhetsskola', 'Kangasniemi Comprehensive School'), street: 'Opintie 4', d: [-0.0029, -0.0033] },
  { slug: 'mikkeli', name: t('Kalevankankaan koulu', 'Kalevankangas skola', 'Kalevankangas School'), street: 'Kalevankatu 30', d: [-0.0061, 0.0112] },
  { slug: 'mantyharju', name: t('Mäntyharjun yhtenäiskoulu', 'Mäntyharju enhetsskola', 'Mäntyharju Comprehensive School'), street: 'Koulukatu 10', d: [0.0024, 0.0036] },
  { slug: 'pertunmaa', name: t('Pertunmaan koulu', 'Pertunmaa skola', 'Pertunmaa School'), street: 'Koulutie 2', d: [0.0021, 0.0017] },
  { slug: 'pieksamaki', name: t('Kontiopuiston yhtenäiskoulu', 'Kontiopuisto enhetsskola', 'Kontiopuisto Comprehensive School'), street: 'Kontiontie 5', d: [0.0052, -0.0071] },
  { slug: 'puumala', name: t('Puumalan yhtenäiskoulu', 'Puumala enhetsskola', 'Puumala Comprehensive School'), street: 'Koulutie 5', d: [-0.0017, -0.0022] },
  { slug: 'rantasalmi', name: t('Rantasalmen koulu', 'Rantasalmi skola', 'Rantasalmi School'), street: 'Koulutie 9', d: [0.0033, -0.0028] },
  { slug: 'savonlinna', name: t('Talvisalon koulu', 'Talvisalo skola', 'Talvisalo School'), street: 'Talvisalontie 12', d: [0.0094, 0.0125] },
  { slug: 'sulkava', name: t('Sulkavan yhtenäiskoulu', 'Sulkava enhetsskola', 'Sulkava Comprehensive School'), street: 'Koulutie 1', d: [-0.0023, 0.0027] },
];

const schoolAccess = (i: number): Pick<PlaceSeed, 'accessibility' | 'accessibilityNote'> =>
  i % 5 === 2
    ? { accessibility: { ...ACCESS.school, hearingLoop: false, wheelchairToilet: false }, accessibilityNote: NOTE_OLDER }
    : i % 5 === 4
      ? { accessibility: { stepFreeAccess: true, parking: true } }
      : { accessibility: ACCESS.school };

const schools = (cal: DemoCalendar): PlaceSeed[] => schoolSpecs.map((s, i) => {
  const x = town(s.slug);
  return {
    key: schoolKey(s.slug),
    organization: municipalityOrg(s.slug),
    municipality: x.code,
    kind: 'school',
    name: s.name,
    description: t(
      'Koulun terveydenhoitajan, kuraattorin ja psykologin huoneet ovat koulun oppilashuollon käytävällä.',
      'Skolhälsovårdarens, kuratorns och psykologens rum finns i elevhälsans korridor.',
      "The school nurse's, curator's and psychologist's rooms are in the pupil welfare corridor.",
    ),
    streetAddress: s.street,
    postalCode: x.postalCode,
    postOffice: x.postOffice,
    location: offset(x, s.d),
    transportNote: x.transport,
    ...schoolAccess(i),
    phone: tel(x, '30'),
    email: `koulu@${x.slug}.example`,
    hours: i % 2 ? schoolYear(cal) : SCHOOL_HOURS,
    exceptions: [cal.christmasEve],
    lastChecked: i % 2 ? cal.checked(98) : cal.checked(82),
  };
});

const haukivuoriSchool = (cal: DemoCalendar): PlaceSeed => ({
  key: LOCAL.haukivuoriSchool,
  organization: municipalityOrg('mikkeli'),
  municipality: '491',
  kind: 'school',
  name: t('Haukivuoren koulu', 'Haukivuori skola', 'Haukivuori School'),
  description: t(
    'Kyläkoulu, jonka liikuntasalissa on perheliikuntaa sunnuntaisin ja kirjastossa satutuokioita.',
    'Byskola där det är familjemotion i gymnastiksalen på söndagar och sagostunder i biblioteket.',
    'Village school with family sports in the gym on Sundays and story times in the library.',
  ),
  streetAddress: 'Koulutie 4',
  postalCode: '51600',
  postOffice: t('Haukivuori', 'Haukivuori'),
  location: { latitude: 62.0198, longitude: 27.2129 },
  transportNote: t('Linja-auto Mikkelistä ja Pieksämäeltä arkisin; koulukyydit.', 'Buss från S:t Michel och Pieksämäki på vardagar; skolskjuts.', 'Weekday buses from Mikkeli and Pieksämäki; school transport.'),
  accessibility: { stepFreeAccess: false, wheelchairToilet: false, hearingLoop: false, parking: true },
  accessibilityNote: NOTE_STEPS,
  phone: '015 000 1131',
  email: 'haukivuoren.koulu@mikkeli.example',
  hours: [...schoolYear(cal), hours([7], '16:00', '18:00')],
  lastChecked: cal.checked(63),
});

const upperSecondarySpecs: LocalSpec[] = [
  { slug: 'juva', name: t('Juvan lukio', 'Jockas gymnasium', 'Juva Upper Secondary School'), street: 'Lukiontie 2', d: [0.0019, -0.0031] },
  { slug: 'kangasniemi', name: t('Kangasniemen lukio', 'Kangasniemi gymnasium', 'Kangasniemi Upper Secondary School'), street: 'Lukiotie 1', d: [-0.0031, -0.0039] },
  { slug: 'mikkeli', name: t('Mikkelin lukio', 'S:t Michels gymnasium', 'Mikkeli Upper Secondary School'), street: 'Lukiokatu 3', d: [0.0028, -0.0041] },
  { slug: 'mantyharju', name: t('Mäntyharjun lukio', 'Mäntyharju gymnasium', 'Mäntyharju Upper Secondary School'), street: 'Lukiokatu 3', d: [0.0027, 0.0041] },
  { slug: 'pieksamaki', name: t('Pieksämäen lukio', 'Pieksämäki gymnasium', 'Pieksämäki Upper Secondary School'), street: 'Lukiokatu 6', d: [0.0012, 0.0044] },
  { slug: 'rantasalmi', name: t('Rantasalmen lukio', 'Rantasalmi gymnasium', 'Rantasalmi Upper Secondary School'), street: 'Lukiontie 4', d: [0.0036, -0.0024] },
  { slug: 'savonlinna', name: t('Savonlinnan lukio', 'Nyslotts gymnasium', 'Savonlinna Upper Secondary School'), street: 'Lyseonkatu 5', d: [-0.0021, -0.0047] },
];

const upperSecondarySchools = (cal: DemoCalendar): PlaceSeed[] => upperSecondarySpecs.map((s, i) => {
  const x = town(s.slug);
  return {
    key: upperSecondaryKey(s.slug),
    organization: municipalityOrg(s.slug),
    municipality: x.code,
    kind: 'school',
    name: s.name,
    description: t(
      'Lukion opiskeluterveydenhoitaja, kuraattori ja psykologi tavoittaa koulupäivän aikana, myös Wilman kautta.',
      'Gymnasiets hälsovårdare, kurator och psykolog når du under skoldagen, också via Wilma.',
      "The school's nurse, curator and psychologist can be reached during the school day, also through Wilma.",
    ),
    streetAddress: s.street,
    postalCode: x.postalCode,
    postOffice: x.postOffice,
    location: offset(x, s.d),
    transportNote: x.transport,
    accessibility: i % 3 === 1 ? { ...ACCESS.school, hearingLoop: false } : ACCESS.school,
    phone: tel(x, '35'),
    email: `lukio@${x.slug}.example`,
    hours: schoolYear(cal),
    lastChecked: cal.checked(82),
  };
});

const LIBRARY_NORMAL = [hours([1, 2, 3, 4], '10:00', '19:00'), hours([5], '10:00', '17:00'), hours([6], '10:00', '15:00')];
const LIBRARY_SUMMER = [hours([1, 2, 3, 4, 5], '10:00', '17:00')];
const SMALL_LIBRARY_NORMAL = [hours([1, 3], '12:00', '19:00'), hours([2, 4], '10:00', '16:00')];
const SMALL_LIBRARY_SUMMER = [hours([2, 4], '10:00', '16:00')];

const librarySpecs: (LocalSpec & { big: boolean })[] = [
  { slug: 'mikkeli', big: true, name: t('Mikkelin pääkirjasto', 'Huvudbiblioteket i S:t Michel', 'Mikkeli Main Library'), street: 'Jääkärinkatu 6', d: [0.0018, -0.0009] },
  { slug: 'savonlinna', big: true, name: t('Savonlinnan pääkirjasto', 'Huvudbiblioteket i Nyslott', 'Savonlinna Main Library'), street: 'Kirjastonkatu 2', d: [0.0009, 0.0016] },
  { slug: 'pieksamaki', big: true, name: t('Pieksämäen kaupunginkirjasto', 'Pieksämäki stadsbibliotek', 'Pieksämäki City Library'), street: 'Kirjastokatu 4', d: [-0.0007, -0.0014] },
  { slug: 'juva', big: false, name: t('Juvan kirjasto', 'Jockas bibliotek', 'Juva Library'), street: 'Kirjastokuja 1', d: [-0.0008, 0.0009] },
  { slug: 'kangasniemi', big: false, name: t('Kangasniemen kirjasto', 'Kangasniemi bibliotek', 'Kangasniemi Library'), street: 'Puistotie 9 B', d: [0.0008, 0.0011] },
  { slug: 'mantyharju', big: false, name: t('Mäntyharjun kirjasto', 'Mäntyharju bibliotek', 'Mäntyharju Library'), street: 'Kirjastokatu 5', d: [-0.0015, 0.0019] },
  { slug: 'rantasalmi', big: false, name: t('Rantasalmen kirjasto', 'Rantasalmi bibliotek', 'Rantasalmi Library'), street: 'Kirjastotie 1', d: [0.0011, 0.0007] },
  { slug: 'sulkava', big: false, name: t('Sulkavan kirjasto', 'Sulkava bibliotek', 'Sulkava Library'), street: 'Kirjastotie 3', d: [-0.0009, 0.0022] },
];

const libraryDescription = t(
  'Kirjastossa on lastenosasto, satutunteja ja lukulemmikki-iltoja. Kirjastoon voi tulla vaunujen kanssa ja vaihtaa vaipan.',
  'Biblioteket har en barnavdelning, sagostunder och läshundskvällar. Du kan komma med barnvagn och byta blöja.',
  "The library has a children's section, story times and reading-dog evenings. Prams are welcome and there is a changing table.",
);

const libraries = (cal: DemoCalendar): PlaceSeed[] => librarySpecs.map((s, i) => {
  const x = town(s.slug);
  return {
    key: libraryKey(s.slug),
    organization: municipalityOrg(s.slug),
    municipality: x.code,
    kind: 'library',
    name: s.name,
    description: libraryDescription,
    streetAddress: s.street,
    postalCode: x.postalCode,
    postOffice: x.postOffice,
    location: offset(x, s.d),
    transportNote: x.transport,
    accessibility: i % 3 === 2 ? { ...ACCESS.library, babyCareRoom: true, parking: true } : ACCESS.library,
    phone: tel(x, '60'),
    email: `kirjasto@${x.slug}.example`,
    website: `https://${x.slug}.example/kirjasto`,
    hours: s.big ? seasonal(cal, LIBRARY_NORMAL, LIBRARY_SUMMER) : seasonal(cal, SMALL_LIBRARY_NORMAL, SMALL_LIBRARY_SUMMER),
    exceptions: [cal.christmasEve, cal.midsummerEve],
    lastChecked: i % 2 ? cal.checked(48) : cal.checked(20),
  };
});

const villageLibraries = (cal: DemoCalendar): PlaceSeed[] => [
  {
    key: LOCAL.otavaLibrary,
    organization: municipalityOrg('mikkeli'),
    municipality: '491',
    kind: 'library',
    name: t('Otavan kyläkirjasto', 'Otava bybibliotek', 'Otava Village Library'),
    description: t(
      'Pieni kyläkirjasto koulun yhteydessä. Omatoimikirjasto on auki joka päivä klo 7–21 kirjastokortilla.',
      'Litet bybibliotek i anslutning till skolan. Meröppet bibliotek varje dag kl. 7–21 med bibliotekskort.',
      'Small village library next to the school. Self-service opening every day 7 am–9 pm with a library card.',
    ),
    streetAddress: 'Otavantie 22',
    postalCode: '50670',
    postOffice: t('Otava', 'Otava'),
    location: { latitude: 61.6412, longitude: 27.0731 },
    transportNote: t('Mikkelistä linja-auto arkisin noin tunnin välein, Otavan rautatieasemalta 400 metriä.', 'Buss från S:t Michel ungefär varje timme på vardagar, 400 meter från Otava järnvägsstation.', 'Hourly weekday bus from Mikkeli; 400 metres from Otava railway station.'),
    accessibility: { stepFreeAccess: true, pramAccess: true, wheelchairToilet: false, parking: true },
    phone: '015 000 1161',
    email: 'otava.kirjasto@mikkeli.example',
    hours: [hours([2], '13:00', '19:00'), hours([4], '10:00', '15:00')],
    exceptions: [cal.christmasEve],
    lastChecked: cal.checked(35),
  },
  {
    key: LOCAL.kerimakiLibrary,
    organization: municipalityOrg('savonlinna'),
    municipality: '740',
    kind: 'library',
    name: t('Kerimäen kirjasto', 'Kerimäki bibliotek', 'Kerimäki Library'),
    description: libraryDescription,
    streetAddress: 'Puruvedentie 20',
    postalCode: '58200',
    postOffice: t('Kerimäki', 'Kerimäki'),
    location: { latitude: 61.9147, longitude: 29.2884 },
    transportNote: t('Savonlinnasta linja-auto arkisin noin kahden tunnin välein.', 'Buss från Nyslott ungefär varannan timme på vardagar.', 'Buses from Savonlinna about every two hours on weekdays.'),
    accessibility: ACCESS.library,
    phone: '015 000 2161',
    email: 'kerimaki.kirjasto@savonlinna.example',
    hours: seasonal(cal, SMALL_LIBRARY_NORMAL, SMALL_LIBRARY_SUMMER),
    exceptions: [cal.christmasEve],
    lastChecked: cal.checked(63),
  },
];

const DAYCARE_HOURS = [hours([1, 2, 3, 4, 5], '06:30', '17:00')];

const daycareSpecs: (LocalSpec & { key: string })[] = [
  { key: daycareKey('mikkeli'), slug: 'mikkeli', name: t('Päiväkoti Tuulikello', 'Daghemmet Tuulikello', 'Tuulikello Day Care Centre'), street: 'Tuulikellontie 3', d: [-0.0112, 0.0153] },
  { key: LOCAL.mikkeliDaycare2, slug: 'mikkeli', name: t('Päiväkoti Satakieli', 'Daghemmet Satakieli', 'Satakieli Day Care Centre'), street: 'Satakielenpolku 2', d: [0.0131, -0.0162] },
  { key: daycareKey('savonlinna'), slug: 'savonlinna', name: t('Päiväkoti Kuutti', 'Daghemmet Kuutti', 'Kuutti Day Care Centre'), street: 'Norppakuja 4', d: [0.0071, -0.0153] },
  { key: daycareKey('pieksamaki'), slug: 'pieksamaki', name: t('Päiväkoti Vekara', 'Daghemmet Vekara', 'Vekara Day Care Centre'), street: 'Vekarantie 6', d: [-0.0093, 0.0082] },
  { key: daycareKey('juva'), slug: 'juva', name: t('Päiväkoti Mesikämmen', 'Daghemmet Mesikämmen', 'Mesikämmen Day Care Centre'), street: 'Päiväkodintie 4', d: [-0.0031, 0.0028] },
  { key: daycareKey('mantyharju'), slug: 'mantyharju', name: t('Päiväkoti Käpy', 'Daghemmet Käpy', 'Käpy Day Care Centre'), street: 'Vekaratie 8', d: [0.0042, -0.0037] },
];

const daycares = (cal: DemoCalendar): PlaceSeed[] => daycareSpecs.map((s, i) => {
  const x = town(s.slug);
  return {
    key: s.key,
    organization: municipalityOrg(s.slug),
    municipality: x.code,
    kind: 'daycare',
    name: s.name,
    description: t(
      'Kunnallinen päiväkoti. Iltapäivisin salissa kokoontuu avoimen varhaiskasvatuksen leikkikerho.',
      'Kommunalt daghem. På eftermiddagarna träffas den öppna småbarnspedagogikens lekklubb i salen.',
      'Municipal day care centre. In the afternoons the open early education play club meets in the hall.',
    ),
    streetAddress: s.street,
    postalCode: x.postalCode,
    postOffice: x.postOffice,
    location: offset(x, s.d),
    transportNote: x.transport,
    accessibility: i % 2 ? { ...ACCESS.daycare, wheelchairToilet: true } : ACCESS.daycare,
    phone: tel(x, `4${i}`),
    email: `paivakoti.${i + 1}@${x.slug}.example`,
    hours: DAYCARE_HOURS,
    exceptions: [cal.christmasEve, cal.midsummerEve],
    lastChecked: cal.checked(48),
  };
});

export const localPlaces = (cal: DemoCalendar): PlaceSeed[] => [
  ...schools(cal),
  haukivuoriSchool(cal),
  ...upperSecondarySchools(cal),
  ...libraries(cal),
  ...villageLibraries(cal),
  ...daycares(cal),
];

/** Every town's own comprehensive school key. */
export const schoolsOf = (x: Town): string[] => (x.slug === 'mikkeli' ? [schoolKey(x.slug), LOCAL.haukivuoriSchool] : [schoolKey(x.slug)]);
/** Towns with an upper-secondary school place. */
export const hasUpperSecondary = (x: Town) => upperSecondarySpecs.some((s) => s.slug === x.slug);
/** Towns with a library place. */
export const hasLibrary = (x: Town) => librarySpecs.some((s) => s.slug === x.slug);
