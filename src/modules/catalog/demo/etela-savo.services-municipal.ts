import type { ServiceAtPlaceSeed, ServiceSeed } from '../network/network-dataset.ts';
import { type DemoCalendar, eService, hours, local, phone, t, web } from './etela-savo.common.ts';
import { named, tel, type Town, towns } from './etela-savo.municipalities.ts';
import { municipalityOrg } from './etela-savo.organizations.ts';
import { daycareKey, LOCAL } from './etela-savo.places-local.ts';
import { centralMeetingPlaceKey, MEETING } from './etela-savo.places-meeting.ts';

/** The municipalities' own services in the network: meeting places, open early education, early education. */

/** Village meeting places outside the town centres. */
const villagePlaces: Record<string, string[]> = {
  mikkeli: [MEETING.ristiina, MEETING.haukivuori],
  savonlinna: [MEETING.punkaharju],
  pieksamaki: [MEETING.naarajarvi, MEETING.jappila],
};

const daycaresOf: Record<string, string[]> = {
  mikkeli: [daycareKey('mikkeli'), LOCAL.mikkeliDaycare2],
  savonlinna: [daycareKey('savonlinna')],
  pieksamaki: [daycareKey('pieksamaki')],
  juva: [daycareKey('juva')],
  mantyharju: [daycareKey('mantyharju')],
};

const meetingPlace = (cal: DemoCalendar, x: Town, i: number): ServiceSeed =>
  local(cal, [x.code], {
    key: `kohtaamispaikka-${x.slug}`,
    organization: municipalityOrg(x.slug),
    name: named(x, 'Avoin kohtaamispaikka ja perheneuvo', 'Öppen mötesplats och familjerådgivare', 'Open meeting place and family advisor'),
    summary: t(
      'Avoin paikka kaikille lapsiperheille: tule juttelemaan, leikkimään ja kysymään neuvoa perheneuvolta ilman ajanvarausta.',
      'En öppen plats för alla barnfamiljer: kom och prata, leka och fråga familjerådgivaren om råd utan tidsbokning.',
      'An open place for all families with children: come to chat, play and ask the family advisor for advice without an appointment.',
    ),
    description: t(
      `Kohtaamispaikassa toimivat yhdessä kunta, hyvinvointialue, järjestöt ja seurakunta. Viikko-ohjelmassa on perhekahvila, avointa varhaiskasvatusta, vertaisryhmiä ja teemailtoja, ja välillä paikalla on neuvolan perheohjaaja. Perheneuvo auttaa löytämään oikean tuen${villagePlaces[x.slug] ? '; toimintaa on myös kylillä' : ''}.`,
      `På mötesplatsen samarbetar kommunen, välfärdsområdet, organisationerna och församlingen. Veckoprogrammet har familjecafé, öppen småbarnspedagogik, kamratgrupper och temakvällar, och ibland är rådgivningens familjehandledare på plats. Familjerådgivaren hjälper dig att hitta rätt stöd${villagePlaces[x.slug] ? '; verksamhet finns också i byarna' : ''}.`,
      `The municipality, the county, NGOs and the parish work together at the meeting place. The weekly programme includes a family café, open early education, peer groups and theme evenings, and sometimes the clinic's family counsellor is there. The family advisor helps you find the right support${villagePlaces[x.slug] ? '; there are activities in the villages too' : ''}.`,
    ),
    keywords: t(
      'kohtaamispaikka, perhekahvila, perheneuvo, perhetalo, perhetupa, vertaistuki, leikki, ilman ajanvarausta, yksinäisyys, neuvonta',
      'mötesplats, familjecafé, familjerådgivare, familjehus, kamratstöd, lek, utan tidsbokning, ensamhet, rådgivning',
      'meeting place, family café, family advisor, family house, peer support, play, drop-in, loneliness, advice',
    ),
    level: 'universal',
    sector: 'civic',
    targetGroups: ['wholeFamily', 'parents', 'children', 'expectingParents'],
    languages: x.isTown ? ['fi', 'sv', 'en'] : ['fi', 'en'],
    delivery: ['inPerson', 'phone'],
    access: ['dropIn', 'openToAll'],
    cost: 'free',
    categories: ['meeting-place', 'open-activity', 'family-support'],
    contacts: [
      phone(`044 000 ${x.phoneBlock}50`, t('Perheneuvo', 'Familjerådgivaren', 'Family advisor'), t('ma–pe klo 9–15', 'mån–fre kl. 9–15', 'Mon–Fri 9 am–3 pm')),
      web(`https://${x.slug}.example/kohtaamispaikka`, t('Viikko-ohjelma', 'Veckoprogram', 'Weekly programme')),
    ],
    at: [{ place: centralMeetingPlaceKey(x.slug) }, ...(villagePlaces[x.slug] ?? []).map((place) => ({ place }))],
    lastChecked: i % 2 ? cal.checked(20) : cal.checked(35),
  });

