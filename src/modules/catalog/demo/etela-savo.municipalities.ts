import type { I18nText } from '../../../platform/i18n-text.ts';
import type { MunicipalitySeed, RegionSeed } from '../network/network-dataset.ts';
import { REGION_ID, t } from './etela-savo.common.ts';

export const region: RegionSeed = {
  id: REGION_ID,
  code: '10',
  name: { fi: 'Etelä-Savon hyvinvointialue', sv: 'Södra Savolax välfärdsområde', en: 'South Savo Wellbeing Services County' },
  website: 'https://esavo.example',
};

/** The three family-centre areas; each is named after the town where its family centre is. */
export type FamilyCentreArea = 'mikkeli' | 'savonlinna' | 'pieksamaki';

/** What the templates need to know about a municipality. */
export interface Town {
  /** Statistics Finland code. */
  code: string;
  /** ASCII name for keys, e-mail and web addresses. */
  slug: string;
  fi: string;
  sv: string;
  /** Finnish genitive ("Mikkelin") and place case ("Mikkelissä"). */
  gen: string;
  loc: string;
  /** The centre's postal code and post office. */
  postalCode: string;
  postOffice: I18nText;
  /** The centre, WGS84. */
  lat: number;
  lon: number;
  /** Two digits that make the town's invented phone numbers unique: 015 000 NNxx. */
  phoneBlock: string;
  area: FamilyCentreArea;
  /** Has an upper-secondary school (lukio), so student health care is offered. */
  upperSecondary: boolean;
  /** One of the three towns with a family centre. */
  isTown: boolean;
  /** How to get to the centre without a car. */
  transport: I18nText;
}

const bus = (fi: string, sv: string, en: string) => t(fi, sv, en);

