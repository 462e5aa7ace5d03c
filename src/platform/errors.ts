/**
 * Errors the edges turn into responses. Each carries its HTTP status, a problem type and a message
 * key with parameters, so the API and the pages can say it in the reader's language; the platform
 * maps any AppError without knowing which module threw it.
 */

/** A problem with one input, described by a message key so each edge can say it in the user's language. */
export interface InputIssue {
  /** The parameter or field, as the client named it. */
  field: string;
  /** A key of the shared issue texts (`required`, `tooLong` …) or of the module's own. */
  key: string;
  params?: Record<string, string | number>;
}

/** Issue keys every module may use; modules add their own with texts in fi/sv/en. */
export const COMMON_ISSUE_KEYS = [
  'required',
  'tooLong',
  'tooShort',
  'tooLarge',
  'tooSmall',
  'notWholeNumber',
  'notOneOf',
  'tooMany',
  'repeated',
  'invalidFormat',
  'invalid',
] as const;
export type CommonIssueKey = (typeof COMMON_ISSUE_KEYS)[number];

export type MessageParams = Record<string, string | number>;

export abstract class AppError extends Error {
  abstract readonly status: number;
  /** The problem type: the last segment of its `type` URI, and the key of its title. */
  abstract readonly type: string;
  /** The detail text's key in the problem texts (`details.*`), filled with `params`. */
  abstract readonly messageKey: string;
  /** What the detail text is filled with. */
  abstract readonly params: MessageParams;
  /** Headers the response must carry (Allow, Retry-After). */
  responseHeaders(): Record<string, string> {
    return {};
  }
}

// Pages are bundled apart from the services, so each has its own copy of these classes; the
// static `is` checks recognise an error by its type, where instanceof would miss it.
const hasType = (e: unknown, type: string) => typeof e === 'object' && e !== null && (e as { type?: unknown }).type === type;

export function isAppError(e: unknown): e is AppError {
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof (e as AppError).status === 'number' &&
    typeof (e as AppError).type === 'string' &&
    typeof (e as AppError).messageKey === 'string'
  );
}

export class InvalidInputError extends AppError {
  readonly status = 400;
  readonly type = 'invalid-input';
  readonly messageKey = 'invalidInput';
  readonly params = {};
  constructor(readonly issues: InputIssue[]) {
    super(`Invalid input: ${issues.map((i) => `${i.field} ${i.key}`).join(', ')}`);
  }
  static is(e: unknown): e is InvalidInputError {
    return hasType(e, 'invalid-input');
  }
}

/** `resource` is a key of the module's resource names (`service`, `place` …); `page` is shared. */
export class NotFoundError extends AppError {
  readonly status = 404;
  readonly type = 'not-found';
  readonly messageKey = 'notFound';
  readonly params = {};
  constructor(
    readonly resource: string,
    readonly id: string,
  ) {
    super(`No ${resource} ${id}`);
  }
  static is(e: unknown): e is NotFoundError {
    return hasType(e, 'not-found');
  }
}

/** No session, or one that has expired: sign in first. */
export class UnauthorizedError extends AppError {
  readonly status = 401;
  readonly type = 'unauthorized';
  readonly messageKey = 'unauthorized';
  readonly params = {};
  constructor() {
    super('Not signed in');
  }
  static is(e: unknown): e is UnauthorizedError {
    return hasType(e, 'unauthorized');
  }
}

/** What a refused action was aimed at, for the audit record of the refusal. */
export interface RefusedTarget {
  readonly type?: string | undefined;
  readonly id?: string | undefined;
  readonly organizationId?: string | null | undefined;
  readonly regionId?: string | null | undefined;
}

/** Signed in, but this actor may not take this action. The refusal is audited (see write()). */
export class ForbiddenError extends AppError {
  readonly status = 403;
  readonly type = 'forbidden';
  readonly messageKey = 'forbidden';
  readonly params = {};
  constructor(
    readonly action: string,
    readonly target: RefusedTarget = {},
  ) {
    super(`Not permitted: ${action}`);
  }
  static is(e: unknown): e is ForbiddenError {
    return hasType(e, 'forbidden');
  }
}

/** The request is valid but the state does not allow it (sign-up closed, claimed by another, a stale edit). */
export class ConflictError extends AppError {
  readonly status = 409;
  readonly type = 'conflict';
  constructor(
    readonly messageKey: string,
    readonly params: MessageParams = {},
  ) {
    super(`Conflict: ${messageKey}`);
  }
  static is(e: unknown): e is ConflictError {
    return hasType(e, 'conflict');
  }
}

export class TooManyRequestsError extends AppError {
  readonly status = 429;
  readonly type = 'too-many-requests';
  readonly messageKey = 'tooManyRequests';
  readonly params: MessageParams;
  constructor(readonly retryAfterSeconds: number) {
    super('Too many requests');
    this.params = { retryAfter: retryAfterSeconds };
  }
  override responseHeaders() {
    return { 'retry-after': String(this.retryAfterSeconds) };
  }
  static is(e: unknown): e is TooManyRequestsError {
    return hasType(e, 'too-many-requests');
  }
}

/** A method the path does not take: a form POST to a page without a form, a PUT to the read-only API. */
export class MethodNotAllowedError extends AppError {
  readonly status = 405;
  readonly type = 'method-not-allowed';
  readonly messageKey = 'methodNotAllowed';
  readonly params: MessageParams;
  constructor(
    readonly method: string,
    readonly allow: string[],
  ) {
    super(`Method ${method} not allowed`);
    this.params = { method, allow: allow.join(', ') };
  }
  override responseHeaders() {
    return { allow: this.allow.join(', ') };
  }
  static is(e: unknown): e is MethodNotAllowedError {
    return hasType(e, 'method-not-allowed');
  }
}

/**
 * We cannot serve this now, but soon can: the database is out of reach (a failover, a restart) or
 * the server sheds load. The client may retry after `retryAfterSeconds`.
 */
export class ServiceUnavailableError extends AppError {
  readonly status = 503;
  readonly type = 'unavailable';
  readonly messageKey = 'unavailable';
  readonly params = {};
  constructor(
    readonly reason: 'database' | 'overloaded' | 'shuttingDown',
    readonly retryAfterSeconds = 5,
  ) {
    super(`Service unavailable: ${reason}`);
  }
  override responseHeaders() {
    return { 'retry-after': String(this.retryAfterSeconds) };
  }
  static is(e: unknown): e is ServiceUnavailableError {
    return hasType(e, 'unavailable');
  }
}

/** The request itself is unreadable: bytes that are not UTF-8, a NUL character. */
export class MalformedRequestError extends AppError {
  readonly status = 400;
  readonly type = 'malformed-request';
  readonly messageKey: string;
  readonly params = {};
  constructor(readonly reason: 'invalidEncoding' | 'controlCharacter' | 'uriTooLong' | 'malformedBody') {
    super(`Malformed request: ${reason}`);
    this.messageKey = reason;
  }
}

/** A state-changing request with a cookie that did not come from our own pages: another origin, or no valid token. */
export class CsrfError extends AppError {
  readonly status = 403;
  readonly type = 'csrf';
  readonly messageKey = 'csrf';
  readonly params = {};
  constructor(readonly reason: 'crossSite' | 'origin' | 'token') {
    super(`CSRF check failed: ${reason}`);
  }
  static is(e: unknown): e is CsrfError {
    return hasType(e, 'csrf');
  }
}
