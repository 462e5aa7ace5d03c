import type { ServiceSeed } from '../network/network-dataset.ts';
import {
  type DemoCalendar,
  ESAVO_BOOKING,
  ESAVO_MESSAGE,
  ESAVO_WEB,
  hours,
  local,
  MON_FRI,
  PHONE_HOURS_MORNING,
  PHONE_HOURS_OFFICE,
  phone,
  regional,
  t,
  web,
  email,
} from './etela-savo.common.ts';
import { AREAS, named, tel, type Town, towns } from './etela-savo.municipalities.ts';
import { ORG } from './etela-savo.organizations.ts';
import { familyCentreKey, healthStationKey } from './etela-savo.places-care.ts';
import { centralMeetingPlaceKey } from './etela-savo.places-meeting.ts';

/**
 * What families asked for and the demo lacked (issue 7, item 8): children's dental care in every
 * municipality, disability services for children and their families with the OT centre, and the
 * way in for families who moved to Pieksämäki (a Finnish club, guidance with a free interpreter).
 */

const PIEKSAMAKI = '593';

/** An interpreter is free at every county appointment; families should not have to ask twice. */
const INTERPRETER_NOTE = t(
  'Tulkki on maksuton. Kerro ajanvarauksessa, mitä kieltä puhut, niin tulkki varataan mukaan – paikalle tai puhelimeen.',
  'Tolken är avgiftsfri. Säg vid tidsbokningen vilket språk du talar, så bokas en tolk – på plats eller per telefon.',
  'An interpreter is free of charge. Tell us your language when you book and an interpreter will join – in person or by phone.',
);

const dentalCare = (cal: DemoCalendar, x: Town, i: number): ServiceSeed =>
  local(cal, [x.code], {
    key: `hammashoito-${x.slug}`,
    organization: ORG.county,
    name: named(x, 'Lasten ja nuorten hammashoito', 'Tandvård för barn och unga', "Children's and young people's dental care"),
    summary: t(
      'Maksuton hammashoito alle 18-vuotiaille: hammashoitola kutsuu lapsen tarkastukseen, ja särkyyn saat ajan samana päivänä.',
      'Avgiftsfri tandvård för under 18-åringar: tandkliniken kallar barnet till kontroll, och vid tandvärk får du tid samma dag.',
      'Free dental care for under-18s: the dental clinic invites your child to check-ups, and with toothache you get an appointment the same day.',
    ),
    description: t(
      'Ensimmäinen hammastarkastus on noin yksivuotiaana neuvolan kautta; sen jälkeen hammashoitola lähettää kutsun. Jos hammasta särkee tai se on lohjennut, soita aamulla ajanvaraukseen. Illalla ja viikonloppuna kiireellinen hammashoito on keskussairaalan päivystyksessä.',
      'Den första tandkontrollen är vid cirka ett års ålder via rådgivningen; därefter skickar tandkliniken en kallelse. Om en tand värker eller har spruckit, ring tidsbokningen på morgonen. På kvällar och veckoslut finns brådskande tandvård på centralsjukhusets jour.',
      'The first dental check is at about one year of age through the child health clinic; after that the dental clinic sends an invitation. If a tooth aches or has chipped, call the booking line in the morning. In the evening and at weekends urgent dental care is at the central hospital emergency clinic.',
    ),
    keywords: t(
      'hammashoito, hammaslääkäri, hammashoitaja, suuhygienisti, hampaat, hammassärky, reikä, oikomishoito, suun terveydenhuolto, hammashoitola',
      'tandvård, tandläkare, tandskötare, munhygienist, tänder, tandvärk, hål, tandreglering, munhälsovård, tandklinik',
      'dental care, dentist, dental nurse, dental hygienist, teeth, toothache, cavity, orthodontics, oral health, dental clinic',
    ),
    level: 'universal',
    sector: 'health',
    targetGroups: ['children', 'youth'],
    ageMax: 17,
    languages: x.isTown ? ['fi', 'sv', 'en'] : ['fi', 'en'],
    delivery: ['inPerson'],
    access: ['booking'],
    cost: 'free',
    costNote: t(
      'Maksuton alle 18-vuotiaille. Peruuttamattomasta käynnistä voidaan periä 15-vuotiaalta ja sitä vanhemmalta maksu.',
      'Avgiftsfritt för under 18-åringar. För ett besök som inte avbokats kan en avgift tas ut av den som fyllt 15.',
      'Free for under-18s. A missed appointment that was not cancelled may be charged from age 15.',
    ),
    categories: ['dental-care', 'health-care'],
    contacts: [
      phone(tel(x, '60'), t('Hammashoidon ajanvaraus', 'Tidsbokning till tandvården', 'Dental appointments'), PHONE_HOURS_MORNING),
      ESAVO_BOOKING,
    ],
    at: [{ place: healthStationKey(x.slug), hours: x.isTown ? [hours(MON_FRI, '07:30', '15:30')] : [hours([2, 4], '08:00', '15:00')] }],
    lastChecked: i % 2 ? cal.checked(20) : cal.checked(48),
  });

