import type { ServiceLanguage } from '../catalog.domain.ts';
import type { ServiceAtPlaceSeed, ServiceSeed } from '../network/network-dataset.ts';
import {
  type DemoCalendar,
  ESAVO_BOOKING,
  ESAVO_MESSAGE,
  ESAVO_WEB,
  eService,
  chat,
  hours,
  MON_FRI,
  PHONE_HOURS_MORNING,
  PHONE_HOURS_NOON,
  phone,
  regional,
  local,
  t,
  web,
} from './etela-savo.common.ts';
import { named, tel, type Town, towns } from './etela-savo.municipalities.ts';
import { ORG } from './etela-savo.organizations.ts';
import { familyCentreKey, healthStationKey, PLACE_KERIMAKI_HEALTH, PLACE_RISTIINA_HEALTH } from './etela-savo.places-care.ts';
import { schoolsOf, upperSecondaryKey } from './etela-savo.places-local.ts';

/**
 * Universal services (neuvola, school and student health care, school psychologist and curator),
 * one of each per municipality, and the region's shared antenatal coaching and clinic chat.
 */

/** Swedish is offered where there are Swedish-speaking staff: in the three towns. */
const healthLanguages = (x: Town): ServiceLanguage[] => (x.isTown ? ['fi', 'sv', 'en'] : ['fi', 'en']);

const INTERPRETER = t(
  ' Tarvittaessa käynnillä on tulkki, se on maksuton.',
  ' Vid behov finns en tolk med vid besöket, det är avgiftsfritt.',
  ' An interpreter is available when needed, free of charge.',
);

const withInterpreter = (text: { fi: string; sv: string; en: string }) => ({
  fi: text.fi + INTERPRETER.fi,
  sv: text.sv + INTERPRETER.sv!,
  en: text.en + INTERPRETER.en!,
});

/** Where the clinics are: the health station, plus the family centre and village stations in the towns. */
function clinicPlaces(x: Town): ServiceAtPlaceSeed[] {
  const eveningNote = t('Tiistaisin iltavastaanotto klo 16–18.', 'Kvällsmottagning tisdagar kl. 16–18.', 'Evening appointments on Tuesdays 4–6 pm.');
  const places: ServiceAtPlaceSeed[] = [{ place: healthStationKey(x.slug) }];
  if (x.isTown)
    places.unshift({
      place: familyCentreKey(x.area),
      note: eveningNote,
      hours: [hours(MON_FRI, '08:00', '15:00'), hours([2], '16:00', '18:00')],
    });
  if (x.slug === 'mikkeli') places.push({ place: PLACE_RISTIINA_HEALTH, hours: [hours([1, 3], '08:00', '15:00')] });
  if (x.slug === 'savonlinna') places.push({ place: PLACE_KERIMAKI_HEALTH, hours: [hours([2, 4], '08:00', '15:00')] });
  return places;
}

