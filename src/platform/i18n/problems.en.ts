import type { Messages } from './messages.ts';
import type { problemsFi } from './problems.fi.ts';

export const problemsEn: Messages<typeof problemsFi> = {
  titles: {
    unauthorized: 'Sign-in required',
    csrf: 'The form could not be checked',
    forbidden: 'Not permitted',
    conflict: 'Conflict',
    'method-not-allowed': 'Method not allowed',
    unavailable: 'Service unavailable',
    'invalid-input': 'Invalid request',
    'malformed-request': 'The request could not be read',
    'not-found': 'Not found',
    'too-many-requests': 'Too many requests',
    internal: 'Something went wrong on our side',
  },
  details: {
    csrf: 'The form did not come from this site or has expired. Reload the page and try again.',
    unauthorized: 'Please sign in and try again.',
    forbidden: 'You are not permitted to do this.',
    tooManyRequests: 'Too many requests in a short time. Please try again in {retryAfter} seconds.',
    methodNotAllowed: 'This address does not accept {method} requests. Allowed: {allow}.',
    unavailable: 'Please try again in a moment. Error reference: {requestId}.',
    invalidInput: 'Please check: {fields}.',
    invalidEncoding: 'The address contains characters that are not valid UTF-8 text.',
    controlCharacter: 'The address contains control characters that cannot be processed.',
    uriTooLong: 'The address is too long.',
    malformedBody: 'The request body is not valid JSON.',
    notFound: 'The {resource} you asked for does not exist.',
    internal: 'Please try again in a moment. Error reference: {requestId}.',
  },
  resources: {
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
    invalid: 'invalid value',
  },
};