const disabilityServices = (cal: DemoCalendar): ServiceSeed[] => [
  regional(cal, {
    key: 'vammaispalvelut-lapsiperheet',
    organization: ORG.county,
    name: t('Vammaispalvelut lapsiperheille', 'Handikappservice för barnfamiljer', 'Disability services for families with children'),
    summary: t(
      'Vammaispalvelujen sosiaalityöntekijä auttaa, kun lapsella on vamma tai pitkäaikaissairaus: henkilökohtainen apu, kuljetus, lyhytaikainen hoito ja kodin muutostyöt.',
      'Socialarbetaren inom handikappservicen hjälper när barnet har en funktionsnedsättning eller en långvarig sjukdom: personlig assistans, färdtjänst, korttidsvård och ändringar i hemmet.',
      'The disability services social worker helps when a child has a disability or long-term illness: personal assistance, transport, short-term care and home adaptations.',
    ),
    description: t(
      'Voit ottaa yhteyttä itse, ilman lääkärin lähetettä. Sosiaalityöntekijä tapaa perheen, tekee palvelutarpeen arvion ja laatii lapselle palvelusuunnitelman. Mukana voi olla lapsen kuntoutuksen ohjaaja ja tarvittaessa OT-keskuksen asiantuntija. Hakemuksiin saa apua, ja tulkki on maksuton.',
      'Du kan ta kontakt själv, utan läkarremiss. Socialarbetaren träffar familjen, bedömer servicebehovet och gör upp en serviceplan för barnet. Barnets rehabiliteringshandledare kan delta och vid behov en expert från kompetens- och stödcentret. Du får hjälp med ansökningarna, och tolken är avgiftsfri.',
      "You can get in touch yourself, without a doctor's referral. The social worker meets the family, assesses the need for services and draws up a service plan for the child. The child's rehabilitation coordinator and, if needed, an expert from the OT centre can take part. You get help with applications, and an interpreter is free.",
    ),
    keywords: t(
      'vammaispalvelut, vamma, vammainen lapsi, kehitysvamma, pitkäaikaissairaus, henkilökohtainen apu, kuljetuspalvelu, omaishoidon tuki, lyhytaikainen hoito, palvelusuunnitelma, erityislapsi',
      'handikappservice, funktionsnedsättning, barn med funktionsnedsättning, utvecklingsstörning, långvarig sjukdom, personlig assistans, färdtjänst, stöd för närståendevård, korttidsvård, serviceplan',
      'disability services, disability, disabled child, intellectual disability, long-term illness, personal assistance, transport service, informal care support, short-term care, service plan, special needs',
    ),
    level: 'special',
    sector: 'social',
    targetGroups: ['children', 'youth', 'parents', 'wholeFamily'],
    ageMax: 17,
    languages: ['fi', 'sv', 'en'],
    delivery: ['inPerson', 'phone', 'homeVisit'],
    access: ['booking'],
    cost: 'free',
    costNote: INTERPRETER_NOTE,
    categories: ['disability-services', 'family-support'],
    contacts: [
      phone('015 000 0190', t('Vammaispalvelujen neuvonta', 'Handikappservicens rådgivning', 'Disability services advice'), PHONE_HOURS_OFFICE),
      ESAVO_MESSAGE,
      web(`${ESAVO_WEB}/vammaispalvelut`, t('Hakemukset ja ohjeet', 'Ansökningar och anvisningar', 'Applications and guidance')),
    ],
    at: AREAS.map((area) => ({ place: familyCentreKey(area), hours: [hours([2], '09:00', '15:00')] })),
    hours: [hours(MON_FRI, '09:00', '15:00')],
    lastChecked: cal.checked(20),
  }),
  regional(cal, {
    key: 'ot-keskus-perheiden-tuki',
    organization: ORG.expertiseCentre,
    name: t(
      'OT-keskuksen perhevalmennus: vammainen tai pitkäaikaissairas lapsi',
      'Familjeträning vid kompetens- och stödcentret: barn med funktionsnedsättning eller långvarig sjukdom',
      'OT centre family course: a child with a disability or long-term illness',
    ),
    summary: t(
      'OT-keskuksen verkkovalmennus ja vertaisillat vanhemmille, joiden lapsella on vamma, autismikirjo tai harvinainen sairaus.',
      'Webbträning och kamratkvällar från kompetens- och stödcentret för föräldrar vars barn har en funktionsnedsättning, autism eller en sällsynt sjukdom.',
      'Online course and peer evenings from the OT centre for parents whose child has a disability, is on the autism spectrum or has a rare condition.',
    ),
    description: t(
      'Valmennuksessa on kuusi iltaa verkossa: arjen järjestäminen, oma jaksaminen, sisarukset, palvelut ja siirtymät päiväkotiin ja kouluun. Ilmoittaudu itse; lähetettä ei tarvita. Vammaispalvelujen sosiaalityöntekijä kertoo lisää.',
      'Träningen har sex kvällar på nätet: att ordna vardagen, den egna orken, syskonen, tjänsterna och övergångarna till daghem och skola. Anmäl dig själv; ingen remiss behövs. Socialarbetaren inom handikappservicen berättar mer.',
      'The course has six evenings online: organising daily life, your own wellbeing, siblings, services, and moving on to day care and school. Sign up yourself; no referral is needed. The disability services social worker can tell you more.',
    ),
    keywords: t(
      'OT-keskus, vammainen lapsi, autismi, harvinainen sairaus, vertaistuki, valmennus, erityislapsi, sisarukset',
      'kompetenscenter, barn med funktionsnedsättning, autism, sällsynt sjukdom, kamratstöd, träning, syskon',
      'OT centre, disabled child, autism, rare condition, peer support, parent course, special needs, siblings',
    ),
    level: 'special',
    sector: 'social',
    targetGroups: ['parents'],
    languages: ['fi', 'en'],
    delivery: ['online'],
    access: ['booking', 'openToAll'],
    cost: 'free',
    categories: ['disability-services', 'peer-group', 'parenting-support'],
    contacts: [
      web('https://ot-keskus.example/perhevalmennus', t('Ilmoittaudu valmennukseen', 'Anmäl dig till träningen', 'Sign up for the course')),
      phone('017 000 5010', undefined, PHONE_HOURS_OFFICE),
    ],
    hours: [hours([3], '18:00', '19:30')],
    lastChecked: cal.checked(35),
  }),
];

