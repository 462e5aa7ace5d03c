import type { SynonymSeed } from '../network/network-dataset.ts';

/**
 * Everyday words families type, mapped to the words services are described with. Each expansion is
 * searched like a typed word (prefix and substring), so expansions are stems or base forms; an
 * expansion of several words needs all of them. A term also covers its inflected forms with a few
 * more letters ("vauvan", "eron"), so irregular stems get their own term ("riidat").
 */

type Lang = SynonymSeed['lang'];

/** Several terms that mean the same thing share one list of expansions. */
function same(lang: Lang, terms: string[], expansions: string[]): SynonymSeed[] {
  return terms.map((term) => ({ lang, term, expansions: expansions.filter((e) => e !== term) }));
}

// ---- Finnish -------------------------------------------------------------------------------

const fi: SynonymSeed[] = [
  ...same('fi', ['vauva', 'vastasyntynyt'], ['lastenneuvola', 'imetys', 'vauvaryhmä', 'vauvaperhe', 'perhekahvila', 'perhekerho', 'vauva']),
  ...same('fi', ['raskaus', 'raskaana', 'raskaustesti'], ['äitiysneuvola', 'perhevalmennus', 'synnytys', 'raskaus', 'odottava', 'äitiysavustus']),
  ...same('fi', ['odotus', 'odottava', 'odotamme'], ['raskaus', 'äitiysneuvola', 'perhevalmennus', 'odottava']),
  ...same('fi', ['synnytys', 'synnyttäminen'], ['synnytysosasto', 'äitiysneuvola', 'perhevalmennus', 'raskaus']),
  ...same('fi', ['ero', 'avioero', 'erota', 'eroaminen', 'erotilanne', 'eronnut', 'avoero'], [
    'eroauttaminen', 'eroneuvonta', 'eroryhmä', 'perheoikeudelliset', 'lastenvalvoja', 'sovittelu', 'elatus', 'tapaamisoikeus', 'yhteishuolto',
  ]),
  ...same('fi', ['uupumus', 'uupunut', 'väsymys', 'väsynyt', 'jaksaminen', 'en jaksa', 'burnout'], [
    'kotipalvelu', 'perhetyö', 'mielenterveys', 'jaksaminen', 'uupumus', 'lastenhoitoapu', 'perheneuvo',
  ]),
  ...same('fi', ['masennus', 'masentunut', 'ahdistus', 'ahdistaa', 'paha olo', 'mielenterveys'], [
    'mielenterveys', 'psykologi', 'ahdistus', 'masennus', 'keskusteluapu', 'kriisi', 'psykiatri',
  ]),
  ...same('fi', ['kiusaaminen', 'kiusattu', 'kiusataan'], ['kuraattori', 'koulupsykologi', 'kiusaaminen', 'auttava puhelin', 'nuorisotyö']),
  ...same('fi', ['väkivalta', 'lyöminen', 'perheväkivalta', 'pahoinpitely'], ['väkivalta', 'turvakoti', 'päivystys', 'kriisi', 'auttava puhelin', 'lastensuojelu']),
  ...same('fi', ['riita', 'riidat', 'riitely', 'riitaa'], ['sovittelu', 'perheneuvola', 'parisuhde', 'perhetyö', 'eroauttaminen', 'riidat', 'perheneuvonta']),
  ...same('fi', ['parisuhde', 'pariterapia', 'avioliitto'], ['parisuhde', 'perheneuvola', 'perheneuvonta', 'eroauttaminen', 'sovittelu']),
  ...same('fi', ['puhe', 'puhuminen', 'änkytys', 'änkyttää', 'kielenkehitys'], ['puheterapia', 'puheterapeutti', 'änkytys', 'ääntäminen']),
  ...same('fi', ['raha', 'rahat', 'rahaa', 'talous', 'toimeentulo', 'köyhyys'], [
    'toimeentulotuki', 'etuus', 'kela', 'velkaneuvonta', 'talousneuvonta', 'lapsilisä', 'elatustuki', 'diakonia',
  ]),
  ...same('fi', ['velka', 'velat', 'ulosotto', 'laskut'], ['velkaneuvonta', 'talousneuvonta', 'toimeentulotuki', 'diakonia']),
  ...same('fi', ['kela', 'lapsilisä', 'äitiyspakkaus', 'vanhempainvapaa', 'vanhempainraha'], ['kela', 'perhe-etuudet', 'lapsilisä', 'äitiysavustus', 'vanhempainraha']),
  ...same('fi', ['koulu', 'koululainen', 'oppilas', 'yläkoulu', 'alakoulu'], ['kouluterveydenhuolto', 'kuraattori', 'koulupsykologi', 'opiskeluhuolto', 'koulu']),
  ...same('fi', ['opiskelija', 'lukio', 'opiskelu'], ['opiskeluterveydenhuolto', 'opiskeluhuolto', 'ohjaamo', 'lukio']),
  ...same('fi', ['nuori', 'nuoret', 'nuorten', 'teini', 'murrosikä'], ['nuore', 'nuort', 'nuoriso', 'ohjaamo', 'opiskeluterveydenhuolto']),
  ...same('fi', ['päihde', 'päihteet', 'alkoholi', 'huumeet', 'huume', 'kannabis', 'nuuska', 'juominen'], [
    'päihde', 'päihte', 'alkoholi', 'huume', 'riippuvuus', 'nuorisoasema',
  ]),
  ...same('fi', ['yksinhuoltaja', 'yh', 'yksinhuoltajuus'], ['yhden vanhemman', 'yksinhuoltaja', 'elatustuki', 'elatusapu', 'lastenhoito', 'lastenvalvoja']),
  ...same('fi', ['isä', 'isät', 'isyys', 'isyysvapaa'], ['isyys', 'isyyden', 'isät', 'isätoiminta']),
  ...same('fi', ['äiti', 'äidit', 'äitiys'], ['äitiysneuvola', 'imetys', 'vauvaryhmä', 'perhevalmennus', 'vanhempainryhmä']),
  ...same('fi', ['sijoitus', 'huostaanotto', 'sijaisperhe', 'sijaisvanhempi'], ['lastensuojelu', 'perhehoito', 'sijaisperhe', 'jälkihuolto', 'huostaanotto']),
  ...same('fi', ['adoptio', 'adoptoida', 'adoptiolapsi'], ['adoptio', 'adoptioneuvonta', 'perheoikeudelliset']),
  ...same('fi', ['maahanmuuttaja', 'maahanmuutto', 'pakolainen', 'ulkomaalainen'], [
    'kansainvälinen', 'monikulttuuri', 'kotoutuminen', 'kielikerho', 'tulkki', 'perhekummi', 'maahanmuuttaja',
  ]),
  ...same('fi', ['imetys', 'imettäminen', 'rintamaito'], ['imetys', 'imetysvastaanotto', 'lastenneuvola', 'rintamaito']),
  ...same('fi', ['rokotus', 'rokotukset', 'rokote', 'rokottaminen'], ['rokotu', 'rokote', 'lastenneuvola', 'kouluterveydenhuolto']),
  ...same('fi', ['vanhemmuus', 'kasvatus', 'uhmaikä', 'uhma', 'raivari', 'rajat'], ['perheneuvola', 'vanhempainryhmä', 'perhetyö', 'vanhempainpuhelin', 'kasvatusneuvonta']),
  ...same('fi', ['kriisi', 'hätä', 'itsetuhoisuus'], ['kriisipuhelin', 'kriisipäivystys', 'sosiaalipäivystys', 'kriisiapu', 'turvakoti']),
  ...same('fi', ['yksinäisyys', 'yksinäinen', 'kaverit', 'ystävät'], ['perhekahvila', 'kohtaamispaikka', 'vertaistuki', 'perhekummi', 'nuorisotila']),
  ...same('fi', ['päiväkoti', 'päivähoito', 'hoitopaikka', 'eskari', 'esikoulu', 'tarha'], ['varhaiskasvatus', 'päiväkoti', 'esiopetus']),
  ...same('fi', ['lastenhoito', 'lapsenvahti', 'lastenhoitaja', 'hoitoapu'], ['lastenhoitoapu', 'kotipalvelu', 'lastenhoito', 'perhekummi']),
  ...same('fi', ['huoltajuus', 'huolto', 'elatusapu', 'elatus', 'tapaamiset', 'tapaamisoikeus'], ['lastenvalvoja', 'perheoikeudelliset', 'sovittelu', 'elatustuki', 'valvotut tapaamiset']),
  ...same('fi', ['ruoka', 'syöminen', 'allergia', 'paino', 'nirso'], ['ravitsemusterapia', 'syömi', 'neuvokas', 'allergia']),
  ...same('fi', ['kehitys', 'adhd', 'autismi', 'keskittyminen', 'motoriikka'], ['lastenneurologia', 'toimintaterapia', 'puheterapia', 'fysioterapia', 'psykologi', 'perheneuvola']),
  ...same('fi', ['sairas', 'kuume', 'flunssa', 'sairastui'], ['lääkäri', 'terveysasema', 'päivystys']),
  ...same('fi', ['harrastus', 'harrastukset', 'urheilu'], ['liikunta', 'nuorisotila', 'kirjasto', 'uimakoulu']),
  ...same('fi', ['uinti', 'uimahalli', 'vauvauinti'], ['uimakoulu', 'uimahalli', 'uinti']),
  ...same('fi', ['työ', 'työnhaku', 'työtön', 'työpaikka'], ['ohjaamo', 'etsivä nuorisotyö']),
  ...same('fi', ['ruotsi', 'ruotsiksi', 'ruotsinkielinen'], ['ruotsinkielinen', 'folkhälsan', 'svenska']),
  ...same('fi', ['ehkäisy', 'e-pillerit', 'seksi', 'seksitauti'], ['ehkäisyneuvola', 'seksuaaliterveys', 'ehkäisy']),
];

