import type { Messages } from '../../platform/i18n/messages.ts';
import type { ProblemTexts } from '../../platform/i18n/problems.ts';

/** The knowledge bank's own error texts: what its resources are called and its own input checks. */
const fi = {
  resources: {
    article: 'artikkeli',
  },
  details: {
    staleArticle: 'Joku muu muutti artikkelia sillä välin. Lataa sivu uudelleen ja tee muutoksesi uudelleen.',
  },
  issues: {
    slugFormat: 'vain pieniä kirjaimia a–z, numeroita ja väliviivoja, esimerkiksi vauvan-uni',
    slugTaken: 'osoite on jo toisen artikkelin käytössä',
    emptyBody: 'teksti on tyhjä, kun siitä poistetaan kielletyt osat',
    sameReviewer: 'tarkistajan pitää olla eri henkilö kuin omistaja',
    unknownReviewer: 'valitse tarkistaja listasta',
    unknownOrganization: 'valitse organisaatio listasta',
    unknownCode: 'tuntematon arvo {value}',
    translationIncomplete: 'käännöksestä puuttuu otsikko, tiivistelmä tai teksti',
  },
} as const;

const sv: Messages<typeof fi> = {
  resources: {
    article: 'artikel',
  },
  details: {
    staleArticle: 'Någon annan ändrade artikeln under tiden. Ladda om sidan och gör dina ändringar på nytt.',
  },
  issues: {
    slugFormat: 'endast små bokstäver a–z, siffror och bindestreck, till exempel vauvan-uni',
    slugTaken: 'adressen används redan av en annan artikel',
    emptyBody: 'texten är tom när de otillåtna delarna tas bort',
    sameReviewer: 'granskaren ska vara en annan person än ägaren',
    unknownReviewer: 'välj granskare i listan',
    unknownOrganization: 'välj organisation i listan',
    unknownCode: 'okänt värde {value}',
    translationIncomplete: 'översättningen saknar rubrik, sammanfattning eller text',
  },
};

const en: Messages<typeof fi> = {
  resources: {
    article: 'article',
  },
  details: {
    staleArticle: 'Someone else changed the article meanwhile. Reload the page and make your changes again.',
  },
  issues: {
    slugFormat: 'lower-case letters a–z, digits and hyphens only, for example vauvan-uni',
    slugTaken: 'another article already uses this address',
    emptyBody: 'the text is empty once the parts that are not allowed are removed',
    sameReviewer: 'the reviewer must be someone other than the owner',
    unknownReviewer: 'choose a reviewer from the list',
    unknownOrganization: 'choose an organisation from the list',
    unknownCode: 'unknown value {value}',
    translationIncomplete: 'the translation lacks a title, summary or text',
  },
};

export const knowledgeProblemTexts: ProblemTexts = { fi, sv, en };
