import type { CategorySeed } from '../network/network-dataset.ts';

/**
 * The service-tray taxonomy: topics (no parent) and the kinds of service under them.
 * A service may sit in several categories; families filter by topic.
 */
export const categories: CategorySeed[] = [
  { code: 'clinics', name: { fi: 'Neuvolat', sv: 'Rådgivningar', en: 'Maternity and child health clinics' } },
  { code: 'maternity-clinic', parent: 'clinics', name: { fi: 'Äitiysneuvola', sv: 'Mödrarådgivning', en: 'Maternity clinic' } },
  { code: 'child-health-clinic', parent: 'clinics', name: { fi: 'Lastenneuvola', sv: 'Barnrådgivning', en: 'Child health clinic' } },
  { code: 'contraception-clinic', parent: 'clinics', name: { fi: 'Ehkäisyneuvola', sv: 'Preventivrådgivning', en: 'Contraception clinic' } },
  { code: 'family-coaching', parent: 'clinics', name: { fi: 'Perhevalmennus', sv: 'Familjeförberedelse', en: 'Antenatal family coaching' } },

  { code: 'student-welfare', name: { fi: 'Koulu- ja opiskeluhuolto', sv: 'Elev- och studerandevård', en: 'School and student welfare' } },
  { code: 'school-health', parent: 'student-welfare', name: { fi: 'Kouluterveydenhuolto', sv: 'Skolhälsovård', en: 'School health care' } },
  { code: 'student-health', parent: 'student-welfare', name: { fi: 'Opiskeluterveydenhuolto', sv: 'Studerandehälsovård', en: 'Student health care' } },
  { code: 'school-psychologist', parent: 'student-welfare', name: { fi: 'Koulupsykologi', sv: 'Skolpsykolog', en: 'School psychologist' } },
  { code: 'school-curator', parent: 'student-welfare', name: { fi: 'Koulukuraattori', sv: 'Skolkurator', en: 'School social worker' } },

  { code: 'health-care', name: { fi: 'Terveyspalvelut', sv: 'Hälsotjänster', en: 'Health services' } },
  { code: 'doctor', parent: 'health-care', name: { fi: 'Lääkäri', sv: 'Läkare', en: 'Doctor' } },
  { code: 'psychologist', parent: 'health-care', name: { fi: 'Psykologi', sv: 'Psykolog', en: 'Psychologist' } },
  { code: 'specialist-care', parent: 'health-care', name: { fi: 'Lasten erikoissairaanhoito', sv: 'Specialiserad sjukvård för barn', en: "Children's specialist care" } },

  { code: 'dental-care', parent: 'health-care', name: { fi: 'Hammashoito', sv: 'Tandvård', en: 'Dental care' } },

  { code: 'therapy', name: { fi: 'Terapiat ja kuntoutus', sv: 'Terapier och rehabilitering', en: 'Therapy and rehabilitation' } },
  { code: 'speech-therapy', parent: 'therapy', name: { fi: 'Puheterapia', sv: 'Talterapi', en: 'Speech therapy' } },
  { code: 'physiotherapy', parent: 'therapy', name: { fi: 'Fysioterapia', sv: 'Fysioterapi', en: 'Physiotherapy' } },
  { code: 'occupational-therapy', parent: 'therapy', name: { fi: 'Toimintaterapia', sv: 'Ergoterapi', en: 'Occupational therapy' } },
  { code: 'nutrition-therapy', parent: 'therapy', name: { fi: 'Ravitsemusterapia', sv: 'Näringsterapi', en: 'Nutrition therapy' } },

  { code: 'family-support', name: { fi: 'Arjen tuki perheille', sv: 'Stöd i familjens vardag', en: 'Everyday support for families' } },
  { code: 'service-guidance', parent: 'family-support', name: { fi: 'Perheneuvo ja palveluohjaus', sv: 'Familjerådgivare och servicehandledning', en: 'Family advisor and service guidance' } },
  { code: 'home-help', parent: 'family-support', name: { fi: 'Lapsiperheiden kotipalvelu', sv: 'Hemservice för barnfamiljer', en: 'Home help for families with children' } },
  { code: 'family-work', parent: 'family-support', name: { fi: 'Perhetyö', sv: 'Familjearbete', en: 'Family work' } },
  { code: 'childcare-help', parent: 'family-support', name: { fi: 'Lastenhoitoapu', sv: 'Barnvårdshjälp', en: 'Childcare help' } },
  { code: 'disability-services', parent: 'family-support', name: { fi: 'Vammaispalvelut', sv: 'Handikappservice', en: 'Disability services' } },
  { code: 'family-social-work', parent: 'family-support', name: { fi: 'Lapsiperheiden sosiaalityö', sv: 'Socialt arbete för barnfamiljer', en: 'Social work for families with children' } },

  { code: 'counselling', name: { fi: 'Kasvatus- ja perheneuvonta', sv: 'Uppfostrings- och familjerådgivning', en: 'Child guidance and family counselling' } },
  { code: 'family-counselling', parent: 'counselling', name: { fi: 'Perheneuvola', sv: 'Familjerådgivning', en: 'Family counselling clinic' } },
  { code: 'parenting-support', parent: 'counselling', name: { fi: 'Vanhemmuuden tuki', sv: 'Stöd i föräldraskapet', en: 'Parenting support' } },
  { code: 'couple-support', parent: 'counselling', name: { fi: 'Parisuhteen tuki', sv: 'Stöd för parrelationen', en: 'Relationship support' } },

  { code: 'separation', name: { fi: 'Ero ja perheoikeudelliset asiat', sv: 'Skilsmässa och familjerättsliga frågor', en: 'Separation and family law' } },
  { code: 'divorce-help', parent: 'separation', name: { fi: 'Eroauttaminen', sv: 'Skilsmässohjälp', en: 'Help with separation' } },
  { code: 'family-law', parent: 'separation', name: { fi: 'Perheoikeudelliset palvelut', sv: 'Familjerättsliga tjänster', en: 'Family law services' } },
  { code: 'family-mediation', parent: 'separation', name: { fi: 'Perheasioiden sovittelu', sv: 'Medling i familjefrågor', en: 'Family mediation' } },

  { code: 'mental-health-substance', name: { fi: 'Mielenterveys ja päihteet', sv: 'Mental hälsa och missbruk', en: 'Mental health and substance use' } },
  { code: 'mental-health', parent: 'mental-health-substance', name: { fi: 'Mielenterveyspalvelut', sv: 'Mentalvårdstjänster', en: 'Mental health services' } },
  { code: 'substance-services', parent: 'mental-health-substance', name: { fi: 'Päihdepalvelut', sv: 'Missbrukarvård', en: 'Substance use services' } },

  { code: 'violence-crisis', name: { fi: 'Väkivalta ja kriisit', sv: 'Våld och kriser', en: 'Violence and crises' } },
  { code: 'violence-work', parent: 'violence-crisis', name: { fi: 'Väkivaltatyö', sv: 'Arbete mot våld', en: 'Violence prevention and support' } },
  { code: 'shelter', parent: 'violence-crisis', name: { fi: 'Turvakoti', sv: 'Skyddshem', en: 'Shelter' } },
  { code: 'crisis-help', parent: 'violence-crisis', name: { fi: 'Kriisiapu', sv: 'Kristjänst', en: 'Crisis help' } },

  { code: 'child-protection', name: { fi: 'Lastensuojelu', sv: 'Barnskydd', en: 'Child protection' } },

  { code: 'open-activity', name: { fi: 'Avoin toiminta ja kohtaamispaikat', sv: 'Öppen verksamhet och mötesplatser', en: 'Open activities and meeting places' } },
  { code: 'meeting-place', parent: 'open-activity', name: { fi: 'Avoin kohtaamispaikka', sv: 'Öppen mötesplats', en: 'Open meeting place' } },
  { code: 'open-early-education', parent: 'open-activity', name: { fi: 'Avoin varhaiskasvatus', sv: 'Öppen småbarnspedagogik', en: 'Open early childhood education' } },
  { code: 'family-club', parent: 'open-activity', name: { fi: 'Perhekerhot', sv: 'Familjeklubbar', en: 'Family clubs' } },
  { code: 'volunteering', parent: 'open-activity', name: { fi: 'Vapaaehtoistoiminta', sv: 'Frivilligverksamhet', en: 'Volunteering' } },

  { code: 'peer-support', name: { fi: 'Vertaistuki', sv: 'Kamratstöd', en: 'Peer support' } },
  { code: 'peer-group', parent: 'peer-support', name: { fi: 'Vertaisryhmät', sv: 'Kamratgrupper', en: 'Peer groups' } },

  { code: 'education', name: { fi: 'Varhaiskasvatus ja koulu', sv: 'Småbarnspedagogik och skola', en: 'Early education and school' } },
  { code: 'early-education', parent: 'education', name: { fi: 'Varhaiskasvatus', sv: 'Småbarnspedagogik', en: 'Early childhood education' } },
  { code: 'pre-primary', parent: 'education', name: { fi: 'Esiopetus', sv: 'Förskoleundervisning', en: 'Pre-primary education' } },
  { code: 'basic-education', parent: 'education', name: { fi: 'Perusopetus', sv: 'Grundläggande utbildning', en: 'Basic education' } },

  { code: 'youth', name: { fi: 'Nuoret', sv: 'Unga', en: 'Young people' } },
  { code: 'youth-guidance', parent: 'youth', name: { fi: 'Nuorten ohjaamo', sv: 'Ohjaamo för unga', en: 'One-stop guidance for young people' } },
  { code: 'youth-work', parent: 'youth', name: { fi: 'Nuorisotyö ja nuorisotilat', sv: 'Ungdomsarbete och ungdomsgårdar', en: 'Youth work and youth centres' } },

  { code: 'leisure', name: { fi: 'Vapaa-aika, kulttuuri ja kirjastot', sv: 'Fritid, kultur och bibliotek', en: 'Leisure, culture and libraries' } },
  { code: 'library', parent: 'leisure', name: { fi: 'Kirjasto', sv: 'Bibliotek', en: 'Library' } },
  { code: 'sport', parent: 'leisure', name: { fi: 'Liikunta', sv: 'Motion', en: 'Sport and exercise' } },

  { code: 'parish-activity', name: { fi: 'Seurakuntien toiminta', sv: 'Församlingarnas verksamhet', en: 'Parish activities' } },
  { code: 'parish-family-club', parent: 'parish-activity', name: { fi: 'Seurakunnan perhekerho', sv: 'Församlingens familjeklubb', en: 'Parish family club' } },
  { code: 'camps', parent: 'parish-activity', name: { fi: 'Leirit', sv: 'Läger', en: 'Camps' } },

  { code: 'benefits', name: { fi: 'Etuudet ja raha-asiat', sv: 'Förmåner och ekonomi', en: 'Benefits and money matters' } },
  { code: 'family-benefits', parent: 'benefits', name: { fi: 'Perhe-etuudet', sv: 'Familjeförmåner', en: 'Family benefits' } },
  { code: 'financial-counselling', parent: 'benefits', name: { fi: 'Talous- ja velkaneuvonta', sv: 'Ekonomi- och skuldrådgivning', en: 'Financial and debt counselling' } },
];