// ---- Swedish -------------------------------------------------------------------------------

const sv: SynonymSeed[] = [
  ...same('sv', ['bebis', 'baby', 'nyfödd', 'spädbarn'], ['barnrådgivning', 'amning', 'babygrupp', 'familjecafé', 'lastenneuvola', 'bebis']),
  ...same('sv', ['gravid', 'graviditet', 'väntar barn', 'havandeskap'], ['mödrarådgivning', 'graviditet', 'familjeförberedelse', 'förlossning', 'moderskapsunderstöd', 'äitiysneuvola']),
  ...same('sv', ['förlossning', 'föda'], ['förlossningsavdelning', 'mödrarådgivning', 'familjeförberedelse', 'synnytys']),
  ...same('sv', ['skilsmässa', 'separation', 'skiljas', 'skild', 'frånskild'], [
    'skilsmässohjälp', 'barnatillsyningsman', 'medling', 'familjerätt', 'umgänge', 'underhåll', 'eroauttaminen',
  ]),
  ...same('sv', ['trött', 'utmattning', 'utmattad', 'orkar', 'ork', 'slutkörd'], ['ork', 'utmattning', 'hemservice', 'familjearbete', 'barnvård', 'kotipalvelu']),
  ...same('sv', ['depression', 'deprimerad', 'ångest', 'nedstämd', 'psykisk hälsa'], ['psykisk hälsa', 'psykolog', 'ångest', 'depression', 'samtalsstöd', 'mielenterveys']),
  ...same('sv', ['mobbning', 'mobbad', 'mobbar'], ['kurator', 'skolpsykolog', 'barntelefon', 'ungdomstelefon', 'mobbning']),
  ...same('sv', ['våld', 'misshandel', 'familjevåld'], ['skyddshem', 'socialjour', 'krisjour', 'hjälptelefon', 'väkivalta', 'våld']),
  ...same('sv', ['bråk', 'gräl', 'konflikt'], ['medling', 'familjerådgivning', 'parrelation', 'familjearbete', 'gräl']),
  ...same('sv', ['tal', 'talet', 'stamning', 'stammar', 'språkutveckling'], ['talterapi', 'talterapeut', 'stamning', 'puheterapia']),
  ...same('sv', ['pengar', 'ekonomi', 'fattigdom'], ['utkomststöd', 'fpa', 'kela', 'skuldrådgivning', 'ekonomi', 'barnbidrag', 'underhållsstöd', 'diakoni']),
  ...same('sv', ['skuld', 'skulder', 'räkningar'], ['skuldrådgivning', 'ekonomirådgivning', 'velkaneuvonta', 'utkomststöd']),
  ...same('sv', ['fpa', 'barnbidrag', 'moderskapsförpackning', 'föräldrapenning'], ['fpa', 'kela', 'familjeförmåner', 'barnbidrag', 'moderskapsunderstöd']),
  ...same('sv', ['skola', 'skolan', 'skolbarn', 'elev'], ['skol', 'kurator', 'elevhälsa', 'koulu']),
  ...same('sv', ['ung', 'unga', 'ungdom', 'tonåring', 'tonåringar'], ['ungdom', 'unga', 'ohjaamo', 'ungdomsgård', 'nuoret']),
  ...same('sv', ['droger', 'alkohol', 'missbruk', 'rusmedel', 'cannabis', 'snus'], ['missbruk', 'rusmedel', 'päihde', 'beroende', 'alkohol']),
  ...same('sv', ['ensamförälder', 'ensamstående', 'ensamförsörjare'], ['ensamförsörjare', 'ensamförälder', 'underhållsstöd', 'barnvårdshjälp', 'yksinhuoltaja']),
  ...same('sv', ['pappa', 'pappor', 'faderskap'], ['faderskap', 'pappor', 'pappa', 'familjeförberedelse', 'föräldragrupp', 'isä']),
  ...same('sv', ['mamma', 'mammor', 'moderskap'], ['mödrarådgivning', 'moderskap', 'amning', 'babygrupp', 'äiti']),
  ...same('sv', ['amning', 'amma', 'bröstmjölk'], ['amningsmottagning', 'barnrådgivning', 'amning', 'imetys']),
  ...same('sv', ['vaccination', 'vaccin', 'vaccinera'], ['vaccin', 'barnrådgivning', 'skolhälsovård', 'rokotu']),
  ...same('sv', ['daghem', 'dagis', 'dagvård', 'förskola'], ['småbarnspedagogik', 'daghem', 'förskol', 'varhaiskasvatus']),
  ...same('sv', ['kris', 'nödsituation', 'självmordstankar'], ['kristelefon', 'krisjour', 'socialjour', 'skyddshem', 'krishjälp']),
  ...same('sv', ['ensamhet', 'ensam', 'vänner'], ['familjecafé', 'mötesplats', 'kamratstöd', 'familjefadder']),
  ...same('sv', ['placering', 'fosterhem', 'fosterfamilj', 'omhändertagande'], ['familjevård', 'fosterfamilj', 'barnskydd', 'eftervård']),
  ...same('sv', ['adoption', 'adoptera'], ['adoption', 'adoptio']),
  ...same('sv', ['invandrare', 'inflyttad', 'flykting'], ['internationell', 'mångkulturell', 'integration', 'tolk', 'monikulttuuri']),
  ...same('sv', ['vårdnad', 'umgänge', 'underhållsbidrag'], ['barnatillsyningsman', 'familjerätt', 'medling', 'underhållsstöd']),
  ...same('sv', ['svenska', 'svenskspråkig', 'på svenska'], ['folkhälsan', 'ruotsinkielinen', 'svenskspråkig', 'svenska']),
];

