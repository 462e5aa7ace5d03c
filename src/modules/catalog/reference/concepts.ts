import type { ConceptSeed } from '../network/network-dataset.ts';

/**
 * Situations families describe in their own words, each reaching the categories that serve it.
 * A word of a concept stands for the whole concept in every language: "divorced" finds the
 * Finnish-only "Lastenvalvoja". Phrases ("ei nuku") are read before stop words are dropped, so a
 * negation that carries meaning is understood. `expansions` are words services use for it; they
 * become the expansions of the concept's words that synonyms.ts does not already list.
 */
export const concepts: ConceptSeed[] = [
  {
    code: 'baby-sleep',
    name: { fi: 'Vauvan uni', sv: 'Bebisens sömn', en: "A baby's sleep" },
    categories: ['child-health-clinic', 'family-counselling'],
    expansions: ['lastenneuvola', 'perheneuvola', 'barnrådgivning', 'child health'],
    words: {
      fi: ['uni', 'unet', 'uniongelma', 'uniongelmat', 'nukkuminen', 'nukkua', 'ei nuku', 'en nuku', 'valvominen', 'yöheräily', 'heräilee'],
      sv: ['sömn', 'sömnproblem', 'sover inte', 'sova', 'vaknar'],
      en: ['sleep', 'sleeping', 'not sleeping', 'sleepless', 'wakes up', 'won t sleep'],
    },
  },
  {
    code: 'crying',
    name: { fi: 'Itkuinen vauva', sv: 'Bebisen gråter', en: 'A crying baby' },
    categories: ['child-health-clinic', 'family-counselling'],
    expansions: ['lastenneuvola', 'vauvaperhe', 'barnrådgivning', 'child health'],
    words: {
      fi: ['itku', 'itkee', 'itkuinen', 'koliikki', 'huutaa'],
      sv: ['gråter', 'gråt', 'kolik', 'skriker'],
      en: ['cries', 'crying', 'cry', 'colic', 'screaming'],
    },
  },
  {
    code: 'pregnancy',
    name: { fi: 'Raskaus', sv: 'Graviditet', en: 'Pregnancy' },
    categories: ['maternity-clinic', 'family-coaching'],
    expansions: ['äitiysneuvola', 'perhevalmennus', 'mödrarådgivning', 'maternity'],
    words: {
      fi: ['raskaus', 'raskaana', 'raskaustesti', 'odotus', 'odottava', 'odotamme', 'odotan', 'odottaa', 'odotamme vauvaa', 'synnytys', 'synnytyspelko', 'pelko'],
      sv: ['gravid', 'graviditet', 'väntar barn', 'förlossning', 'förlossningsrädsla'],
      en: ['pregnant', 'pregnancy', 'expecting', 'antenatal', 'prenatal', 'birth', 'giving birth'],
    },
  },
  {
    code: 'separation',
    name: { fi: 'Ero', sv: 'Skilsmässa', en: 'Separation' },
    categories: ['separation', 'divorce-help', 'family-law', 'family-mediation'],
    expansions: ['eroauttaminen', 'lastenvalvoja', 'sovittelu', 'medling', 'mediation'],
    words: {
      fi: ['ero', 'avioero', 'erota', 'eroaminen', 'erotilanne', 'eronnut', 'avoero', 'eroamme', 'erotaan', 'eroaa'],
      sv: ['skilsmässa', 'separation', 'skiljas', 'skild', 'frånskild', 'separera'],
      en: ['divorce', 'divorced', 'divorcing', 'separation', 'separating', 'separated', 'breakup', 'break up'],
    },
  },
  {
    code: 'custody',
    name: { fi: 'Huolto, asuminen ja tapaamiset', sv: 'Vårdnad, boende och umgänge', en: 'Custody, residence and contact' },
    categories: ['family-law', 'family-mediation'],
    expansions: ['lastenvalvoja', 'sovittelu', 'elatus', 'barnatillsyningsman', 'welfare supervisor'],
    words: {
      fi: ['huoltajuus', 'huolto', 'elatusapu', 'elatus', 'elatustuki', 'tapaamiset', 'tapaaminen', 'tapaamis', 'tapaamisoikeus', 'lähihuolto'],
      sv: ['vårdnad', 'umgänge', 'underhåll', 'underhållsbidrag', 'underhållsstöd'],
      en: ['custody', 'child support', 'visitation', 'visiting rights', 'maintenance'],
    },
  },
  {
    code: 'family-conflict',
    name: { fi: 'Riidat perheessä', sv: 'Gräl i familjen', en: 'Arguments in the family' },
    categories: ['family-counselling', 'family-mediation', 'couple-support'],
    expansions: ['sovittelu', 'perheneuvola', 'parisuhde'],
    words: {
      fi: ['riita', 'riidat', 'riitely', 'riitaa', 'riidellä', 'riitelemme'],
      sv: ['bråk', 'gräl', 'konflikt', 'grälar', 'bråkar'],
      en: ['arguing', 'arguments', 'argue', 'fighting', 'conflict'],
    },
  },
  {
    code: 'exhaustion',
    name: { fi: 'Uupumus', sv: 'Utmattning', en: 'Exhaustion' },
    categories: ['home-help', 'family-work', 'peer-group', 'crisis-help', 'parenting-support'],
    expansions: ['kotipalvelu', 'perhetyö', 'vertaisryhmä', 'vanhempainpuhelin', 'uupu'],
    words: {
      fi: ['uupumus', 'uupunut', 'uuvuksissa', 'väsymys', 'väsynyt', 'jaksaminen', 'en jaksa', 'ei jaksa', 'emme jaksa', 'burnout'],
      sv: ['trött', 'utmattning', 'utmattad', 'orkar inte', 'orkar', 'slutkörd'],
      en: ['exhausted', 'exhaustion', 'tired', 'burnout', 'burnt out', 'worn out', 'not coping', 'can t cope'],
    },
  },
  {
    code: 'speech',
    name: { fi: 'Puhe ja kieli', sv: 'Tal och språk', en: 'Speech and language' },
    categories: ['speech-therapy'],
    expansions: ['puheterapia', 'puheterapeutti', 'talterapi', 'speech therapy'],
    words: {
      fi: ['puhe', 'puhuminen', 'ei puhu', 'änkytys', 'änkyttää', 'kielenkehitys', 'puheenkehitys'],
      sv: ['tal', 'talet', 'talsvårigheter', 'stamning', 'stammar', 'språkutveckling', 'talar inte', 'pratar inte'],
      en: ['speech', 'talking', 'not talking', 'stutter', 'stuttering', 'language delay', 'speech delay'],
    },
  },
  {
    code: 'bullying',
    name: { fi: 'Kiusaaminen', sv: 'Mobbning', en: 'Bullying' },
    categories: ['school-curator', 'school-psychologist'],
    expansions: ['kuraattori', 'koulupsykologi', 'kurator', 'curator'],
    words: {
      fi: ['kiusaaminen', 'kiusattu', 'kiusataan', 'kiusata', 'kiusaa', 'koulukiusaaminen', 'kiusaavat'],
      sv: ['mobbning', 'mobbad', 'mobbar', 'mobbas'],
      en: ['bullying', 'bullied', 'bully', 'bullies'],
    },
  },
  {
    code: 'violence',
    name: { fi: 'Väkivalta', sv: 'Våld', en: 'Violence' },
    categories: ['violence-work', 'shelter', 'crisis-help'],
    expansions: ['väkivalta', 'turvakoti', 'skyddshem', 'violence', 'shelter'],
    words: {
      fi: ['väkivalta', 'lyöminen', 'lyö', 'lyödä', 'lyönyt', 'perheväkivalta', 'pahoinpitely', 'hakkaa', 'uhkailee', 'lähisuhdeväkivalta'],
      sv: ['våld', 'misshandel', 'familjevåld', 'slår', 'misshandlar'],
      en: ['violence', 'abuse', 'domestic abuse', 'hitting', 'hits', 'beats', 'violent'],
    },
  },
  {
    code: 'substances',
    name: { fi: 'Päihteet', sv: 'Rusmedel', en: 'Alcohol and drugs' },
    categories: ['substance-services'],
    expansions: ['päihde', 'päihte', 'nuorisoasema', 'missbruk', 'substance'],
    words: {
      fi: ['päihde', 'päihteet', 'alkoholi', 'huumeet', 'huume', 'kannabis', 'juominen', 'juo', 'juovat', 'humala', 'nuuska'],
      sv: ['droger', 'alkohol', 'missbruk', 'rusmedel', 'dricker', 'cannabis'],
      en: ['drugs', 'alcohol', 'drinking', 'drinks', 'cannabis', 'addiction', 'substance'],
    },
  },
  {
    code: 'mental-health',
    name: { fi: 'Mieli', sv: 'Psykisk hälsa', en: 'Mental health' },
    categories: ['mental-health', 'psychologist'],
    expansions: ['mielenterveys', 'psykologi', 'psykiatri', 'psykisk', 'mental health'],
    words: {
      fi: ['masennus', 'masentunut', 'ahdistus', 'ahdistaa', 'paha olo', 'mielenterveys', 'itsetuhoisuus'],
      sv: ['depression', 'deprimerad', 'ångest', 'nedstämd', 'mår dåligt', 'mår illa', 'psykisk hälsa'],
      en: ['depression', 'depressed', 'anxiety', 'anxious', 'mental health', 'feeling low'],
    },
  },
  {
    code: 'youth',
    name: { fi: 'Nuoret', sv: 'Unga', en: 'Young people' },
    categories: ['youth', 'youth-guidance', 'youth-work', 'student-health'],
    expansions: ['nuori', 'nuoriso', 'ohjaamo', 'ungdom', 'youth'],
    words: {
      fi: ['nuori', 'nuoret', 'nuoren', 'nuorten', 'teini', 'teinit', 'murrosikä', 'murrosikäinen'],
      sv: ['ung', 'unga', 'ungdom', 'ungdomen', 'tonåring', 'tonåringar'],
      en: ['teen', 'teens', 'teenager', 'teenagers', 'youth', 'young person'],
    },
  },
  {
    code: 'money',
    name: { fi: 'Raha-asiat', sv: 'Pengar', en: 'Money' },
    categories: ['financial-counselling', 'family-benefits'],
    expansions: ['toimeentulotuki', 'talousneuvonta', 'velkaneuvonta', 'diakonia', 'utkomststöd', 'debt'],
    words: {
      fi: ['raha', 'rahat', 'rahaa', 'ei riitä', 'talous', 'toimeentulo', 'köyhyys', 'velka', 'velat', 'laskut', 'ruoka-apu', 'ruokaan'],
      sv: ['pengar', 'ekonomi', 'ekonomiska', 'fattigdom', 'skuld', 'skulder', 'räkningar'],
      en: ['money', 'finances', 'poverty', 'debt', 'debts', 'bills', 'afford'],
    },
  },
  {
    code: 'things-to-do',
    name: { fi: 'Tekemistä lapsen kanssa', sv: 'Att göra med barnet', en: 'Things to do with children' },
    categories: ['meeting-place', 'open-early-education', 'family-club', 'parish-family-club', 'library', 'sport'],
    expansions: ['perhekahvila', 'kerho', 'avoin varhaiskasvatus', 'familjecafé', 'family café'],
    words: {
      fi: ['tekemistä', 'ilmaista', 'ilmainen', 'leikkitreffit', 'leikkiseura', 'perhekahvila', 'kohtaamispaikka'],
      sv: ['aktiviteter', 'gratis', 'lekgrupp', 'familjecafé', 'mötesplats'],
      en: ['activities', 'free activities', 'things to do', 'playgroup', 'play group', 'family café', 'family cafe'],
    },
  },
  {
    code: 'breastfeeding',
    name: { fi: 'Imetys', sv: 'Amning', en: 'Breastfeeding' },
    categories: [],
    expansions: ['imetys', 'amning', 'breastfeeding'],
    words: {
      fi: ['imetys', 'imettäminen', 'imettää', 'imetysongelma', 'rintamaito'],
      sv: ['amning', 'amma', 'bröstmjölk'],
      en: ['breastfeeding', 'breastfeed', 'nursing', 'breast milk', 'lactation'],
    },
  },
  {
    code: 'weight-and-eating',
    name: { fi: 'Paino ja syöminen', sv: 'Vikt och ätande', en: 'Weight and eating' },
    categories: ['nutrition-therapy'],
    expansions: ['ravitsemus', 'liikunta', 'nutrition'],
    words: {
      fi: ['ylipaino', 'paino', 'lihavuus', 'syöminen', 'nirso'],
      sv: ['övervikt', 'vikt', 'ätande'],
      en: ['overweight', 'weight', 'obesity', 'eating'],
    },
  },
  {
    code: 'fathers',
    name: { fi: 'Isät', sv: 'Pappor', en: 'Fathers' },
    categories: [],
    expansions: ['isä', 'isyys', 'pappa', 'father'],
    words: {
      fi: ['isä', 'isät', 'isille', 'isien', 'isälle', 'isyys'],
      sv: ['pappa', 'pappor', 'faderskap'],
      en: ['dad', 'dads', 'father', 'fathers', 'paternity'],
    },
  },
  {
    code: 'foster-care',
    name: { fi: 'Perhehoito', sv: 'Familjevård', en: 'Foster care' },
    categories: ['child-protection'],
    expansions: ['perhehoito', 'sijaisperhe', 'familjevård', 'foster'],
    words: {
      fi: ['sijaisperhe', 'sijaisvanhempi', 'perhehoitaja', 'perhehoito', 'sijoitus', 'sijaisperheeksi'],
      sv: ['fosterhem', 'fosterfamilj', 'familjehem'],
      en: ['foster', 'fostering', 'foster family', 'foster parent'],
    },
  },
];
