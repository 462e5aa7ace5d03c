import type { Messages } from '../../platform/i18n/messages.ts';
import type { ProblemTexts } from '../../platform/i18n/problems.ts';

/** The contact channel's error texts: its resources, conflicts and input checks. */
const fi = {
  resources: {
    contactRequest: 'yhteydenotto',
    consent: 'suostumus',
    referral: 'ohjaus',
    dutyShift: 'päivystysvuoro',
  },
  details: {
    alreadyClaimed: 'Toinen perheneuvoja ehti ottaa tämän yhteydenoton.',
    notYourRequest: 'Yhteydenotto on toisen perheneuvojan hoidossa.',
    requestClosed: 'Yhteydenotto on jo päätetty.',
    illegalReferralStep: 'Ohjausta ei voi siirtää tilasta {from} tilaan {to}.',
    consentWithdrawn: 'Perhe on perunut suostumuksensa.',
  },
  issues: {
    messageTooLarge: 'viesti on liian pitkä (enintään {max} tavua, noin 10 000 merkkiä)',
    invalidPhone: 'ei ole puhelinnumero',
    phoneForCallback: 'soittopyyntöön tarvitaan puhelinnumero',
    unknownService: 'tuntematon palvelu',
    requestClosed: 'yhteydenotto on päätetty, uusia viestejä ei voi lähettää',
    personOrOrganization: 'valitse joko perheneuvoja tai organisaatio',
    notAnAdvisor: 'ei ole alueen perheneuvoja',
    noReferral: 'ohjausta ei ole tehty',
    endBeforeStart: 'vuoron pitää päättyä alkamisen jälkeen',
    overlappingShift: 'henkilöllä on jo vuoro tähän aikaan',
  },
} as const;

const sv: Messages<typeof fi> = {
  resources: { contactRequest: 'kontakt', consent: 'samtycke', referral: 'hänvisning', dutyShift: 'jourpass' },
  details: {
    alreadyClaimed: 'En annan familjerådgivare hann ta denna kontakt.',
    notYourRequest: 'Kontakten sköts av en annan familjerådgivare.',
    requestClosed: 'Kontakten är redan avslutad.',
    illegalReferralStep: 'Hänvisningen kan inte flyttas från {from} till {to}.',
    consentWithdrawn: 'Familjen har återkallat sitt samtycke.',
  },
  issues: {
    messageTooLarge: 'meddelandet är för långt (högst {max} byte, cirka 10 000 tecken)',
    invalidPhone: 'är inget telefonnummer',
    phoneForCallback: 'för att vi ska ringa upp behövs ett telefonnummer',
    unknownService: 'okänd tjänst',
    requestClosed: 'kontakten är avslutad, nya meddelanden kan inte skickas',
    personOrOrganization: 'välj antingen en familjerådgivare eller en organisation',
    notAnAdvisor: 'är ingen familjerådgivare i regionen',
    noReferral: 'ingen hänvisning har gjorts',
    endBeforeStart: 'passet måste sluta efter att det börjat',
    overlappingShift: 'personen har redan ett pass vid denna tid',
  },
};

const en: Messages<typeof fi> = {
  resources: { contactRequest: 'contact request', consent: 'consent', referral: 'referral', dutyShift: 'duty shift' },
  details: {
    alreadyClaimed: 'Another family advisor took this request first.',
    notYourRequest: 'Another family advisor is handling this request.',
    requestClosed: 'The request is already closed.',
    illegalReferralStep: 'The referral cannot move from {from} to {to}.',
    consentWithdrawn: 'The family has withdrawn their consent.',
  },
  issues: {
    messageTooLarge: 'the message is too long (at most {max} bytes, about 10,000 characters)',
    invalidPhone: 'is not a phone number',
    phoneForCallback: 'a call back needs a phone number',
    unknownService: 'unknown service',
    requestClosed: 'the request is closed; no new messages can be sent',
    personOrOrganization: 'choose either an advisor or an organisation',
    notAnAdvisor: 'is not a family advisor of the region',
    noReferral: 'no referral has been made',
    endBeforeStart: 'the shift must end after it starts',
    overlappingShift: 'the person already has a shift at this time',
  },
};

export const contactProblemTexts: ProblemTexts = { fi, sv, en };
