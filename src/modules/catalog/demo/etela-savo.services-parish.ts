import type { ServiceAtPlaceSeed, ServiceSeed } from '../network/network-dataset.ts';
import { type DemoCalendar, email, hours, local, phone, regional, t, web } from './etela-savo.common.ts';
import { named, tel, type Town, town, towns } from './etela-savo.municipalities.ts';
import { parishOrg } from './etela-savo.organizations.ts';
import { centralMeetingPlaceKey, MEETING, parishHallKey } from './etela-savo.places-meeting.ts';

/** Parish family clubs in every municipality, camps, diaconal help and family counselling. */

function clubPlaces(x: Town): ServiceAtPlaceSeed[] {
  const morning = [hours([2], '09:30', '11:30')];
  switch (x.slug) {
    case 'mikkeli':
      return [{ place: MEETING.parishMikkeli, hours: [hours([2, 4], '09:30', '11:30')] }];
    case 'savonlinna':
      return [{ place: MEETING.kerimaki }, { place: centralMeetingPlaceKey('savonlinna'), hours: [hours([4], '09:30', '11:30')] }];
    case 'pieksamaki':
      return [{ place: MEETING.parishPieksamaki, hours: [hours([1], '09:30', '11:30'), hours([6], '10:00', '12:00')] }];
    default:
      return x.slug === 'pertunmaa' ? [{ place: parishHallKey(x.slug) }, { place: centralMeetingPlaceKey(x.slug), hours: morning }] : [{ place: parishHallKey(x.slug) }];
  }
}

const familyClub = (cal: DemoCalendar, x: Town, i: number): ServiceSeed =>
  local(cal, [x.code], {
    key: `srk-perhekerho-${x.slug}`,
    organization: parishOrg(x.slug),
    name: named(x, 'Seurakunnan perhekerho', 'Församlingens familjeklubb', 'Parish family club'),
    summary: t(
      'Perhekerhossa lapset ja aikuiset leikkivät, laulavat ja syövät välipalaa yhdessä – kaikki perheet ovat tervetulleita.',
      'I familjeklubben leker, sjunger och äter barn och vuxna mellanmål tillsammans – alla familjer är välkomna.',
      'At the family club children and adults play, sing and have a snack together – all families are welcome.',
    ),
    description: t(
      'Kerho on tarkoitettu kotona oleville vanhemmille, isovanhemmille ja hoitajille lapsineen. Ohjelmassa on vapaata leikkiä, lauluja, askartelua ja lyhyt hartaushetki. Ilmoittautumista ei tarvita, ja kerho on maksuton.',
      'Klubben är till för föräldrar, mor- och farföräldrar och dagvårdare som är hemma med barn. Programmet består av fri lek, sånger, pyssel och en kort andaktsstund. Ingen anmälan behövs och klubben är avgiftsfri.',
      'The club is for parents, grandparents and carers at home with children. There is free play, songs, crafts and a short moment of prayer. No need to sign up, and it is free.',
    ),
    keywords: t(
      'perhekerho, seurakunta, kerho, vauva, taapero, leikki, laulu, vertaistuki, kotivanhempi, isovanhempi',
      'familjeklubb, församling, klubb, bebis, småbarn, lek, sång, kamratstöd, hemmaförälder',
      'family club, parish, church, club, baby, toddler, play, songs, peer support, stay-at-home parent',
    ),
    level: 'universal',
    sector: 'church',
    targetGroups: ['children', 'parents'],
    ageMax: 6,
    languages: ['fi'],
    delivery: ['inPerson'],
    access: ['dropIn', 'openToAll'],
    cost: 'free',
    categories: ['parish-family-club', 'family-club', 'parish-activity'],
    contacts: [phone(tel(x, '71'), t('Lapsityönohjaaja', 'Barnledare', 'Children’s worker')), web(`https://seurakunta.example/${x.slug}/perhekerho`)],
    at: clubPlaces(x),
    lastChecked: i % 2 ? cal.checked(63) : cal.checked(35),
  });

const CAMP_FEE = t(
  'Leirimaksu sisältää majoituksen ja ruuat. Maksusta voi saada alennusta; kysy diakoniatyöntekijältä.',
  'Lägeravgiften omfattar logi och mat. Det går att få rabatt; fråga diakoniarbetaren.',
  'The camp fee covers accommodation and meals. Discounts are available; ask the diaconal worker.',
);

