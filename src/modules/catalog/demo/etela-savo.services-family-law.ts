import type { ServiceSeed } from '../network/network-dataset.ts';
import {
  type DemoCalendar,
  ESAVO_BOOKING,
  ESAVO_MESSAGE,
  ESAVO_WEB,
  PHONE_HOURS_MORNING,
  PHONE_HOURS_OFFICE,
  phone,
  regional,
  t,
  web,
} from './etela-savo.common.ts';
import { AREAS } from './etela-savo.municipalities.ts';
import { ORG } from './etela-savo.organizations.ts';
import { familyCentreKey } from './etela-savo.places-care.ts';

/** Family law services (perheoikeudelliset palvelut), region-wide at the three family centres. */

const atFamilyCentres = () => AREAS.map((area) => ({ place: familyCentreKey(area) }));

export const familyLawServices = (cal: DemoCalendar): ServiceSeed[] => [
  regional(cal, {
    key: 'lastenvalvoja',
    organization: ORG.county,
    name: t('Lastenvalvoja', 'Barnatillsyningsman', 'Child welfare supervisor'),
    summary: t(
      'Lastenvalvojan luona vanhemmat tekevät sopimukset lapsen huollosta, asumisesta, tapaamisista ja elatuksesta.',
      'Hos barnatillsyningsmannen gör föräldrarna avtal om barnets vårdnad, boende, umgänge och underhåll.',
      "With the child welfare supervisor, parents make agreements on the child's custody, residence, contact and maintenance.",
    ),
    description: t(
      'Kun vanhemmat eroavat tai eivät asu yhdessä, lastenvalvoja auttaa tekemään lapsen edun mukaiset sopimukset, jotka vahvistetaan ja ovat yhtä päteviä kuin tuomioistuimen päätös. Lastenvalvoja neuvoo myös elatusavun laskemisessa. Varaa aika verkossa tai puhelimella; tapaaminen voi olla myös etänä.',
      'När föräldrar skiljer sig eller inte bor tillsammans hjälper barnatillsyningsmannen dem att göra avtal som är för barnets bästa. Avtalen fastställs och gäller lika som ett domstolsbeslut. Barnatillsyningsmannen ger också råd om hur underhållsbidraget räknas ut. Boka tid på nätet eller per telefon; mötet kan också ske på distans.',
      "When parents separate or do not live together, the supervisor helps them make agreements in the child's best interests; once confirmed, they are as binding as a court decision. The supervisor also helps calculate child maintenance. Book online or by phone; meetings can also be remote.",
    ),
    keywords: t(
      'lastenvalvoja, perheoikeudelliset, huolto, huoltajuus, yhteishuolto, asuminen, tapaamisoikeus, tapaamiset, elatus, elatusapu, elatussopimus, ero, sopimus',
      'barnatillsyningsman, familjerätt, vårdnad, gemensam vårdnad, boende, umgängesrätt, underhåll, underhållsbidrag, avtal, skilsmässa',
      'child welfare supervisor, family law, custody, joint custody, residence, contact, visiting rights, child maintenance, agreement, divorce, separation',
    ),
    level: 'basic',
    sector: 'social',
    targetGroups: ['parents'],
    languages: ['fi', 'sv', 'en'],
    delivery: ['inPerson', 'online', 'phone'],
    access: ['booking'],
    cost: 'free',
    categories: ['family-law', 'separation'],
    contacts: [phone('015 000 0130', undefined, PHONE_HOURS_MORNING), ESAVO_BOOKING, web(`${ESAVO_WEB}/perheoikeudelliset`)],
    at: atFamilyCentres(),
    lastChecked: cal.checked(35),
  }),
  regional(cal, {
    key: 'vanhemmuuden-vahvistaminen',
    organization: ORG.county,
    name: t('Isyyden ja äitiyden vahvistaminen', 'Fastställande av faderskap och moderskap', 'Confirmation of paternity and maternity'),
    summary: t(
      'Kun vanhemmat eivät ole naimisissa, isyys tai äitiys vahvistetaan joko jo neuvolassa raskauden aikana tai lastenvalvojan luona.',
      'När föräldrarna inte är gifta fastställs faderskapet eller moderskapet redan på rådgivningen under graviditeten eller hos barnatillsyningsmannen.',
      'When parents are not married, paternity or maternity is confirmed either at the maternity clinic during pregnancy or with the child welfare supervisor.',
    ),
    description: t(
      'Vanhemmuuden tunnustaminen neuvolassa on helpointa: molemmat vanhemmat tulevat samalle käynnille henkilöllisyystodistusten kanssa. Syntymän jälkeen varaa aika lastenvalvojalle. Vahvistettu vanhemmuus turvaa lapsen oikeuden elatukseen ja perintöön.',
      'Det enklaste är att erkänna föräldraskapet på rådgivningen: båda föräldrarna kommer till samma besök med identitetsbevis. Efter födseln bokar ni tid hos barnatillsyningsmannen. Fastställt föräldraskap tryggar barnets rätt till underhåll och arv.',
      "The easiest way is to acknowledge parenthood at the maternity clinic: both parents come to the same visit with ID. After the birth, book an appointment with the child welfare supervisor. Confirmed parenthood secures the child's right to maintenance and inheritance.",
    ),
    keywords: t(
      'isyys, isyyden tunnustaminen, äitiys, vanhemmuus, vahvistaminen, avoliitto, lastenvalvoja, perheoikeudelliset, neuvola',
      'faderskap, erkännande av faderskap, moderskap, föräldraskap, sambo, barnatillsyningsman, familjerätt',
      'paternity, acknowledging paternity, maternity, parenthood, cohabiting, unmarried parents, family law',
    ),
    level: 'basic',
    sector: 'social',
    targetGroups: ['expectingParents', 'parents'],
    languages: ['fi', 'sv', 'en'],
    delivery: ['inPerson'],
    access: ['booking'],
    cost: 'free',
    categories: ['family-law', 'separation'],
    contacts: [phone('015 000 0130', undefined, PHONE_HOURS_MORNING), ESAVO_BOOKING],
    at: atFamilyCentres(),
    lastChecked: cal.checked(63),
  }),
  regional(cal, {
    key: 'perheasioiden-sovittelu',
    organization: ORG.county,
    name: t('Perheasioiden sovittelu', 'Medling i familjefrågor', 'Family mediation'),
    summary: t(
      'Sovittelussa kaksi koulutettua sovittelijaa auttaa riitaantuneita vanhempia löytämään lapsen kannalta hyvän ratkaisun.',
      'Vid medlingen hjälper två utbildade medlare föräldrar i konflikt att hitta en lösning som är bra för barnet.',
      'In mediation two trained mediators help parents in conflict find a solution that is good for the child.',
    ),
    description: t(
      'Sovittelu sopii, kun vanhemmat eivät pääse yksimielisyyteen lapsen asumisesta, tapaamisista tai elatuksesta, tai kun ero on muuten riitainen. Sovittelu on vapaaehtoista ja maksutonta, ja siihen voi tulla ennen kuin asia viedään käräjäoikeuteen. Lapsen mielipide otetaan huomioon hänen ikänsä mukaan.',
      'Medling passar när föräldrarna inte kommer överens om barnets boende, umgänge eller underhåll, eller när skilsmässan annars är konfliktfylld. Medlingen är frivillig och avgiftsfri, och man kan komma innan saken förs till tingsrätten. Barnets åsikt beaktas enligt barnets ålder.',
      "Mediation helps when parents cannot agree on the child's residence, contact or maintenance, or when a separation is otherwise in conflict. It is voluntary and free, and you can come before taking the matter to the district court. The child's views are heard according to their age.",
    ),
    keywords: t(
      'sovittelu, perheasioiden sovittelu, ero, riita, huoltoriita, tapaamiset, lapsen asuminen, sopiminen, perheoikeudelliset, sovittelija',
      'medling, familjemedling, skilsmässa, separation, konflikt, vårdnadstvist, umgänge, boende, medlare',
      'mediation, family mediation, divorce, separation, conflict, custody dispute, contact, residence, mediator',
    ),
    level: 'basic',
    sector: 'social',
    targetGroups: ['parents'],
    languages: ['fi', 'sv', 'en'],
    delivery: ['inPerson', 'online'],
    access: ['booking'],
    cost: 'free',
    categories: ['family-mediation', 'separation'],
    contacts: [phone('015 000 0131', undefined, PHONE_HOURS_OFFICE), ESAVO_MESSAGE],
    at: atFamilyCentres(),
    lastChecked: cal.checked(48),
  }),
  regional(cal, {
    key: 'adoptioneuvonta',
    organization: ORG.county,
    name: t('Adoptioneuvonta', 'Adoptionsrådgivning', 'Adoption counselling'),
    summary: t(
      'Adoptioneuvonnassa saat tietoa ja valmennusta, kun harkitset lapsen adoptoimista tai perheenne lapsi on adoptoitu.',
      'I adoptionsrådgivningen får du information och förberedelse när du funderar på att adoptera eller när ert barn är adopterat.',
      'Adoption counselling gives information and preparation when you are considering adoption or your child has been adopted.',
    ),
    description: t(
      'Neuvonta on pakollinen vaihe ennen adoptiota: sosiaalityöntekijä tapaa hakijoita useita kertoja ja tekee kotikäynnin. Neuvontaa saa myös perheen sisäiseen adoptioon, esimerkiksi puolison lapsen adoptioon. Adoptioperheille on tarjolla tukea myös adoption jälkeen.',
      'Rådgivningen är ett obligatoriskt steg före adoption: socialarbetaren träffar sökandena flera gånger och gör ett hembesök. Rådgivning ges också vid adoption inom familjen, till exempel adoption av makens eller makans barn. Adoptivfamiljer får stöd också efter adoptionen.',
      "Counselling is a required step before adopting: a social worker meets the applicants several times and makes a home visit. It is also available for adoption within the family, such as adopting a partner's child. Adoptive families also get support after the adoption.",
    ),
    keywords: t('adoptio, adoptioneuvonta, adoptoida, adoptiolapsi, puolison lapsen adoptio, perheoikeudelliset, lapsettomuus', 'adoption, adoptionsrådgivning, adoptera, adoptivbarn, styvbarnsadoption, familjerätt, barnlöshet', 'adoption, adopt, adopted child, stepchild adoption, family law, infertility'),
    level: 'basic',
    sector: 'social',
    targetGroups: ['parents'],
    languages: ['fi', 'sv', 'en'],
    delivery: ['inPerson', 'homeVisit', 'online'],
    access: ['booking'],
    cost: 'free',
    categories: ['family-law'],
    contacts: [phone('015 000 0133', undefined, PHONE_HOURS_OFFICE), ESAVO_MESSAGE],
    at: [{ place: familyCentreKey('mikkeli') }],
    lastChecked: cal.checked(82),
  }),
];
