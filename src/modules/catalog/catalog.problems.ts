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
    wordInOtherConcept: 'sana {value} kuuluu jo käsitteeseen {concept}',
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
    wordInOtherConcept: 'ordet {value} hör redan till begreppet {concept}',
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
    wordInOtherConcept: 'the word {value} already belongs to the concept {concept}',
  },
};

export const catalogProblemTexts: ProblemTexts = { fi, sv, en };
export type CatalogResource = keyof typeof fi.resources;
