import type { I18nText } from '../../../platform/i18n-text.ts';
import { stableId } from '../../../platform/stable-id.ts';

/**
 * The taxonomies /hsds publishes: every enumeration of the service network, its categories and
 * methods, the areas (counties and municipalities) and a few record details HSDS has no field for.
 * Services, locations and organisations carry them as `attributes`; ids are derived from
 * (taxonomy, code), so they are the same in every language and every database.
 */

export const TAXONOMY_KEYS = [
  'categories',
  'methods',
  'levels',
  'sectors',
  'target-groups',
  'delivery',
  'access',
  'cost',
  'place-kinds',
  'accessibility',
  'organization-types',
  'contact-kinds',
  'statuses',
  'schedule-kinds',
  'areas',
  'details',
] as const;
export type TaxonomyKey = (typeof TAXONOMY_KEYS)[number];

export const taxonomyId = (key: TaxonomyKey) => stableId('hsds-taxonomy', key);
export const termId = (key: TaxonomyKey, code: string) => stableId('hsds-term', `${key}:${code}`);

const t = (fi: string, sv: string, en: string): I18nText => ({ fi, sv, en });

export const TAXONOMY_NAMES: Record<TaxonomyKey, { name: I18nText; description: I18nText }> = {
  categories: {
    name: t('Aiheet', 'Ämnen', 'Topics'),
    description: t(
      'Palvelutarjottimen aiheet ja palvelulajit',
      'Servicebrickans ämnen och tjänstetyper',
      'Topics and kinds of service of the service tray',
    ),
  },
  methods: {
    name: t('Menetelmät', 'Metoder', 'Methods'),
    description: t('Näyttöön perustuvat työmenetelmät', 'Evidensbaserade arbetsmetoder', 'Evidence-based methods'),
  },
  levels: {
    name: t('Palvelun taso', 'Tjänstens nivå', 'Service level'),
    description: t('Kaikille, perustaso tai erityistaso', 'För alla, basnivå eller specialnivå', 'For everyone, basic or specialised'),
  },
  sectors: {
    name: t('Sektori', 'Sektor', 'Sector'),
    description: t('Mikä ala palvelun tarjoaa', 'Vilken sektor som erbjuder tjänsten', 'Which sector provides the service'),
  },
  'target-groups': {
    name: t('Kohderyhmä', 'Målgrupp', 'Target group'),
    description: t('Kenelle palvelu on tarkoitettu', 'Vem tjänsten är avsedd för', 'Who the service is for'),
  },
  delivery: {
    name: t('Asiointitapa', 'Sätt att uträtta ärenden', 'Delivery'),
    description: t('Miten palvelua saa', 'Hur man får tjänsten', 'How the service is delivered'),
  },
  access: {
    name: t('Pääsy palveluun', 'Tillgång till tjänsten', 'Access'),
    description: t('Ajanvaraus, lähete tai avoin', 'Tidsbokning, remiss eller öppen', 'Booking, referral or open'),
  },
  cost: {
    name: t('Hinta', 'Pris', 'Cost'),
    description: t(
      'Maksuton, maksullinen tai palveluseteli',
      'Avgiftsfri, avgiftsbelagd eller servicesedel',
      'Free, fee or service voucher',
    ),
  },
  'place-kinds': {
    name: t('Toimipaikan laji', 'Typ av verksamhetsställe', 'Kind of place'),
    description: t(
      'Perhekeskus, kohtaamispaikka, ohjaamo…',
      'Familjecenter, mötesplats, Ohjaamo…',
      'Family centre, meeting place, Ohjaamo…',
    ),
  },
  accessibility: {
    name: t('Esteettömyys', 'Tillgänglighet', 'Accessibility'),
    description: t(
      'Tarkistetut esteettömyystiedot: arvo true tai false',
      'Kontrollerade uppgifter om tillgänglighet: värdet true eller false',
      'Checked accessibility facts: value true or false',
    ),
  },
  'organization-types': {
    name: t('Toimijan laji', 'Typ av aktör', 'Kind of organisation'),
    description: t(
      'Hyvinvointialue, kunta, järjestö, seurakunta…',
      'Välfärdsområde, kommun, organisation, församling…',
      'Wellbeing services county, municipality, NGO, parish…',
    ),
  },
  'contact-kinds': {
    name: t('Yhteystavan laji', 'Typ av kontaktsätt', 'Kind of contact'),
    description: t(
      'Verkkosivu, chat, sähköinen asiointi, ajanvaraus',
      'Webbplats, chatt, e-tjänst, tidsbokning',
      'Web page, chat, e-service, booking',
    ),
  },
  statuses: {
    name: t('Tila', 'Status', 'Status'),
    description: t(
      'Toimipaikan tila; arvona tilaan liittyvä huomautus',
      'Verksamhetsställets status; värdet är en anmärkning',
      "A place's status; the value is a note about it",
    ),
  },
  'schedule-kinds': {
    name: t('Aukiolon laji', 'Typ av öppettid', 'Kind of schedule'),
    description: t(
      'Poikkeuspäivät: suljettu tai muutettu aukiolo, joka korvaa viikoittaisen. Säännöllisen aukiolon arvona alkuperäinen voimassaolo (ISO 8601 -väli, .. = avoin).',
      'Undantagsdagar: stängt eller ändrade tider som ersätter de veckovisa. För ordinarie tider är värdet den ursprungliga giltigheten (ISO 8601-intervall, .. = öppen).',
      'Exception days: closed, or changed hours that replace the weekly ones. For regular hours the value is the original validity (an ISO 8601 interval, .. = open).',
    ),
  },
  areas: {
    name: t('Alueet', 'Områden', 'Areas'),
    description: t(
      'Suomi, hyvinvointialueet ja kunnat (Tilastokeskuksen kuntanumerot)',
      'Finland, välfärdsområden och kommuner (Statistikcentralens kommunnummer)',
      'Finland, wellbeing services counties and municipalities (Statistics Finland codes)',
    ),
  },
  details: {
    name: t('Lisätiedot', 'Tilläggsuppgifter', 'Details'),
    description: t(
      'Tiedot, joille HSDS:ssä ei ole kenttää; arvo attribuutin value-kentässä',
      'Uppgifter som HSDS saknar fält för; värdet finns i attributets value',
      'Facts HSDS has no field for; the value is in the attribute value',
    ),
  },
};

