import type { Messages } from '../../platform/i18n/messages.ts';
import type { ProblemTexts } from '../../platform/i18n/problems.ts';

/** Identity's own error texts: its resources and its input checks. */
const fi = {
  resources: {
    identityProvider: 'tunnistuspalvelu',
    membership: 'jäsenyys',
  },
  details: {
    alreadyMember: 'Henkilöllä on jo tämä rooli organisaatiossa.',
    removeSelf: 'Et voi poistaa omaa jäsenyyttäsi. Pyydä toista pääkäyttäjää tai koordinaattoria.',
  },
  issues: {
    invalidEmail: 'ei ole sähköpostiosoite',
    passwordContainsEmail: 'ei saa sisältää sähköpostiosoitettasi',
    passwordsDiffer: 'salasanat eivät ole samat',
  },
} as const;

const sv: Messages<typeof fi> = {
  resources: {
    identityProvider: 'identifieringstjänst',
    membership: 'medlemskap',
  },
  details: {
    alreadyMember: 'Personen har redan den här rollen i organisationen.',
    removeSelf: 'Du kan inte ta bort ditt eget medlemskap. Be en annan huvudanvändare eller koordinatorn.',
  },
  issues: {
    invalidEmail: 'är ingen e-postadress',
    passwordContainsEmail: 'får inte innehålla din e-postadress',
    passwordsDiffer: 'lösenorden är inte lika',
  },
};

const en: Messages<typeof fi> = {
  resources: {
    identityProvider: 'identity provider',
    membership: 'membership',
  },
  details: {
    alreadyMember: 'The person already has this role in the organisation.',
    removeSelf: 'You cannot remove your own membership. Ask another admin or the coordinator.',
  },
  issues: {
    invalidEmail: 'is not an e-mail address',
    passwordContainsEmail: 'must not contain your e-mail address',
    passwordsDiffer: 'the passwords do not match',
  },
};

export const identityProblemTexts: ProblemTexts = { fi, sv, en };
