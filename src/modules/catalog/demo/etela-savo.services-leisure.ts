import type { ServiceAtPlaceSeed, ServiceSeed } from '../network/network-dataset.ts';
import { type DemoCalendar, chat, email, hours, local, phone, t, web } from './etela-savo.common.ts';
import { type FamilyCentreArea, named, town, type Town, towns } from './etela-savo.municipalities.ts';
import { municipalityOrg } from './etela-savo.organizations.ts';
import { hasLibrary, LOCAL, libraryKey, schoolKey } from './etela-savo.places-local.ts';
import { centralMeetingPlaceKey, MEETING } from './etela-savo.places-meeting.ts';

/** Youth work, the youth ohjaamot, libraries and sport for families. */

function youthPlaces(x: Town): ServiceAtPlaceSeed[] {
  if (x.slug === 'mikkeli') return [{ place: MEETING.youthMikkeli }];
  if (x.slug === 'savonlinna') return [{ place: MEETING.youthSavonlinna }];
  return [
    {
      place: centralMeetingPlaceKey(x.slug),
      hours: [hours([2, 4], '15:00', '20:00')],
      note: t('Iltaisin kohtaamispaikka on nuorisotila.', 'På kvällarna är mötesplatsen ungdomsgård.', 'In the evenings the meeting place is a youth centre.'),
    },
  ];
}

const youthWork = (cal: DemoCalendar, x: Town, i: number): ServiceSeed =>
  local(cal, [x.code], {
    key: `nuorisotyo-${x.slug}`,
    organization: municipalityOrg(x.slug),
    name: named(x, 'Nuorisotyö ja nuorisotilat', 'Ungdomsarbete och ungdomsgårdar', 'Youth work and youth centres'),
    summary: t(
      'Nuorisotiloissa voi hengailla kavereiden kanssa, ja nuoriso-ohjaajalta ja etsivältä nuorisotyöntekijältä saa apua omiin asioihin.',
      'På ungdomsgårdarna kan man hänga med kompisar, och ungdomsledaren och den uppsökande ungdomsarbetaren hjälper med egna ärenden.',
      'Hang out with friends at the youth centre, and get help with your own matters from youth workers and outreach youth workers.',
    ),
    description: t(
      'Nuorisotila on avoinna 13–17-vuotiaille iltaisin, ja siellä on pelejä, välipalaa ja tapahtumia. Etsivä nuorisotyö auttaa alle 29-vuotiaita, jotka ovat opiskelun tai työn ulkopuolella: työntekijä tulee tapaamaan sinne, missä nuori on. Kesällä järjestetään leirejä ja retkiä.',
      'Ungdomsgården är öppen för 13–17-åringar på kvällarna och har spel, mellanmål och evenemang. Det uppsökande ungdomsarbetet hjälper unga under 29 år som står utanför studier eller arbete: arbetaren kommer och träffar den unga där hen är. På sommaren ordnas läger och utflykter.',
      'The youth centre is open to 13–17-year-olds in the evenings with games, snacks and events. Outreach youth work helps under-29s who are not in education or work: the worker comes to meet you where you are. Camps and trips are organised in summer.',
    ),
    keywords: t(
      'nuorisotila, nuoret, nuori, nuorisotyö, etsivä nuorisotyö, harrastus, kaverit, vapaa-aika, yksinäisyys, teini',
      'ungdomsgård, unga, ung, ungdomsarbete, uppsökande ungdomsarbete, hobby, kompisar, fritid, ensamhet, tonåring',
      'youth centre, young people, teen, youth work, outreach youth work, hobbies, friends, free time, loneliness',
    ),
    level: 'universal',
    sector: 'youth',
    targetGroups: ['youth'],
    ageMin: 10,
    ageMax: 29,
    languages: x.isTown ? ['fi', 'en'] : ['fi'],
    delivery: ['inPerson', 'phone', 'online'],
    access: ['dropIn', 'openToAll'],
    cost: 'free',
    categories: ['youth-work', 'youth'],
    contacts: [phone(`044 000 ${x.phoneBlock}90`, t('Nuoriso-ohjaaja', 'Ungdomsledare', 'Youth worker')), web(`https://${x.slug}.example/nuoret`)],
    at: youthPlaces(x),
    lastChecked: i % 2 ? cal.checked(48) : cal.checked(63),
  });

const ohjaamoSpecs: [FamilyCentreArea, string, string, string, string][] = [
  ['mikkeli', MEETING.olkkari, 'Nuorten ohjaamo Olkkari', 'Ohjaamo Olkkari för unga', 'Olkkari youth guidance centre'],
  ['savonlinna', MEETING.ohjaamoSavonlinna, 'Ohjaamo Savonlinna', 'Ohjaamo Nyslott', 'Ohjaamo Savonlinna youth guidance centre'],
  ['pieksamaki', MEETING.pientare, 'Nuorten ohjaamo Pientare', 'Ohjaamo Pientare för unga', 'Pientare youth guidance centre'],
];

