import type { OrganizationSeed } from '../network/network-dataset.ts';
import { REGION_ID, t } from './etela-savo.common.ts';
import { towns } from './etela-savo.municipalities.ts';

/** Organisation keys used across the demo. */
export const ORG = {
  county: 'esavo',
  kela: 'kela',
  legalAid: 'oikeusapu-ita-suomi',
  expertiseCentre: 'ot-keskus-ita-suomi',
  mll: 'mll',
  etkl: 'ensi-ja-turvakotien-liitto',
  mieli: 'mieli',
  folkhalsan: 'folkhalsan',
  setlementti: 'setlementti-etela-savo',
  eroapu: 'eroapu-etela-savo',
  shelter: 'etela-savon-ensi-ja-turvakoti',
  multicultural: 'monikulttuuriset-perheet',
  homeHelpCompany: 'kotiapu-saimaa',
  familyCompany: 'perhepalvelu-kuutti',
} as const;

export const municipalityOrg = (slug: string) => `kunta-${slug}`;
export const mllOrg = (slug: string) => `mll-${slug}`;
export const parishOrg = (slug: string) => `srk-${slug}`;

/** Towns with a local MLL association in the demo. */
export const MLL_TOWNS = ['mikkeli', 'savonlinna', 'pieksamaki', 'juva', 'kangasniemi', 'mantyharju', 'rantasalmi'];

const cities = new Set(['mikkeli', 'savonlinna', 'pieksamaki']);

const municipalityOrgs: OrganizationSeed[] = towns.map((x) => ({
  key: municipalityOrg(x.slug),
  regionId: REGION_ID,
  municipality: x.code,
  type: 'municipality',
  name: cities.has(x.slug)
    ? t(`${x.gen} kaupunki`, `${x.sv} stad`, `City of ${x.fi}`)
    : t(`${x.gen} kunta`, `${x.sv} kommun`, `Municipality of ${x.fi}`),
  description: t(
    `${x.gen} ${cities.has(x.slug) ? 'kaupunki' : 'kunta'} vastaa varhaiskasvatuksesta, koulusta, nuoriso-, liikunta- ja kirjastopalveluista sekä avoimen kohtaamispaikan tiloista.`,
    `${cities.has(x.slug) ? 'Staden' : 'Kommunen'} ansvarar för småbarnspedagogik, skola, ungdoms-, idrotts- och bibliotekstjänster samt för lokalerna för den öppna mötesplatsen.`,
    `The ${cities.has(x.slug) ? 'city' : 'municipality'} runs early education, schools, youth, sport and library services and the premises of the open meeting place.`,
  ),
  website: `https://${x.slug}.example`,
}));

const mllNames: Record<string, [string, string]> = {
  mikkeli: ['MLL Mikkelin yhdistys', 'MLL:s förening i S:t Michel'],
  savonlinna: ['MLL Savonlinnan yhdistys', 'MLL:s förening i Nyslott'],
  pieksamaki: ['MLL Pieksämäen yhdistys', 'MLL:s förening i Pieksämäki'],
  juva: ['MLL Juvan yhdistys', 'MLL:s förening i Jockas'],
  kangasniemi: ['MLL Kangasniemen yhdistys', 'MLL:s förening i Kangasniemi'],
  mantyharju: ['MLL Mäntyharjun yhdistys', 'MLL:s förening i Mäntyharju'],
  rantasalmi: ['MLL Rantasalmen yhdistys', 'MLL:s förening i Rantasalmi'],
};

const mllOrgs: OrganizationSeed[] = MLL_TOWNS.map((slug) => {
  const x = towns.find((m) => m.slug === slug)!;
  const [fi, sv] = mllNames[slug]!;
  return {
    key: mllOrg(slug),
    regionId: REGION_ID,
    municipality: x.code,
    type: 'ngo',
    name: t(fi, sv, `MLL ${x.fi} association`),
    description: t(
      'Mannerheimin Lastensuojeluliiton paikallisyhdistys: vapaaehtoisten pitämiä perhekahviloita, lastenhoitoapua ja tapahtumia.',
      'Lokalförening inom Mannerheims Barnskyddsförbund: familjecaféer som drivs av frivilliga, barnvårdshjälp och evenemang.',
      'Local association of the Mannerheim League for Child Welfare: volunteer-run family cafés, childcare help and events.',
    ),
    website: `https://mll.example/${slug}`,
  };
});

