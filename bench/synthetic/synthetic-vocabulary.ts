/**
 * Name parts for the synthetic national network (see synthetic-network.ts): Finnish- and
 * Swedish-sounding place names, street names and the texts of the national services. Everything
 * here is invented; collisions with real village names are harmless.
 */
import type { I18nText } from '../../src/platform/i18n-text.ts';

/** A pseudo-random source: returns a float in [0, 1). */
export type Rng = () => number;

/** mulberry32: a tiny, fast, seedable PRNG. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
export const int = (rng: Rng, min: number, max: number): number => min + Math.floor(rng() * (max - min + 1));
export const chance = (rng: Rng, p: number): boolean => rng() < p;

/** A few distinct items, in their original order. */
export function some<T>(rng: Rng, items: readonly T[], min: number, max: number): T[] {
  const n = Math.min(items.length, int(rng, min, max));
  const chosen = new Set<number>();
  while (chosen.size < n) chosen.add(Math.floor(rng() * items.length));
  return [...chosen].sort((a, b) => a - b).map((i) => items[i]!);
}

/** A Finnish name with the genitive that the service names are built from. */
export interface FiName {
  nom: string;
  gen: string;
}

// First parts of compound names, in the nominative.
const FI_STEMS = [
  'Koivu', 'Haapa', 'Kuusi', 'Mänty', 'Leppä', 'Pihlaja', 'Tammi', 'Kataja', 'Honka', 'Petäjä', 'Paju', 'Kivi',
  'Hiekka', 'Savi', 'Rauta', 'Kulta', 'Hopea', 'Vaski', 'Karhu', 'Susi', 'Kettu', 'Hirvi', 'Kurki', 'Joutsen',
  'Sorsa', 'Kotka', 'Haukka', 'Lohi', 'Hauki', 'Ahven', 'Siika', 'Kala', 'Teeri', 'Metso', 'Lintu', 'Musta',
  'Valko', 'Puna', 'Sini', 'Iso', 'Pitkä', 'Syvä', 'Ylä', 'Ala', 'Keski', 'Uusi', 'Vanha', 'Itä', 'Länsi',
  'Kirkko', 'Mylly', 'Silta', 'Hovi', 'Kartano', 'Ruoho', 'Heinä', 'Ohra', 'Ruis', 'Kaura', 'Tuuli', 'Päivä',
  'Kuu', 'Tähti', 'Kevät', 'Kesä', 'Lumi', 'Kaisla', 'Sammal', 'Kanerva', 'Mustikka', 'Puolukka', 'Mansikka',
  'Ruusu', 'Lilja', 'Orava', 'Kärppä', 'Ilves', 'Majava', 'Saukko', 'Peippo', 'Kaski', 'Aitta',
];

// Second parts with their genitives.
const FI_BASES: FiName[] = [
  ['lahti', 'lahden'], ['järvi', 'järven'], ['niemi', 'niemen'], ['mäki', 'mäen'], ['koski', 'kosken'],
  ['joki', 'joen'], ['saari', 'saaren'], ['salo', 'salon'], ['harju', 'harjun'], ['vaara', 'vaaran'],
  ['ranta', 'rannan'], ['kylä', 'kylän'], ['vesi', 'veden'], ['kangas', 'kankaan'], ['linna', 'linnan'],
  ['pelto', 'pellon'], ['suo', 'suon'], ['kallio', 'kallion'], ['lampi', 'lammen'], ['vuori', 'vuoren'],
  ['aho', 'ahon'], ['rinne', 'rinteen'], ['laakso', 'laakson'], ['puro', 'puron'], ['perä', 'perän'],
  ['maa', 'maan'], ['selkä', 'selän'], ['virta', 'virran'], ['korpi', 'korven'], ['nummi', 'nummen'],
  ['metsä', 'metsän'], ['kumpu', 'kummun'], ['lehto', 'lehdon'], ['salmi', 'salmen'], ['kari', 'karin'],
].map(([nom, gen]) => ({ nom: nom!, gen: gen! }));

// Stems for derived names: Järvelä, Koskela, Kivistö.
const FI_DERIVED = [
  'Järve', 'Mäke', 'Koske', 'Nieme', 'Ranta', 'Aho', 'Haka', 'Kive', 'Pelto', 'Rauta', 'Heino', 'Kuuse',
  'Lehto', 'Vainio', 'Sorsa', 'Kallio', 'Hirve', 'Salme', 'Koivu', 'Kurke', 'Leppä', 'Honka', 'Myllä', 'Tuomi',
];

