import type { PlaceSeed } from '../network/network-dataset.ts';
import {
  ACCESS,
  ALWAYS,
  hours,
  MON_FRI,
  MON_THU,
  NOTE_OLDER,
  NOTE_UPSTAIRS,
  officeHours,
  summerClosure,
  t,
  type DemoCalendar,
} from './etela-savo.common.ts';
import { areaTownNames, type FamilyCentreArea, familyCentreAreas, tel, town, type Town, towns } from './etela-savo.municipalities.ts';
import { ORG } from './etela-savo.organizations.ts';

/** Family centres, health stations, hospitals and the Kela service point. */

export const familyCentreKey = (area: FamilyCentreArea) => `perhekeskus-${area}`;
export const healthStationKey = (slug: string) => `terveysasema-${slug}`;
export const PLACE_RISTIINA_HEALTH = 'terveysasema-mikkeli-ristiina';
export const PLACE_KERIMAKI_HEALTH = 'terveysasema-savonlinna-kerimaki';
export const PLACE_HOSPITAL_MIKKELI = 'keskussairaala-mikkeli';
export const PLACE_HOSPITAL_SAVONLINNA = 'sairaala-savonlinna';
export const PLACE_KELA_MIKKELI = 'kela-mikkeli';

function familyCentre(cal: DemoCalendar, area: FamilyCentreArea, p: Omit<PlaceSeed, 'key' | 'organization' | 'kind' | 'municipality' | 'familyCentreArea' | 'description' | 'postOffice' | 'transportNote' | 'lastChecked'>): PlaceSeed {
  const x = town(area);
  const served = areaTownNames(area);
  return {
    key: familyCentreKey(area),
    organization: ORG.county,
    municipality: x.code,
    kind: 'familyCentre',
    ...p,
    description: t(
      `Perhekeskuksessa ovat saman katon alla neuvola, perheneuvola, perhetyö, lapsiperheiden sosiaalityö sekä puhe-, toiminta- ja fysioterapia. Palvelemme ${served.fi} perheitä ja tulemme tarvittaessa myös kotiin, päiväkotiin tai kouluun.`,
      `I familjecentret finns rådgivning, familjerådgivning, familjearbete, socialt arbete för barnfamiljer samt tal-, ergo- och fysioterapi under samma tak. Vi betjänar familjer i ${served.sv} och kommer vid behov också hem, till daghemmet eller skolan.`,
      `The family centre brings together the child health clinic, family counselling, family work, social work for families and speech, occupational and physiotherapy. We serve families in ${served.en} and also come to your home, day care or school when needed.`,
    ),
    postOffice: x.postOffice,
    transportNote: x.transport,
    familyCentreArea: familyCentreAreas[area],
    lastChecked: cal.checked(48),
  };
}

const familyCentres = (cal: DemoCalendar): PlaceSeed[] => [
  familyCentre(cal, 'mikkeli', {
    name: t('Mikkelin perhekeskus', 'Familjecentret i S:t Michel', 'Mikkeli Family Centre'),
    streetAddress: 'Sammalkatu 4',
    postalCode: '50100',
    location: { latitude: 61.6871, longitude: 27.2664 },
    accessibility: ACCESS.modern,
    phone: '015 000 1000',
    email: 'perhekeskus.mikkeli@esavo.example',
    website: 'https://esavo.example/perhekeskus/mikkeli',
    hours: officeHours('08:00', '16:00', '15:00'),
    exceptions: cal.holidayExceptions,
  }),
  familyCentre(cal, 'savonlinna', {
    name: t('Savonlinnan perhekeskus', 'Familjecentret i Nyslott', 'Savonlinna Family Centre'),
    streetAddress: 'Kuuttikatu 6',
    postalCode: '57100',
    location: { latitude: 61.8712, longitude: 28.8841 },
    accessibility: ACCESS.upstairs,
    accessibilityNote: NOTE_UPSTAIRS,
    phone: '015 000 2000',
    email: 'perhekeskus.savonlinna@esavo.example',
    website: 'https://esavo.example/perhekeskus/savonlinna',
    hours: officeHours('08:00', '16:00', '14:30'),
    exceptions: cal.holidayExceptions,
  }),
  familyCentre(cal, 'pieksamaki', {
    name: t('Pieksämäen perhekeskus', 'Familjecentret i Pieksämäki', 'Pieksämäki Family Centre'),
    streetAddress: 'Kotiharjunkatu 3',
    postalCode: '76100',
    location: { latitude: 62.2989, longitude: 27.1611 },
    accessibility: { ...ACCESS.modern, hearingLoop: false },
    phone: '015 000 3000',
    email: 'perhekeskus.pieksamaki@esavo.example',
    website: 'https://esavo.example/perhekeskus/pieksamaki',
    hours: officeHours('08:00', '15:30', '15:00'),
    exceptions: cal.holidayExceptions,
  }),
];

