import type { ServiceSeed } from '../network/network-dataset.ts';
import {
  type DemoCalendar,
  ESAVO_MESSAGE,
  ESAVO_WEB,
  chat,
  email,
  hours,
  MON_FRI,
  PHONE_HOURS_OFFICE,
  PHONE_HOURS_MORNING,
  phone,
  regional,
  local,
  t,
  web,
} from './etela-savo.common.ts';
import { AREAS, areaNamed, areaTownNames, type FamilyCentreArea, familyCentreAreas } from './etela-savo.municipalities.ts';
import { ORG } from './etela-savo.organizations.ts';
import { familyCentreKey } from './etela-savo.places-care.ts';

/** Basic-level social services: per family-centre area, and region-wide family law services. */

const areaPhone = (area: FamilyCentreArea, last: string) =>
  `015 000 ${area === 'mikkeli' ? '10' : area === 'savonlinna' ? '20' : '30'}${last}`;

const whoWeServe = (area: FamilyCentreArea) => {
  const n = areaTownNames(area);
  return {
    fi: ` Palvelemme ${n.fi} perheitä.`,
    sv: ` Vi betjänar familjer i ${n.sv}.`,
    en: ` We serve families in ${n.en}.`,
  };
};

const homeHelp = (cal: DemoCalendar, area: FamilyCentreArea, i: number): ServiceSeed => {
  const who = whoWeServe(area);
  return local(cal, familyCentreAreas[area], {
    key: `kotipalvelu-${area}`,
    organization: ORG.county,
    name: areaNamed(area, 'Lapsiperheiden kotipalvelu', 'Hemservice för barnfamiljer', 'Home help for families with children'),
    summary: t(
      'Kotipalvelun työntekijä tulee kotiin auttamaan lastenhoidossa ja arjen askareissa, kun omat voimat eivät riitä.',
      'En hemservicearbetare kommer hem och hjälper till med barnen och vardagssysslorna när de egna krafterna inte räcker.',
      'A home help worker comes to your home to help with the children and daily chores when you cannot cope on your own.',
    ),
    description: t(
      `Kotipalvelua voi saada esimerkiksi raskauden, synnytyksen jälkeisen uupumuksen, sairauden tai vaikean elämäntilanteen vuoksi. Soita tai lähetä viesti, niin sovimme kotikäynnin ja arvioimme yhdessä, millaista apua tarvitsette. Apua voi saada myös palvelusetelillä yksityiseltä yritykseltä.${who.fi}`,
      `Hemservice kan beviljas till exempel vid graviditet, utmattning efter förlossningen, sjukdom eller en svår livssituation. Ring eller skicka ett meddelande, så kommer vi överens om ett hembesök och bedömer tillsammans vilken hjälp ni behöver. Hjälpen kan också fås med servicesedel från ett privat företag.${who.sv}`,
      `You can get home help, for example, during pregnancy, with exhaustion after giving birth, illness or a difficult life situation. Call or send a message and we will arrange a home visit and work out together what help you need. Help is also available with a service voucher from a private company.${who.en}`,
    ),
    keywords: t(
      'kotipalvelu, kotiapu, apu kotiin, lastenhoito, arjen apu, uupumus, väsymys, jaksaminen, synnytyksen jälkeen, kaksoset, sairaus, palveluseteli',
      'hemservice, hemhjälp, hjälp hemma, barnvård, vardagshjälp, utmattning, trötthet, ork, efter förlossningen, tvillingar, sjukdom, servicesedel',
      'home help, help at home, childcare, everyday help, exhaustion, tired, coping, after birth, twins, illness, service voucher',
    ),
    level: 'basic',
    sector: 'social',
    targetGroups: ['wholeFamily', 'expectingParents'],
    languages: ['fi', 'en'],
    delivery: ['homeVisit', 'phone'],
    access: ['booking'],
    cost: 'fee',
    costNote: t(
      'Palvelutarpeen arviointi on maksuton. Kotipalvelun tuntimaksu määräytyy perheen koon ja tulojen mukaan; pienituloisille palvelu voi olla maksuton.',
      'Bedömningen av servicebehovet är avgiftsfri. Timavgiften för hemservice beror på familjens storlek och inkomster; för låginkomsttagare kan tjänsten vara avgiftsfri.',
      'The needs assessment is free. The hourly fee depends on family size and income; for low-income families the service may be free.',
    ),
    categories: ['home-help', 'family-support'],
    contacts: [phone(areaPhone(area, '21'), t('Kotipalvelun ohjaaja', 'Hemservicens handledare', 'Home help coordinator'), PHONE_HOURS_MORNING), ESAVO_MESSAGE],
    at: [{ place: familyCentreKey(area), note: t('Toimisto; työ tehdään perheiden kotona.', 'Kontor; arbetet görs hemma hos familjerna.', 'Office; the work is done in families’ homes.') }],
    lastChecked: i ? cal.checked(48) : cal.checked(11),
  });
};