const parishes: [string, string, string, string][] = [
  ['mikkeli', 'Mikkelin tuomiokirkkoseurakunta', 'S:t Michels domkyrkoförsamling', 'Mikkeli Cathedral Parish'],
  ['savonlinna', 'Savonlinnan seurakuntayhtymä', 'Nyslotts kyrkliga samfällighet', 'Savonlinna Parish Union'],
  ['pieksamaki', 'Pieksämäen seurakunta', 'Pieksämäki församling', ''],
  ['juva', 'Juvan seurakunta', 'Jockas församling', ''],
  ['kangasniemi', 'Kangasniemen seurakunta', 'Kangasniemi församling', ''],
  ['mantyharju', 'Mäntyharjun seurakunta', 'Mäntyharju församling', ''],
  ['hirvensalmi', 'Hirvensalmen seurakunta', 'Hirvensalmi församling', ''],
  ['puumala', 'Puumalan seurakunta', 'Puumala församling', ''],
  ['rantasalmi', 'Rantasalmen seurakunta', 'Rantasalmi församling', ''],
  ['sulkava', 'Sulkavan seurakunta', 'Sulkava församling', ''],
  ['enonkoski', 'Enonkosken seurakunta', 'Enonkoski församling', ''],
  ['pertunmaa', 'Pertunmaan seurakunta', 'Pertunmaa församling', ''],
];

const parishOrgs: OrganizationSeed[] = parishes.map(([slug, fi, sv, en]) => ({
  key: parishOrg(slug),
  regionId: REGION_ID,
  municipality: towns.find((m) => m.slug === slug)!.code,
  type: 'parish',
  name: t(fi, sv, en || `${towns.find((m) => m.slug === slug)!.fi} Parish`),
  description: t(
    'Evankelis-luterilainen seurakunta: perhekerhoja, leirejä, diakoniatyötä ja vertaistukea lapsiperheille.',
    'Evangelisk-luthersk församling: familjeklubbar, läger, diakoni och kamratstöd för barnfamiljer.',
    'Evangelical Lutheran parish: family clubs, camps, diaconal work and peer support for families.',
  ),
  website: `https://seurakunta.example/${slug}`,
}));