/** Invented street addresses of the health stations, and a small offset from the centre. */
const stationStreets: Record<string, [string, number, number]> = {
  enonkoski: ['Koskentie 8', 0.0012, -0.004],
  hirvensalmi: ['Hirventie 12', -0.0021, 0.0031],
  juva: ['Terveystie 5', 0.0018, 0.0052],
  kangasniemi: ['Sairaalantie 3', -0.0035, 0.0022],
  mikkeli: ['Pihlajakatu 12', 0.0042, -0.0105],
  mantyharju: ['Terveystie 2', 0.0027, -0.0046],
  pertunmaa: ['Kuortinmäentie 3', -0.0016, 0.0028],
  pieksamaki: ['Lähdekatu 9', -0.0041, 0.0068],
  puumala: ['Niemeläntie 7', 0.0024, -0.0031],
  rantasalmi: ['Terveystie 4', -0.0028, 0.0044],
  savonlinna: ['Linnankatu 21', 0.0035, -0.0092],
  sulkava: ['Alanteentie 6', 0.0019, 0.0037],
};

/** Accessibility varies: most stations are renovated, a few are older buildings. */
const stationAccess = (x: Town, i: number): Pick<PlaceSeed, 'accessibility' | 'accessibilityNote'> =>
  i % 4 === 3
    ? { accessibility: ACCESS.older, accessibilityNote: NOTE_OLDER }
    : i % 4 === 1
      ? { accessibility: { ...ACCESS.health, hearingLoop: x.isTown } }
      : { accessibility: ACCESS.health };

const healthStations = (cal: DemoCalendar): PlaceSeed[] => towns.map((x, i) => {
  const [street, dLat, dLon] = stationStreets[x.slug]!;
  return {
    key: healthStationKey(x.slug),
    organization: ORG.county,
    municipality: x.code,
    kind: 'servicePoint',
    name: t(`${x.gen} terveysasema`, `Hälsostationen i ${x.sv}`, `${x.fi} Health Station`),
    description: t(
      `Terveysaseman yhteydessä toimivat ${x.loc} neuvola, ehkäisyneuvola sekä lääkärin ja hoitajan vastaanotto.`,
      `Vid hälsostationen finns rådgivningen, preventivrådgivningen och läkar- och skötarmottagningen i ${x.sv}.`,
      `The health station houses the child health and maternity clinic, the contraception clinic and the doctor's and nurse's surgery in ${x.fi}.`,
    ),
    streetAddress: street,
    postalCode: x.postalCode,
    postOffice: x.postOffice,
    location: { latitude: +(x.lat + dLat).toFixed(4), longitude: +(x.lon + dLon).toFixed(4) },
    transportNote: x.transport,
    ...stationAccess(x, i),
    phone: tel(x, '01'),
    email: `terveysasema.${x.slug}@esavo.example`,
    hours: x.isTown ? officeHours('08:00', '16:00', '15:00') : officeHours('08:00', '15:30', '14:00'),
    exceptions: cal.holidayExceptions,
    lastChecked: i % 2 ? cal.checked(63) : cal.checked(35),
  };
});

const RISTIINA_SUMMER = t(
  'Kesäsulku: palvelemme Mikkelin terveysasemalla.',
  'Sommarstängt: vi betjänar på hälsostationen i S:t Michel.',
  'Closed for summer: please visit Mikkeli Health Station.',
);

