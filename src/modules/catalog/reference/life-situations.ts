import type { LifeSituationSeed } from '../network/network-dataset.ts';

/** Entries into the service tray from everyday life, shown on the home page. */
export const lifeSituations: LifeSituationSeed[] = [
  {
    code: 'expecting',
    name: { fi: 'Odotamme vauvaa', sv: 'Vi väntar barn', en: 'We are expecting a baby' },
    description: { fi: 'Neuvola, perhevalmennus ja tuki raskauden aikana.', sv: 'Rådgivning, familjeförberedelse och stöd under graviditeten.', en: 'Clinic visits, antenatal coaching and support during pregnancy.' },
    categories: ['maternity-clinic', 'family-coaching', 'family-benefits'],
    targetGroup: 'expectingParents',
  },
  {
    code: 'baby',
    name: { fi: 'Vauva-arki', sv: 'Vardag med bebis', en: 'Life with a baby' },
    description: { fi: 'Lastenneuvola, vertaistuki ja apu arkeen.', sv: 'Barnrådgivning, kamratstöd och hjälp i vardagen.', en: 'Child health clinic, peer support and help at home.' },
    categories: ['child-health-clinic', 'meeting-place', 'peer-group', 'home-help', 'family-club', 'parish-family-club'],
  },
  {
    code: 'small-child',
    name: { fi: 'Leikki-ikäinen lapsi', sv: 'Barn i lekåldern', en: 'Toddlers and pre-schoolers' },
    description: { fi: 'Varhaiskasvatus, kerhot ja kehityksen tuki.', sv: 'Småbarnspedagogik, klubbar och stöd för utvecklingen.', en: 'Early education, clubs and support for development.' },
    categories: ['child-health-clinic', 'early-education', 'open-early-education', 'family-club', 'speech-therapy', 'dental-care'],
  },
  {
    code: 'school-child',
    name: { fi: 'Koululainen', sv: 'Skolbarn', en: 'School-age children' },
    description: { fi: 'Kouluterveydenhuolto, kuraattori, psykologi ja harrastukset.', sv: 'Skolhälsovård, kurator, psykolog och fritid.', en: 'School health care, school social worker, psychologist and hobbies.' },
    categories: ['school-health', 'school-psychologist', 'school-curator', 'dental-care', 'sport', 'library'],
  },
  {
    code: 'young-person',
    name: { fi: 'Nuori', sv: 'Ung', en: 'Young people' },
    description: { fi: 'Ohjaamot, nuorisotilat ja apu omiin asioihin.', sv: 'Ohjaamo, ungdomsgårdar och hjälp med egna ärenden.', en: 'Ohjaamo centres, youth spaces and help with your own matters.' },
    categories: ['youth-guidance', 'youth-work', 'student-health', 'mental-health'],
    targetGroup: 'youth',
  },
  {
    code: 'exhausted',
    name: { fi: 'Arki on raskasta', sv: 'Vardagen är tung', en: 'Everyday life feels heavy' },
    description: { fi: 'Kotipalvelu, perhetyö ja keskusteluapu, kun voimat ovat vähissä.', sv: 'Hemservice, familjearbete och samtalsstöd när krafterna tryter.', en: 'Home help, family work and someone to talk to when you are worn out.' },
    categories: ['home-help', 'family-work', 'parenting-support', 'peer-group', 'mental-health'],
  },
  {
    code: 'development-worry',
    name: { fi: 'Huoli lapsen kehityksestä', sv: 'Oro för barnets utveckling', en: "Worried about a child's development" },
    description: { fi: 'Terapiat, psykologi, perheneuvola ja vammaispalvelut.', sv: 'Terapier, psykolog, familjerådgivning och handikappservice.', en: 'Therapies, psychologist, family counselling and disability services.' },
    categories: ['speech-therapy', 'occupational-therapy', 'physiotherapy', 'psychologist', 'family-counselling', 'disability-services'],
  },
  {
    code: 'relationship',
    name: { fi: 'Parisuhde ja ero', sv: 'Parrelation och skilsmässa', en: 'Relationships and separation' },
    description: { fi: 'Parisuhteen tuki, eroauttaminen, sovittelu ja sopimukset lapsen asioista.', sv: 'Stöd för parrelationen, skilsmässohjälp, medling och avtal om barnet.', en: "Relationship support, help with separation, mediation and agreements about the child." },
    categories: ['couple-support', 'divorce-help', 'family-law', 'family-mediation'],
  },
  {
    code: 'violence',
    name: { fi: 'Väkivalta tai sen uhka', sv: 'Våld eller hot om våld', en: 'Violence or the threat of it' },
    description: { fi: 'Turvakoti, kriisiapu ja väkivaltatyö. Hätätilanteessa soita 112.', sv: 'Skyddshem, kristjänst och arbete mot våld. I nödsituationer ring 112.', en: 'Shelters, crisis help and violence work. In an emergency call 112.' },
    categories: ['shelter', 'crisis-help', 'violence-work'],
  },
  {
    code: 'money',
    name: { fi: 'Raha-asiat', sv: 'Ekonomi', en: 'Money matters' },
    description: { fi: 'Perhe-etuudet sekä talous- ja velkaneuvonta.', sv: 'Familjeförmåner samt ekonomi- och skuldrådgivning.', en: 'Family benefits and financial and debt counselling.' },
    categories: ['family-benefits', 'financial-counselling'],
  },
  {
    code: 'substances',
    name: { fi: 'Päihteet ja mielenterveys', sv: 'Missbruk och mental hälsa', en: 'Substance use and mental health' },
    description: { fi: 'Apua päihteisiin ja mielenterveyteen koko perheelle.', sv: 'Hjälp med missbruk och psykisk hälsa för hela familjen.', en: 'Help with substance use and mental health for the whole family.' },
    categories: ['substance-services', 'mental-health', 'crisis-help'],
  },
];
