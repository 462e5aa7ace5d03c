import type { Messages } from '../../platform/i18n/messages.ts';
import type { ProblemTexts } from '../../platform/i18n/problems.ts';

/** The open-data module's error texts: its resources and the HSDS API's own parameter checks. */
const fi = {
  resources: {
    serviceAtLocation: 'palvelu toimipaikassa',
    taxonomy: 'luokitus',
    taxonomyTerm: 'luokituksen termi',
  },
  issues: {
    unknownTerm: 'tuntematon termi {value}',
    unknownTaxonomy: 'tuntematon luokitus {value}',
    unknownPostcode: 'postinumerolla {value} ei ole toimipaikkoja, joista etäisyyden voisi mitata',
    proximityNeedsPostcode: 'etäisyys tarvitsee postinumeron (postcode)',
    invalidDateTime: 'ei ole päivämäärä ja aika (ISO 8601)',
    invalidDay: 'ei ole viikonpäivä (MO–SU)',
  },
} as const;

const sv: Messages<typeof fi> = {
  resources: {
    serviceAtLocation: 'tjänst på verksamhetsställe',
    taxonomy: 'klassificering',
    taxonomyTerm: 'term i klassificeringen',
  },
  issues: {
    unknownTerm: 'okänd term {value}',
    unknownTaxonomy: 'okänd klassificering {value}',
    unknownPostcode: 'postnumret {value} har inga verksamhetsställen att mäta avståndet från',
    proximityNeedsPostcode: 'avståndet behöver ett postnummer (postcode)',
    invalidDateTime: 'är inget datum och klockslag (ISO 8601)',
    invalidDay: 'är ingen veckodag (MO–SU)',
  },
};

const en: Messages<typeof fi> = {
  resources: {
    serviceAtLocation: 'service at a location',
    taxonomy: 'taxonomy',
    taxonomyTerm: 'taxonomy term',
  },
  issues: {
    unknownTerm: 'unknown term {value}',
    unknownTaxonomy: 'unknown taxonomy {value}',
    unknownPostcode: 'no places have the postcode {value} to measure the distance from',
    proximityNeedsPostcode: 'proximity needs a postcode',
    invalidDateTime: 'is not a date and time (ISO 8601)',
    invalidDay: 'is not a weekday (MO–SU)',
  },
};

export const interopProblemTexts: ProblemTexts = { fi, sv, en };