const ohjaamo = (cal: DemoCalendar, [area, place, fi, sv, en]: (typeof ohjaamoSpecs)[number]): ServiceSeed => {
  const x = town(area);
  return local(cal, [x.code], {
    key: `ohjaamo-${area}`,
    organization: municipalityOrg(area),
    name: t(fi, sv, en),
    summary: t(
      'Ohjaamosta 15–29-vuotias saa apua opiskeluun, työnhakuun, asumiseen, raha-asioihin ja jaksamiseen – ilman ajanvarausta.',
      'På Ohjaamo får 15–29-åringar hjälp med studier, jobbsökning, boende, pengar och ork – utan tidsbokning.',
      'At the Ohjaamo 15–29-year-olds get help with studies, job hunting, housing, money and wellbeing – no appointment needed.',
    ),
    description: t(
      'Samassa paikassa ovat nuoriso-ohjaaja, opinto-ohjaaja, työllisyyspalvelujen ja Kelan asiantuntija sekä terveydenhoitaja. Voit tulla kysymään vaikka vuokrasopimuksesta, CV:stä tai siitä, mitä haluaisit tehdä. Palvelua saa myös chatissa.',
      'På samma ställe finns ungdomsledare, studiehandledare, experter från sysselsättningstjänsterna och FPA samt en hälsovårdare. Du kan komma och fråga om till exempel hyresavtal, cv eller vad du skulle vilja göra. Tjänsten finns också i chatten.',
      'Youth workers, a study counsellor, employment services and Kela experts and a nurse are in the same place. Ask about a tenancy agreement, your CV or what you would like to do. Also available by chat.',
    ),
    keywords: t(
      'ohjaamo, nuori, nuoret, työnhaku, opiskelu, asunto, raha, jaksaminen, koulutus, työ, ohjaus, cv',
      'ohjaamo, ung, unga, jobbsökning, studier, bostad, pengar, ork, utbildning, jobb, handledning',
      'ohjaamo, young people, youth, job hunting, studies, housing, money, wellbeing, education, work, guidance, cv',
    ),
    level: 'universal',
    sector: 'youth',
    targetGroups: ['youth'],
    ageMin: 15,
    ageMax: 29,
    languages: area === 'mikkeli' ? ['fi', 'en', 'uk', 'ar'] : ['fi', 'en'],
    delivery: ['inPerson', 'phone', 'online'],
    access: ['dropIn', 'openToAll'],
    cost: 'free',
    categories: ['youth-guidance', 'youth'],
    contacts: [phone(`044 000 ${x.phoneBlock}95`), chat(`https://${area}.example/ohjaamo/chat`, t('ma–to klo 12–16', 'mån–tors kl. 12–16', 'Mon–Thu 12–4 pm')), email(`ohjaamo@${area}.example`)],
    at: [{ place }],
    lastChecked: cal.checked(20),
  });
};

const extraLibrary: Record<string, string> = { mikkeli: LOCAL.otavaLibrary, savonlinna: LOCAL.kerimakiLibrary };

const library = (cal: DemoCalendar, x: Town, i: number): ServiceSeed =>
  local(cal, [x.code], {
    key: `kirjasto-${x.slug}`,
    organization: municipalityOrg(x.slug),
    name: named(x, 'Kirjaston palvelut lapsiperheille', 'Bibliotekets tjänster för barnfamiljer', 'Library services for families'),
    summary: t(
      'Kirjastossa on satutunteja, vauvojen loruhetkiä, lukulemmikkejä ja kirjoja monella kielellä – kirjastokortti on lapsille ilmainen.',
      'Biblioteket har sagostunder, ramsstunder för bebisar, läshundar och böcker på många språk – bibliotekskortet är gratis för barn.',
      'The library has story times, rhyme times for babies, reading dogs and books in many languages – the library card is free for children.',
    ),
    description: t(
      'Vauvojen loruhetki on kerran viikossa aamupäivällä ja satutunti 3–6-vuotiaille iltapäivällä. Kirjastosta voi lainata myös pelejä, soittimia ja selkokirjoja. Kirjastoon voi tulla vaunujen kanssa ja pitää taukoa.',
      'Ramsstunden för bebisar är en gång i veckan på förmiddagen och sagostunden för 3–6-åringar på eftermiddagen. Du kan också låna spel, instrument och lättlästa böcker. Du kan komma med barnvagn och ta en paus.',
      'The rhyme time for babies is once a week in the morning and the story time for 3–6-year-olds in the afternoon. You can also borrow games, instruments and easy-to-read books. Come with a pram and take a break.',
    ),
    keywords: t('kirjasto, satutunti, loruhetki, lukeminen, kirjat, lukulemmikki, pelit, selkokirja, kirjastokortti', 'bibliotek, sagostund, ramsstund, läsning, böcker, läshund, spel, lättläst, bibliotekskort', 'library, story time, rhyme time, reading, books, reading dog, games, easy read, library card'),
    level: 'universal',
    sector: 'cultureSport',
    targetGroups: ['children', 'parents', 'wholeFamily'],
    languages: x.isTown ? ['fi', 'sv', 'en', 'uk', 'ar'] : ['fi', 'en'],
    delivery: ['inPerson', 'online'],
    access: ['openToAll', 'dropIn'],
    cost: 'free',
    categories: ['library', 'leisure'],
    contacts: [phone(`015 000 ${x.phoneBlock}60`), web(`https://${x.slug}.example/kirjasto`)],
    at: [
      { place: libraryKey(x.slug) },
      ...(extraLibrary[x.slug] ? [{ place: extraLibrary[x.slug]!, note: t('Satutunti kerran kuussa.', 'Sagostund en gång i månaden.', 'Story time once a month.') }] : []),
    ],
    lastChecked: i % 2 ? cal.checked(35) : cal.checked(82),
  });