const familyWork = (cal: DemoCalendar, area: FamilyCentreArea): ServiceSeed => {
  const who = whoWeServe(area);
  return local(cal, familyCentreAreas[area], {
    key: `perhetyo-${area}`,
    organization: ORG.county,
    name: areaNamed(area, 'Perhetyö', 'Familjearbete', 'Family work'),
    summary: t(
      'Perhetyöntekijä tukee vanhemmuutta ja arjen sujumista kotikäynneillä, kun perheen voimat ovat vähissä tai arjessa on paljon riitoja.',
      'Familjearbetaren stöder föräldraskapet och vardagen genom hembesök när familjen har lite krafter kvar eller det blir många gräl.',
      'A family worker supports parenting and daily life through home visits when the family is worn out or there is a lot of conflict.',
    ),
    description: t(
      `Perhetyössä mietitään yhdessä esimerkiksi päivärytmiä, rajoja, lapsen tunteiden säätelyä ja vanhempien jaksamista. Tapaamiset ovat yleensä kerran viikossa kotona tai perhekeskuksessa muutaman kuukauden ajan. Perhetyöhön voi hakeutua itse, tai neuvola, koulu tai sosiaalityöntekijä voi ehdottaa sitä.${who.fi}`,
      `I familjearbetet funderar vi tillsammans på till exempel dagsrytm, gränser, barnets känsloreglering och föräldrarnas ork. Träffarna är oftast en gång i veckan hemma eller på familjecentret under några månader. Man kan själv söka sig till familjearbete, eller så kan rådgivningen, skolan eller socialarbetaren föreslå det.${who.sv}`,
      `Family work looks together at things like daily routines, boundaries, children's emotions and parents' coping. You usually meet once a week at home or at the family centre for a few months. You can ask for family work yourself, or the clinic, school or social worker can suggest it.${who.en}`,
    ),
    keywords: t(
      'perhetyö, perheohjaus, perhetyöntekijä, kotikäynti, arjen tuki, vanhemmuus, uupumus, jaksaminen, rajat, riidat, päivärytmi, uhmaikä',
      'familjearbete, familjehandledning, hembesök, stöd i vardagen, föräldraskap, utmattning, ork, gränser, gräl, dagsrytm, trotsålder',
      'family work, family support worker, home visit, everyday support, parenting, exhaustion, coping, boundaries, arguments, routines, tantrums',
    ),
    level: 'basic',
    sector: 'social',
    targetGroups: ['wholeFamily', 'parents'],
    languages: ['fi', 'en'],
    delivery: ['homeVisit', 'inPerson', 'phone'],
    access: ['booking', 'referral'],
    cost: 'free',
    categories: ['family-work', 'family-support', 'parenting-support'],
    methods: ['lets-talk', 'incredible-years'],
    contacts: [phone(areaPhone(area, '22'), undefined, PHONE_HOURS_OFFICE), ESAVO_MESSAGE],
    at: [{ place: familyCentreKey(area) }],
  });
};