export const organizations: OrganizationSeed[] = [
  {
    key: ORG.county,
    regionId: REGION_ID,
    type: 'wellbeingCounty',
    name: t('Etelä-Savon hyvinvointialue', 'Södra Savolax välfärdsområde', 'South Savo Wellbeing Services County'),
    description: t(
      'Järjestää sosiaali- ja terveyspalvelut sekä pelastustoimen Etelä-Savon 12 kunnassa. Perhekeskukset ovat Mikkelissä, Savonlinnassa ja Pieksämäellä.',
      'Ordnar social- och hälsovårdstjänster och räddningsväsendet i de tolv kommunerna i Södra Savolax. Familjecentren finns i S:t Michel, Nyslott och Pieksämäki.',
      'Organises health and social services and rescue services in the 12 municipalities of South Savo. The family centres are in Mikkeli, Savonlinna and Pieksämäki.',
    ),
    website: 'https://esavo.example',
  },
  ...municipalityOrgs,
  ...mllOrgs,
  ...parishOrgs,
  {
    key: ORG.mll,
    regionId: null,
    type: 'ngo',
    name: t('Mannerheimin Lastensuojeluliitto', 'Mannerheims Barnskyddsförbund', 'Mannerheim League for Child Welfare'),
    description: t('Valtakunnallinen lastensuojelujärjestö. Ylläpitää Lasten ja nuorten puhelinta sekä Vanhempainpuhelinta.', 'Riksomfattande barnskyddsorganisation. Upprätthåller Barn- och ungdomstelefonen och Föräldratelefonen.', 'National child welfare organisation running the children and youth helpline and the parents’ helpline.'),
    website: 'https://mll.example',
  },
  {
    key: ORG.etkl,
    regionId: null,
    type: 'ngo',
    name: t('Ensi- ja turvakotien liitto', 'Förbundet för mödra- och skyddshem', 'Federation of Mother and Child Homes and Shelters'),
    description: t('Valtakunnallinen järjestö, joka tekee väkivaltatyötä ja eroauttamista sekä tukee vauvaperheitä.', 'Riksomfattande organisation som arbetar mot våld, hjälper vid skilsmässa och stöder babyfamiljer.', 'National organisation working against violence, helping families through separation and supporting families with babies.'),
    website: 'https://ensijaturvakotienliitto.example',
  },
  {
    key: ORG.mieli,
    regionId: null,
    type: 'ngo',
    name: t('MIELI Suomen Mielenterveys ry', 'MIELI Psykisk Hälsa Finland rf', 'MIELI Mental Health Finland'),
    description: t('Mielenterveysjärjestö, joka ylläpitää kriisipuhelinta ja kriisikeskuksia.', 'Organisation för psykisk hälsa som driver kristelefonen och kriscenter.', 'Mental health organisation running the crisis helpline and crisis centres.'),
    website: 'https://mieli.example',
  },
  {
    key: ORG.folkhalsan,
    regionId: REGION_ID,
    type: 'ngo',
    name: t('Folkhälsan, Itä-Suomen perhetoiminta', 'Folkhälsan, familjeverksamheten i Östra Finland', 'Folkhälsan family activities in Eastern Finland'),
    description: t('Ruotsinkielistä perhetoimintaa Etelä-Savossa: perhekahvila, vauvaryhmät ja kielikerhot.', 'Svenskspråkig familjeverksamhet i Södra Savolax: familjecafé, babygrupper och språkklubbar.', 'Swedish-language family activities in South Savo: family café, baby groups and language clubs.'),
    website: 'https://folkhalsan.example/ostra-finland',
  },
  {
    key: ORG.setlementti,
    regionId: REGION_ID,
    type: 'ngo',
    name: t('Setlementti Etelä-Savo ry', 'Settlementet i Södra Savolax rf', 'Settlement South Savo'),
    description: t('Setlementtiliikkeen yhdistys: vertaisryhmiä, perhetoimintaa ja vapaaehtoistyötä.', 'Förening inom settlementrörelsen: kamratgrupper, familjeverksamhet och frivilligarbete.', 'Settlement association offering peer groups, family activities and volunteering.'),
    website: 'https://setlementti.example/etela-savo',
  },
  {
    key: ORG.eroapu,
    regionId: REGION_ID,
    type: 'ngo',
    name: t('Eroapu Etelä-Savo ry', 'Skilsmässohjälpen i Södra Savolax rf', 'Separation Help South Savo'),
    description: t('Eroauttamisen yhdistys: eroneuvontaa, eroryhmiä aikuisille ja lapsille sekä yhteistyövanhemmuuden tukea.', 'Förening för skilsmässohjälp: rådgivning, grupper för vuxna och barn samt stöd i samarbetsföräldraskap.', 'Association helping with separation: advice, groups for adults and children and support for co-parenting.'),
    website: 'https://eroapu.example',
  },
  {
    key: ORG.shelter,
    regionId: REGION_ID,
    type: 'ngo',
    name: t('Etelä-Savon ensi- ja turvakoti ry', 'Mödra- och skyddshemmet i Södra Savolax rf', 'South Savo Mother and Child Home and Shelter'),
    description: t('Ylläpitää turvakotia ja väkivaltatyön avopalveluja sekä tekee vauvaperhetyötä.', 'Driver skyddshemmet och öppenvård mot våld samt arbetar med babyfamiljer.', 'Runs the shelter and outpatient violence work and supports families with babies.'),
    website: 'https://turvakoti-esavo.example',
  },
  {
    key: ORG.multicultural,
    regionId: REGION_ID,
    type: 'ngo',
    name: t('Etelä-Savon monikulttuuriset perheet ry', 'Mångkulturella familjer i Södra Savolax rf', 'Multicultural Families of South Savo'),
    description: t('Maahan muuttaneiden perheiden yhdistys: kansainvälinen perhekahvila ja suomen kielen kerhot.', 'Förening för inflyttade familjer: internationellt familjecafé och klubbar i finska.', 'Association of immigrant families: international family café and Finnish language clubs.'),
    website: 'https://monikulttuuri.example',
  },
  {
    key: ORG.homeHelpCompany,
    regionId: REGION_ID,
    municipality: '491',
    type: 'company',
    name: t('Kotiapu Saimaa Oy', 'Kotiapu Saimaa Ab', 'Kotiapu Saimaa Ltd'),
    description: t('Yksityinen kotipalveluyritys; hyvinvointialueen hyväksymä palvelusetelituottaja.', 'Privat hemserviceföretag; godkänd producent av servicesedlar inom välfärdsområdet.', 'Private home help company, approved by the county as a service voucher provider.'),
    website: 'https://kotiapusaimaa.example',
  },
  {
    key: ORG.familyCompany,
    regionId: REGION_ID,
    municipality: '740',
    type: 'company',
    name: t('Perhepalvelu Kuutti Oy', 'Familjeservice Kuutti Ab', 'Kuutti Family Services Ltd'),
    description: t('Yksityinen perhepalveluyritys Savonlinnassa: kotipalvelua, lastenhoitoa ja perheohjausta.', 'Privat familjeserviceföretag i Nyslott: hemservice, barnvård och familjehandledning.', 'Private family services company in Savonlinna: home help, childcare and family guidance.'),
    website: 'https://kuutti.example',
  },
  {
    key: ORG.kela,
    regionId: null,
    type: 'state',
    name: t('Kansaneläkelaitos Kela', 'Folkpensionsanstalten FPA', 'Social Insurance Institution of Finland Kela'),
    description: t('Maksaa perhe-etuudet, kuten äitiysavustuksen, vanhempainrahat, lapsilisän ja elatustuen.', 'Betalar familjeförmåner såsom moderskapsunderstöd, föräldrapenning, barnbidrag och underhållsstöd.', 'Pays family benefits such as the maternity grant, parental allowances, child benefit and maintenance allowance.'),
    website: 'https://kela.example',
  },
  {
    key: ORG.legalAid,
    regionId: null,
    type: 'state',
    name: t('Itä-Suomen oikeusapu- ja edunvalvontapiiri', 'Östra Finlands rättshjälps- och intressebevakningsdistrikt', 'Eastern Finland Legal Aid and Public Guardianship District'),
    description: t('Valtion virasto, joka tarjoaa oikeusapua sekä talous- ja velkaneuvontaa.', 'Statligt ämbetsverk som ger rättshjälp samt ekonomi- och skuldrådgivning.', 'State agency providing legal aid and financial and debt counselling.'),
    website: 'https://oikeus.example/ita-suomi',
  },
  {
    key: ORG.expertiseCentre,
    regionId: null,
    type: 'expertiseCentre',
    name: t('Itä-Suomen lasten ja nuorten OT-keskus', 'Kompetens- och stödcentret för barn och unga i Östra Finland', 'Eastern Finland Expertise and Support Centre for Children and Young People'),
    description: t('Osaamis- ja tukikeskus, joka tukee hyvinvointialueita vaativimmissa lasten ja nuorten tilanteissa.', 'Kompetens- och stödcenter som stöder välfärdsområdena i de mest krävande situationerna för barn och unga.', 'Expertise and support centre that helps wellbeing services counties with the most demanding cases of children and young people.'),
    website: 'https://ot-keskus.example',
  },
];
