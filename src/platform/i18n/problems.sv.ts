import type { Messages } from './messages.ts';
import type { problemsFi } from './problems.fi.ts';

export const problemsSv: Messages<typeof problemsFi> = {
  titles: {
    unauthorized: 'Inloggning krävs',
    csrf: 'Formuläret kunde inte kontrolleras',
    forbidden: 'Ingen behörighet',
    conflict: 'Konflikt',
    'method-not-allowed': 'Metoden är inte tillåten',
    unavailable: 'Tjänsten är inte tillgänglig just nu',
    'invalid-input': 'Felaktig begäran',
    'malformed-request': 'Begäran kunde inte läsas',
    'not-found': 'Hittades inte',
    'too-many-requests': 'För många förfrågningar',
    internal: 'Ett fel inträffade i tjänsten',
  },
  details: {
    csrf: 'Formuläret kom inte från den här webbplatsen eller har gått ut. Ladda om sidan och försök igen.',
    unauthorized: 'Logga in och försök igen.',
    forbidden: 'Du har inte behörighet till den här åtgärden.',
    tooManyRequests: 'För många förfrågningar på kort tid. Försök igen om {retryAfter} sekunder.',
    methodNotAllowed: 'Den här adressen tar inte emot {method}-förfrågningar. Tillåtna: {allow}.',
    unavailable: 'Försök igen om en stund. Felets kod: {requestId}.',
    invalidInput: 'Kontrollera följande: {fields}.',
    invalidEncoding: 'Adressen innehåller tecken som inte är giltig UTF-8-text.',
    controlCharacter: 'Adressen innehåller kontrolltecken som inte kan behandlas.',
    uriTooLong: 'Adressen är för lång.',
    malformedBody: 'Begärans innehåll är inte giltig JSON.',
    notFound: 'Det sökta objektet ({resource}) finns inte.',
    internal: 'Försök igen om en stund. Felets kod: {requestId}.',
  },
  resources: {
    page: 'sida',
  },
  issues: {
    required: 'uppgift saknas',
    tooLong: 'högst {max} tecken',
    tooShort: 'minst {min} tecken',
    tooLarge: 'högst {max}',
    tooSmall: 'minst {min}',
    notWholeNumber: 'måste vara ett heltal',
    notOneOf: 'okänt värde; tillåtna värden: {allowed}',
    tooMany: 'högst {max} värden',
    repeated: 'angiven mer än en gång',
    invalidFormat: 'felaktigt format',
    invalid: 'felaktigt värde',
  },
};