const isBack = (word: string) => /[aou]/i.test(word);

/** A Finnish-sounding place name such as Koivulahti, Järvelä or Kivistö. */
export function finnishName(rng: Rng): FiName {
  const r = rng();
  if (r < 0.72) {
    const stem = pick(rng, FI_STEMS);
    const base = pick(rng, FI_BASES);
    return { nom: stem + base.nom, gen: stem + base.gen };
  }
  const stem = pick(rng, FI_DERIVED);
  if (r < 0.9) {
    const suffix = isBack(stem) ? 'la' : 'lä';
    return { nom: stem + suffix, gen: `${stem}${suffix}n` };
  }
  const trimmed = stem.replace(/[ae]$/, 'i');
  const suffix = isBack(trimmed) ? 'sto' : 'stö';
  return { nom: trimmed + suffix, gen: `${trimmed}${suffix}n` };
}

const SV_STEMS = [
  'Björk', 'Gran', 'Tall', 'Ek', 'Ask', 'Lind', 'Al', 'Rönn', 'Sjö', 'Strand', 'Sand', 'Sten', 'Berg', 'Dal',
  'Ängs', 'Lång', 'Stor', 'Lill', 'Öster', 'Väster', 'Norr', 'Söder', 'Kyrk', 'Kvarn', 'Bro', 'Hag', 'Holm',
  'Lax', 'Gädd', 'Svan', 'Tran', 'Mål', 'Vik', 'Skog', 'Myr', 'Hall', 'Ny', 'Gam', 'Kall', 'Solv',
];
const SV_BASES = [
  'vik', 'by', 'näs', 'berg', 'dal', 'holm', 'ö', 'sund', 'fors', 'å', 'backa', 'strand', 'hamn', 'sjö', 'skog',
  'mo', 'kulla', 'bo', 'stad', 'torp', 'bölle', 'mark', 'lid', 'vall',
];

/** A Swedish-sounding place name such as Björkvik or Sjöby. */
export function swedishName(rng: Rng): string {
  const stem = pick(rng, SV_STEMS);
  const base = pick(rng, SV_BASES);
  return stem.toLowerCase().endsWith(base[0]!) && base.length > 2 ? stem + base.slice(1) : stem + base;
}

const STREET_STEMS = [
  'Koulu', 'Kirkko', 'Asema', 'Puisto', 'Mylly', 'Tori', 'Sairaala', 'Kunnantalon', 'Kauppa', 'Meijeri',
  'Saha', 'Posti', 'Urheilu', 'Kirjasto', 'Satama', 'Rautatie', 'Kanava', 'Kartano', 'Pappilan', 'Nuoriso',
];
const STREET_BASES = ['tie', 'katu', 'kuja', 'polku', 'raitti', 'väylä', 'rinne', 'piha', 'kaari', 'puistikko'];

/** An invented street address such as "Koivukuja 7" or "Kirkkokatu 12 B". */
export function streetAddress(rng: Rng, big: boolean): string {
  const stem = chance(rng, 0.5) ? pick(rng, STREET_STEMS) : pick(rng, FI_STEMS);
  const base = big ? pick(rng, STREET_BASES) : pick(rng, STREET_BASES.slice(0, 5));
  const entrance = big && chance(rng, 0.2) ? ` ${pick(rng, ['A', 'B', 'C'])}` : '';
  return `${stem}${base} ${int(rng, 1, big ? 120 : 40)}${entrance}`;
}

/** ASCII slug for e-mail addresses and invented domains. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[äå]/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** A business id (Y-tunnus) with a valid check digit. */
export function businessId(rng: Rng): string {
  for (;;) {
    const digits = [3, ...Array.from({ length: 6 }, () => int(rng, 0, 9))];
    const sum = digits.reduce((acc, d, i) => acc + d * [7, 9, 10, 5, 8, 4, 2][i]!, 0);
    const rest = sum % 11;
    if (rest === 1) continue;
    return `${digits.join('')}-${rest === 0 ? 0 : 11 - rest}`;
  }
}