const openEarlyEducationPlaces = (x: Town, i: number): ServiceAtPlaceSeed[] => {
  const club = [hours([i % 2 ? 2 : 3], '09:00', '11:30')];
  const places: ServiceAtPlaceSeed[] = [{ place: centralMeetingPlaceKey(x.slug), hours: club }];
  for (const place of daycaresOf[x.slug] ?? [])
    places.push({ place, hours: [hours([3], '15:30', '17:00')], note: t('Iltapäiväkerho päiväkodin salissa.', 'Eftermiddagsklubb i daghemmets sal.', "Afternoon club in the day care centre's hall.") });
  if (x.slug === 'mikkeli') places.push({ place: MEETING.ristiina, hours: [hours([4], '09:00', '11:00')] });
  if (x.slug === 'pieksamaki') places.push({ place: MEETING.naarajarvi, hours: [hours([2], '14:00', '16:00')] });
  return places;
};

const openEarlyEducation = (cal: DemoCalendar, x: Town, i: number): ServiceSeed => {
  const s = local(cal, [x.code], {
    key: `avoin-varhaiskasvatus-${x.slug}`,
    organization: municipalityOrg(x.slug),
    name: named(x, 'Avoin varhaiskasvatus', 'Öppen småbarnspedagogik', 'Open early childhood education'),
    summary: t(
      'Maksuton leikkikerho kotona hoidettaville lapsille ja heidän vanhemmilleen – varhaiskasvatuksen opettaja ohjaa.',
      'Avgiftsfri lekklubb för barn som vårdas hemma och deras föräldrar – en lärare inom småbarnspedagogik leder.',
      'A free play club for children cared for at home and their parents, led by an early childhood teacher.',
    ),
    description: t(
      'Kerhossa leikitään, lauletaan, liikutaan ja tehdään yhdessä pieniä tehtäviä, jotka tukevat lapsen kehitystä. Vanhempi tai muu aikuinen on lapsen mukana. Samalla voi tutustua muihin perheisiin ja kysyä varhaiskasvatuksesta.',
      'I klubben leker, sjunger och rör vi oss och gör små uppgifter som stöder barnets utveckling. En förälder eller annan vuxen är med barnet. Samtidigt kan du lära känna andra familjer och fråga om småbarnspedagogiken.',
      "The club plays, sings, moves and does small activities that support the child's development. A parent or other adult stays with the child. You can meet other families and ask about early education.",
    ),
    keywords: t(
      'avoin varhaiskasvatus, leikkikerho, kerho, kotihoito, taapero, leikki, laulu, päiväkoti, varhaiskasvatus',
      'öppen småbarnspedagogik, lekklubb, klubb, hemvård, småbarn, lek, sång, daghem',
      'open early education, play club, club, home care, toddler, play, songs, day care',
    ),
    level: 'universal',
    sector: 'education',
    targetGroups: ['children', 'parents'],
    ageMax: 6,
    languages: ['fi'],
    delivery: ['inPerson'],
    access: ['dropIn', 'openToAll'],
    cost: 'free',
    categories: ['open-early-education', 'open-activity'],
    contacts: [phone(tel(x, '51'), t('Varhaiskasvatuksen ohjaaja', 'Handledare inom småbarnspedagogiken', 'Early education coordinator'))],
    at: openEarlyEducationPlaces(x, i),
    lastChecked: i % 3 ? cal.checked(48) : cal.checked(11),
  });
  if (x.slug === 'pertunmaa') {
    const until = cal.yearOfNext('01-31');
    s.status = 'temporarilyClosed';
    s.statusNote = t(
      `Leikkikerho on tauolla tammikuun ${until} loppuun, koska ohjaaja on virkavapaalla. Seurakunnan perhekerho jatkuu tiistaisin.`,
      `Lekklubben har paus till slutet av januari ${until} eftersom ledaren är tjänstledig. Församlingens familjeklubb fortsätter på tisdagar.`,
      `The play club is paused until the end of January ${until} while the leader is on leave. The parish family club continues on Tuesdays.`,
    );
  }
  return s;
};

