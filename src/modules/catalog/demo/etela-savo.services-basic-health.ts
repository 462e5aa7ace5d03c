import type { I18nText } from '../../../platform/i18n-text.ts';
import type { ServiceSeed } from '../network/network-dataset.ts';
import {
  type DemoCalendar,
  ESAVO_BOOKING,
  ESAVO_MESSAGE,
  ESAVO_WEB,
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
import { AREAS, areaNamed, areaTownNames, type FamilyCentreArea, familyCentreAreas, named, tel, type Town, towns } from './etela-savo.municipalities.ts';
import { ORG } from './etela-savo.organizations.ts';
import { familyCentreKey, healthStationKey, PLACE_HOSPITAL_MIKKELI } from './etela-savo.places-care.ts';
import { centralMeetingPlaceKey, MEETING } from './etela-savo.places-meeting.ts';

/** Basic-level health services: the health station doctor in every municipality, therapies per area. */

const doctor = (cal: DemoCalendar, x: Town, i: number): ServiceSeed =>
  local(cal, [x.code], {
    key: `laakari-${x.slug}`,
    organization: ORG.county,
    name: named(x, 'Lääkärin ja hoitajan vastaanotto', 'Läkar- och skötarmottagning', 'Doctor and nurse appointments'),
    summary: t(
      'Terveysasemalta saat lääkärin tai hoitajan ajan, kun lapsi tai aikuinen sairastuu.',
      'På hälsostationen får du tid hos läkare eller skötare när ett barn eller en vuxen blir sjuk.',
      'The health station gives you a doctor or nurse appointment when a child or adult falls ill.',
    ),
    description: t(
      'Soita aamulla terveysaseman numeroon; hoitaja arvioi, tarvitaanko käyntiä ja kuinka kiireesti. Monet asiat hoituvat myös chatissa tai etävastaanotolla. Iltaisin ja viikonloppuisin kiireellinen apu on päivystyksessä, hätätilanteessa soita 112.',
      'Ring hälsostationens nummer på morgonen; skötaren bedömer om ni behöver komma och hur brådskande det är. Många ärenden sköts också i chatten eller på distansmottagning. På kvällar och veckoslut får du brådskande hjälp på jouren, i nödsituationer ring 112.',
      'Call the health station in the morning; a nurse assesses whether you need a visit and how urgently. Many matters can also be handled by chat or a remote appointment. In the evenings and at weekends urgent help is at the emergency clinic; in an emergency call 112.',
    ),
    keywords: t(
      'lääkäri, terveysasema, hoitaja, sairaus, kuume, korvatulehdus, vastaanotto, sairastunut lapsi, terveyskeskus',
      'läkare, hälsostation, skötare, sjukdom, feber, öroninflammation, mottagning, sjukt barn, hälsocentral',
      'doctor, GP, health station, nurse, illness, fever, ear infection, appointment, sick child, health centre',
    ),
    level: 'basic',
    sector: 'health',
    targetGroups: ['children', 'youth', 'parents', 'wholeFamily'],
    languages: x.isTown ? ['fi', 'sv', 'en'] : ['fi', 'en'],
    delivery: ['inPerson', 'phone', 'online'],
    access: ['booking'],
    cost: 'fee',
    costNote: t(
      'Alle 18-vuotiaille maksuton. Aikuisilta peritään terveyskeskusmaksu; katso hinnasto verkosta.',
      'Avgiftsfritt för personer under 18 år. Vuxna betalar hälsocentralsavgift; se prislistan på nätet.',
      'Free for under-18s. Adults pay the health centre fee; see the price list online.',
    ),
    categories: ['doctor', 'health-care'],
    contacts: [
      phone(tel(x, '01'), t('Terveysaseman ajanvaraus', 'Hälsostationens tidsbokning', 'Health station appointments'), t('ma–pe klo 8–15', 'mån–fre kl. 8–15', 'Mon–Fri 8 am–3 pm')),
      chat(`${ESAVO_WEB}/terveysasema/chat`, t('ma–pe klo 8–18', 'mån–fre kl. 8–18', 'Mon–Fri 8 am–6 pm')),
      ESAVO_BOOKING,
    ],
    at: [{ place: healthStationKey(x.slug) }],
    lastChecked: i % 3 ? cal.checked(35) : cal.checked(63),
  });

interface TherapySpec {
  key: string;
  name: [string, string, string];
  summary: I18nText;
  description: I18nText;
  keywords: I18nText;
  categories: string[];
  methods?: string[];
  ageMin?: number;
  ageMax?: number;
  access: ServiceSeed['access'];
  delivery: ServiceSeed['delivery'];
  targetGroups: ServiceSeed['targetGroups'];
  phoneLast: string;
  phoneNote: I18nText;
}

const therapies: TherapySpec[] = [
  {
    key: 'psykologi',
    name: ['Lasten ja perheiden psykologi', 'Psykolog för barn och familjer', 'Psychologist for children and families'],
    summary: t(
      'Psykologi auttaa, kun vauva-arki, lapsen kehitys, tunteet tai vanhemman oma mieliala huolettavat.',
      'Psykologen hjälper när vardagen med bebis, barnets utveckling, känslor eller förälderns eget humör oroar.',
      "The psychologist helps when life with a baby, a child's development, emotions or your own mood worry you.",
    ),
    description: t(
      'Neuvola- ja perhepsykologille pääsee neuvolan, varhaiskasvatuksen tai perheen oman yhteydenoton kautta. Tapaamisia on yleensä 1–5, ja ne voivat olla perhekeskuksessa, kotona tai etänä. Psykologi tekee tarvittaessa kehitysarvion ja ohjaa jatkotukeen.',
      'Till rådgivnings- och familjepsykologen kommer man via rådgivningen, småbarnspedagogiken eller genom att familjen själv tar kontakt. Det blir oftast 1–5 träffar, på familjecentret, hemma eller på distans. Psykologen gör vid behov en utvecklingsbedömning och hänvisar till fortsatt stöd.',
      'You can see the clinic and family psychologist through the clinic, early education or by contacting us yourself. There are usually 1–5 meetings at the family centre, at home or online. If needed, the psychologist assesses development and guides you to further support.',
    ),
    keywords: t(
      'psykologi, neuvolapsykologi, perhepsykologi, kehitys, tunteet, uni, mieliala, synnytyksen jälkeinen masennus, ahdistus, keskustelu',
      'psykolog, rådgivningspsykolog, familjepsykolog, utveckling, känslor, sömn, humör, förlossningsdepression, ångest, samtal',
      'psychologist, child psychologist, family psychologist, development, emotions, sleep, mood, postnatal depression, anxiety, talk',
    ),
    categories: ['psychologist', 'health-care', 'mental-health'],
    methods: ['lets-talk'],
    ageMax: 12,
    access: ['booking', 'referral'],
    delivery: ['inPerson', 'online', 'homeVisit'],
    targetGroups: ['children', 'parents', 'expectingParents'],
    phoneLast: '31',
    phoneNote: PHONE_HOURS_NOON,
  },
  {
    key: 'fysioterapia',
    name: ['Lasten fysioterapia', 'Fysioterapi för barn', "Children's physiotherapy"],
    summary: t(
      'Fysioterapeutti tukee vauvan ja lapsen liikkumisen kehitystä sekä auttaa kipujen ja asentojen kanssa.',
      'Fysioterapeuten stöder utvecklingen av bebisens och barnets rörelseförmåga och hjälper vid smärtor och hållningsproblem.',
      "The physiotherapist supports your baby's and child's motor development and helps with pain and posture.",
    ),
    description: t(
      'Vauvojen fysioterapiassa ohjataan esimerkiksi käsittelyä, asentoja ja kääntymisen harjoittelua. Isompien lasten kanssa harjoitellaan motorisia taitoja, tasapainoa ja liikkumisen iloa. Vastaanotolle tullaan neuvolan tai lääkärin ohjaamana.',
      'Inom fysioterapin för bebisar handleder vi till exempel hantering, ställningar och övningar för att vända sig. Med större barn övar vi motorik, balans och glädje i att röra sig. Man kommer till mottagningen på hänvisning av rådgivningen eller läkaren.',
      "For babies, physiotherapy guides handling, positions and practising turning over. With older children we practise motor skills, balance and the joy of moving. You come on the clinic's or doctor's referral.",
    ),
    keywords: t('fysioterapia, fysioterapeutti, liikkuminen, motoriikka, kääntyminen, konttaus, kävely, tasapaino, ryhti, kipu', 'fysioterapi, fysioterapeut, rörelse, motorik, krypa, gå, balans, hållning, smärta', 'physiotherapy, physiotherapist, movement, motor skills, crawling, walking, balance, posture, pain'),
    categories: ['physiotherapy', 'therapy'],
    ageMax: 17,
    access: ['referral'],
    delivery: ['inPerson', 'homeVisit'],
    targetGroups: ['children', 'parents'],
    phoneLast: '32',
    phoneNote: PHONE_HOURS_MORNING,
  },
  {
    key: 'puheterapia',
    name: ['Lasten puheterapia', 'Talterapi för barn', "Children's speech therapy"],
    summary: t(
      'Puheterapeutti auttaa, kun lapsen puhe, ymmärtäminen, änkytys tai syöminen huolettaa.',
      'Talterapeuten hjälper när du är orolig för barnets tal, förståelse, stamning eller ätande.',
      "The speech therapist helps when you are worried about your child's speech, understanding, stuttering or eating.",
    ),
    description: t(
      'Puheterapeutin puhelinaikaan voi soittaa itse ja kysyä neuvoa ilman lähetettä. Puheterapeutti arvioi lapsen kielen kehityksen ja ohjaa vanhempia ja varhaiskasvatusta tukemaan sitä arjessa. Osa terapiasta on ryhmissä tai etänä.',
      'Du kan själv ringa talterapeutens telefontid och be om råd utan remiss. Talterapeuten bedömer barnets språkutveckling och handleder föräldrarna och småbarnspedagogiken att stödja den i vardagen. En del av terapin sker i grupp eller på distans.',
      "You can call the speech therapist's phone hour yourself without a referral. The therapist assesses your child's language development and guides parents and early education staff to support it in daily life. Some therapy is in groups or online.",
    ),
    keywords: t('puheterapia, puheterapeutti, puhe, kieli, änkytys, sanat, ääntäminen, ymmärtäminen, syöminen, kaksikielisyys', 'talterapi, talterapeut, tal, språk, stamning, ord, uttal, förståelse, ätande, tvåspråkighet', 'speech therapy, speech therapist, speech, language, stuttering, words, pronunciation, understanding, eating, bilingual'),
    categories: ['speech-therapy', 'therapy'],
    ageMax: 17,
    access: ['booking', 'referral'],
    delivery: ['inPerson', 'online', 'phone'],
    targetGroups: ['children', 'parents'],
    phoneLast: '33',
    phoneNote: t('ti ja to klo 12–13', 'tis och tors kl. 12–13', 'Tue and Thu 12–1 pm'),
  },
  {
    key: 'toimintaterapia',
    name: ['Lasten toimintaterapia', 'Ergoterapi för barn', "Children's occupational therapy"],
    summary: t(
      'Toimintaterapeutti auttaa lasta arjen taidoissa, kuten pukemisessa, kynäotteessa, keskittymisessä ja aistien säätelyssä.',
      'Ergoterapeuten hjälper barnet med vardagliga färdigheter som att klä på sig, hålla pennan, koncentrera sig och reglera sinnesintryck.',
      'The occupational therapist helps children with everyday skills like dressing, pencil grip, concentration and handling sensory input.',
    ),
    description: t(
      'Toimintaterapiaan tullaan neuvolan, koulun tai lääkärin ohjaamana. Terapeutti arvioi lapsen taidot leikin ja tehtävien avulla ja antaa vinkkejä kotiin, päiväkotiin ja kouluun. Jakso on yleensä 6–10 kertaa.',
      'Man kommer till ergoterapi på hänvisning av rådgivningen, skolan eller läkaren. Terapeuten bedömer barnets färdigheter genom lek och uppgifter och ger tips för hemmet, daghemmet och skolan. En period omfattar oftast 6–10 gånger.',
      'Children come on referral from the clinic, school or a doctor. The therapist assesses skills through play and tasks and gives tips for home, day care and school. A course usually has 6–10 sessions.',
    ),
    keywords: t('toimintaterapia, toimintaterapeutti, hienomotoriikka, kynäote, pukeminen, keskittyminen, aistit, aistiyliherkkyys, leikki', 'ergoterapi, ergoterapeut, finmotorik, pennfattning, påklädning, koncentration, sinnen, lek', 'occupational therapy, fine motor skills, pencil grip, dressing, concentration, senses, sensory, play'),
    categories: ['occupational-therapy', 'therapy'],
    ageMin: 2,
    ageMax: 17,
    access: ['referral'],
    delivery: ['inPerson'],
    targetGroups: ['children'],
    phoneLast: '34',
    phoneNote: PHONE_HOURS_NOON,
  },
  {
    key: 'nuorten-mielenterveys',
    name: ['Nuorten matalan kynnyksen vastaanotto', 'Lågtröskelmottagning för unga', 'Low-threshold support for young people'],
    summary: t(
      'Nuori pääsee juttelemaan psykiatrisen sairaanhoitajan kanssa ahdistuksesta, masennuksesta tai jaksamisesta ilman lähetettä.',
      'Unga kan prata med en psykiatrisk sjukskötare om ångest, nedstämdhet eller ork utan remiss.',
      'Young people can talk to a psychiatric nurse about anxiety, low mood or coping, without a referral.',
    ),
    description: t(
      'Vastaanotto on 13–22-vuotiaille. Tapaamisissa käytetään lyhyttä IPC-ohjausta, jossa keskitytään ihmissuhteisiin ja arjen muutoksiin. Voit varata ajan itse, tulla vanhemman kanssa tai pyytää kouluterveydenhoitajaa ottamaan yhteyttä.',
      'Mottagningen är för 13–22-åringar. Vid träffarna används kort IPC-handledning som fokuserar på relationer och förändringar i vardagen. Du kan boka tid själv, komma med en förälder eller be skolhälsovårdaren ta kontakt.',
      'For young people aged 13–22. Meetings use short IPC counselling that focuses on relationships and changes in daily life. Book yourself, come with a parent or ask the school nurse to get in touch.',
    ),
    keywords: t('nuoret, mielenterveys, ahdistus, masennus, jaksaminen, stressi, paha olo, keskustelu, psykiatrinen sairaanhoitaja, nuorisovastaanotto', 'unga, psykisk hälsa, ångest, depression, nedstämdhet, ork, stress, samtal, psykiatrisk sjukskötare', 'young people, mental health, anxiety, depression, low mood, coping, stress, talk, psychiatric nurse'),
    categories: ['mental-health', 'youth'],
    methods: ['ipc'],
    ageMin: 13,
    ageMax: 22,
    access: ['booking'],
    delivery: ['inPerson', 'online', 'phone'],
    targetGroups: ['youth'],
    phoneLast: '35',
    phoneNote: t('ma–pe klo 9–11', 'mån–fre kl. 9–11', 'Mon–Fri 9–11 am'),
  },
];

const ohjaamoOf: Record<FamilyCentreArea, string> = {
  mikkeli: MEETING.olkkari,
  savonlinna: MEETING.ohjaamoSavonlinna,
  pieksamaki: MEETING.pientare,
};

const therapy = (cal: DemoCalendar, spec: TherapySpec, area: FamilyCentreArea): ServiceSeed => {
  const served = areaTownNames(area);
  const s: ServiceSeed = local(cal, familyCentreAreas[area], {
    key: `${spec.key}-${area}`,
    organization: ORG.county,
    name: areaNamed(area, ...spec.name),
    summary: spec.summary,
    description: t(
      `${spec.description.fi} Palvelemme ${served.fi} perheitä.`,
      `${spec.description.sv} Vi betjänar familjer i ${served.sv}.`,
      `${spec.description.en} We serve families in ${served.en}.`,
    ),
    keywords: spec.keywords,
    level: 'basic',
    sector: 'health',
    targetGroups: spec.targetGroups,
    languages: ['fi', 'sv', 'en'],
    delivery: spec.delivery,
    access: spec.access,
    cost: 'free',
    categories: spec.categories,
    contacts: [phone(`015 000 ${area === 'mikkeli' ? '10' : area === 'savonlinna' ? '20' : '30'}${spec.phoneLast}`, undefined, spec.phoneNote), ESAVO_MESSAGE],
    at: [
      { place: familyCentreKey(area) },
      ...(spec.key === 'nuorten-mielenterveys'
        ? [{ place: ohjaamoOf[area], hours: [hours([3], '12:00', '16:00')], note: t('Ohjaamossa keskiviikkoisin ilman ajanvarausta.', 'På Ohjaamo på onsdagar utan tidsbokning.', 'At the Ohjaamo on Wednesdays without an appointment.') }]
        : []),
    ],
  });
  if (spec.methods) s.methods = spec.methods;
  if (spec.ageMin !== undefined) s.ageMin = spec.ageMin;
  if (spec.ageMax !== undefined) s.ageMax = spec.ageMax;
  return s;
};

const regionalHealth = (cal: DemoCalendar): ServiceSeed[] => [
  regional(cal, {
    key: 'ravitsemusterapia',
    organization: ORG.county,
    name: t('Lasten ravitsemusterapia', 'Näringsterapi för barn', "Children's nutrition therapy"),
    summary: t(
      'Ravitsemusterapeutti auttaa, kun lapsella on ruoka-allergia, painon kanssa huolta tai syöminen on hyvin valikoivaa.',
      'Näringsterapeuten hjälper när barnet har matallergi, det finns oro för vikten eller barnet är mycket selektivt i sitt ätande.',
      "The nutrition therapist helps with food allergies, weight worries or very selective eating.",
    ),
    description: t(
      'Ravitsemusterapiaan tullaan lääkärin tai neuvolan lähetteellä. Vastaanotto on etänä tai perhekeskuksessa, ja mukana on usein koko perhe. Työssä käytetään Neuvokas perhe -menetelmää.',
      'Man kommer till näringsterapi med remiss från läkaren eller rådgivningen. Mottagningen sker på distans eller på familjecentret, och ofta deltar hela familjen. Metoden Rådig familj används.',
      'You come with a referral from a doctor or the clinic. Appointments are online or at the family centre, often with the whole family. The Resourceful Family method is used.',
    ),
    keywords: t('ravitsemusterapia, ruoka, ruokavalio, allergia, paino, syöminen, nirsous, ylipaino, ravitsemus, neuvokas perhe', 'näringsterapi, mat, kost, allergi, vikt, ätande, kräsen, övervikt', 'nutrition therapy, food, diet, allergy, weight, eating, picky eater, overweight'),
    level: 'basic',
    sector: 'health',
    targetGroups: ['children', 'parents'],
    ageMax: 17,
    languages: ['fi', 'en'],
    delivery: ['online', 'inPerson'],
    access: ['referral'],
    cost: 'free',
    categories: ['nutrition-therapy', 'therapy'],
    methods: ['resourceful-family'],
    contacts: [phone('015 000 0150', undefined, PHONE_HOURS_NOON)],
    at: [{ place: familyCentreKey('mikkeli'), hours: [hours([2, 4], '08:00', '15:00')] }],
    lastChecked: cal.checked(82),
  }),
  regional(cal, {
    key: 'imetysvastaanotto',
    organization: ORG.county,
    name: t('Imetysvastaanotto', 'Amningsmottagning', 'Breastfeeding clinic'),
    summary: t(
      'Imetysvastaanotolla saat apua, kun imetys sattuu, maito ei riitä tai vauva ei tartu rintaan.',
      'På amningsmottagningen får du hjälp när amningen gör ont, mjölken inte räcker eller bebisen inte tar bröstet.',
      "The breastfeeding clinic helps when breastfeeding hurts, there isn't enough milk or the baby won't latch.",
    ),
    description: t(
      'Imetyskouluttaja tapaa teidät keskussairaalassa tai etänä. Ajan voi varata itse ilman lähetettä vauvan ensimmäisten kuukausien aikana. Myös pullolla syöttämiseen saa ohjausta.',
      'En amningsutbildare träffar er på centralsjukhuset eller på distans. Du kan själv boka tid utan remiss under bebisens första månader. Du får också handledning i flaskmatning.',
      'A breastfeeding counsellor meets you at the central hospital or online. You can book yourself without a referral during the first months. Bottle-feeding advice is also available.',
    ),
    keywords: t('imetys, imettäminen, rintamaito, maito, vauva, rintatulehdus, pullo, tutti, vastasyntynyt', 'amning, amma, bröstmjölk, mjölk, bebis, bröstinflammation, flaska, nyfödd', 'breastfeeding, nursing, breast milk, baby, mastitis, bottle, newborn'),
    level: 'basic',
    sector: 'health',
    targetGroups: ['parents'],
    ageMax: 1,
    languages: ['fi', 'sv', 'en'],
    delivery: ['inPerson', 'online'],
    access: ['booking'],
    cost: 'free',
    categories: ['child-health-clinic', 'clinics'],
    contacts: [phone('015 000 1955', undefined, t('ma–pe klo 9–11', 'mån–fre kl. 9–11', 'Mon–Fri 9–11 am')), ESAVO_BOOKING],
    at: [{ place: PLACE_HOSPITAL_MIKKELI, hours: [hours([1, 3, 5], '09:00', '14:00')] }],
    lastChecked: cal.checked(48),
  }),
  regional(cal, {
    key: 'vanhempien-mielenterveys-ja-paihdeneuvonta',
    organization: ORG.county,
    name: t('Mielenterveys- ja päihdeneuvonta vanhemmille', 'Rådgivning om psykisk hälsa och missbruk för föräldrar', 'Mental health and substance advice for parents'),
    summary: t(
      'Keskusteluapua vanhemmalle, joka on uupunut, masentunut tai huolissaan omasta tai puolison päihteiden käytöstä.',
      'Samtalsstöd för föräldrar som är utmattade, nedstämda eller oroliga för sitt eget eller partnerns bruk av rusmedel.',
      "Someone to talk to if you are a parent who is exhausted, depressed or worried about your own or your partner's substance use.",
    ),
    description: t(
      'Ajan saa nopeasti ilman lähetettä, ja ensimmäinen keskustelu voi olla puhelimessa. Sairaanhoitaja arvioi tilanteen kanssasi ja sopii jatkosta; tarvittaessa mukaan tulee lapsiperheiden sosiaalityö tai Lapset puheeksi -keskustelu. Kiireellisessä kriisissä soita sosiaali- ja kriisipäivystykseen.',
      'Du får tid snabbt utan remiss, och det första samtalet kan ske per telefon. Sjukskötaren bedömer situationen med dig och kommer överens om fortsättningen; vid behov deltar det sociala arbetet för barnfamiljer eller ett samtal enligt Barnen i tal. Vid en akut kris, ring social- och krisjouren.',
      'You get an appointment quickly without a referral, and the first talk can be by phone. A nurse looks at the situation with you and plans the next steps; if needed, family social work or a Let’s Talk conversation is included. In an acute crisis, call the social and crisis emergency service.',
    ),
    keywords: t('mielenterveys, uupumus, uupunut, masennus, ahdistus, jaksaminen, päihde, alkoholi, huumeet, keskusteluapu, vanhempi', 'psykisk hälsa, utmattning, depression, ångest, ork, missbruk, alkohol, droger, samtalsstöd, förälder', 'mental health, exhaustion, burnout, depression, anxiety, coping, substance use, alcohol, drugs, talk, parent'),
    level: 'basic',
    sector: 'health',
    targetGroups: ['parents', 'expectingParents'],
    languages: ['fi', 'sv', 'en'],
    delivery: ['inPerson', 'phone', 'online'],
    access: ['booking'],
    cost: 'free',
    categories: ['mental-health', 'substance-services'],
    methods: ['lets-talk'],
    contacts: [phone('015 000 0160', undefined, t('ma–pe klo 8–15', 'mån–fre kl. 8–15', 'Mon–Fri 8 am–3 pm')), ESAVO_MESSAGE, web(`${ESAVO_WEB}/mielenterveys`)],
    at: AREAS.map((area) => ({ place: familyCentreKey(area) })),
    hours: [hours(MON_FRI, '08:00', '15:00')],
    lastChecked: cal.checked(20),
  }),
  regional(cal, {
    key: 'neuvolan-perheohjaaja-kohtaamispaikoissa',
    organization: ORG.county,
    name: t('Neuvolan perheohjaaja kohtaamispaikoissa', 'Rådgivningens familjehandledare på mötesplatserna', 'Clinic family counsellor at the meeting places'),
    summary: t(
      'Neuvolan perheohjaaja on tavattavissa kohtaamispaikoissa ilman ajanvarausta: voit kysyä unesta, syömisestä, rajoista tai omasta jaksamisesta.',
      'Rådgivningens familjehandledare finns på mötesplatserna utan tidsbokning: du kan fråga om sömn, mat, gränser eller din egen ork.',
      'The clinic family counsellor is at the meeting places without an appointment: ask about sleep, eating, limits or how you are coping.',
    ),
    description: t(
      'Perheohjaaja kiertää kohtaamispaikoissa kerran kuukaudessa ja tulee tarvittaessa kotikäynnille. Hän tekee yhteistyötä neuvolan terveydenhoitajan kanssa.',
      'Familjehandledaren besöker mötesplatserna en gång i månaden och gör vid behov hembesök. Hen samarbetar med hälsovårdaren på rådgivningen.',
      'The counsellor visits the meeting places once a month and makes home visits when needed, working together with the clinic nurse.',
    ),
    keywords: t('perheohjaaja, neuvola, uni, syöminen, rajat, jaksaminen, ilman ajanvarausta, vauva, taapero', 'familjehandledare, rådgivning, sömn, mat, gränser, ork, utan tidsbokning, bebis', 'family counsellor, clinic, sleep, eating, limits, coping, drop-in, baby, toddler'),
    level: 'basic',
    sector: 'health',
    targetGroups: ['parents', 'children'],
    ageMax: 6,
    languages: ['fi'],
    delivery: ['inPerson', 'homeVisit'],
    access: ['dropIn'],
    cost: 'free',
    categories: ['child-health-clinic', 'parenting-support', 'meeting-place'],
    contacts: [phone('015 000 0112', undefined, PHONE_HOURS_NOON)],
    at: towns.filter((x) => !x.isTown).map((x) => ({ place: centralMeetingPlaceKey(x.slug), note: t('Kerran kuukaudessa; katso päivät kohtaamispaikan kalenterista.', 'En gång i månaden; se datumen i mötesplatsens kalender.', "Once a month; see the meeting place's calendar for dates.") })),
    lastChecked: cal.checked(35),
  }),
];

export const basicHealthServices = (cal: DemoCalendar): ServiceSeed[] => [
  ...towns.map((x, i) => doctor(cal, x, i)),
  ...therapies.flatMap((spec) => AREAS.map((area) => therapy(cal, spec, area))),
  ...regionalHealth(cal),
];