const maternityClinic = (cal: DemoCalendar, x: Town, i: number): ServiceSeed =>
  local(cal, [x.code], {
    key: `aitiysneuvola-${x.slug}`,
    organization: ORG.county,
    name: named(x, 'Äitiysneuvola', 'Mödrarådgivning', 'Maternity clinic'),
    summary: t(
      'Äitiysneuvola seuraa raskauden kulkua ja tukee koko perhettä vauvan odotuksessa.',
      'Mödrarådgivningen följer graviditeten och stöder hela familjen när ni väntar barn.',
      'The maternity clinic follows your pregnancy and supports the whole family while you are expecting.',
    ),
    description: withInterpreter({
      fi: 'Kun raskaustesti on positiivinen, soita neuvolaan ja varaa ensimmäinen käynti. Terveydenhoitaja tapaa teitä säännöllisesti koko raskauden ajan, ja lääkärin käynnit ja ultraäänitutkimukset sovitaan neuvolassa. Käynneillä voi puhua myös jaksamisesta, parisuhteesta ja arjen muutoksista; toinen vanhempi on aina tervetullut mukaan.',
      sv: 'När graviditetstestet är positivt ringer du rådgivningen och bokar det första besöket. Hälsovårdaren träffar er regelbundet under hela graviditeten, och läkarbesök och ultraljud ordnas via rådgivningen. Vid besöken kan ni också tala om ork, parrelationen och förändringar i vardagen; den andra föräldern är alltid välkommen med.',
      en: 'When your pregnancy test is positive, call the clinic and book your first visit. The public health nurse meets you regularly throughout the pregnancy, and doctor visits and ultrasound scans are arranged by the clinic. You can also talk about how you are coping, your relationship and changes in everyday life; the other parent is always welcome.',
    }),
    keywords: t(
      'neuvola, äitiysneuvola, raskaus, raskaana, odotus, odottava, vauva, ultraääni, terveydenhoitaja, synnytys, raskaustesti',
      'rådgivning, mödrarådgivning, gravid, graviditet, väntar barn, bebis, ultraljud, hälsovårdare, förlossning',
      'clinic, maternity, pregnant, pregnancy, expecting, baby, ultrasound, public health nurse, birth, antenatal',
    ),
    level: 'universal',
    sector: 'health',
    targetGroups: ['expectingParents', 'parents'],
    languages: healthLanguages(x),
    delivery: ['inPerson', 'phone', 'homeVisit'],
    access: ['booking'],
    cost: 'free',
    categories: ['maternity-clinic', 'clinics'],
    contacts: [phone(tel(x, '11'), t('Neuvolan ajanvaraus', 'Rådgivningens tidsbokning', 'Clinic appointments'), PHONE_HOURS_MORNING), ESAVO_BOOKING, ESAVO_MESSAGE],
    at: clinicPlaces(x),
    lastChecked: i % 2 ? cal.checked(35) : cal.checked(20),
  });

const childHealthClinic = (cal: DemoCalendar, x: Town, i: number): ServiceSeed =>
  local(cal, [x.code], {
    key: `lastenneuvola-${x.slug}`,
    organization: ORG.county,
    name: named(x, 'Lastenneuvola', 'Barnrådgivning', 'Child health clinic'),
    summary: t(
      'Lastenneuvola seuraa lapsen kasvua ja kehitystä ja tukee vanhempia vauvasta kouluikään asti.',
      'Barnrådgivningen följer barnets tillväxt och utveckling och stöder föräldrarna från bebistiden tills barnet börjar skolan.',
      "The child health clinic follows your child's growth and development and supports parents from babyhood until school starts.",
    ),
    description: withInterpreter({
      fi: 'Terveydenhoitaja tapaa lasta ja vanhempia säännöllisesti, ja lääkäri on mukana laajoissa terveystarkastuksissa. Neuvolassa annetaan rokotukset, ja voit kysyä mistä tahansa lapsen arkeen liittyvästä: unesta, ruokailusta, imetyksestä tai omasta jaksamisesta. Tarvittaessa terveydenhoitaja tulee kotikäynnille.',
      sv: 'Hälsovårdaren träffar barnet och föräldrarna regelbundet, och läkaren deltar i de omfattande hälsoundersökningarna. På rådgivningen får barnet sina vaccinationer och du kan fråga om allt som hör till barnets vardag: sömn, mat, amning eller din egen ork. Vid behov gör hälsovårdaren hembesök.',
      en: 'The public health nurse meets the child and parents regularly, and a doctor takes part in the extensive health check-ups. Your child gets vaccinations at the clinic, and you can ask about anything in everyday life: sleep, food, breastfeeding or how you are coping. The nurse can also visit you at home.',
    }),
    keywords: t(
      'neuvola, lastenneuvola, vauva, rokotukset, rokotus, rokote, kasvu, kehitys, lapsi, imetys, uni, ruokailu, terveydenhoitaja, terveystarkastus',
      'rådgivning, barnrådgivning, bebis, vaccination, vaccin, tillväxt, utveckling, barn, amning, sömn, mat, hälsovårdare',
      'clinic, child health, baby, vaccination, vaccines, growth, development, child, breastfeeding, sleep, food, health check',
    ),
    level: 'universal',
    sector: 'health',
    targetGroups: ['children', 'parents'],
    ageMin: 0,
    ageMax: 6,
    languages: healthLanguages(x),
    delivery: ['inPerson', 'phone', 'homeVisit'],
    access: ['booking'],
    cost: 'free',
    categories: ['child-health-clinic', 'clinics'],
    methods: ['lets-talk', 'resourceful-family'],
    contacts: [
      phone(tel(x, '12'), t('Neuvolan ajanvaraus', 'Rådgivningens tidsbokning', 'Clinic appointments'), PHONE_HOURS_MORNING),
      phone(tel(x, '19'), t('Terveydenhoitajan puhelinaika', 'Hälsovårdarens telefontid', "Nurse's phone hour"), PHONE_HOURS_NOON),
      ESAVO_BOOKING,
      ESAVO_MESSAGE,
    ],
    at: clinicPlaces(x),
    lastChecked: i % 2 ? cal.checked(20) : cal.checked(48),
  });

