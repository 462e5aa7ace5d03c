import type { Messages } from '../../platform/i18n/messages.ts';
import type { ProblemTexts } from '../../platform/i18n/problems.ts';

/** The catalog's own error texts: what its resources are called and its own input checks. */
const fi = {
  resources: {
    service: 'palvelu',
    place: 'toimipaikka',
    municipality: 'kunta',
    organization: 'toimija',
    searchConcept: 'hakukäsite',
  },
  issues: {
    unknownMunicipality: 'tuntematon kuntanumero {value}',
    unknownCategory: 'tuntematon aihe {value}',
    statusReasonRequired: 'kerro perheille syy, kun palvelu on suljettu tai päättynyt',
    notOwnPlace: 'valitse oman toimijan toimipaikka',
    hoursFormat: 'kirjoita ajat muodossa 9–12 tai 9.30–12, 17–19; tyhjä tarkoittaa suljettua',
    dayRepeated: 'sama päivä on jo annettu',
    wordInOtherConcept: 'sana {value} kuuluu jo käsitteeseen {concept}',
  },
  details: {
    locationExists: 'Palvelu on jo tarjolla tässä toimipaikassa.',
    joinRequestDecided: 'Pyyntö on jo käsitelty.',
  },
} as const;

const sv: Messages<typeof fi> = {
  resources: {
    service: 'tjänst',
    place: 'verksamhetsställe',
    municipality: 'kommun',
    organization: 'aktör',
    searchConcept: 'sökbegrepp',
  },
  issues: {
    unknownMunicipality: 'okänt kommunnummer {value}',
    unknownCategory: 'okänt ämne {value}',
    statusReasonRequired: 'berätta för familjerna varför tjänsten är stängd eller har upphört',
    notOwnPlace: 'välj ett verksamhetsställe som hör till aktören',
    hoursFormat: 'skriv tiderna som 9–12 eller 9.30–12, 17–19; tomt betyder stängt',
    dayRepeated: 'samma dag har redan angetts',
    wordInOtherConcept: 'ordet {value} hör redan till begreppet {concept}',
  },
  details: {
    locationExists: 'Tjänsten erbjuds redan på detta verksamhetsställe.',
    joinRequestDecided: 'Begäran har redan behandlats.',
  },
};

const en: Messages<typeof fi> = {
  resources: {
    service: 'service',
    place: 'place',
    municipality: 'municipality',
    organization: 'organisation',
    searchConcept: 'search concept',
  },
  issues: {
    unknownMunicipality: 'unknown municipality code {value}',
    unknownCategory: 'unknown topic {value}',
    statusReasonRequired: 'tell families why, when the service is closed or has ended',
    notOwnPlace: "choose one of the organisation's own places",
    hoursFormat: 'write the times as 9–12 or 9.30–12, 17–19; empty means closed',
    dayRepeated: 'the same day is already given',
    wordInOtherConcept: 'the word {value} already belongs to the concept {concept}',
  },
  details: {
    locationExists: 'The service is already offered at this place.',
    joinRequestDecided: 'The request has already been decided.',
  },
};

export const catalogProblemTexts: ProblemTexts = { fi, sv, en };
export type CatalogResource = keyof typeof fi.resources;
