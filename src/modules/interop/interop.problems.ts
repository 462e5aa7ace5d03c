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
    notHttps: 'osoitteen pitää alkaa https:// eikä siinä saa olla tunnuksia',
    privateAddress: 'osoite johtaa sisäverkkoon; vain julkiset osoitteet kelpaavat',
    unresolvable: 'osoitteen palvelinta ei löytynyt',
    changedSinceDryRun: 'tiedosto ei ole sama kuin koeajossa; aja koeajo uudelleen',
    fileRequired: 'valitse tiedosto tai anna osoite',
    fileTooLarge: 'tiedosto on liian suuri sivulta tuotavaksi (enintään {max} Mt); käytä komentoa npm run import:hsds',
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
    notHttps: 'adressen ska börja med https:// och får inte innehålla inloggningsuppgifter',
    privateAddress: 'adressen leder till ett internt nät; endast offentliga adresser godtas',
    unresolvable: 'adressens server hittades inte',
    changedSinceDryRun: 'filen är inte densamma som i testkörningen; testkör igen',
    fileRequired: 'välj en fil eller ange en adress',
    fileTooLarge: 'filen är för stor för att importeras på sidan (högst {max} MB); använd kommandot npm run import:hsds',
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
    notHttps: 'the address must start with https:// and hold no credentials',
    privateAddress: 'the address leads into an internal network; only public addresses are accepted',
    unresolvable: "the address's server was not found",
    changedSinceDryRun: 'the file is not the one of the dry run; run the dry run again',
    fileRequired: 'choose a file or give an address',
    fileTooLarge: 'the file is too large to import on the page (at most {max} MB); use npm run import:hsds',
  },
};

export const interopProblemTexts: ProblemTexts = { fi, sv, en };
