import type { Messages } from '../../platform/i18n/messages.ts';
import type { ProblemTexts } from '../../platform/i18n/problems.ts';

/** The activities' own error texts. */
const fi = {
  resources: {
    activity: 'toiminta',
    occurrence: 'toimintakerta',
    registration: 'ilmoittautuminen',
    proposal: 'ehdotus',
  },
  details: {
    signUpClosed: 'Ilmoittautuminen tähän kertaan ei ole nyt auki.',
    occurrenceCancelled: 'Tämä kerta on peruttu.',
    noSignUp: 'Tähän toimintaan ei ilmoittauduta: tule paikalle.',
    occurrenceFull: 'Kerta on täynnä.',
    notAnApplication: 'Ilmoittautuminen ei ole käsittelyä odottava hakemus.',
    proposalSettled: 'Ehdotus on jo käsitelty.',
    activityStaleEdit: 'Joku muu muutti tietoja sillä välin. Lataa sivu ja tee muutokset uudelleen.',
  },
  issues: {
    contactRequired: 'anna sähköpostiosoite tai puhelinnumero',
    consentRequired: 'hyväksy tietojen käsittely, jotta voit ilmoittautua',
    nobodyComing: 'ilmoita ainakin yksi osallistuja',
    placeOrOnline: 'valitse paikka tai anna verkko-osoite',
  },
} as const;

const sv: Messages<typeof fi> = {
  resources: { activity: 'verksamhet', occurrence: 'tillfälle', registration: 'anmälan', proposal: 'förslag' },
  details: {
    signUpClosed: 'Anmälan till det här tillfället är inte öppen nu.',
    occurrenceCancelled: 'Det här tillfället är inställt.',
    noSignUp: 'Till den här verksamheten anmäler man sig inte: kom bara.',
    occurrenceFull: 'Tillfället är fullt.',
    notAnApplication: 'Anmälan är ingen ansökan som väntar på behandling.',
    proposalSettled: 'Förslaget är redan behandlat.',
    activityStaleEdit: 'Någon annan ändrade uppgifterna under tiden. Ladda om sidan och gör ändringarna igen.',
  },
  issues: {
    contactRequired: 'ange e-postadress eller telefonnummer',
    consentRequired: 'godkänn behandlingen av uppgifterna för att kunna anmäla dig',
    nobodyComing: 'ange minst en deltagare',
    placeOrOnline: 'välj en plats eller ange en webbadress',
  },
};

const en: Messages<typeof fi> = {
  resources: { activity: 'activity', occurrence: 'occurrence', registration: 'sign-up', proposal: 'proposal' },
  details: {
    signUpClosed: 'Sign-up for this occurrence is not open now.',
    occurrenceCancelled: 'This occurrence has been cancelled.',
    noSignUp: 'This activity has no sign-up: just come along.',
    occurrenceFull: 'The occurrence is full.',
    notAnApplication: 'The sign-up is not an application waiting for a decision.',
    proposalSettled: 'The proposal has already been handled.',
    activityStaleEdit: 'Someone else changed this in the meantime. Reload the page and make your changes again.',
  },
  issues: {
    contactRequired: 'give an e-mail address or a phone number',
    consentRequired: 'accept the processing of your details to sign up',
    nobodyComing: 'give at least one participant',
    placeOrOnline: 'choose a place or give a web address',
  },
};

export const activitiesProblemTexts: ProblemTexts = { fi, sv, en };