const sport = (cal: DemoCalendar): ServiceSeed[] => [
  local(cal, ['491'], {
    key: 'perheliikunta-mikkeli',
    organization: municipalityOrg('mikkeli'),
    name: t('Perheliikunta, Mikkeli', 'Familjemotion, S:t Michel', 'Family sport, Mikkeli'),
    summary: t('Sunnuntain perheliikuntavuorot: temppuilua, pallopelejä ja leikkiä koko perheelle.', 'Familjemotion på söndagar: akrobatik, bollspel och lek för hela familjen.', 'Sunday family sport sessions: tumbling, ball games and play for the whole family.'),
    description: t('Vuorot ovat Haukivuoren koulun salissa ja kaupungin liikuntahallissa. Ota mukaan sisäkengät ja juomapullo. Ilmoittautumista ei tarvita.', 'Passen hålls i Haukivuori skolas gymnastiksal och i stadens idrottshall. Ta med inneskor och vattenflaska. Ingen anmälan behövs.', "Sessions are in Haukivuori school's gym and the city sports hall. Bring indoor shoes and a water bottle. No need to sign up."),
    keywords: t('liikunta, perheliikunta, temppujumppa, pallopelit, liikkuminen, urheilu, harrastus', 'motion, familjemotion, gymnastik, bollspel, idrott, hobby', 'sport, family sport, gym, ball games, exercise, hobby'),
    level: 'universal',
    sector: 'cultureSport',
    targetGroups: ['wholeFamily', 'children'],
    ageMax: 12,
    languages: ['fi'],
    delivery: ['inPerson'],
    access: ['dropIn', 'openToAll'],
    cost: 'free',
    categories: ['sport', 'leisure'],
    contacts: [web('https://mikkeli.example/liikunta')],
    at: [{ place: LOCAL.haukivuoriSchool, hours: [hours([7], '16:00', '18:00')] }],
    lastChecked: cal.checked(63),
  }),
  local(cal, ['740', '046', '681', '768'], {
    key: 'uimakoulut-savonlinna',
    organization: municipalityOrg('savonlinna'),
    name: t('Uimakoulut ja perheuinti, Savonlinna', 'Simskolor och familjesim, Nyslott', 'Swimming lessons and family swimming, Savonlinna'),
    summary: t('Uimahallin vauvauinnit, lasten uimakoulut ja perheuintivuorot.', 'Babysim, simskolor för barn och familjesim i simhallen.', 'Baby swimming, children’s swimming lessons and family swimming at the pool.'),
    description: t('Uimakouluihin ilmoittaudutaan verkossa kaksi kertaa vuodessa. Perheuintivuorolla allas on lämmitetty ja aikuinen pääsee alennetulla hinnalla.', 'Anmälan till simskolorna sker på nätet två gånger om året. Under familjesimmet är bassängen uppvärmd och vuxna får rabatt.', 'Register for lessons online twice a year. During family swimming the pool is warmer and adults get a discount.'),
    keywords: t('uinti, uimakoulu, vauvauinti, uimahalli, perheuinti, liikunta', 'simning, simskola, babysim, simhall, familjesim, motion', 'swimming, swimming lessons, baby swimming, pool, family swim, sport'),
    level: 'universal',
    sector: 'cultureSport',
    targetGroups: ['children', 'wholeFamily'],
    languages: ['fi'],
    delivery: ['inPerson'],
    access: ['booking'],
    cost: 'fee',
    costNote: t('Uimakoulu 60 € / 10 kertaa. Perheuinnissa lapset alle 7 v. ilmaiseksi.', 'Simskola 60 € / 10 gånger. Vid familjesim är barn under 7 år gratis.', 'Lessons €60 for 10 sessions. Children under 7 swim free at family swimming.'),
    categories: ['sport', 'leisure'],
    contacts: [web('https://savonlinna.example/uimahalli'), phone('015 000 2065')],
    lastChecked: cal.checked(48),
  }),
  local(cal, ['593', '178'], {
    key: 'liikuntaneuvonta-pieksamaki',
    organization: municipalityOrg('pieksamaki'),
    name: t('Liikuntaneuvonta lapsille ja perheille, Pieksämäki', 'Motionsrådgivning för barn och familjer, Pieksämäki', 'Exercise advice for children and families, Pieksämäki'),
    summary: t('Liikuntaneuvoja auttaa löytämään lapselle sopivan harrastuksen, vaikka liikkuminen ei ole ennen innostanut.', 'Motionsrådgivaren hjälper dig hitta en lämplig hobby för barnet, även om barnet inte tidigare har gillat att röra på sig.', 'The exercise adviser helps find a suitable hobby for your child, even if they have not enjoyed moving before.'),
    description: t('Neuvontaan voi tulla itse tai neuvolan ja kouluterveydenhuollon ohjaamana. Käytössä on Neuvokas perhe -menetelmä. Harrastuksen hintaan voi saada tukea.', 'Du kan komma själv eller på hänvisning av rådgivningen eller skolhälsovården. Metoden Rådig familj används. Det går att få stöd för hobbyns kostnader.', 'Come yourself or on referral from the clinic or school health care. The Resourceful Family method is used. Support for hobby costs is available.'),
    keywords: t('liikunta, liikuntaneuvonta, harrastus, ylipaino, ruutuaika, liikkuminen', 'motion, motionsrådgivning, hobby, övervikt, skärmtid', 'exercise, activity advice, hobby, overweight, screen time'),
    level: 'universal',
    sector: 'cultureSport',
    targetGroups: ['children', 'youth', 'parents'],
    ageMin: 4,
    ageMax: 17,
    languages: ['fi'],
    delivery: ['inPerson', 'phone'],
    access: ['booking', 'referral'],
    cost: 'free',
    categories: ['sport', 'leisure'],
    methods: ['resourceful-family'],
    contacts: [phone('044 000 3066')],
    at: [{ place: centralMeetingPlaceKey('pieksamaki'), hours: [hours([4], '12:00', '15:00')] }],
    lastChecked: cal.checked(20),
  }),
  local(cal, ['178'], {
    key: 'perheliikuntavuorot-juva',
    organization: municipalityOrg('juva'),
    name: t('Perheiden liikuntavuorot, Juva', 'Motionspass för familjer, Jockas', 'Family sports sessions, Juva'),
    summary: t('Yhtenäiskoulun salissa on lauantaisin vapaa liikuntavuoro lapsiperheille.', 'I enhetsskolans sal finns fria motionspass för barnfamiljer på lördagar.', 'Free sports sessions for families at the comprehensive school gym on Saturdays.'),
    description: t('Salissa on pallot, puolapuut ja temppuradan välineet valmiina. Aikuinen vastaa omista lapsistaan.', 'I salen finns bollar, ribbstolar och redskap för hinderbana. Den vuxna ansvarar för sina egna barn.', 'Balls, wall bars and obstacle course equipment are ready. Adults supervise their own children.'),
    keywords: t('liikunta, salivuoro, perheliikunta, temppurata, pallopelit', 'motion, gymnastiksal, familjemotion, hinderbana, bollspel', 'sport, gym session, family sport, obstacle course, ball games'),
    level: 'universal',
    sector: 'cultureSport',
    targetGroups: ['wholeFamily'],
    languages: ['fi'],
    delivery: ['inPerson'],
    access: ['dropIn', 'openToAll'],
    cost: 'free',
    categories: ['sport', 'leisure'],
    contacts: [web('https://juva.example/liikunta')],
    at: [{ place: schoolKey('juva'), hours: [hours([6], '10:00', '12:00')] }],
    lastChecked: cal.checked(98),
  }),
];

export const leisureServices = (cal: DemoCalendar): ServiceSeed[] => [
  ...towns.map((x, i) => youthWork(cal, x, i)),
  ...ohjaamoSpecs.map((spec) => ohjaamo(cal, spec)),
  ...towns.filter(hasLibrary).map((x, i) => library(cal, x, i)),
  ...sport(cal),
];