const contraceptionClinic = (cal: DemoCalendar, x: Town): ServiceSeed =>
  local(cal, [x.code], {
    key: `ehkaisyneuvola-${x.slug}`,
    organization: ORG.county,
    name: named(x, 'Ehkäisyneuvola', 'Preventivrådgivning', 'Contraception clinic'),
    summary: t(
      'Ehkäisyneuvolasta saat apua sopivan ehkäisyn valintaan ja neuvoja seksuaaliterveyteen.',
      'På preventivrådgivningen får du hjälp att välja preventivmedel och råd om sexuell hälsa.',
      'The contraception clinic helps you choose contraception and gives advice on sexual health.',
    ),
    description: t(
      'Terveydenhoitajan kanssa voit miettiä itsellesi sopivaa ehkäisyä, kuten pillereitä, kierukkaa tai kapselia. Vastaanotolla voi puhua myös seksuaaliterveydestä, raskauden suunnittelusta ja sukupuolitautitesteistä. Nuorille ensimmäinen ehkäisy on maksuton.',
      'Tillsammans med hälsovårdaren kan du fundera på vilket preventivmedel som passar dig, till exempel p-piller, spiral eller p-stav. Du kan också tala om sexuell hälsa, planering av graviditet och tester för könssjukdomar. För unga är det första preventivmedlet avgiftsfritt.',
      'With the nurse you can find the contraception that suits you, such as the pill, a coil or an implant. You can also talk about sexual health, planning a pregnancy and tests for sexually transmitted infections. The first contraception is free for young people.',
    ),
    keywords: t(
      'ehkäisy, ehkäisyneuvola, e-pillerit, kierukka, kondomi, seksuaaliterveys, raskaustesti, jälkiehkäisy, seksitauti',
      'preventivmedel, p-piller, spiral, kondom, sexuell hälsa, graviditetstest, akut-p-piller, könssjukdom',
      'contraception, birth control, pill, coil, condom, sexual health, pregnancy test, emergency contraception, sti',
    ),
    level: 'universal',
    sector: 'health',
    targetGroups: ['youth', 'parents'],
    ageMin: 13,
    languages: healthLanguages(x),
    delivery: ['inPerson', 'phone'],
    access: ['booking'],
    cost: 'free',
    costNote: t('Käynnit ovat maksuttomia. Ehkäisyvalmisteet maksat itse apteekissa, paitsi nuorten ensimmäinen ehkäisy.', 'Besöken är avgiftsfria. Preventivmedlen betalar du själv på apoteket, utom ungas första preventivmedel.', 'Visits are free. You pay for contraceptives at the pharmacy, except for young people’s first contraception.'),
    categories: ['contraception-clinic', 'clinics'],
    contacts: [phone(tel(x, '13'), undefined, PHONE_HOURS_MORNING), ESAVO_BOOKING],
    at: [{ place: healthStationKey(x.slug), hours: [hours([3], '12:00', '15:00')], note: t('Avoin vastaanotto keskiviikkoisin klo 12–15.', 'Öppen mottagning onsdagar kl. 12–15.', 'Drop-in on Wednesdays 12–3 pm.') }],
  });