export const towns: Town[] = [
  {
    code: '046', slug: 'enonkoski', fi: 'Enonkoski', sv: 'Enonkoski', gen: 'Enonkosken', loc: 'Enonkoskella',
    postalCode: '58175', postOffice: t('Enonkoski', 'Enonkoski'), lat: 62.0885, lon: 28.9305, phoneBlock: '41',
    area: 'savonlinna', upperSecondary: false, isTown: false,
    transport: bus('Savonlinnasta arkisin linja-auto aamulla ja iltapäivällä; pysäkki kirkonkylän keskustassa.', 'Från Nyslott går en buss vardagar på morgonen och eftermiddagen; hållplatsen ligger i kyrkbyns centrum.', 'On weekdays a bus from Savonlinna in the morning and afternoon; the stop is in the village centre.'),
  },
  {
    code: '097', slug: 'hirvensalmi', fi: 'Hirvensalmi', sv: 'Hirvensalmi', gen: 'Hirvensalmen', loc: 'Hirvensalmella',
    postalCode: '52550', postOffice: t('Hirvensalmi', 'Hirvensalmi'), lat: 61.6398, lon: 26.7787, phoneBlock: '42',
    area: 'mikkeli', upperSecondary: false, isTown: false,
    transport: bus('Mikkeli–Jyväskylä-linjan linja-autot pysähtyvät kirkonkylässä. Kutsutaksin voi tilata edellisenä päivänä.', 'Bussarna på linjen S:t Michel–Jyväskylä stannar i kyrkbyn. Anropstaxi kan beställas dagen innan.', 'Buses on the Mikkeli–Jyväskylä line stop in the village. A dial-a-ride taxi can be booked the day before.'),
  },
  {
    code: '178', slug: 'juva', fi: 'Juva', sv: 'Jockas', gen: 'Juvan', loc: 'Juvalla',
    postalCode: '51900', postOffice: t('Juva', 'Jockas'), lat: 61.8976, lon: 27.8567, phoneBlock: '43',
    area: 'pieksamaki', upperSecondary: true, isTown: false,
    transport: bus('Juvan linja-autoasemalle kulkevat Mikkelin, Savonlinnan ja Varkauden vuorot; keskustaan on asemalta 300 metriä.', 'Turer från S:t Michel, Nyslott och Varkaus går till busstationen i Jockas; till centrum är det 300 meter.', 'Buses from Mikkeli, Savonlinna and Varkaus stop at Juva bus station, 300 metres from the centre.'),
  },
  {
    code: '213', slug: 'kangasniemi', fi: 'Kangasniemi', sv: 'Kangasniemi', gen: 'Kangasniemen', loc: 'Kangasniemellä',
    postalCode: '51200', postOffice: t('Kangasniemi', 'Kangasniemi'), lat: 61.9905, lon: 26.6425, phoneBlock: '44',
    area: 'mikkeli', upperSecondary: true, isTown: false,
    transport: bus('Mikkelin ja Jyväskylän linja-autot pysähtyvät keskustan pysäkillä Torin vieressä.', 'Bussar från S:t Michel och Jyväskylä stannar vid hållplatsen invid torget.', 'Buses from Mikkeli and Jyväskylä stop next to the market square.'),
  },
  {
    code: '491', slug: 'mikkeli', fi: 'Mikkeli', sv: 'S:t Michel', gen: 'Mikkelin', loc: 'Mikkelissä',
    postalCode: '50100', postOffice: t('Mikkeli', 'S:t Michel'), lat: 61.6886, lon: 27.2723, phoneBlock: '10',
    area: 'mikkeli', upperSecondary: true, isTown: true,
    transport: bus('Kaupunkiliikenteen linjat 1–6 pysähtyvät torin laidalla; rautatie- ja linja-autoasemalta kävelee 10 minuuttia.', 'Stadstrafikens linjer 1–6 stannar vid torget; från järnvägs- och busstationen går man på tio minuter.', 'City bus lines 1–6 stop by the market square; a 10-minute walk from the railway and bus stations.'),
  },
  {
    code: '507', slug: 'mantyharju', fi: 'Mäntyharju', sv: 'Mäntyharju', gen: 'Mäntyharjun', loc: 'Mäntyharjulla',
    postalCode: '52700', postOffice: t('Mäntyharju', 'Mäntyharju'), lat: 61.4183, lon: 26.8780, phoneBlock: '45',
    area: 'mikkeli', upperSecondary: true, isTown: false,
    transport: bus('Rautatieasemalle pysähtyvät Helsingin ja Kouvolan junat; keskustaan on asemalta 5 minuutin kävely.', 'Tågen från Helsingfors och Kouvola stannar vid järnvägsstationen; till centrum är det fem minuters promenad.', 'Trains from Helsinki and Kouvola stop at the station, a 5-minute walk from the centre.'),
  },
  {
    code: '588', slug: 'pertunmaa', fi: 'Pertunmaa', sv: 'Pertunmaa', gen: 'Pertunmaan', loc: 'Pertunmaalla',
    postalCode: '19430', postOffice: t('Pertunmaa', 'Pertunmaa'), lat: 61.5033, lon: 26.4783, phoneBlock: '46',
    area: 'mikkeli', upperSecondary: false, isTown: false,
    transport: bus('Linja-autoyhteys Mäntyharjulta ja Lahdesta arkipäivisin. Asiointiliikenne kulkee kylistä keskustaan tiistaisin.', 'Bussförbindelse från Mäntyharju och Lahtis på vardagar. Servicetrafik från byarna till centrum på tisdagar.', 'Weekday buses from Mäntyharju and Lahti. A shopping-trip bus runs from the villages to the centre on Tuesdays.'),
  },
  {
    code: '593', slug: 'pieksamaki', fi: 'Pieksämäki', sv: 'Pieksämäki', gen: 'Pieksämäen', loc: 'Pieksämäellä',
    postalCode: '76100', postOffice: t('Pieksämäki', 'Pieksämäki'), lat: 62.3003, lon: 27.1583, phoneBlock: '30',
    area: 'pieksamaki', upperSecondary: true, isTown: true,
    transport: bus('Matkakeskukselta (rautatie- ja linja-autoasema) kävelee keskustaan 5 minuuttia. Kaupunkilinja kulkee Naarajärvelle.', 'Från resecentrum (järnvägs- och busstationen) går man till centrum på fem minuter. Stadsbussen går till Naarajärvi.', 'A 5-minute walk from the travel centre (railway and bus station). The town bus runs to Naarajärvi.'),
  },
  {
    code: '623', slug: 'puumala', fi: 'Puumala', sv: 'Puumala', gen: 'Puumalan', loc: 'Puumalassa',
    postalCode: '52200', postOffice: t('Puumala', 'Puumala'), lat: 61.5236, lon: 28.1772, phoneBlock: '47',
    area: 'mikkeli', upperSecondary: false, isTown: false,
    transport: bus('Mikkelistä arkisin kaksi linja-autovuoroa suuntaansa. Kesällä myös vesibussi Savonlinnasta.', 'Från S:t Michel två bussturer i vardera riktningen på vardagar. På sommaren även vattenbuss från Nyslott.', 'Two buses each way from Mikkeli on weekdays. In summer also a water bus from Savonlinna.'),
  },
  {
    code: '681', slug: 'rantasalmi', fi: 'Rantasalmi', sv: 'Rantasalmi', gen: 'Rantasalmen', loc: 'Rantasalmella',
    postalCode: '58900', postOffice: t('Rantasalmi', 'Rantasalmi'), lat: 62.0645, lon: 28.3022, phoneBlock: '48',
    area: 'savonlinna', upperSecondary: true, isTown: false,
    transport: bus('Savonlinna–Varkaus-linjan linja-autot pysähtyvät keskustassa. Kylistä kulkee kutsuliikenne.', 'Bussarna på linjen Nyslott–Varkaus stannar i centrum. Från byarna går anropstrafik.', 'Buses on the Savonlinna–Varkaus line stop in the centre. Dial-a-ride from the villages.'),
  },
  {
    code: '740', slug: 'savonlinna', fi: 'Savonlinna', sv: 'Nyslott', gen: 'Savonlinnan', loc: 'Savonlinnassa',
    postalCode: '57100', postOffice: t('Savonlinna', 'Nyslott'), lat: 61.8687, lon: 28.8787, phoneBlock: '20',
    area: 'savonlinna', upperSecondary: true, isTown: true,
    transport: bus('Kaupunkiliikenteen linjat pysähtyvät Kauppatorilla; matkakeskukselta kävelee 10 minuuttia.', 'Stadsbussarna stannar vid Salutorget; från resecentrum går man på tio minuter.', 'City buses stop at the market square; a 10-minute walk from the travel centre.'),
  },
  {
    code: '768', slug: 'sulkava', fi: 'Sulkava', sv: 'Sulkava', gen: 'Sulkavan', loc: 'Sulkavalla',
    postalCode: '58700', postOffice: t('Sulkava', 'Sulkava'), lat: 61.7867, lon: 28.3717, phoneBlock: '49',
    area: 'savonlinna', upperSecondary: false, isTown: false,
    transport: bus('Savonlinnasta ja Mikkelistä linja-autoyhteys arkisin. Kirkonkylän pysäkki on 200 metrin päässä.', 'Bussförbindelse från Nyslott och S:t Michel på vardagar. Hållplatsen i kyrkbyn ligger 200 meter bort.', 'Weekday buses from Savonlinna and Mikkeli. The village stop is 200 metres away.'),
  },
];

