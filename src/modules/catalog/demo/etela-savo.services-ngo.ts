import type { ServiceSeed } from '../network/network-dataset.ts';
import { type DemoCalendar, email, hours, local, MON_FRI, phone, regional, t, web } from './etela-savo.common.ts';
import { familyCentreAreas, named, town, type Town } from './etela-savo.municipalities.ts';
import { MLL_TOWNS, mllOrg, ORG } from './etela-savo.organizations.ts';
import { centralMeetingPlaceKey, MEETING } from './etela-savo.places-meeting.ts';

/**
 * NGO activity: MLL family cafés and childcare help, Folkhälsan's Swedish-language activities,
 * Setlementti peer groups, the multicultural family association and the home help companies.
 * Open activities for everyone are 'universal'; targeted support is 'basic'.
 */

const mllCafePlace: Record<string, string> = {
  mikkeli: MEETING.mllMikkeli,
  savonlinna: MEETING.mllSavonlinna,
};

const mllCafe = (cal: DemoCalendar, x: Town, i: number): ServiceSeed => {
  const paused = x.slug === 'rantasalmi';
  const s = local(cal, [x.code], {
    key: `mll-perhekahvila-${x.slug}`,
    organization: mllOrg(x.slug),
    name: named(x, 'MLL:n perhekahvila', 'MLL:s familjecafé', 'MLL family café'),
    summary: t(
      'Perhekahvilassa vauvat, taaperot ja vanhemmat tapaavat toisiaan kahvikupin ääressä – ilmoittautumista ei tarvita.',
      'På familjecaféet träffas bebisar, småbarn och föräldrar över en kopp kaffe – ingen anmälan behövs.',
      'At the family café babies, toddlers and parents meet over a cup of coffee – no need to sign up.',
    ),
    description: t(
      'Vapaaehtoisten pitämässä kahvilassa leikitään, lauletaan ja jutellaan arjesta. Kahvi ja mehu maksavat euron. Isät, isovanhemmat ja kaikenlaiset perheet ovat tervetulleita.',
      'På caféet som drivs av frivilliga leker och sjunger vi och pratar om vardagen. Kaffe och saft kostar en euro. Pappor, mor- och farföräldrar och alla slags familjer är välkomna.',
      'At the volunteer-run café we play, sing and chat about everyday life. Coffee and juice cost one euro. Dads, grandparents and all kinds of families are welcome.',
    ),
    keywords: t(
      'perhekahvila, kahvila, vauva, taapero, vertaistuki, kaverit, leikki, vapaaehtoinen, mll, yksinäisyys',
      'familjecafé, café, bebis, småbarn, kamratstöd, vänner, lek, frivillig, ensamhet',
      'family café, baby, toddler, peer support, friends, play, volunteer, loneliness',
    ),
    level: 'universal',
    sector: 'civic',
    targetGroups: ['parents', 'children'],
    ageMax: 6,
    languages: x.isTown ? ['fi', 'en'] : ['fi'],
    delivery: ['inPerson'],
    access: ['dropIn', 'openToAll'],
    cost: 'free',
    costNote: t('Kahvi ja mehu 1 €.', 'Kaffe och saft 1 €.', 'Coffee and juice €1.'),
    categories: ['meeting-place', 'peer-group', 'volunteering'],
    contacts: [web(`https://mll.example/${x.slug}/perhekahvila`), email(`perhekahvila@mll-${x.slug}.example`)],
    at: [
      mllCafePlace[x.slug]
        ? { place: mllCafePlace[x.slug]! }
        : { place: centralMeetingPlaceKey(x.slug), hours: [hours([i % 2 ? 3 : 4], '09:30', '11:30')] },
    ],
    lastChecked: paused ? cal.checked(11) : i % 2 ? cal.checked(48) : cal.checked(63),
  });
  if (paused) {
    s.status = 'temporarilyClosed';
    s.statusNote = t(
      'Perhekahvila on tauolla, kunnes löydämme uusia vapaaehtoisia. Haluatko mukaan? Ota yhteyttä!',
      'Familjecaféet har paus tills vi hittar nya frivilliga. Vill du vara med? Hör av dig!',
      'The family café is on a break until we find new volunteers. Want to help? Get in touch!',
    );
  }
  return s;
};