/** Term names of the enumerations (the same words the pages use). */
export const ENUM_TERMS: Partial<Record<TaxonomyKey, Record<string, I18nText>>> = {
  levels: {
    universal: t('Kaikille', 'För alla', 'For everyone'),
    basic: t('Perustason palvelu', 'Tjänst på basnivå', 'Basic-level service'),
    special: t('Erityistason palvelu', 'Tjänst på specialnivå', 'Specialised service'),
  },
  sectors: {
    social: t('Sosiaalipalvelut', 'Socialtjänster', 'Social services'),
    health: t('Terveyspalvelut', 'Hälsotjänster', 'Health services'),
    education: t('Kasvatus ja koulutus', 'Fostran och utbildning', 'Education'),
    youth: t('Nuorisopalvelut', 'Ungdomstjänster', 'Youth services'),
    cultureSport: t('Kulttuuri ja liikunta', 'Kultur och motion', 'Culture and sport'),
    church: t('Seurakunta', 'Församling', 'Parish'),
    civic: t('Järjestöt ja vapaaehtoiset', 'Organisationer och frivilliga', 'NGOs and volunteers'),
  },
  'target-groups': {
    expectingParents: t('Vauvaa odottavat', 'Blivande föräldrar', 'Expecting parents'),
    children: t('Lapset', 'Barn', 'Children'),
    youth: t('Nuoret', 'Unga', 'Young people'),
    parents: t('Vanhemmat', 'Föräldrar', 'Parents'),
    wholeFamily: t('Koko perhe', 'Hela familjen', 'The whole family'),
  },
  delivery: {
    inPerson: t('Paikan päällä', 'På plats', 'In person'),
    phone: t('Puhelimessa', 'Per telefon', 'By phone'),
    online: t('Verkossa', 'På nätet', 'Online'),
    homeVisit: t('Kotikäynti', 'Hembesök', 'Home visit'),
  },
  access: {
    dropIn: t('Ilman ajanvarausta', 'Utan tidsbokning', 'No appointment needed'),
    booking: t('Ajanvarauksella', 'Med tidsbokning', 'By appointment'),
    referral: t('Lähetteellä', 'Med remiss', 'With a referral'),
    openToAll: t('Avoin kaikille', 'Öppen för alla', 'Open to everyone'),
  },
  cost: {
    free: t('Maksuton', 'Avgiftsfri', 'Free'),
    fee: t('Maksullinen', 'Avgiftsbelagd', 'Fee'),
    voucher: t('Palveluseteli', 'Servicesedel', 'Service voucher'),
  },
  'place-kinds': {
    familyCentre: t('Perhekeskus', 'Familjecenter', 'Family centre'),
    centralMeetingPlace: t('Keskuskohtaamispaikka', 'Central mötesplats', 'Central meeting place'),
    meetingPlace: t('Avoin kohtaamispaikka', 'Öppen mötesplats', 'Open meeting place'),
    youthOhjaamo: t('Nuorten ohjaamo', 'Ohjaamo för unga', 'Ohjaamo youth centre'),
    servicePoint: t('Palvelupiste', 'Serviceställe', 'Service point'),
    school: t('Koulu', 'Skola', 'School'),
    daycare: t('Päiväkoti', 'Daghem', 'Daycare centre'),
    library: t('Kirjasto', 'Bibliotek', 'Library'),
  },
  accessibility: {
    stepFreeAccess: t('Esteetön sisäänkäynti', 'Hinderfri ingång', 'Step-free entrance'),
    pramAccess: t('Lastenvaunuilla pääsee', 'Tillgängligt med barnvagn', 'Pram access'),
    wheelchairToilet: t('Esteetön WC', 'Tillgänglig toalett', 'Accessible toilet'),
    hearingLoop: t('Induktiosilmukka', 'Hörslinga', 'Hearing loop'),
    babyCareRoom: t('Vauvanhoitohuone', 'Skötrum', 'Baby care room'),
    parking: t('Pysäköinti', 'Parkering', 'Parking'),
  },
  'organization-types': {
    wellbeingCounty: t('Hyvinvointialue', 'Välfärdsområde', 'Wellbeing services county'),
    municipality: t('Kunta', 'Kommun', 'Municipality'),
    ngo: t('Järjestö', 'Organisation', 'NGO'),
    parish: t('Seurakunta', 'Församling', 'Parish'),
    company: t('Yritys', 'Företag', 'Company'),
    state: t('Valtio', 'Staten', 'State'),
    expertiseCentre: t('Osaamis- ja tukikeskus', 'Kompetens- och stödcenter', 'Expertise and support centre'),
  },
  'contact-kinds': {
    web: t('Verkkosivu', 'Webbplats', 'Web page'),
    chat: t('Chat', 'Chatt', 'Chat'),
    eService: t('Sähköinen asiointi', 'E-tjänst', 'E-service'),
    booking: t('Ajanvaraus', 'Tidsbokning', 'Booking'),
  },
  statuses: {
    active: t('Toiminnassa', 'I verksamhet', 'Active'),
    temporarilyClosed: t('Tilapäisesti suljettu', 'Tillfälligt stängt', 'Temporarily closed'),
    ended: t('Päättynyt', 'Avslutad', 'Ended'),
  },
  'schedule-kinds': {
    regular: t('Säännöllinen aukiolo', 'Ordinarie öppettider', 'Regular hours'),
    'exception-open': t('Poikkeava aukiolo', 'Avvikande öppettider', 'Changed hours'),
    'exception-closed': t('Suljettu', 'Stängt', 'Closed'),
  },
  details: {
    keywords: t('Hakusanat', 'Sökord', 'Keywords'),
    'last-checked': t('Tarkistettu', 'Kontrollerad', 'Last checked'),
    'hours-note': t('Palveluaika', 'Betjäningstid', 'Hours'),
  },
};

/** The areas taxonomy's term for the whole country. */
export const NATIONAL_AREA_CODE = 'FI';
export const NATIONAL_AREA_NAME = t('Koko Suomi', 'Hela Finland', 'All of Finland');
