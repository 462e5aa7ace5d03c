import type { NetworkDataset, ServiceSeed } from '../network/network-dataset.ts';
import { demoCalendar } from './etela-savo.common.ts';
import { municipalities, region } from './etela-savo.municipalities.ts';
import { organizations } from './etela-savo.organizations.ts';
import { places } from './etela-savo.places.ts';
import { basicHealthServices } from './etela-savo.services-basic-health.ts';
import { careNeedsServices } from './etela-savo.services-care-needs.ts';
import { basicSocialServices } from './etela-savo.services-basic-social.ts';
import { familyLawServices } from './etela-savo.services-family-law.ts';
import { leisureServices } from './etela-savo.services-leisure.ts';
import { municipalServices } from './etela-savo.services-municipal.ts';
import { nationalServices } from './etela-savo.services-national.ts';
import { mllAndFolkhalsanServices } from './etela-savo.services-ngo.ts';
import { ngoSupportServices } from './etela-savo.services-ngo-support.ts';
import { parishServices } from './etela-savo.services-parish.ts';
import { shelterServices } from './etela-savo.services-shelter.ts';
import { specialCareServices } from './etela-savo.services-special.ts';
import { specialSupportServices } from './etela-savo.services-special-support.ts';
import { universalServices } from './etela-savo.services-universal.ts';

/**
 * The demo region: Etelä-Savo (South Savo) wellbeing services county, its 12 municipalities and
 * the family-centre network of the county, municipalities, NGOs, parishes, companies and Kela.
 * Place and organisation names are realistic; every person, phone number, e-mail and web address
 * is invented (`000` phone blocks, `.example` domains).
 *
 * Its dates come from `today` (a Helsinki date, 'YYYY-MM-DD'; see DemoCalendar): entries were
 * checked in the last months, and holiday exceptions, summer hours and school years are the coming
 * ones. Keys, names, texts and hours are the same for every day, so ids and links stay stable.
 */
export function createEtelaSavoDataset(today: string): NetworkDataset {
  const cal = demoCalendar(today);
  const services: ServiceSeed[] = [
    ...universalServices(cal),
    ...basicSocialServices(cal),
    ...familyLawServices(cal),
    ...basicHealthServices(cal),
    ...specialCareServices(cal),
    ...specialSupportServices(cal),
    ...municipalServices(cal),
    ...leisureServices(cal),
    ...mllAndFolkhalsanServices(cal),
    ...ngoSupportServices(cal),
    ...shelterServices(cal),
    ...parishServices(cal),
    ...nationalServices(cal),
    ...careNeedsServices(cal),
  ];
  return {
    regions: [region],
    municipalities,
    organizations,
    places: places(cal),
    services,
  };
}
