import {
  centralMeetingPlaceKey,
  DEMO_MLL_TOWNS,
  DEMO_ORGANIZATIONS,
  DEMO_TOWNS,
  demoMllOrganization,
  demoMunicipalityOrganization,
  demoParishOrganization,
  organizationId,
  placeId,
} from '../catalog/index.ts';
import { addDays, isoWeekday } from '../../platform/helsinki-time.ts';
import type { I18nText } from '../../platform/i18n-text.ts';
import type { ActivityInput } from './organiser.ts';

/** One demo activity: its stable key, what it is, and how many families are signed up to its next occurrence. */
export interface DemoActivity {
  readonly key: string;
  readonly input: ActivityInput;
  readonly nextSignedUp?: number;
  readonly nextWaitlisted?: number;
}

const t = (fi: string, sv?: string, en?: string): I18nText => ({ fi, ...(sv ? { sv } : {}), ...(en ? { en } : {}) });
const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** The keys tests and the e2e journey look for. */
export const DEMO_ACTIVITY = {
  swedishToddlerGroup: 'folkhalsan-smabarnsgrupp-pieksamaki',
  fullBabyMassage: 'vauvahieronta-mikkeli',
  closedDivorceGroup: 'eroryhma-mikkeli',
  onlinePeerGroup: 'verkkovertaisryhma-vauvaperheet',
} as const;

/**
 * The Etelä-Savo activities, dated from today: every recurring one started four weeks ago (its
 * Monday), so "this week" always has something on. 5 per municipality and a few special ones.
 */
