import type { Messages } from './messages.ts';
import type { problemsFi } from './problems.fi.ts';

export const problemsEn: Messages<typeof problemsFi> = {
  titles: {
    'invalid-input': 'Invalid request',
    'malformed-request': 'The request could not be read',
    'not-found': 'Not found',
    'too-many-requests': 'Too many requests',
    internal: 'Something went wrong on our side',
  },
  details: {
    invalidInput: 'Please check: {fields}.',
    invalidEncoding: 'The address contains characters that are not valid UTF-8 text.',
    controlCharacter: 'The address contains control characters that cannot be processed.',
    uriTooLong: 'The address is too long.',
    notFound: 'The {resource} you asked for does not exist.',
    internal: 'Please try again in a moment. Error reference: {requestId}.',
  },
  resources: {
    service: 'service',
    place: 'place',
    municipality: 'municipality',
    organization: 'organisation',
    page: 'page',
  },
  issues: {
    required: 'is required',
    tooLong: 'at most {max} characters',
    tooShort: 'at least {min} characters',
    tooLarge: 'at most {max}',
    tooSmall: 'at least {min}',
    notWholeNumber: 'must be a whole number',
    notOneOf: 'unknown value; allowed values: {allowed}',
    tooMany: 'at most {max} values',
    repeated: 'given more than once',
    invalidFormat: 'invalid format',
    unknownMunicipality: 'unknown municipality code {value}',
    unknownCategory: 'unknown topic {value}',
    invalid: 'invalid value',
  },
};