const earlyEducation = (cal: DemoCalendar, x: Town, i: number): ServiceSeed => {
  const s = local(cal, [x.code], {
    key: `varhaiskasvatus-${x.slug}`,
    organization: municipalityOrg(x.slug),
    name: named(x, 'Varhaiskasvatus ja esiopetus', 'Småbarnspedagogik och förskoleundervisning', 'Early childhood and pre-primary education'),
    summary: t(
      'Päiväkoti- tai perhepäivähoitopaikkaa haetaan verkossa neljä kuukautta ennen tarvetta; esiopetus alkaa vuotta ennen koulua.',
      'Plats i daghem eller familjedagvård söks på nätet fyra månader före behovet; förskoleundervisningen börjar året före skolan.',
      'Apply online for a day care or family day care place four months before you need it; pre-primary education starts the year before school.',
    ),
    description: t(
      'Varhaiskasvatuksessa lapsi leikkii, oppii ja saa kavereita. Jos paikka tarvitaan työn tai opiskelun vuoksi äkillisesti, hakuaika on kaksi viikkoa. Kasvatuskeskusteluissa voidaan käyttää Lapset puheeksi -menetelmää, ja ryhmissä Ihmeelliset vuodet -menetelmää.',
      'Inom småbarnspedagogiken leker barnet, lär sig och får kompisar. Om platsen behövs plötsligt på grund av arbete eller studier är ansökningstiden två veckor. I fostringssamtalen kan metoden Barnen i tal användas, och i grupperna De otroliga åren.',
      "In early education children play, learn and make friends. If you need a place suddenly for work or study, the application time is two weeks. Let's Talk about Children may be used in parent meetings and Incredible Years in the groups.",
    ),
    keywords: t(
      'varhaiskasvatus, päiväkoti, päivähoito, perhepäivähoito, hoitopaikka, esiopetus, eskari, hakemus, vuorohoito',
      'småbarnspedagogik, daghem, dagvård, familjedagvård, vårdplats, förskola, förskoleundervisning, ansökan',
      'early education, day care, nursery, kindergarten, family day care, pre-school, pre-primary, application',
    ),
    level: 'universal',
    sector: 'education',
    targetGroups: ['children', 'parents'],
    ageMax: 6,
    languages: x.slug === 'mikkeli' ? ['fi', 'sv', 'en'] : ['fi'],
    delivery: ['inPerson'],
    access: ['booking'],
    cost: 'fee',
    costNote: t(
      'Asiakasmaksu määräytyy perheen koon, tulojen ja hoitoajan mukaan. Esiopetus on maksuton (4 h/päivä).',
      'Avgiften beror på familjens storlek, inkomster och vårdtid. Förskoleundervisningen är avgiftsfri (4 h/dag).',
      'The fee depends on family size, income and hours of care. Pre-primary education is free (4 h/day).',
    ),
    categories: ['early-education', 'pre-primary', 'education'],
    methods: ['lets-talk', 'incredible-years'],
    contacts: [
      eService(`https://${x.slug}.example/varhaiskasvatus/hakemus`, t('Hae paikkaa verkossa', 'Ansök om plats på nätet', 'Apply online')),
      phone(tel(x, '52'), t('Palveluohjaus', 'Servicehandledning', 'Guidance'), t('ma–pe klo 9–12', 'mån–fre kl. 9–12', 'Mon–Fri 9 am–12 noon')),
    ],
    lastChecked: i % 2 ? cal.checked(82) : cal.checked(98),
  });
  const daycares = daycaresOf[x.slug];
  if (daycares) s.at = daycares.map((place) => ({ place }));
  return s;
};

export const municipalServices = (cal: DemoCalendar): ServiceSeed[] => towns.flatMap((x, i) => [meetingPlace(cal, x, i), openEarlyEducation(cal, x, i), earlyEducation(cal, x, i)]);