const villageStations = (cal: DemoCalendar): PlaceSeed[] => [
  {
    key: PLACE_RISTIINA_HEALTH,
    organization: ORG.county,
    municipality: '491',
    kind: 'servicePoint',
    name: t('Ristiinan terveysasema', 'Hälsostationen i Ristiina', 'Ristiina Health Station'),
    description: t(
      'Ristiinan taajaman lähiterveysasema: neuvola, hoitajan vastaanotto ja lääkäri kahtena päivänä viikossa.',
      'Närhälsostation i Ristiina: rådgivning, skötarmottagning och läkare två dagar i veckan.',
      'Local health station in Ristiina: clinic, nurse and a doctor two days a week.',
    ),
    streetAddress: 'Brahentie 40',
    postalCode: '52300',
    postOffice: t('Ristiina', 'Ristiina'),
    location: { latitude: 61.5071, longitude: 27.2538 },
    transportNote: t('Mikkelistä linja-auto noin tunnin välein, pysäkki terveysaseman edessä.', 'Buss från S:t Michel ungefär en gång i timmen, hållplats framför hälsostationen.', 'Buses from Mikkeli about once an hour, stop in front of the station.'),
    accessibility: { stepFreeAccess: true, pramAccess: true, wheelchairToilet: true, parking: true, babyCareRoom: false },
    phone: '015 000 1101',
    email: 'terveysasema.ristiina@esavo.example',
    hours: officeHours('08:00', '15:30', '14:00'),
    exceptions: [...cal.holidayExceptions.filter((e) => e !== cal.midsummerEve), ...summerClosure(cal, 1, 4, RISTIINA_SUMMER)],
    lastChecked: cal.checked(82),
  },
  {
    key: PLACE_KERIMAKI_HEALTH,
    organization: ORG.county,
    municipality: '740',
    kind: 'servicePoint',
    name: t('Kerimäen terveysasema', 'Hälsostationen i Kerimäki', 'Kerimäki Health Station'),
    description: t(
      'Kerimäen lähiterveysasema: neuvola, kouluterveydenhoitaja ja hoitajan vastaanotto.',
      'Närhälsostation i Kerimäki: rådgivning, skolhälsovårdare och skötarmottagning.',
      'Local health station in Kerimäki: clinic, school nurse and nurse appointments.',
    ),
    streetAddress: 'Puruvedentie 14',
    postalCode: '58200',
    postOffice: t('Kerimäki', 'Kerimäki'),
    location: { latitude: 61.9139, longitude: 29.2861 },
    transportNote: t('Savonlinnasta linja-auto arkisin noin kahden tunnin välein.', 'Buss från Nyslott ungefär varannan timme på vardagar.', 'Buses from Savonlinna about every two hours on weekdays.'),
    accessibility: ACCESS.older,
    accessibilityNote: NOTE_OLDER,
    phone: '015 000 2101',
    email: 'terveysasema.kerimaki@esavo.example',
    hours: [hours(MON_THU, '08:00', '15:00')],
    exceptions: [...cal.holidayExceptions],
    lastChecked: cal.checked(35),
  },
];