const familySocialWork = (cal: DemoCalendar, area: FamilyCentreArea): ServiceSeed => {
  const who = whoWeServe(area);
  return local(cal, familyCentreAreas[area], {
    key: `lapsiperheiden-sosiaalityo-${area}`,
    organization: ORG.county,
    name: areaNamed(area, 'Lapsiperheiden sosiaalityö', 'Socialt arbete för barnfamiljer', 'Social work for families with children'),
    summary: t(
      'Sosiaalityöntekijä ja -ohjaaja auttavat, kun perheellä on huolia toimeentulosta, asumisesta, jaksamisesta tai lapsen hyvinvoinnista.',
      'Socialarbetaren och socialhandledaren hjälper när familjen är orolig för sin försörjning, sitt boende, sin ork eller barnets välmående.',
      "A social worker and counsellor help when the family is worried about income, housing, coping or a child's wellbeing.",
    ),
    description: t(
      `Teemme ensin palvelutarpeen arvioinnin yhdessä perheen kanssa ja kokoamme sen pohjalta yhden yhteisen suunnitelman. Suunnitelmaan voi kuulua esimerkiksi kotipalvelua, perhetyötä, vertaistukea tai tukea raha-asioihin. Työskentelemme systeemisen toimintamallin mukaan tiiminä.${who.fi}`,
      `Först gör vi en bedömning av servicebehovet tillsammans med familjen och sammanställer utifrån den en gemensam plan. Planen kan till exempel innehålla hemservice, familjearbete, kamratstöd eller stöd med ekonomin. Vi arbetar i team enligt den systemiska verksamhetsmodellen.${who.sv}`,
      `We first assess your needs together with you and make one shared plan. The plan may include home help, family work, peer support or help with money matters. We work as a team using the systemic practice model.${who.en}`,
    ),
    keywords: t(
      'sosiaalityö, sosiaalityöntekijä, sosiaaliohjaus, palvelutarpeen arviointi, suunnitelma, toimeentulo, asuminen, raha, tuki, huoli',
      'socialt arbete, socialarbetare, socialhandledning, bedömning av servicebehov, plan, försörjning, boende, pengar, stöd, oro',
      'social work, social worker, needs assessment, family plan, income, housing, money, support, worry',
    ),
    level: 'basic',
    sector: 'social',
    targetGroups: ['wholeFamily'],
    languages: ['fi', 'en'],
    delivery: ['inPerson', 'phone', 'homeVisit'],
    access: ['booking', 'referral'],
    cost: 'free',
    categories: ['family-social-work', 'family-support'],
    methods: ['systemic-practice'],
    contacts: [phone(areaPhone(area, '23'), t('Sosiaaliohjauksen puhelinaika', 'Socialhandledningens telefontid', 'Social counselling phone hours'), PHONE_HOURS_OFFICE), ESAVO_MESSAGE],
    at: [{ place: familyCentreKey(area) }],
  });
};

const familyCounselling = (cal: DemoCalendar, area: FamilyCentreArea): ServiceSeed => {
  const who = whoWeServe(area);
  return local(cal, familyCentreAreas[area], {
    key: `perheneuvola-${area}`,
    organization: ORG.county,
    name: areaNamed(area, 'Perheneuvola', 'Familjerådgivning', 'Family counselling clinic'),
    summary: t(
      'Perheneuvolasta saat apua, kun lapsen kasvu, käytös, tunteet tai perheen yhteiselo huolettavat.',
      'Familjerådgivningen hjälper när du är orolig för barnets utveckling, beteende, känslor eller familjens samvaro.',
      "The family counselling clinic helps when you are worried about a child's development, behaviour, emotions or family life.",
    ),
    description: t(
      `Perheneuvolassa työskentelee psykologeja, sosiaalityöntekijöitä ja perheterapeutteja. Voit ottaa yhteyttä itse ilman lähetettä, ja käynnit ovat maksuttomia. Tarjoamme keskusteluja, vanhemmuuden tukea, Ihmeelliset vuodet -vanhempainryhmiä sekä parisuhteen ja eron käsittelyä.${who.fi}`,
      `På familjerådgivningen arbetar psykologer, socialarbetare och familjeterapeuter. Du kan ta kontakt själv utan remiss och besöken är avgiftsfria. Vi erbjuder samtal, stöd i föräldraskapet, föräldragrupper enligt De otroliga åren samt stöd i parrelationen och vid skilsmässa.${who.sv}`,
      `The clinic has psychologists, social workers and family therapists. You can contact us yourself without a referral, and visits are free. We offer talks, parenting support, Incredible Years parent groups and help with your relationship or separation.${who.en}`,
    ),
    keywords: t(
      'perheneuvola, kasvatusneuvonta, perheneuvonta, psykologi, kasvatus, lapsen käytös, uhmaikä, tunteet, riidat, parisuhde, ero, perheterapia',
      'familjerådgivning, uppfostringsrådgivning, psykolog, uppfostran, barnets beteende, trotsålder, känslor, gräl, parrelation, skilsmässa, familjeterapi',
      'family counselling, child guidance, psychologist, parenting, behaviour, tantrums, emotions, arguments, relationship, separation, family therapy',
    ),
    level: 'basic',
    sector: 'social',
    targetGroups: ['children', 'youth', 'parents', 'wholeFamily'],
    ageMax: 17,
    languages: ['fi', 'sv', 'en'],
    delivery: ['inPerson', 'phone', 'online'],
    access: ['booking'],
    cost: 'free',
    categories: ['family-counselling', 'counselling', 'parenting-support', 'couple-support'],
    methods: ['lets-talk', 'incredible-years'],
    contacts: [phone(areaPhone(area, '24'), t('Perheneuvolan ajanvaraus', 'Familjerådgivningens tidsbokning', 'Appointments'), PHONE_HOURS_MORNING), ESAVO_MESSAGE],
    at: [{ place: familyCentreKey(area) }],
  });
};