export const TRANSPORT_NOTES: I18nText[] = [
  { fi: 'Bussipysäkki noin 200 metrin päässä.', sv: 'Busshållplats cirka 200 meter bort.', en: 'Bus stop about 200 metres away.' },
  { fi: 'Pysäköinti pihalla, kaksi invapaikkaa.', sv: 'Parkering på gården, två handikapplatser.' },
  { fi: 'Juna-asemalta kävellen 10 minuuttia.', sv: 'Tio minuters promenad från järnvägsstationen.', en: 'A ten-minute walk from the railway station.' },
  { fi: 'Pyöräparkki sisäänkäynnin vieressä.', sv: 'Cykelparkering vid ingången.' },
];

export const ACCESSIBILITY_NOTES: I18nText[] = [
  { fi: 'Sisäänkäynti pihan puolelta, hissi toiseen kerrokseen.', sv: 'Ingång från gården, hiss till andra våningen.' },
  { fi: 'Ovella on kynnys, ramppi saatavilla pyydettäessä.', sv: 'Tröskel vid dörren, ramp finns på begäran.' },
  { fi: 'Vaunuille on oma säilytystila aulassa.', sv: 'Det finns förvaring för barnvagnar i lobbyn.', en: 'There is storage for prams in the lobby.' },
  { fi: 'Induktiosilmukka vastaanoton tiskillä.', sv: 'Hörslinga vid receptionsdisken.' },
];

export const CLOSED_NOTES: I18nText[] = [
  { fi: 'Suljettu remontin vuoksi. Palvelut siirtyvät väliaikaisesti lähimpään toimipisteeseen.', sv: 'Stängt på grund av renovering. Tjänsterna flyttar tillfälligt till närmaste verksamhetsställe.' },
  { fi: 'Tauolla henkilöstövajeen vuoksi.', sv: 'Paus på grund av personalbrist.' },
];

export const EXCEPTION_NOTES: I18nText[] = [
  { fi: 'Henkilöstön koulutuspäivä', sv: 'Personalens utbildningsdag', en: 'Staff training day' },
  { fi: 'Suljettu muuton vuoksi', sv: 'Stängt på grund av flytt' },
  { fi: 'Lyhennetty aukiolo', sv: 'Förkortade öppettider', en: 'Shorter hours' },
];