// ---- English -------------------------------------------------------------------------------

const en: SynonymSeed[] = [
  ...same('en', ['baby', 'babies', 'newborn', 'infant'], ['child health', 'breastfeeding', 'newborn', 'vauva', 'baby group', 'family café']),
  ...same('en', ['pregnant', 'pregnancy', 'expecting', 'antenatal', 'prenatal'], ['maternity', 'pregnancy', 'antenatal', 'expecting', 'birth', 'äitiysneuvola']),
  ...same('en', ['midwife', 'labour', 'giving birth'], ['maternity', 'birth', 'antenatal', 'synnytys']),
  ...same('en', ['divorce', 'separation', 'separating', 'breakup', 'break up'], [
    'separation', 'divorce', 'mediation', 'custody', 'maintenance', 'welfare supervisor', 'eroauttaminen',
  ]),
  ...same('en', ['exhausted', 'exhaustion', 'tired', 'burnout', 'burnt out', 'worn out', 'not coping'], [
    'exhaustion', 'coping', 'home help', 'family work', 'kotipalvelu', 'perhetyö', 'mental health',
  ]),
  ...same('en', ['depression', 'depressed', 'anxiety', 'anxious', 'mental health'], ['mental health', 'psychologist', 'anxiety', 'depression', 'crisis', 'mielenterveys']),
  ...same('en', ['bullying', 'bullied', 'bully'], ['curator', 'school psychologist', 'helpline', 'kuraattori', 'bullying']),
  ...same('en', ['violence', 'abuse', 'domestic abuse', 'hitting'], ['violence', 'shelter', 'crisis', 'helpline', 'väkivalta', 'child protection']),
  ...same('en', ['arguing', 'arguments', 'fighting', 'conflict'], ['mediation', 'family counselling', 'relationship', 'family work', 'arguments']),
  ...same('en', ['speech', 'talking', 'stutter', 'stuttering', 'language delay'], ['speech', 'stuttering', 'puheterapia', 'talterapi']),
  ...same('en', ['money', 'finances', 'poverty', 'benefits'], ['benefit', 'kela', 'social assistance', 'debt', 'financial', 'child benefit', 'maintenance']),
  ...same('en', ['debt', 'debts', 'bills'], ['debt', 'financial counselling', 'velka', 'social assistance']),
  ...same('en', ['school', 'pupil', 'pupils'], ['school', 'curator', 'pupil', 'student welfare', 'koulu']),
  ...same('en', ['teen', 'teens', 'teenager', 'teenagers', 'youth', 'young'], ['young people', 'youth', 'ohjaamo', 'nuoret', 'teen']),
  ...same('en', ['drugs', 'alcohol', 'drinking', 'cannabis', 'addiction', 'substance'], ['substance', 'addiction', 'alcohol', 'drugs', 'päihde']),
  ...same('en', ['single parent', 'single mum', 'single dad', 'lone parent'], ['single parent', 'maintenance', 'childminder', 'yksinhuoltaja']),
  ...same('en', ['dad', 'dads', 'father', 'fathers', 'paternity'], ['father', 'paternity', 'isä', 'dad', 'antenatal']),
  ...same('en', ['mum', 'mom', 'mother', 'mothers', 'maternity'], ['maternity', 'mother', 'breastfeeding', 'äiti', 'baby group']),
  ...same('en', ['breastfeeding', 'nursing', 'breast milk'], ['breastfeeding', 'imetys', 'child health', 'breast milk']),
  ...same('en', ['vaccination', 'vaccinations', 'vaccine', 'vaccines', 'jabs'], ['vaccin', 'child health', 'school health', 'rokotu']),
  ...same('en', ['nursery', 'daycare', 'kindergarten', 'preschool'], ['early education', 'day care', 'pre-primary', 'varhaiskasvatus']),
  ...same('en', ['foster', 'fostering', 'in care', 'placement'], ['foster', 'placement', 'child protection', 'aftercare']),
  ...same('en', ['adoption', 'adopt', 'adopted'], ['adoption', 'adoptio']),
  ...same('en', ['immigrant', 'refugee', 'newcomer', 'foreigner'], ['international', 'multicultural', 'interpreter', 'monikulttuuri', 'immigrant']),
  ...same('en', ['crisis', 'emergency', 'suicidal'], ['crisis', 'emergency', 'shelter', 'kriisi', 'helpline']),
  ...same('en', ['lonely', 'loneliness', 'friends'], ['loneliness', 'meeting place', 'peer support', 'family café', 'family mentor']),
  ...same('en', ['custody', 'child support', 'visitation', 'visiting rights'], ['custody', 'maintenance', 'welfare supervisor', 'mediation', 'lastenvalvoja']),
  ...same('en', ['babysitter', 'childminder', 'childcare'], ['childcare', 'childminder', 'home help', 'lastenhoito']),
  ...same('en', ['job', 'jobs', 'unemployed', 'job hunting'], ['ohjaamo', 'outreach youth work', 'job hunting']),
];

export const synonyms: SynonymSeed[] = [...fi, ...sv, ...en];