const regionalSocial = (cal: DemoCalendar): ServiceSeed[] => [
  regional(cal, {
    key: 'perheneuvo-palveluohjaus',
    organization: ORG.county,
    name: t('Perheneuvo – perheiden palveluohjaus', 'Familjerådgivaren – servicehandledning för familjer', 'Family advisor – service guidance for families'),
    summary: t(
      'Yksi numero ja chat, josta perhe saa neuvoa kaikkeen arjen asiaan ja ohjauksen oikeaan palveluun.',
      'Ett nummer och en chatt där familjen får råd i alla vardagsfrågor och hänvisning till rätt tjänst.',
      'One phone number and chat where families get advice on everyday matters and are guided to the right service.',
    ),
    description: t(
      'Perheneuvot ovat hyvinvointialueen, kuntien, järjestöjen ja seurakuntien nimettyjä työntekijöitä. Kun et tiedä, mistä apua hakea, soita tai kirjoita – selvitämme asian puolestasi ja kerromme myös lähimmästä kohtaamispaikasta, vertaisryhmästä ja avoimesta toiminnasta. Perheneuvon tapaat myös kohtaamispaikoissa ilman ajanvarausta.',
      'Familjerådgivarna är utsedda medarbetare från välfärdsområdet, kommunerna, organisationerna och församlingarna. När du inte vet var du ska söka hjälp kan du ringa eller skriva – vi reder ut saken åt dig och berättar också om närmaste mötesplats, kamratgrupp och öppna verksamhet. Du träffar också familjerådgivaren på mötesplatserna utan tidsbokning.',
      'Family advisors are named staff from the county, municipalities, NGOs and parishes. When you do not know where to turn, call or write – we find out for you and tell you about the nearest meeting place, peer group and open activities. You can also meet an advisor at the meeting places without an appointment.',
    ),
    keywords: t(
      'perheneuvo, palveluohjaus, neuvonta, ohjaus, mistä apua, yksi numero, perhekeskus, kysy, apua arkeen',
      'familjerådgivare, servicehandledning, rådgivning, var får jag hjälp, ett nummer, familjecenter, fråga',
      'family advisor, service guidance, advice, where to get help, one number, family centre, ask',
    ),
    level: 'basic',
    sector: 'social',
    targetGroups: ['wholeFamily', 'expectingParents', 'parents', 'youth'],
    languages: ['fi', 'sv', 'en'],
    delivery: ['phone', 'online', 'inPerson'],
    access: ['openToAll'],
    cost: 'free',
    categories: ['service-guidance', 'family-support', 'meeting-place'],
    contacts: [
      phone('015 000 0100', t('Perheneuvon numero', 'Familjerådgivarens nummer', 'Family advisor line'), PHONE_HOURS_OFFICE),
      chat(`${ESAVO_WEB}/perheneuvo/chat`, t('ma–to klo 9–15', 'mån–tors kl. 9–15', 'Mon–Thu 9 am–3 pm')),
      email('perheneuvo@esavo.example'),
    ],
    hours: [hours(MON_FRI, '09:00', '15:00')],
    lastChecked: cal.checked(11),
  }),
  regional(cal, {
    key: 'ihmeelliset-vuodet-vanhempainryhma',
    organization: ORG.county,
    name: t('Ihmeelliset vuodet -vanhempainryhmä', 'Föräldragrupp De otroliga åren', 'Incredible Years parent group'),
    summary: t(
      'Vanhempainryhmässä opitaan keinoja, joilla 3–8-vuotiaan lapsen kanssa tulee vähemmän riitoja ja enemmän hyviä hetkiä.',
      'I föräldragruppen lär man sig sätt att få färre gräl och fler goda stunder med ett barn i åldern 3–8 år.',
      'In the parent group you learn ways to have fewer fights and more good moments with a child aged 3–8.',
    ),
    description: t(
      'Ryhmä kokoontuu 14 kertaa kerran viikossa perhekeskuksessa. Harjoittelemme leikkiä, kehumista, rajojen asettamista ja rauhoittumista, ja kotitehtävät tehdään oman lapsen kanssa. Lastenhoito järjestetään ryhmän ajaksi.',
      'Gruppen träffas 14 gånger, en gång i veckan på familjecentret. Vi övar lek, beröm, gränssättning och lugnande, och hemuppgifterna görs med det egna barnet. Barnpassning ordnas under gruppen.',
      'The group meets 14 times, once a week, at the family centre. We practise play, praise, setting limits and calming down, and the homework is done with your own child. Childcare is arranged during the group.',
    ),
    keywords: t(
      'vanhempainryhmä, vanhemmuus, kasvatus, uhmaikä, raivarit, rajat, käytös, ryhmä, ihmeelliset vuodet',
      'föräldragrupp, föräldraskap, uppfostran, trotsålder, utbrott, gränser, beteende, grupp',
      'parent group, parenting, tantrums, limits, behaviour, group, incredible years',
    ),
    level: 'basic',
    sector: 'social',
    targetGroups: ['parents'],
    ageMin: 3,
    ageMax: 8,
    languages: ['fi'],
    delivery: ['inPerson'],
    access: ['booking', 'referral'],
    cost: 'free',
    categories: ['parenting-support', 'counselling', 'peer-group'],
    methods: ['incredible-years'],
    contacts: [phone('015 000 0132'), ESAVO_MESSAGE],
    at: AREAS.map((area) => ({ place: familyCentreKey(area), hours: [hours([3], '16:30', '18:30')] })),
    lastChecked: cal.checked(98),
  }),
  regional(cal, {
    key: 'toimeentulotuki-ehkaiseva',
    organization: ORG.county,
    name: t('Ehkäisevä ja täydentävä toimeentulotuki', 'Förebyggande och kompletterande utkomststöd', 'Preventive and supplementary social assistance'),
    summary: t(
      'Hyvinvointialue voi auttaa rahallisesti yllättävissä menoissa tai kun perustoimeentulotuki Kelasta ei riitä.',
      'Välfärdsområdet kan hjälpa ekonomiskt vid oväntade utgifter eller när det grundläggande utkomststödet från FPA inte räcker.',
      'The county can help financially with unexpected costs or when basic social assistance from Kela is not enough.',
    ),
    description: t(
      'Täydentävää toimeentulotukea voi saada esimerkiksi lasten harrastuksiin, muuttokuluihin tai erityisiin terveydenhuoltomenoihin. Ehkäisevä toimeentulotuki auttaa äkillisessä talousahdingossa, kuten sähkö- tai vuokrarästeissä. Hae ensin perustoimeentulotukea Kelasta; sosiaaliohjaaja neuvoo hakemuksessa.',
      'Kompletterande utkomststöd kan beviljas till exempel för barnens hobbyer, flyttkostnader eller särskilda hälsovårdsutgifter. Förebyggande utkomststöd hjälper vid plötsliga ekonomiska svårigheter, som obetalda el- eller hyresräkningar. Ansök först om grundläggande utkomststöd från FPA; socialhandledaren hjälper med ansökan.',
      'Supplementary assistance may cover, for example, children’s hobbies, moving costs or special health costs. Preventive assistance helps in a sudden financial crisis, such as unpaid electricity or rent. Apply for basic social assistance from Kela first; a social counsellor helps with the application.',
    ),
    keywords: t(
      'toimeentulotuki, raha, rahat, talous, laskut, vuokra, sähkölasku, harrastus, köyhyys, velka, sosiaaliohjaus',
      'utkomststöd, pengar, ekonomi, räkningar, hyra, elräkning, hobby, fattigdom, skuld',
      'social assistance, money, finances, bills, rent, electricity bill, hobbies, poverty, debt',
    ),
    level: 'basic',
    sector: 'social',
    targetGroups: ['wholeFamily', 'youth'],
    languages: ['fi', 'sv', 'en'],
    delivery: ['online', 'phone', 'inPerson'],
    access: ['booking'],
    cost: 'free',
    categories: ['benefits', 'financial-counselling', 'family-social-work'],
    contacts: [phone('015 000 0140', t('Aikuissosiaalityön neuvonta', 'Rådgivning inom socialt arbete för vuxna', 'Adult social work advice'), PHONE_HOURS_OFFICE), { kind: 'eService', value: `${ESAVO_WEB}/toimeentulotuki/hakemus`, label: t('Hae verkossa', 'Ansök på nätet', 'Apply online') }],
    lastChecked: cal.checked(20),
  }),
  regional(cal, {
    key: 'kotipalvelu-palveluseteli',
    organization: ORG.county,
    name: t('Lapsiperheiden kotipalvelu palvelusetelillä', 'Hemservice för barnfamiljer med servicesedel', 'Home help for families with a service voucher'),
    summary: t(
      'Palvelusetelillä voit valita itse kotipalvelun tuottajan hyvinvointialueen hyväksymistä yrityksistä.',
      'Med servicesedeln kan du själv välja hemserviceproducent bland de företag som välfärdsområdet har godkänt.',
      'With a service voucher you choose your home help provider from the companies approved by the county.',
    ),
    description: t(
      'Kun kotipalvelun tarve on arvioitu, voit saada palvelusetelin. Valitset yrityksen listalta ja sovit käynneistä suoraan sen kanssa. Seteli sopii hyvin esimerkiksi synnytyksen jälkeiseen aikaan tai kun vanhempi on sairaana.',
      'När behovet av hemservice har bedömts kan du få en servicesedel. Du väljer ett företag på listan och kommer överens om besöken direkt med det. Sedeln passar bra till exempel tiden efter förlossningen eller när en förälder är sjuk.',
      'Once your need for home help has been assessed, you can get a service voucher. Choose a company from the list and agree on the visits directly with it. The voucher works well, for example, after a birth or when a parent is ill.',
    ),
    keywords: t('palveluseteli, kotipalvelu, kotiapu, yritys, lastenhoito, siivous, uupumus, synnytyksen jälkeen', 'servicesedel, hemservice, hemhjälp, företag, barnvård, städning, utmattning', 'service voucher, home help, company, childcare, cleaning, exhaustion, after birth'),
    level: 'basic',
    sector: 'social',
    targetGroups: ['wholeFamily'],
    languages: ['fi', 'en'],
    delivery: ['homeVisit'],
    access: ['referral'],
    cost: 'voucher',
    costNote: t(
      'Setelin arvo riippuu perheen tuloista. Maksat itse setelin arvon ylittävän osan yrityksen hinnasta.',
      'Sedelns värde beror på familjens inkomster. Du betalar själv den del av företagets pris som överstiger sedelns värde.',
      "The voucher's value depends on the family's income. You pay the part of the company's price that exceeds the voucher.",
    ),
    categories: ['home-help', 'family-support'],
    contacts: [web(`${ESAVO_WEB}/palveluseteli/kotipalvelu`, t('Hyväksytyt palveluntuottajat', 'Godkända serviceproducenter', 'Approved providers')), phone('015 000 0121', undefined, PHONE_HOURS_MORNING)],
    lastChecked: cal.checked(48),
  }),
];

export const basicSocialServices = (cal: DemoCalendar): ServiceSeed[] => [
  ...AREAS.flatMap((area, i) => [homeHelp(cal, area, i), familyWork(cal, area), familySocialWork(cal, area), familyCounselling(cal, area)]),
  ...regionalSocial(cal),
];