export const municipalities: MunicipalitySeed[] = towns.map((town) => ({
  code: town.code,
  regionId: REGION_ID,
  name: { fi: town.fi, sv: town.sv, en: town.fi },
}));

export function town(slug: string): Town {
  const found = towns.find((x) => x.slug === slug);
  if (!found) throw new Error(`No town ${slug} in the Etelä-Savo demo`);
  return found;
}

/** The municipalities each family centre serves. */
export const familyCentreAreas: Record<FamilyCentreArea, string[]> = {
  mikkeli: towns.filter((x) => x.area === 'mikkeli').map((x) => x.code),
  savonlinna: towns.filter((x) => x.area === 'savonlinna').map((x) => x.code),
  pieksamaki: towns.filter((x) => x.area === 'pieksamaki').map((x) => x.code),
};

/** An invented phone number of a town: `015 000 NNxx`. */
export function tel(x: Town, last: string): string {
  return `015 000 ${x.phoneBlock}${last}`;
}

/** A name like "Lastenneuvola, Mikkeli" / "Barnrådgivning, S:t Michel" / "Child health clinic, Mikkeli". */
export function named(x: Town, fi: string, sv: string, en?: string): I18nText {
  return t(`${fi}, ${x.fi}`, `${sv}, ${x.sv}`, en ? `${en}, ${x.fi}` : undefined);
}

/** "Palvelut, Mikkelin seutu" / "Tjänster, S:t Michel med omnejd" / "Services, Mikkeli area". */
export function areaNamed(area: FamilyCentreArea, fi: string, sv: string, en?: string): I18nText {
  const x = town(area);
  return t(`${fi}, ${x.gen} seutu`, `${sv}, ${x.sv} med omnejd`, en ? `${en}, ${x.fi} area` : undefined);
}

/** The municipalities of an area as running text: Finnish in the genitive ("Mikkelin, ... ja Puumalan"). */
export function areaTownNames(area: FamilyCentreArea): { fi: string; sv: string; en: string } {
  const names = towns.filter((x) => x.area === area);
  const list = (pick: (x: Town) => string, and: string) => {
    const all = names.map(pick);
    return all.length > 1 ? `${all.slice(0, -1).join(', ')} ${and} ${all.at(-1)}` : (all[0] ?? '');
  };
  return { fi: list((x) => x.gen, 'ja'), sv: list((x) => x.sv, 'och'), en: list((x) => x.fi, 'and') };
}

export const AREAS: FamilyCentreArea[] = ['mikkeli', 'savonlinna', 'pieksamaki'];