const wilma = (x: Town) => eService(`https://${x.slug}.example/wilma`, t('Viesti Wilmassa', 'Meddelande i Wilma', 'Message in Wilma'));
const schoolDay = [hours(MON_FRI, '08:00', '14:00')];

const schoolHealth = (cal: DemoCalendar, x: Town): ServiceSeed =>
  local(cal, [x.code], {
    key: `kouluterveydenhuolto-${x.slug}`,
    organization: ORG.county,
    name: named(x, 'Kouluterveydenhuolto', 'Skolhälsovård', 'School health care'),
    summary: t(
      'Koulun terveydenhoitaja ja lääkäri seuraavat oppilaan terveyttä, kasvua ja hyvinvointia koko peruskoulun ajan.',
      'Skolans hälsovårdare och läkare följer elevens hälsa, tillväxt och välmående under hela grundskolan.',
      "The school nurse and doctor follow your child's health, growth and wellbeing throughout basic education.",
    ),
    description: t(
      'Jokainen oppilas käy terveystarkastuksessa joka vuosi; 1., 5. ja 8. luokalla tarkastus on laaja ja vanhemmat kutsutaan mukaan. Terveydenhoitajan luo voi mennä myös ilman ajanvarausta, kun on huoli tai kysyttävää. Rokotukset annetaan koulussa.',
      'Varje elev går på hälsoundersökning varje år; i årskurs 1, 5 och 8 är undersökningen omfattande och föräldrarna bjuds in. Man kan också gå till hälsovårdaren utan tidsbokning när man är orolig eller har frågor. Vaccinationerna ges i skolan.',
      'Every pupil has a health check every year; in grades 1, 5 and 8 it is an extensive check and parents are invited. Pupils can also see the nurse without an appointment when they are worried or have questions. Vaccinations are given at school.',
    ),
    keywords: t(
      'kouluterveydenhoitaja, terveydenhoitaja, koulu, koululainen, terveystarkastus, rokotus, koululääkäri, kasvu',
      'skolhälsovårdare, hälsovårdare, skola, skolbarn, hälsoundersökning, vaccination, skolläkare',
      'school nurse, school, pupil, health check, vaccination, school doctor, growth',
    ),
    level: 'universal',
    sector: 'health',
    targetGroups: ['children', 'youth', 'parents'],
    ageMin: 7,
    ageMax: 16,
    languages: healthLanguages(x),
    delivery: ['inPerson', 'phone'],
    access: ['dropIn', 'booking'],
    cost: 'free',
    categories: ['school-health', 'student-welfare'],
    contacts: [phone(tel(x, '14'), t('Kouluterveydenhoitaja', 'Skolhälsovårdare', 'School nurse'), PHONE_HOURS_MORNING), wilma(x)],
    at: schoolsOf(x).map((place) => ({ place, hours: schoolDay })),
  });