const mllChildcare = (cal: DemoCalendar, slug: string): ServiceSeed => {
  const x = town(slug);
  return local(cal, [x.code], {
    key: `mll-lastenhoitoapu-${slug}`,
    organization: mllOrg(slug),
    name: named(x, 'MLL:n lastenhoitoapu', 'MLL:s barnvårdshjälp', 'MLL childcare help'),
    summary: t(
      'MLL:n kouluttama lastenhoitaja tulee kotiin hoitamaan lasta, kun tarvitset hetken omaa aikaa tai lapsi on sairaana.',
      'En barnvakt som MLL har utbildat kommer hem och sköter barnet när du behöver egen tid eller barnet är sjukt.',
      'A childminder trained by MLL comes to your home when you need time for yourself or your child is ill.',
    ),
    description: t(
      'Hoitajan voi tilata satunnaisesti tai säännöllisesti, myös iltaisin ja viikonloppuisin. Hoitajat ovat perehdytettyjä ja heidän rikostaustansa on tarkistettu. Tilaa hoitaja puhelimella tai verkosta muutamaa päivää etukäteen.',
      'Du kan beställa barnvakt ibland eller regelbundet, också på kvällar och veckoslut. Barnvakterna är introducerade och deras straffregister har kontrollerats. Beställ barnvakt per telefon eller på nätet några dagar i förväg.',
      'Book a childminder occasionally or regularly, also in the evenings and at weekends. The childminders are trained and their criminal records checked. Book by phone or online a few days ahead.',
    ),
    keywords: t('lastenhoito, lastenhoitaja, lapsenvahti, hoitoapu, sairas lapsi, oma aika, mll, jaksaminen, tilapäinen hoito', 'barnvård, barnvakt, barnskötare, sjukt barn, egen tid, ork, tillfällig vård', 'childcare, babysitter, childminder, sick child, time for yourself, coping, occasional care'),
    level: 'basic',
    sector: 'civic',
    targetGroups: ['parents', 'children'],
    ageMax: 12,
    languages: ['fi', 'en'],
    delivery: ['homeVisit'],
    access: ['booking'],
    cost: 'fee',
    costNote: t(
      'Perhe maksaa hoitajalle tuntipalkan (noin 10 €/h) ja MLL:lle pienen välityspalkkion.',
      'Familjen betalar barnvakten timlön (cirka 10 €/h) och en liten förmedlingsavgift till MLL.',
      'The family pays the childminder an hourly wage (about €10/h) and a small agency fee to MLL.',
    ),
    categories: ['childcare-help', 'family-support', 'volunteering'],
    contacts: [phone(`044 000 ${x.phoneBlock}80`, t('Hoitajan tilaus', 'Beställning av barnvakt', 'Book a childminder'), t('ma–pe klo 9–12', 'mån–fre kl. 9–12', 'Mon–Fri 9 am–12 noon')), web(`https://mll.example/${slug}/lastenhoitoapu`)],
    hours: [hours(MON_FRI, '09:00', '12:00')],
  });
};

const mikkeliArea = familyCentreAreas.mikkeli;
const savonlinnaArea = familyCentreAreas.savonlinna;