const other = (cal: DemoCalendar): ServiceSeed[] => [
  local(cal, ['491', '097', '623'], {
    key: 'srk-perheleiri-mikkeli',
    organization: parishOrg('mikkeli'),
    name: t('Perheleiri Kallioniemessä', 'Familjeläger på Kallioniemi', 'Family camp at Kallioniemi'),
    summary: t(
      'Viikonlopun perheleiri järven rannalla: saunaa, uintia, ulkoilua ja yhteistä ohjelmaa koko perheelle.',
      'Familjeläger över veckoslutet vid sjön: bastu, simning, friluftsliv och gemensamt program för hela familjen.',
      'A weekend family camp by the lake: sauna, swimming, outdoor activities and a shared programme for the whole family.',
    ),
    description: t(
      'Leirejä on kesäkuussa ja syyslomalla. Ohjelmassa on lapsille omaa toimintaa ja aikuisille keskustelua vanhemmuudesta. Ilmoittautuminen avautuu verkossa kaksi kuukautta ennen leiriä.',
      'Läger ordnas i juni och under höstlovet. Barnen har eget program och de vuxna samtal om föräldraskap. Anmälan öppnar på nätet två månader före lägret.',
      'Camps are held in June and during the autumn holiday. Children have their own activities and adults talk about parenting. Registration opens online two months before.',
    ),
    keywords: t('leiri, perheleiri, seurakunta, kesä, sauna, uinti, loma, koko perhe', 'läger, familjeläger, församling, sommar, bastu, simning, lov, hela familjen', 'camp, family camp, parish, summer, sauna, swimming, holiday, whole family'),
    level: 'universal',
    sector: 'church',
    targetGroups: ['wholeFamily'],
    languages: ['fi'],
    delivery: ['inPerson'],
    access: ['booking'],
    cost: 'fee',
    costNote: CAMP_FEE,
    categories: ['camps', 'parish-activity'],
    contacts: [web('https://seurakunta.example/mikkeli/leirit'), phone('015 000 1172')],
    lastChecked: cal.checked(82),
  }),
  local(cal, ['740', '046'], {
    key: 'srk-isa-lapsi-leiri-savonlinna',
    organization: parishOrg('savonlinna'),
    name: t('Isä–lapsi-leiri, Savonlinna', 'Pappa–barn-läger, Nyslott', 'Dad and child camp, Savonlinna'),
    summary: t(
      'Isien ja lasten yhteinen leiriviikonloppu: kalastusta, melontaa, nuotioruokaa ja aikaa yhdessä.',
      'Ett lägerveckoslut för pappor och barn: fiske, paddling, mat vid lägerelden och tid tillsammans.',
      'A camp weekend for dads and children: fishing, canoeing, campfire food and time together.',
    ),
    description: t(
      'Leiri on tarkoitettu 4–12-vuotiaille lapsille ja heidän isilleen, isoisilleen tai muille läheisille miehille. Leiri on toukokuussa ja syyskuussa.',
      'Lägret är för barn i åldern 4–12 år och deras pappor, morfäder, farfäder eller andra närstående män. Lägret ordnas i maj och september.',
      'The camp is for children aged 4–12 and their dads, grandfathers or other close men. It is held in May and September.',
    ),
    keywords: t('isä, isät, isä-lapsi, leiri, retki, kalastus, melonta, seurakunta', 'pappa, pappor, läger, utflykt, fiske, paddling, församling', 'dad, father, dad and child, camp, fishing, canoeing, parish'),
    level: 'universal',
    sector: 'church',
    targetGroups: ['parents', 'children'],
    ageMin: 4,
    ageMax: 12,
    languages: ['fi'],
    delivery: ['inPerson'],
    access: ['booking'],
    cost: 'fee',
    costNote: CAMP_FEE,
    categories: ['camps', 'parish-activity'],
    contacts: [web('https://seurakunta.example/savonlinna/leirit'), email('leirit@srk-savonlinna.example')],
    lastChecked: cal.checked(48),
  }),
  local(cal, ['593', '178'], {
    key: 'srk-paivaleirit-pieksamaki',
    organization: parishOrg('pieksamaki'),
    name: t('Lasten kesän päiväleirit, Pieksämäki', 'Dagläger för barn på sommaren, Pieksämäki', "Children's summer day camps, Pieksämäki"),
    summary: t(
      'Koululaisten päiväleirit kesäkuussa: leikkiä, retkiä ja lämmin ruoka, kun vanhemmat ovat töissä.',
      'Dagläger för skolbarn i juni: lek, utflykter och varm mat medan föräldrarna är på jobbet.',
      'Day camps for schoolchildren in June: games, trips and a hot meal while parents are at work.',
    ),
    description: t(
      'Leirit ovat maanantaista perjantaihin klo 8–16 seurakuntakeskuksessa. Leiri sopii 7–10-vuotiaille. Ilmoittautuminen huhtikuussa verkossa.',
      'Lägren pågår måndag till fredag kl. 8–16 i församlingscentret. Lägret passar 7–10-åringar. Anmälan i april på nätet.',
      'The camps run Monday to Friday 8 am–4 pm at the parish centre, for 7–10-year-olds. Registration online in April.',
    ),
    keywords: t('päiväleiri, leiri, kesä, koululainen, kesäloma, lastenhoito, seurakunta', 'dagläger, läger, sommar, skolbarn, sommarlov, barnpassning, församling', 'day camp, camp, summer, schoolchild, summer holiday, childcare, parish'),
    level: 'universal',
    sector: 'church',
    targetGroups: ['children'],
    ageMin: 7,
    ageMax: 10,
    languages: ['fi'],
    delivery: ['inPerson'],
    access: ['booking'],
    cost: 'fee',
    costNote: t('45 € viikko, sisaralennus 50 %.', '45 € per vecka, syskonrabatt 50 %.', '€45 a week, 50% sibling discount.'),
    categories: ['camps', 'parish-activity'],
    contacts: [web('https://seurakunta.example/pieksamaki/leirit')],
    at: [{ place: MEETING.parishPieksamaki }],
    lastChecked: cal.checked(98),
  }),
  local(cal, ['593'], {
    key: 'srk-vauvamuskari-pieksamaki',
    organization: parishOrg('pieksamaki'),
    name: t('Vauvamuskari, Pieksämäki', 'Babymusik, Pieksämäki', 'Baby music class, Pieksämäki'),
    summary: t(
      'Vauvojen ja vanhempien musiikkihetki: loruja, lauluja ja soittimia alle 2-vuotiaille.',
      'Musikstund för bebisar och föräldrar: ramsor, sånger och instrument för barn under två år.',
      'A music time for babies and parents: rhymes, songs and instruments for under-2s.',
    ),
    description: t(
      'Muskari kokoontuu lauantaisin seurakuntakeskuksessa. Tule ajoissa, koska tilaan mahtuu 15 perhettä.',
      'Babymusiken träffas på lördagar i församlingscentret. Kom i tid, det ryms 15 familjer.',
      'The class meets on Saturdays at the parish centre. Come early – there is room for 15 families.',
    ),
    keywords: t('vauvamuskari, muskari, musiikki, laulu, vauva, seurakunta', 'babymusik, musik, sång, bebis, församling', 'baby music, music class, songs, baby, parish'),
    level: 'universal',
    sector: 'church',
    targetGroups: ['children', 'parents'],
    ageMax: 2,
    languages: ['fi'],
    delivery: ['inPerson'],
    access: ['dropIn'],
    cost: 'free',
    categories: ['parish-family-club', 'family-club'],
    contacts: [phone('015 000 3171')],
    at: [{ place: MEETING.parishPieksamaki, hours: [hours([6], '10:00', '11:00')] }],
    lastChecked: cal.checked(48),
  }),
  ...(['mikkeli', 'savonlinna'] as const).map((slug) => {
    const x = town(slug);
    return local(cal, [x.code], {
      key: `srk-diakonia-${slug}`,
      organization: parishOrg(slug),
      name: named(x, 'Diakoniatyön apu perheille', 'Diakoniarbetets hjälp för familjer', 'Diaconal help for families'),
      summary: t(
        'Diakoniatyöntekijä kuuntelee ja auttaa, kun raha ei riitä ruokaan tai elämässä on kriisi – jäsenyyttä ei kysytä.',
        'Diakoniarbetaren lyssnar och hjälper när pengarna inte räcker till mat eller livet är i kris – medlemskap krävs inte.',
        'The diaconal worker listens and helps when money does not stretch to food or life is in crisis – membership is not required.',
      ),
      description: t(
        'Voit saada keskusteluapua, ruoka-apua, ohjausta etuuksien hakemiseen ja joskus pientä taloudellista apua. Soita päivystysaikaan ja varaa aika.',
        'Du kan få samtalsstöd, mathjälp, handledning i att ansöka om förmåner och ibland litet ekonomiskt stöd. Ring under jourtiden och boka tid.',
        'You can get someone to talk to, food aid, help applying for benefits and sometimes a small amount of financial help. Call during the duty hours to book.',
      ),
      keywords: t('diakonia, raha, rahat, ruoka-apu, ruokakassi, talousapu, kriisi, keskusteluapu, seurakunta', 'diakoni, pengar, mathjälp, matkasse, ekonomisk hjälp, kris, samtalsstöd, församling', 'diaconal work, money, food aid, food bag, financial help, crisis, talk, parish'),
      level: 'basic',
      sector: 'church',
      targetGroups: ['wholeFamily', 'parents'],
      languages: ['fi', 'en'],
      delivery: ['inPerson', 'phone'],
      access: ['booking'],
      cost: 'free',
      categories: ['financial-counselling', 'parish-activity'],
      contacts: [phone(tel(x, '72'), t('Diakoniapäivystys', 'Diakonijour', 'Diaconal duty line'), t('ma–to klo 9–11', 'mån–tors kl. 9–11', 'Mon–Thu 9–11 am'))],
      at: [{ place: slug === 'mikkeli' ? MEETING.parishMikkeli : MEETING.kerimaki }],
      lastChecked: cal.checked(35),
    });
  }),
  regional(cal, {
    key: 'perheasiain-neuvottelukeskus',
    organization: parishOrg('mikkeli'),
    name: t('Kirkon perheasiain neuvottelukeskus', 'Kyrkans familjerådgivning', "Church family counselling centre"),
    summary: t(
      'Maksutonta keskusteluapua pareille ja perheille parisuhteen kriiseihin, riitoihin ja eron miettimiseen.',
      'Avgiftsfritt samtalsstöd för par och familjer vid kriser i parrelationen, gräl och funderingar på skilsmässa.',
      'Free counselling for couples and families with relationship crises, arguments and thoughts of separation.',
    ),
    description: t(
      'Perheneuvojat ovat koulutettuja pari- ja perheterapeutteja. Voit tulla yksin tai puolison kanssa, eikä kirkon jäsenyyttä kysytä. Tapaamisia voi olla myös etänä koko Etelä-Savon alueelta.',
      'Familjerådgivarna är utbildade par- och familjeterapeuter. Du kan komma ensam eller med din partner, och medlemskap i kyrkan krävs inte. Träffarna kan också ske på distans från hela Södra Savolax.',
      'The counsellors are trained couple and family therapists. You can come alone or with your partner; church membership is not required. Meetings can also be online from anywhere in South Savo.',
    ),
    keywords: t('parisuhde, pariterapia, riita, riidat, ero, erota, kriisi, uskottomuus, perheneuvonta, seurakunta', 'parrelation, parterapi, gräl, skilsmässa, skiljas, kris, otrohet, familjerådgivning, församling', 'relationship, couples therapy, arguments, divorce, separation, crisis, infidelity, family counselling, church'),
    level: 'basic',
    sector: 'church',
    targetGroups: ['parents'],
    languages: ['fi', 'sv', 'en'],
    delivery: ['inPerson', 'online'],
    access: ['booking'],
    cost: 'free',
    categories: ['couple-support', 'family-counselling', 'parish-activity'],
    contacts: [phone('015 000 1175', t('Ajanvaraus', 'Tidsbokning', 'Appointments'), t('ma–to klo 9–11', 'mån–tors kl. 9–11', 'Mon–Thu 9–11 am')), web('https://seurakunta.example/perheneuvonta')],
    at: [{ place: MEETING.parishMikkeli, hours: [hours([1, 2, 3, 4], '12:00', '19:00')] }],
    lastChecked: cal.checked(20),
  }),
];

export const parishServices = (cal: DemoCalendar): ServiceSeed[] => [...towns.map((x, i) => familyClub(cal, x, i)), ...other(cal)];