const studentHealth = (cal: DemoCalendar, x: Town): ServiceSeed =>
  local(cal, [x.code], {
    key: `opiskeluterveydenhuolto-${x.slug}`,
    organization: ORG.county,
    name: named(x, 'Opiskeluterveydenhuolto', 'Studerandehälsovård', 'Student health care'),
    summary: t(
      'Lukiolaisten terveydenhoitaja ja lääkäri auttavat terveyteen, jaksamiseen ja seksuaaliterveyteen liittyvissä asioissa.',
      'Hälsovårdaren och läkaren för gymnasister hjälper med hälsa, ork och sexuell hälsa.',
      'The nurse and doctor for upper-secondary students help with health, coping and sexual health.',
    ),
    description: t(
      'Ensimmäisenä opiskeluvuonna kaikille tehdään terveystarkastus. Terveydenhoitajalle voi varata ajan Wilmassa tai mennä avoimelle vastaanotolle. Jos olet ammattikoulussa, kysy opiskeluterveydenhuollosta omasta oppilaitoksestasi.',
      'Under det första studieåret får alla en hälsoundersökning. Du kan boka tid till hälsovårdaren i Wilma eller gå på öppen mottagning. Om du studerar vid en yrkesskola, fråga om studerandehälsovården i din egen läroanstalt.',
      'Everyone has a health check in the first year of studies. You can book the nurse in Wilma or come to the drop-in. If you are at a vocational school, ask your own school about student health care.',
    ),
    keywords: t(
      'opiskelija, lukio, lukiolainen, terveydenhoitaja, opiskeluterveys, jaksaminen, ehkäisy, terveystarkastus',
      'studerande, gymnasium, gymnasist, hälsovårdare, ork, preventivmedel, hälsoundersökning',
      'student, upper secondary, nurse, wellbeing, contraception, health check',
    ),
    level: 'universal',
    sector: 'health',
    targetGroups: ['youth'],
    ageMin: 15,
    ageMax: 20,
    languages: healthLanguages(x),
    delivery: ['inPerson', 'phone', 'online'],
    access: ['dropIn', 'booking'],
    cost: 'free',
    categories: ['student-health', 'student-welfare'],
    contacts: [phone(tel(x, '15'), undefined, PHONE_HOURS_MORNING), wilma(x)],
    at: [{ place: upperSecondaryKey(x.slug), hours: [hours([1, 2, 3, 4], '08:30', '14:30')] }],
  });

const schoolPsychologist = (cal: DemoCalendar, x: Town): ServiceSeed =>
  local(cal, [x.code], {
    key: `koulupsykologi-${x.slug}`,
    organization: ORG.county,
    name: named(x, 'Koulupsykologi', 'Skolpsykolog', 'School psychologist'),
    summary: t(
      'Koulupsykologin kanssa oppilas voi puhua huolista ja tunteista, ja psykologi selvittää myös oppimisen vaikeuksia.',
      'Med skolpsykologen kan eleven tala om oro och känslor, och psykologen utreder också inlärningssvårigheter.',
      'Pupils can talk to the school psychologist about worries and feelings, and the psychologist also assesses learning difficulties.',
    ),
    description: t(
      'Psykologille voi hakeutua itse, vanhempi voi ottaa yhteyttä tai opettaja voi ehdottaa tapaamista. Käynnit ovat maksuttomia ja luottamuksellisia. Yläkoululaisille ja lukiolaisille on tarjolla lyhyt IPC-keskusteluohjaus masennusoireisiin.',
      'Eleven kan själv söka sig till psykologen, föräldern kan ta kontakt eller läraren kan föreslå ett möte. Besöken är avgiftsfria och konfidentiella. För elever i högstadiet och gymnasiet finns kort IPC-samtalshandledning vid depressionssymtom.',
      'Pupils can contact the psychologist themselves, a parent can get in touch or a teacher can suggest a meeting. Visits are free and confidential. Lower- and upper-secondary pupils can get short IPC counselling for low mood.',
    ),
    keywords: t(
      'psykologi, koulupsykologi, oppimisvaikeus, ahdistus, masennus, jaksaminen, stressi, keskustelu, koulu, opiskeluhuolto',
      'psykolog, skolpsykolog, inlärningssvårigheter, ångest, depression, stress, samtal, skola, elevhälsa',
      'psychologist, school psychologist, learning difficulties, anxiety, depression, stress, talk, school, pupil welfare',
    ),
    level: 'universal',
    sector: 'health',
    targetGroups: ['children', 'youth', 'parents'],
    ageMin: 6,
    ageMax: 20,
    languages: healthLanguages(x),
    delivery: ['inPerson', 'phone', 'online'],
    access: ['booking'],
    cost: 'free',
    categories: ['school-psychologist', 'student-welfare', 'psychologist'],
    methods: ['ipc'],
    contacts: [phone(tel(x, '16'), undefined, PHONE_HOURS_NOON), wilma(x)],
    at: [...schoolsOf(x), ...(x.upperSecondary ? [upperSecondaryKey(x.slug)] : [])].map((place) => ({ place })),
  });