export function demoActivities(today: string): DemoActivity[] {
  const monday = addDays(today, 1 - isoWeekday(today) - 28);
  const weekly = (weekday: number, startTime: string, durationMinutes: number) => ({
    firstDate: addDays(monday, weekday - 1),
    startTime,
    durationMinutes,
    rrule: `FREQ=WEEKLY;BYDAY=${DAYS[weekday - 1]}`,
  });
  const list: DemoActivity[] = [];
  DEMO_TOWNS.forEach((town, i) => {
    const place = placeId(centralMeetingPlaceKey(town.slug));
    const municipality = organizationId(demoMunicipalityOrganization(town.slug));
    const base = { placeId: place, languages: ['fi'] as const, cost: 'free' as const };
    list.push({
      key: `perhekahvila-${town.slug}`,
      input: {
        ...base,
        organizationId: municipality,
        type: 'openActivity',
        name: t(`Perhekahvila ${town.loc}`, `Familjecafé i ${town.sv}`, `Family café in ${town.fi}`),
        description: t(
          'Avoin kohtaamispaikka koko perheelle: kahvia, leikkiä ja juttuseuraa. Tule silloin kun sopii.',
          'En öppen mötesplats för hela familjen: kaffe, lek och sällskap. Kom när det passar.',
          'An open meeting place for the whole family: coffee, play and company. Drop in when it suits you.',
        ),
        targetGroups: ['wholeFamily'],
        signUp: 'none',
        schedule: weekly(1 + (i % 5), '09:30', 150),
      },
    });
    list.push({
      key: `avoin-varhaiskasvatus-${town.slug}`,
      input: {
        ...base,
        organizationId: municipality,
        type: 'openActivity',
        name: t('Avoin varhaiskasvatus: leikkitoiminta', 'Öppen småbarnspedagogik: lekverksamhet', 'Open early education: play sessions'),
        description: t(
          'Ohjattua leikkiä, laulua ja liikuntaa alle kouluikäisille aikuisen kanssa.',
          'Ledd lek, sång och rörelse för barn under skolåldern tillsammans med en vuxen.',
          'Guided play, songs and movement for under-school-age children with an adult.',
        ),
        targetGroups: ['children', 'parents'],
        ageMin: 0,
        ageMax: 6,
        signUp: 'none',
        schedule: weekly(1 + ((i + 2) % 5), '10:00', 90),
      },
    });
    list.push({
      key: `perhekerho-${town.slug}`,
      input: {
        ...base,
        organizationId: organizationId(demoParishOrganization(town.slug)),
        coOrganizerIds: [municipality],
        type: 'club',
        name: t('Seurakunnan perhekerho', 'Församlingens familjeklubb', "The parish's family club"),
        description: t(
          'Laulua, leikkiä, askartelua ja välipala. Ilmoittaudu, niin varaamme tarpeeksi välipalaa.',
          'Sång, lek, pyssel och mellanmål. Anmäl dig så att vi har tillräckligt med mellanmål.',
          'Songs, play, crafts and a snack. Sign up so we have enough snacks.',
        ),
        targetGroups: ['children', 'parents'],
        ageMin: 0,
        ageMax: 6,
        signUp: 'open',
        capacity: 12,
        schedule: weekly(1 + ((i + 1) % 5), '10:00', 120),
      },
      nextSignedUp: i % 3 === 0 ? 11 : 3,
    });
    const mll = DEMO_MLL_TOWNS.includes(town.slug);
    list.push({
      key: `vertaisryhma-${town.slug}`,
      input: {
        ...base,
        organizationId: mll ? organizationId(demoMllOrganization(town.slug)) : municipality,
        type: 'peerGroup',
        name: t('Vauvaperheiden vertaisryhmä', 'Kamratgrupp för babyfamiljer', 'Peer group for baby families'),
        description: t(
          'Vanhemmat jakavat kokemuksia vauva-arjesta. Ohjaajana koulutettu vapaaehtoinen.',
          'Föräldrar delar erfarenheter av vardagen med baby. En utbildad frivillig leder gruppen.',
          'Parents share experiences of everyday life with a baby, led by a trained volunteer.',
        ),
        targetGroups: ['parents'],
        ageMin: 0,
        ageMax: 1,
        signUp: 'open',
        capacity: 10,
        schedule: weekly(1 + ((i + 3) % 5), '13:00', 90),
      },
      nextSignedUp: i % 4 === 1 ? 9 : 2,
    });
    list.push({
      key: `teemailta-${town.slug}`,
      input: {
        ...base,
        organizationId: municipality,
        type: 'themeEvening',
        name: t(
          'Teemailta: uni ja lepo lapsiperheessä',
          'Temakväll: sömn och vila i barnfamiljen',
          'Theme evening: sleep and rest in families',
        ),
        description: t(
          'Perheneuvo kertoo lasten unesta, ja vanhemmat voivat kysyä. Lapsille on lastenhoito.',
          'Familjerådgivaren berättar om barns sömn och föräldrarna kan fråga. Barnpassning ordnas.',
          'The family advisor talks about children’s sleep and answers questions. Childcare is arranged.',
        ),
        targetGroups: ['parents'],
        signUp: 'open',
        capacity: 25,
        schedule: {
          firstDate: addDays(monday, 28 + 7 + (i % 5) + 1),
          startTime: '18:00',
          durationMinutes: 90,
          rrule: 'FREQ=MONTHLY;COUNT=4',
        },
      },
    });
  });
  const pieksamaki = placeId(centralMeetingPlaceKey('pieksamaki'));
  const mikkeli = placeId(centralMeetingPlaceKey('mikkeli'));
  list.push(
    {
      key: DEMO_ACTIVITY.swedishToddlerGroup,
      input: {
        organizationId: organizationId(DEMO_ORGANIZATIONS.folkhalsan),
        placeId: pieksamaki,
        type: 'peerGroup',
        name: t('Småbarnsföräldrarnas kamratgrupp', 'Småbarnsföräldrarnas kamratgrupp', 'Peer group for parents of toddlers'),
        description: t(
          'Ruotsinkielinen vertaisryhmä taaperoiden vanhemmille.',
          'En kamratgrupp på svenska för föräldrar till barn i åldern 1–3 år. Barnen är med.',
          'A Swedish-language peer group for parents of toddlers (1–3). Children welcome.',
        ),
        targetGroups: ['parents'],
        ageMin: 1,
        ageMax: 3,
        languages: ['sv'],
        cost: 'free',
        signUp: 'open',
        capacity: 6,
        signUpClosesHours: 2,
        schedule: weekly(3, '17:00', 90),
      },
      nextSignedUp: 5,
    },
    {
      key: DEMO_ACTIVITY.fullBabyMassage,
      input: {
        organizationId: organizationId(demoMllOrganization('mikkeli')),
        placeId: mikkeli,
        type: 'groupService',
        name: t('Vauvahieronta', 'Babymassage', 'Baby massage'),
        description: t(
          'Neljän kerran vauvahierontakurssi, mukaan oma pyyhe.',
          'Babymassagekurs, ta med egen handduk.',
          'Baby massage course; bring your own towel.',
        ),
        targetGroups: ['parents'],
        ageMin: 0,
        ageMax: 1,
        languages: ['fi'],
        cost: 'free',
        signUp: 'open',
        capacity: 4,
        schedule: weekly(4, '11:00', 60),
      },
      nextSignedUp: 4,
      nextWaitlisted: 2,
    },
    {
      key: DEMO_ACTIVITY.closedDivorceGroup,
      input: {
        organizationId: organizationId(DEMO_ORGANIZATIONS.eroapu),
        placeId: mikkeli,
        type: 'peerGroup',
        name: t('Eron kokeneiden vanhempien suljettu ryhmä', 'Sluten grupp för skilda föräldrar', 'Closed group for separated parents'),
        description: t(
          'Kahdeksan kerran suljettu vertaisryhmä. Hae mukaan; ohjaaja soittaa ennen ryhmän alkua.',
          'En sluten kamratgrupp, åtta gånger. Ansök; ledaren ringer före starten.',
          'A closed peer group meeting eight times. Apply; the leader calls before the group starts.',
        ),
        targetGroups: ['parents'],
        languages: ['fi'],
        cost: 'free',
        signUp: 'closed',
        capacity: 8,
        signUpOpensDays: 60,
        schedule: { ...weekly(2, '17:30', 120), firstDate: addDays(monday, 35 + 1), rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=8' },
      },
    },
    {
      key: DEMO_ACTIVITY.onlinePeerGroup,
      input: {
        organizationId: organizationId(DEMO_ORGANIZATIONS.mll),
        municipalityCode: '491',
        onlineUrl: 'https://mll.example/verkkoryhmat',
        type: 'peerGroup',
        name: t('Verkkovertaisryhmä vauvaperheille', 'Kamratgrupp på nätet för babyfamiljer', 'Online peer group for baby families'),
        description: t(
          'Tapaamme videoyhteydellä. Linkki tulee vahvistusviestissä.',
          'Vi träffas via video. Länken kommer i bekräftelsen.',
          'We meet by video; the link comes with the confirmation.',
        ),
        targetGroups: ['parents'],
        ageMin: 0,
        ageMax: 1,
        languages: ['fi', 'sv'],
        cost: 'free',
        signUp: 'open',
        capacity: 15,
        schedule: weekly(1, '20:00', 60),
      },
    },
    {
      key: 'familjecafe-savonlinna',
      input: {
        organizationId: organizationId(DEMO_ORGANIZATIONS.folkhalsan),
        placeId: placeId(centralMeetingPlaceKey('savonlinna')),
        type: 'openActivity',
        name: t('Familjecafé på svenska', 'Familjecafé på svenska', 'Family café in Swedish'),
        description: t('Ruotsinkielinen perhekahvila.', 'Ett familjecafé på svenska för hela familjen.', 'A Swedish-language family café.'),
        targetGroups: ['wholeFamily'],
        languages: ['sv'],
        cost: 'free',
        signUp: 'none',
        schedule: weekly(5, '10:00', 120),
      },
    },
  );
  return list;
}