const otherNgo = (cal: DemoCalendar): ServiceSeed[] => [
  local(cal, mikkeliArea, {
    key: 'mll-perhekummit-mikkeli',
    organization: mllOrg('mikkeli'),
    name: t('MLL:n perhekummit, Mikkelin seutu', 'MLL:s familjefaddrar, S:t Michel med omnejd', 'MLL family mentors, Mikkeli area'),
    summary: t(
      'Vapaaehtoinen perhekummi tulee perheen tueksi muutaman tunnin viikossa – juttuseuraksi, leikkimään ja arjen avuksi.',
      'En frivillig familjefadder stöder familjen några timmar i veckan – för att prata, leka och hjälpa i vardagen.',
      'A volunteer family mentor supports your family a few hours a week – someone to talk to, play with the children and help with daily life.',
    ),
    description: t(
      'Perhekummi sopii esimerkiksi perheelle, jolla ei ole lähellä omia sukulaisia, tai kun vauva-arki tuntuu yksinäiseltä. Kummit ovat koulutettuja vapaaehtoisia, ja toiminta on maksutonta. Myös sinä voit ryhtyä perhekummiksi.',
      'En familjefadder passar till exempel en familj som inte har släktingar i närheten, eller när vardagen med bebis känns ensam. Faddrarna är utbildade frivilliga och verksamheten är avgiftsfri. Också du kan bli familjefadder.',
      'A family mentor suits, for example, a family without relatives nearby or when life with a baby feels lonely. The mentors are trained volunteers and it is free. You can also become a mentor.',
    ),
    keywords: t('perhekummi, vapaaehtoinen, yksinäisyys, tuki, vauvaperhe, maahanmuuttaja, ei sukulaisia, jaksaminen', 'familjefadder, frivillig, ensamhet, stöd, babyfamilj, inflyttad, inga släktingar, ork', 'family mentor, volunteer, loneliness, support, new baby, immigrant, no relatives nearby, coping'),
    level: 'basic',
    sector: 'civic',
    targetGroups: ['parents', 'wholeFamily'],
    languages: ['fi', 'en'],
    delivery: ['homeVisit'],
    access: ['booking'],
    cost: 'free',
    categories: ['volunteering', 'family-support'],
    contacts: [phone('044 000 1081'), email('perhekummit@mll-mikkeli.example')],
    lastChecked: cal.checked(35),
  }),
  local(cal, savonlinnaArea, {
    key: 'mll-vauvaryhma-savonlinna',
    organization: mllOrg('savonlinna'),
    name: t('Vahvuutta vanhemmuuteen -vauvaryhmä, Savonlinna', 'Babygruppen Styrka i föräldraskapet, Nyslott', 'Strength to Parenthood baby group, Savonlinna'),
    summary: t(
      'Esikoisvauvan vanhempien ryhmä, jossa jaetaan vauva-arjen iloja ja huolia ohjaajien johdolla.',
      'En grupp för föräldrar till förstfödda bebisar där man delar glädjeämnen och bekymmer med ledarnas hjälp.',
      'A group for parents of a first baby to share the joys and worries of baby life with trained leaders.',
    ),
    description: t(
      'Ryhmä kokoontuu 12 kertaa, kun vauva on 2–4 kuukauden ikäinen. Vauva tulee mukaan. Ilmoittaudu neuvolan kautta tai suoraan MLL:lle.',
      'Gruppen träffas 12 gånger när bebisen är 2–4 månader. Bebisen kommer med. Anmäl dig via rådgivningen eller direkt till MLL.',
      'The group meets 12 times when the baby is 2–4 months old. Bring your baby. Sign up through the clinic or directly with MLL.',
    ),
    keywords: t('vauvaryhmä, vauva, esikoinen, vertaistuki, vanhemmuus, ryhmä, mll, vahvuutta vanhemmuuteen', 'babygrupp, bebis, första barnet, kamratstöd, föräldraskap, grupp', 'baby group, first baby, peer support, parenting, group'),
    level: 'universal',
    sector: 'civic',
    targetGroups: ['parents'],
    ageMax: 1,
    languages: ['fi'],
    delivery: ['inPerson'],
    access: ['booking'],
    cost: 'free',
    categories: ['peer-group', 'parenting-support'],
    methods: ['strength-to-parenthood'],
    contacts: [email('vauvaryhma@mll-savonlinna.example'), phone('044 000 2081')],
    at: [{ place: centralMeetingPlaceKey('savonlinna'), hours: [hours([1], '13:00', '15:00')] }],
    lastChecked: cal.checked(63),
  }),
  local(cal, ['491'], {
    key: 'folkhalsan-familjecafe-mikkeli',
    organization: ORG.folkhalsan,
    name: t('Ruotsinkielinen perhekahvila, Mikkeli', 'Familjecafé på svenska, S:t Michel', 'Swedish-language family café, Mikkeli'),
    summary: t(
      'Folkhälsanin perhekahvila ruotsia puhuville ja kaksikielisille perheille: leikkiä, laulua ja juttuseuraa ruotsiksi.',
      'Folkhälsans familjecafé för svenskspråkiga och tvåspråkiga familjer: lek, sång och sällskap på svenska.',
      "Folkhälsan's family café for Swedish-speaking and bilingual families: play, songs and company in Swedish.",
    ),
    description: t(
      'Kahvila on hyvä paikka tutustua muihin ruotsinkielisiin perheisiin Etelä-Savossa. Mukana on myös suomenkielisiä perheitä, jotka haluavat lapsensa kuulevan ruotsia. Kahvila kokoontuu Perhetalo Pesässä perjantaisin.',
      'Caféet är ett bra ställe att lära känna andra svenskspråkiga familjer i Södra Savolax. Också finskspråkiga familjer som vill att barnen hör svenska är välkomna. Caféet träffas i Familjehuset Pesä på fredagar.',
      'The café is a good place to meet other Swedish-speaking families in South Savo. Finnish-speaking families who want their children to hear Swedish also come. It meets at Pesä Family House on Fridays.',
    ),
    keywords: t('ruotsi, ruotsinkielinen, kaksikielinen, perhekahvila, folkhälsan, kielikylpy', 'svenska, svenskspråkig, tvåspråkig, familjecafé, folkhälsan, språkbad', 'swedish, bilingual, family café, folkhälsan'),
    level: 'universal',
    sector: 'civic',
    targetGroups: ['parents', 'children'],
    ageMax: 6,
    languages: ['sv', 'fi'],
    delivery: ['inPerson'],
    access: ['dropIn', 'openToAll'],
    cost: 'free',
    categories: ['meeting-place', 'peer-group'],
    contacts: [email('ostra@folkhalsan.example'), web('https://folkhalsan.example/ostra-finland/familjecafe')],
    at: [{ place: centralMeetingPlaceKey('mikkeli'), hours: [hours([5], '10:00', '12:00')] }],
    lastChecked: cal.checked(48),
  }),
  local(cal, ['740'], {
    key: 'folkhalsan-babyrytmik-savonlinna',
    organization: ORG.folkhalsan,
    name: t('Vauvarytmiikka ruotsiksi, Savonlinna', 'Babyrytmik på svenska, Nyslott', 'Baby rhythmics in Swedish, Savonlinna'),
    summary: t(
      'Lauluja, loruja ja liikettä ruotsiksi alle 1-vuotiaille ja heidän vanhemmilleen.',
      'Sånger, ramsor och rörelse på svenska för barn under ett år och deras föräldrar.',
      'Songs, rhymes and movement in Swedish for babies under one and their parents.',
    ),
    description: t(
      'Ryhmä kokoontuu keskiviikkoisin syys- ja kevätkaudella. Suomenkieliset perheet ovat tervetulleita mukaan. Ilmoittaudu sähköpostilla.',
      'Gruppen träffas på onsdagar under höst- och vårterminen. Finskspråkiga familjer är välkomna. Anmäl dig per e-post.',
      'The group meets on Wednesdays in the autumn and spring terms. Finnish-speaking families are welcome. Sign up by e-mail.',
    ),
    keywords: t('vauvarytmiikka, vauvamuskari, musiikki, laulu, ruotsi, kaksikielinen, vauva', 'babyrytmik, babymusik, musik, sång, svenska, tvåspråkig, bebis', 'baby music, songs, rhymes, swedish, bilingual, baby'),
    level: 'universal',
    sector: 'civic',
    targetGroups: ['parents', 'children'],
    ageMax: 1,
    languages: ['sv', 'fi'],
    delivery: ['inPerson'],
    access: ['booking'],
    cost: 'fee',
    costNote: t('Kausimaksu 20 €, Folkhälsanin jäsenille 10 €.', 'Terminsavgift 20 €, för medlemmar i Folkhälsan 10 €.', 'Term fee €20, €10 for Folkhälsan members.'),
    categories: ['family-club', 'open-activity'],
    contacts: [email('ostra@folkhalsan.example')],
    at: [{ place: centralMeetingPlaceKey('savonlinna'), hours: [hours([3], '10:00', '11:00')] }],
    lastChecked: cal.checked(82),
  }),
  regional(cal, {
    key: 'folkhalsan-foraldratraff-online',
    organization: ORG.folkhalsan,
    name: t('Vanhempien verkkotapaaminen ruotsiksi', 'Föräldraträff på nätet', 'Online parents’ meeting in Swedish'),
    summary: t(
      'Ruotsinkielisten vanhempien keskusteluryhmä verkossa kerran kuussa: vanhemmuus, kaksikielisyys ja arki.',
      'Samtalsgrupp på nätet för svenskspråkiga föräldrar en gång i månaden: föräldraskap, tvåspråkighet och vardag.',
      'An online discussion group for Swedish-speaking parents once a month: parenting, bilingualism and everyday life.',
    ),
    description: t(
      'Tapaamisissa on vaihtuva teema ja vieraileva asiantuntija. Keskustelu käydään ruotsiksi, mutta suomeksikin saa kysyä. Linkki lähetetään ilmoittautuneille.',
      'Träffarna har ett varierande tema och en gästande expert. Samtalet förs på svenska, men du får gärna fråga på finska. Länken skickas till dem som anmält sig.',
      'Each meeting has a different theme and a guest expert. The discussion is in Swedish, but questions in Finnish are fine. The link is sent to those who sign up.',
    ),
    keywords: t('ruotsi, vanhemmuus, kaksikielisyys, verkko, vertaistuki, keskustelu', 'svenska, föräldraskap, tvåspråkighet, nätet, kamratstöd, samtal', 'swedish, parenting, bilingualism, online, peer support'),
    level: 'universal',
    sector: 'civic',
    targetGroups: ['parents'],
    languages: ['sv', 'fi'],
    delivery: ['online'],
    access: ['booking'],
    cost: 'free',
    categories: ['peer-group', 'parenting-support'],
    contacts: [web('https://folkhalsan.example/ostra-finland/foraldratraff'), email('ostra@folkhalsan.example')],
    hours: [hours([1], '19:00', '20:30')],
    lastChecked: cal.checked(35),
  }),
];

export const mllAndFolkhalsanServices = (cal: DemoCalendar): ServiceSeed[] => [
  ...MLL_TOWNS.map((slug, i) => mllCafe(cal, town(slug), i)),
  ...['mikkeli', 'savonlinna', 'pieksamaki'].map((slug) => mllChildcare(cal, slug)),
  ...otherNgo(cal),
];