const schoolCurator = (cal: DemoCalendar, x: Town): ServiceSeed =>
  local(cal, [x.code], {
    key: `koulukuraattori-${x.slug}`,
    organization: ORG.county,
    name: named(x, 'Koulukuraattori', 'Skolkurator', 'School social worker'),
    summary: t(
      'Kuraattori auttaa, kun koulussa, kotona tai kavereiden kanssa on vaikeaa, esimerkiksi kiusaamisessa tai poissaoloissa.',
      'Kuratorn hjälper när det är svårt i skolan, hemma eller med kompisarna, till exempel vid mobbning eller frånvaro.',
      'The school social worker helps when things are hard at school, at home or with friends, for example with bullying or absences.',
    ),
    description: t(
      'Kuraattorin kanssa voi puhua kaverisuhteista, kiusaamisesta, koulunkäynnin sujumisesta ja kotiasioista. Kuraattori tukee myös vanhempia ja voi olla mukana palaverissa koulun kanssa. Yhteyttä voi ottaa itse, Wilman kautta tai opettajan avulla.',
      'Med kuratorn kan man tala om kompisrelationer, mobbning, hur skolgången går och om saker hemma. Kuratorn stöder också föräldrar och kan delta i möten med skolan. Man kan ta kontakt själv, via Wilma eller med hjälp av läraren.',
      'You can talk to the school social worker about friendships, bullying, how school is going and things at home. The school social worker also supports parents and can join meetings with the school. Get in touch yourself, through Wilma or with a teacher’s help.',
    ),
    keywords: t(
      'kuraattori, koulukuraattori, kiusaaminen, kaverit, poissaolot, koulupinnaus, koulu, perhe, huoli, yksinäisyys',
      'kurator, skolkurator, mobbning, kompisar, frånvaro, skolk, skola, familj, oro, ensamhet',
      'curator, school social worker, bullying, friends, absence, truancy, school, family, worry, loneliness',
    ),
    level: 'universal',
    sector: 'social',
    targetGroups: ['children', 'youth', 'parents'],
    ageMin: 6,
    ageMax: 20,
    languages: healthLanguages(x),
    delivery: ['inPerson', 'phone', 'online'],
    access: ['dropIn', 'booking'],
    cost: 'free',
    categories: ['school-curator', 'student-welfare'],
    methods: ['lets-talk'],
    contacts: [phone(tel(x, '17'), undefined, PHONE_HOURS_NOON), wilma(x)],
    at: [...schoolsOf(x), ...(x.upperSecondary ? [upperSecondaryKey(x.slug)] : [])].map((place) => ({ place })),
  });

