import type { MethodSeed } from '../network/network-dataset.ts';

/** Evidence-based working methods in use in Finnish family centres. */
export const methods: MethodSeed[] = [
  {
    code: 'incredible-years',
    name: { fi: 'Ihmeelliset vuodet', sv: 'De otroliga åren', en: 'Incredible Years' },
    description: {
      fi: 'Tutkittu menetelmä vanhemmuuden tukeen ja varhaiskasvatuksen ryhmänhallintaan.',
      sv: 'En beprövad metod för stöd i föräldraskapet och gruppledning inom småbarnspedagogiken.',
      en: 'An evidence-based programme for parenting support and group management in early education.',
    },
  },
  {
    code: 'lets-talk',
    name: { fi: 'Lapset puheeksi', sv: 'Barnen i tal', en: "Let's Talk about Children" },
    description: {
      fi: 'Keskustelu, jossa vanhempi ja työntekijä miettivät yhdessä lapsen arkea ja sen vahvuuksia.',
      sv: 'Ett samtal där föräldern och arbetstagaren tillsammans funderar på barnets vardag och dess styrkor.',
      en: "A conversation in which the parent and the professional look together at the child's everyday life and its strengths.",
    },
  },
  {
    code: 'ipc',
    name: { fi: 'IPC-ohjaus', sv: 'IPC-handledning', en: 'Interpersonal Counselling (IPC)' },
    description: {
      fi: 'Lyhyt, tutkittu keskusteluohjaus nuorten masennusoireisiin.',
      sv: 'Kort, beprövad samtalshandledning vid depressionssymtom hos unga.',
      en: 'A short, evidence-based counselling method for depressive symptoms in young people.',
    },
  },
  {
    code: 'systemic-practice',
    name: { fi: 'Systeeminen toimintamalli', sv: 'Systemisk verksamhetsmodell', en: 'Systemic practice model' },
    description: {
      fi: 'Lastensuojelun ja perhepalvelujen tiimimalli, jossa perheen tilannetta tarkastellaan kokonaisuutena.',
      sv: 'En teammodell inom barnskyddet och familjetjänsterna där familjens situation ses som en helhet.',
      en: "A team model in child protection and family services that looks at the family's situation as a whole.",
    },
  },
  {
    code: 'strongest-families',
    name: { fi: 'Voimaperheet', sv: 'Kraftfamiljer', en: 'Strongest Families' },
    description: {
      fi: 'Puhelimitse ja verkossa toteutettava vanhempainohjelma lasten käytöshaasteisiin.',
      sv: 'Ett föräldraprogram per telefon och på nätet för barns beteendeutmaningar.',
      en: "A parent programme delivered by phone and online for children's behavioural challenges.",
    },
  },
  {
    code: 'strength-to-parenthood',
    name: { fi: 'Vahvuutta vanhemmuuteen', sv: 'Styrka i föräldraskapet', en: 'Strength to Parenthood' },
    description: {
      fi: 'Vertaisryhmämalli vauvaperheiden vanhemmille.',
      sv: 'En kamratgruppsmodell för föräldrar i babyfamiljer.',
      en: 'A peer-group model for parents of babies.',
    },
  },
  {
    code: 'resourceful-family',
    name: { fi: 'Neuvokas perhe', sv: 'Rådig familj', en: 'Resourceful Family' },
    description: {
      fi: 'Ohjausmenetelmä perheen ruokailu- ja liikuntatottumuksista keskusteluun.',
      sv: 'En handledningsmetod för samtal om familjens mat- och motionsvanor.',
      en: "A counselling method for talking about the family's eating and exercise habits.",
    },
  },
];