const newcomersInPieksamaki = (cal: DemoCalendar): ServiceSeed[] => [
  local(cal, [PIEKSAMAKI], {
    key: 'suomen-kielen-kerho-pieksamaki',
    organization: ORG.multicultural,
    name: t('Suomen kielen perhekerho, Pieksämäki', 'Familjeklubb i finska, Pieksämäki', 'Finnish language family club, Pieksämäki'),
    summary: t(
      'Arjen suomea Suomeen muuttaneille vanhemmille ja lapsille: leikkiä, laulua ja neuvolassa ja päiväkodissa tarvittavia sanoja.',
      'Vardagsfinska för föräldrar och barn som flyttat till Finland: lek, sång och ord som behövs på rådgivningen och i daghemmet.',
      'Everyday Finnish for parents and children who moved to Finland: play, songs and the words you need at the clinic and day care.',
    ),
    description: t(
      'Kerho kokoontuu kohtaamispaikassa keskiviikkoisin. Ohjaaja puhuu suomea, englantia ja ukrainaa, ja vapaaehtoiset auttavat arabiaksi ja dariksi. Lapsille on omaa leikkiä samassa tilassa. Ei ilmoittautumista – tule, kun sinulle sopii.',
      'Klubben träffas på mötesplatsen på onsdagar. Ledaren talar finska, engelska och ukrainska, och frivilliga hjälper på arabiska och dari. Barnen har egen lek i samma rum. Ingen anmälan – kom när det passar dig.',
      'The club meets at the meeting place on Wednesdays. The leader speaks Finnish, English and Ukrainian, and volunteers help in Arabic and Dari. Children have their own play in the same room. No sign-up – come when it suits you.',
    ),
    keywords: t(
      'suomen kieli, kielikerho, maahanmuuttaja, Suomeen muuttanut, kotoutuminen, perhekerho, ukraina, arabia, englanti',
      'finska, språkklubb, invandrare, inflyttad, integration, familjeklubb, ukrainska, arabiska, engelska',
      'Finnish language, language club, immigrant, moved to Finland, integration, family club, Ukrainian, Arabic, English',
    ),
    level: 'universal',
    sector: 'civic',
    targetGroups: ['parents', 'children', 'wholeFamily'],
    languages: ['fi', 'en', 'uk', 'ar', 'fa'],
    delivery: ['inPerson'],
    access: ['dropIn', 'openToAll'],
    cost: 'free',
    categories: ['family-club', 'open-activity', 'volunteering'],
    contacts: [
      phone('044 000 1185', t('Kerhon ohjaaja', 'Klubbens ledare', 'Club leader'), t('ke klo 9–13', 'ons kl. 9–13', 'Wed 9 am–1 pm')),
      email('pieksamaki@monikulttuuri.example'),
    ],
    at: [{ place: centralMeetingPlaceKey('pieksamaki'), hours: [hours([3], '10:00', '12:00')] }],
    lastChecked: cal.checked(20),
  }),
  local(cal, [PIEKSAMAKI], {
    key: 'maahan-muuttaneiden-perheiden-ohjaus-pieksamaki',
    organization: ORG.county,
    name: t(
      'Suomeen muuttaneiden perheiden ohjaus, Pieksämäki',
      'Handledning för familjer som flyttat till Finland, Pieksämäki',
      'Guidance for families who moved to Finland, Pieksämäki',
    ),
    summary: t(
      'Perhekeskuksen ohjaaja auttaa löytämään neuvolan, päiväkodin, koulun ja Kelan palvelut – tulkki on maksuton.',
      'Familjecentrets handledare hjälper dig att hitta rådgivningen, daghemmet, skolan och FPA:s tjänster – tolken är avgiftsfri.',
      "The family centre's guide helps you find the clinic, day care, school and Kela services – an interpreter is free of charge.",
    ),
    description: t(
      'Ohjaaja tapaa perheen perhekeskuksessa tai soittaa tulkin kanssa. Yhdessä käydään läpi, mitä palveluja perhe tarvitsee, täytetään hakemuksia ja varataan ensimmäiset ajat. Tiistaisin on avoin vastaanotto ilman ajanvarausta.',
      'Handledaren träffar familjen på familjecentret eller ringer med en tolk. Tillsammans går ni igenom vilka tjänster familjen behöver, fyller i ansökningar och bokar de första tiderna. På tisdagar finns öppen mottagning utan tidsbokning.',
      'The guide meets the family at the family centre or calls with an interpreter. Together you go through the services the family needs, fill in applications and book the first appointments. On Tuesdays there is a drop-in without an appointment.',
    ),
    keywords: t(
      'maahanmuuttaja, Suomeen muuttanut, pakolainen, kotoutuminen, tulkki, palveluohjaus, hakemukset, Kela, neuvola, päiväkoti',
      'invandrare, inflyttad, flykting, integration, tolk, servicehandledning, ansökningar, FPA, rådgivning, daghem',
      'immigrant, moved to Finland, refugee, integration, interpreter, service guidance, applications, Kela, clinic, day care',
    ),
    level: 'basic',
    sector: 'social',
    targetGroups: ['wholeFamily', 'parents'],
    languages: ['fi', 'en', 'uk', 'ar', 'ru'],
    delivery: ['inPerson', 'phone'],
    access: ['dropIn', 'booking'],
    cost: 'free',
    costNote: INTERPRETER_NOTE,
    categories: ['service-guidance', 'family-support'],
    contacts: [
      phone('015 000 4470', t('Ohjaajan ajanvaraus', 'Tidsbokning till handledaren', 'Book a meeting with the guide'), PHONE_HOURS_OFFICE),
      ESAVO_MESSAGE,
    ],
    at: [{ place: familyCentreKey('pieksamaki'), hours: [hours([2], '12:00', '15:00')] }],
    lastChecked: cal.checked(11),
  }),
];

export const careNeedsServices = (cal: DemoCalendar): ServiceSeed[] => [
  ...towns.map((x, i) => dentalCare(cal, x, i)),
  ...disabilityServices(cal),
  ...newcomersInPieksamaki(cal),
];