const familyCoaching = (cal: DemoCalendar): ServiceSeed => regional(cal, {
  key: 'perhevalmennus',
  organization: ORG.county,
  name: t('Perhevalmennus', 'Familjeförberedelse', 'Antenatal family coaching'),
  summary: t(
    'Perhevalmennuksessa valmistaudutaan synnytykseen ja vauva-arkeen yhdessä muiden odottavien perheiden kanssa.',
    'I familjeförberedelsen förbereder ni er för förlossningen och vardagen med bebis tillsammans med andra blivande föräldrar.',
    'In antenatal family coaching you prepare for the birth and life with a baby together with other expecting families.',
  ),
  description: t(
    'Ensimmäistä lastaan odottaville on neljän illan ryhmä perhekeskuksessa tai verkossa. Illoissa puhutaan synnytyksestä, imetyksestä, vauvan hoidosta, parisuhteesta ja vanhemmaksi kasvamisesta. Ryhmään ilmoittaudutaan omassa äitiysneuvolassa raskausviikolla 20–25.',
    'För er som väntar ert första barn finns en grupp på fyra kvällar på familjecentret eller på nätet. Kvällarna handlar om förlossningen, amning, babyskötsel, parrelationen och om att bli förälder. Man anmäler sig på den egna mödrarådgivningen under graviditetsvecka 20–25.',
    'First-time parents can join a four-evening group at the family centre or online. The evenings cover the birth, breastfeeding, baby care, your relationship and becoming a parent. Sign up at your maternity clinic in weeks 20–25 of the pregnancy.',
  ),
  keywords: t(
    'perhevalmennus, synnytysvalmennus, raskaus, odotus, synnytys, vauva, imetys, isä, ensimmäinen lapsi, ryhmä',
    'familjeförberedelse, förlossningsförberedelse, graviditet, förlossning, bebis, amning, pappa, första barnet, grupp',
    'antenatal class, birth preparation, pregnancy, birth, baby, breastfeeding, dad, first baby, group',
  ),
  level: 'universal',
  sector: 'health',
  targetGroups: ['expectingParents'],
  languages: ['fi', 'en'],
  delivery: ['inPerson', 'online'],
  access: ['booking'],
  cost: 'free',
  categories: ['family-coaching', 'maternity-clinic'],
  contacts: [web(`${ESAVO_WEB}/perhevalmennus`), ESAVO_BOOKING],
  at: (['mikkeli', 'savonlinna', 'pieksamaki'] as const).map((area) => ({
    place: familyCentreKey(area),
    hours: [hours([2], '17:00', '19:00')],
    note: t('Ryhmät alkavat joka toinen kuukausi.', 'Grupperna börjar varannan månad.', 'Groups start every other month.'),
  })),
  lastChecked: cal.checked(11),
});

const clinicChat = (cal: DemoCalendar): ServiceSeed => regional(cal, {
  key: 'neuvolan-chat',
  organization: ORG.county,
  name: t('Neuvolan chat', 'Rådgivningens chatt', 'Clinic chat'),
  summary: t(
    'Neuvolan chatissa terveydenhoitaja vastaa raskautta, vauvaa ja pientä lasta koskeviin kysymyksiin arkipäivisin.',
    'I rådgivningens chatt svarar en hälsovårdare på frågor om graviditet, bebisar och små barn på vardagar.',
    'In the clinic chat a public health nurse answers questions about pregnancy, babies and small children on weekdays.',
  ),
  description: t(
    'Chattiin voi kirjoittaa nimettömänä. Kiireellisissä asioissa soita terveysasemalle tai päivystykseen, hätätilanteessa 112.',
    'Du kan skriva anonymt i chatten. I brådskande ärenden ring hälsostationen eller jouren, i nödsituationer 112.',
    'You can write to the chat anonymously. For urgent matters call your health station or the emergency clinic; in an emergency call 112.',
  ),
  keywords: t('neuvola, chat, verkko, vauva, raskaus, imetys, kysy, terveydenhoitaja', 'rådgivning, chatt, nätet, bebis, graviditet, amning, fråga', 'clinic, chat, online, baby, pregnancy, breastfeeding, ask, nurse'),
  level: 'universal',
  sector: 'health',
  targetGroups: ['expectingParents', 'parents'],
  languages: ['fi', 'sv', 'en'],
  delivery: ['online'],
  access: ['openToAll'],
  cost: 'free',
  categories: ['child-health-clinic', 'maternity-clinic'],
  contacts: [chat(`${ESAVO_WEB}/neuvola/chat`, t('ma–pe klo 9–15', 'mån–fre kl. 9–15', 'Mon–Fri 9 am–3 pm'))],
  hours: [hours(MON_FRI, '09:00', '15:00')],
  lastChecked: cal.checked(35),
});

export const universalServices = (cal: DemoCalendar): ServiceSeed[] => [
  ...towns.flatMap((x, i) => [
    maternityClinic(cal, x, i),
    childHealthClinic(cal, x, i),
    contraceptionClinic(cal, x),
    schoolHealth(cal, x),
    ...(x.upperSecondary ? [studentHealth(cal, x)] : []),
    schoolPsychologist(cal, x),
    schoolCurator(cal, x),
  ]),
  familyCoaching(cal),
  clinicChat(cal),
];