const hospitals = (cal: DemoCalendar): PlaceSeed[] => [
  {
    key: PLACE_HOSPITAL_MIKKELI,
    organization: ORG.county,
    municipality: '491',
    kind: 'servicePoint',
    name: t('Etelä-Savon keskussairaala', 'Södra Savolax centralsjukhus', 'South Savo Central Hospital'),
    description: t(
      'Keskussairaalassa toimivat lastentautien poliklinikka ja osasto, synnytysosasto, äitiyspoliklinikka sekä lasten- ja nuorisopsykiatria.',
      'Vid centralsjukhuset finns barnpolikliniken och barnavdelningen, förlossningsavdelningen, mödrapolikliniken samt barn- och ungdomspsykiatrin.',
      "The central hospital has the paediatric outpatient clinic and ward, the maternity ward and antenatal outpatient clinic, and child and adolescent psychiatry.",
    ),
    streetAddress: 'Sairaalanrinne 5',
    postalCode: '50100',
    postOffice: t('Mikkeli', 'S:t Michel'),
    location: { latitude: 61.6954, longitude: 27.2478 },
    transportNote: t('Kaupunkiliikenteen linjat 2 ja 5 pysähtyvät pääovella. Pysäköintitalo on maksullinen.', 'Stadsbusslinjerna 2 och 5 stannar vid huvudingången. Parkeringshuset är avgiftsbelagt.', 'City bus lines 2 and 5 stop at the main entrance. The car park charges a fee.'),
    accessibility: ACCESS.modern,
    accessibilityNote: t('Lainattavia pyörätuoleja pääaulassa.', 'Rullstolar att låna i huvudentrén.', 'Wheelchairs can be borrowed in the main lobby.'),
    phone: '015 000 1900',
    email: 'keskussairaala@esavo.example',
    website: 'https://esavo.example/keskussairaala',
    hours: ALWAYS,
    lastChecked: cal.checked(20),
  },
  {
    key: PLACE_HOSPITAL_SAVONLINNA,
    organization: ORG.county,
    municipality: '740',
    kind: 'servicePoint',
    name: t('Savonlinnan sairaala', 'Nyslotts sjukhus', 'Savonlinna Hospital'),
    description: t(
      'Sairaalassa on lastentautien poliklinikka sekä lasten ja nuorten ajanvarausvastaanottoja.',
      'På sjukhuset finns barnpolikliniken och tidsbokade mottagningar för barn och unga.',
      'The hospital has a paediatric outpatient clinic and appointments for children and young people.',
    ),
    streetAddress: 'Sairaalantie 18',
    postalCode: '57120',
    postOffice: t('Savonlinna', 'Nyslott'),
    location: { latitude: 61.8792, longitude: 28.8596 },
    transportNote: t('Kaupunkiliikenteen linja 3 kulkee sairaalalle keskustasta puolen tunnin välein.', 'Stadsbuss 3 går från centrum till sjukhuset varje halvtimme.', 'City bus 3 runs from the centre to the hospital every half hour.'),
    accessibility: { ...ACCESS.health, babyCareRoom: true },
    phone: '015 000 2900',
    email: 'sairaala.savonlinna@esavo.example',
    hours: officeHours('07:30', '15:30', '15:00'),
    exceptions: cal.holidayExceptions,
    lastChecked: cal.checked(48),
  },
  {
    key: PLACE_KELA_MIKKELI,
    organization: ORG.kela,
    municipality: '491',
    kind: 'servicePoint',
    name: t('Kelan palvelupiste, Mikkeli', 'FPA:s serviceställe, S:t Michel', 'Kela service point, Mikkeli'),
    description: t(
      'Kelan asiakaspalvelu. Useimmat asiat hoituvat verkossa tai puhelimessa; palvelupisteeseen voi varata ajan.',
      'FPA:s kundservice. De flesta ärenden sköts på nätet eller per telefon; du kan boka tid till servicestället.',
      "Kela's customer service. Most matters can be handled online or by phone; you can book an appointment at the service point.",
    ),
    streetAddress: 'Hallituskatu 7',
    postalCode: '50100',
    postOffice: t('Mikkeli', 'S:t Michel'),
    location: { latitude: 61.6893, longitude: 27.2741 },
    transportNote: town('mikkeli').transport,
    accessibility: { stepFreeAccess: true, wheelchairToilet: false, hearingLoop: true, parking: false },
    accessibilityNote: t('Ei asiakkaiden pysäköintiä; lähin pysäköintitalo 200 metrin päässä.', 'Ingen kundparkering; närmaste parkeringshus 200 meter bort.', 'No customer parking; the nearest car park is 200 metres away.'),
    phone: '020 000 4100',
    email: 'mikkeli@kela.example',
    website: 'https://kela.example/palvelupisteet/mikkeli',
    hours: [hours(MON_FRI, '09:00', '16:00')],
    exceptions: [
      { day: cal.christmasEve.day, closed: true, note: t('Jouluaattona suljettu.', 'Stängt på julafton.', 'Closed on Christmas Eve.') },
      { day: cal.newYearsEve.day, closed: false, opens: '09:00', closes: '13:00', note: t('Uudenvuodenaattona auki klo 13 asti.', 'Öppet till kl. 13 på nyårsafton.', "Open until 1 pm on New Year's Eve.") },
    ],
    lastChecked: cal.checked(11),
  },
];

export const carePlaces = (cal: DemoCalendar): PlaceSeed[] => [...familyCentres(cal), ...healthStations(cal), ...villageStations(cal), ...hospitals(cal)];
