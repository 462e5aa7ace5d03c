/** A problem with one input, described by a message key so each edge can say it in the user's language. */
export interface InputIssue {
  /** The parameter or field, as the client named it. */
  field: string;
  key: IssueKey;
  params?: Record<string, string | number>;
}

export type IssueKey =
  | 'required'
  | 'tooLong'
  | 'tooShort'
  | 'tooLarge'
  | 'tooSmall'
  | 'notWholeNumber'
  | 'notOneOf'
  | 'tooMany'
  | 'repeated'
  | 'invalidFormat'
  | 'unknownMunicipality'
  | 'unknownCategory'
  | 'invalid';

export abstract class AppError extends Error {
  abstract readonly status: number;
  abstract readonly type: string;
}

// Pages are bundled apart from the services, so each has its own copy of these classes; the
// static `is` checks recognise an error by its type, where instanceof would miss it.
const hasType = (e: unknown, type: string) => typeof e === 'object' && e !== null && (e as { type?: unknown }).type === type;

export class InvalidInputError extends AppError {
  readonly status = 400;
  readonly type = 'invalid-input';
  constructor(readonly issues: InputIssue[]) {
    super(`Invalid input: ${issues.map((i) => `${i.field} ${i.key}`).join(', ')}`);
  }
  static is(e: unknown): e is InvalidInputError {
    return hasType(e, 'invalid-input');
  }
}

export class NotFoundError extends AppError {
  readonly status = 404;
  readonly type = 'not-found';
  constructor(readonly resource: 'service' | 'place' | 'municipality' | 'organization' | 'page', readonly id: string) {
    super(`No ${resource} ${id}`);
  }
  static is(e: unknown): e is NotFoundError {
    return hasType(e, 'not-found');
  }
}

/** The request itself is unreadable: bytes that are not UTF-8, a NUL character. */
export class MalformedRequestError extends AppError {
  readonly status = 400;
  readonly type = 'malformed-request';
  constructor(readonly reason: 'invalidEncoding' | 'controlCharacter' | 'uriTooLong') {
    super(`Malformed request: ${reason}`);
  }
}