/** The national services: rows of [fi, sv, en name, category, provider type, fi, sv, en keywords]. */
export const NATIONAL_SERVICES: {
  name: I18nText;
  summary: I18nText;
  keywords: I18nText;
  category: string;
  provider: 'state' | 'ngo' | 'expertiseCentre';
  delivery: ('phone' | 'online' | 'inPerson')[];
}[] = [
  ['Äitiysavustus', 'Moderskapsunderstöd', 'Maternity grant', 'family-benefits', 'state', 'äitiyspakkaus, raskaus, vauva', 'moderskapsförpackning, graviditet', 'maternity package, pregnancy'],
  ['Lapsilisä', 'Barnbidrag', 'Child benefit', 'family-benefits', 'state', 'raha, tuki, lapsi', 'pengar, stöd, barn', 'money, allowance'],
  ['Vanhempainpäiväraha', 'Föräldradagpenning', 'Parental allowance', 'family-benefits', 'state', 'vanhempainvapaa, isyysvapaa, äitiysvapaa', 'föräldraledighet, pappaledighet', 'parental leave'],
  ['Lastenhoidon tuki', 'Stöd för barnavård', 'Child care allowance', 'family-benefits', 'state', 'kotihoidontuki, yksityisen hoidon tuki', 'hemvårdsstöd', 'home care allowance'],
  ['Elatustuki', 'Underhållsstöd', 'Child maintenance allowance', 'family-benefits', 'state', 'elatusapu, yksinhuoltaja, ero', 'underhållsbidrag, ensamförsörjare', 'maintenance, single parent'],
  ['Erityishoitoraha', 'Specialvårdspenning', 'Special care allowance', 'family-benefits', 'state', 'sairas lapsi, kuntoutus, hoito', 'sjukt barn, rehabilitering', 'sick child, rehabilitation'],
  ['Vammaistuki alle 16-vuotiaalle', 'Handikappbidrag för personer under 16 år', 'Disability allowance for children', 'family-benefits', 'state', 'vamma, pitkäaikaissairaus', 'funktionsnedsättning, långvarig sjukdom', 'disability, long-term illness'],
  ['Asumistuki lapsiperheille', 'Bostadsbidrag för barnfamiljer', 'Housing allowance for families', 'family-benefits', 'state', 'vuokra, asunto, raha', 'hyra, bostad', 'rent, housing'],
  ['Lasten ja nuorten puhelin', 'Telefonjouren för barn och unga', 'Helpline for children and young people', 'crisis-help', 'ngo', 'nuoret, kiusaaminen, yksinäisyys, puhelin', 'unga, mobbning, ensamhet', 'bullying, loneliness, helpline'],
  ['Nuorten chat', 'Chatt för unga', 'Chat for young people', 'youth-work', 'ngo', 'chat, keskustelu, nuoret, anonyymi', 'chatt, samtal, anonym', 'chat, anonymous'],
  ['Vanhempainpuhelin', 'Föräldratelefon', 'Parents’ helpline', 'parenting-support', 'ngo', 'kasvatus, vanhemmuus, uupumus, puhelin', 'uppfostran, föräldraskap, utmattning', 'parenting, exhaustion'],
  ['Vauvaperheiden tukipuhelin', 'Stödtelefon för babyfamiljer', 'Helpline for families with babies', 'parenting-support', 'ngo', 'vauva, imetys, uni, synnytys', 'bebis, amning, sömn, förlossning', 'baby, breastfeeding, sleep'],
  ['Väkivaltapuhelin naisille', 'Våldsjour för kvinnor', 'Helpline for women facing violence', 'violence-work', 'ngo', 'lähisuhdeväkivalta, turvallisuus, päivystys', 'våld i nära relationer, trygghet', 'domestic violence, safety'],
  ['Väkivallan tekijän neuvonta', 'Rådgivning för den som utövar våld', 'Counselling for people who use violence', 'violence-work', 'ngo', 'väkivalta, viha, apu', 'våld, ilska, hjälp', 'violence, anger'],
  ['Kriisipuhelin', 'Kristelefon', 'Crisis helpline', 'crisis-help', 'ngo', 'kriisi, hätä, mielenterveys, itsetuhoisuus', 'kris, nöd, psykisk hälsa', 'crisis, mental health'],
  ['Eroneuvonta verkossa', 'Skilsmässorådgivning på nätet', 'Online separation counselling', 'divorce-help', 'ngo', 'ero, avioero, huoltajuus, lapset', 'skilsmässa, vårdnad', 'divorce, custody'],
  ['Sateenkaariperheiden neuvonta', 'Rådgivning för regnbågsfamiljer', 'Counselling for rainbow families', 'parenting-support', 'ngo', 'sateenkaariperhe, seksuaalivähemmistö, vanhemmuus', 'regnbågsfamilj, hbtqi', 'rainbow family, LGBTQI'],
  ['Monikkoperheiden vertaistuki', 'Kamratstöd för flerlingsfamiljer', 'Peer support for multiple-birth families', 'peer-group', 'ngo', 'kaksoset, kolmoset, vertaistuki', 'tvillingar, trillingar', 'twins, triplets'],
  ['Yksinhuoltajien vertaistukiverkko', 'Kamratstödsnätverk för ensamförsörjare', 'Peer network for single parents', 'peer-group', 'ngo', 'yksinhuoltaja, yhden vanhemman perhe', 'ensamförsörjare, enföräldersfamilj', 'single parent'],
  ['Isätyön verkkoryhmä', 'Nätgrupp för pappor', 'Online group for fathers', 'peer-group', 'ngo', 'isä, isyys, vertaistuki', 'pappa, faderskap', 'father, fatherhood'],
  ['Adoptioperheiden neuvonta', 'Rådgivning för adoptivfamiljer', 'Counselling for adoptive families', 'parenting-support', 'ngo', 'adoptio, adoptiolapsi', 'adoption, adoptivbarn', 'adoption'],
  ['Sijaisperheiden tukipuhelin', 'Stödtelefon för familjehem', 'Helpline for foster families', 'child-protection', 'ngo', 'sijaisperhe, perhehoito, sijoitus', 'familjehem, familjevård', 'foster family, foster care'],
  ['Erityislasten vanhempien verkosto', 'Nätverk för föräldrar till barn med särskilda behov', 'Network for parents of children with special needs', 'peer-group', 'ngo', 'erityislapsi, vamma, diagnoosi, vertaistuki', 'barn med särskilda behov, diagnos', 'special needs, diagnosis'],
  ['Päihdeneuvonta puhelimessa', 'Rådgivning om missbruk per telefon', 'Substance use helpline', 'substance-services', 'ngo', 'alkoholi, huumeet, riippuvuus, läheinen', 'alkohol, droger, beroende', 'alcohol, drugs, addiction'],
  ['Peliongelmien auttava puhelin', 'Hjälptelefon för spelproblem', 'Gambling problems helpline', 'substance-services', 'ngo', 'rahapelit, pelaaminen, velat', 'penningspel, spelande', 'gambling, gaming'],
  ['Syömishäiriöneuvonta', 'Rådgivning om ätstörningar', 'Eating disorder counselling', 'mental-health', 'ngo', 'syömishäiriö, anoreksia, bulimia, nuoret', 'ätstörning, anorexi', 'eating disorder, anorexia'],
  ['Lapsettomuuden tukipalvelu', 'Stödtjänst vid ofrivillig barnlöshet', 'Support for involuntary childlessness', 'couple-support', 'ngo', 'lapsettomuus, hedelmöityshoito, suru', 'barnlöshet, fertilitetsbehandling', 'childlessness, fertility'],
  ['Perhevalmennus verkossa', 'Familjeförberedelse på nätet', 'Online antenatal coaching', 'family-coaching', 'ngo', 'synnytys, vauva, raskaus, valmennus', 'förlossning, bebis, graviditet', 'birth, baby, pregnancy'],
  ['Imetystuen tukipuhelin', 'Amningsstödets telefon', 'Breastfeeding helpline', 'child-health-clinic', 'ngo', 'imetys, rintaruokinta, vauva', 'amning, bröstmjölk', 'breastfeeding'],
  ['Digitaalinen nuorisotyö', 'Digitalt ungdomsarbete', 'Digital youth work', 'youth-work', 'ngo', 'pelit, discord, nuoret, verkko', 'spel, unga, nätet', 'games, online, youth'],
  ['Ohjaamo verkossa', 'Ohjaamo på nätet', 'Ohjaamo online', 'youth-guidance', 'ngo', 'työ, opiskelu, asuminen, nuoret', 'arbete, studier, boende', 'work, studies, housing'],
  ['Talous- ja velkaneuvonnan puhelin', 'Telefon för ekonomi- och skuldrådgivning', 'Financial and debt counselling line', 'financial-counselling', 'state', 'velka, ulosotto, raha, budjetti', 'skuld, utsökning, pengar', 'debt, money, budget'],
  ['Perheasioiden sovittelun neuvonta', 'Rådgivning om medling i familjefrågor', 'Family mediation advice', 'family-mediation', 'state', 'sovittelu, ero, tapaamiset, asuminen', 'medling, umgänge', 'mediation, contact'],
  ['Vaativan tuen konsultaatio', 'Konsultation för krävande stöd', 'Consultation for demanding support', 'specialist-care', 'expertiseCentre', 'konsultaatio, erityistaso, ammattilaiset', 'konsultation, specialnivå', 'consultation, specialist'],
  ['Lastensuojelun osaamiskeskus', 'Kompetenscentrum för barnskydd', 'Child protection expertise centre', 'child-protection', 'expertiseCentre', 'lastensuojelu, koulutus, menetelmät', 'barnskydd, utbildning', 'child protection, training'],
  ['Maahan muuttaneiden perheiden neuvonta', 'Rådgivning för inflyttade familjer', 'Advice for families who have moved to Finland', 'parenting-support', 'ngo', 'maahanmuutto, kotoutuminen, kieli', 'invandring, integration', 'immigration, integration'],
].map(([fi, sv, en, category, provider, kfi, ksv, ken]) => ({
  name: { fi: fi!, sv: sv!, en: en! },
  summary: {
    fi: `${fi} on valtakunnallinen palvelu kaikille Suomessa asuville perheille.`,
    sv: `${sv} är en riksomfattande tjänst för alla familjer som bor i Finland.`,
    en: `${en} is a national service for all families living in Finland.`,
  },
  keywords: { fi: kfi!, sv: ksv!, en: ken! },
  category: category!,
  provider: provider as 'state' | 'ngo' | 'expertiseCentre',
  delivery: provider === 'state' ? ['online', 'phone', 'inPerson'] : ['phone', 'online'],
}));
