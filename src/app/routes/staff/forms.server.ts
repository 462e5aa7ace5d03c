import { data, redirect } from 'react-router';
import { ForbiddenError, InvalidInputError, NotFoundError, TooManyRequestsError, UnauthorizedError } from '../../../platform/errors.ts';
import { CSRF_FIELD } from '../../../platform/http/csrf.ts';
import type { Lang } from '../../../platform/i18n-text.ts';
import type { FieldIssue } from '../../components/error-summary.tsx';
import { format, uiMessages } from '../../i18n/index.ts';
import { paths } from '../../paths.ts';

/** What a failed form post answers: the issues for the error summary and what was typed (never passwords). */
export interface FormFailure {
  readonly issues: FieldIssue[];
  readonly values: Record<string, string>;
}

/** The text fields of a form that go back to it after a failed post; password fields are left out on purpose. */
export function keptValues(form: FormData, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((n) => [n, typeof form.get(n) === 'string' ? String(form.get(n)) : '']));
}

/** A form's fields as plain values, the CSRF field left out. */
export function fieldsOf(form: FormData): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of form) if (key !== CSRF_FIELD && typeof value === 'string') fields[key] = value;
  return fields;
}

/**
 * Runs a form's use case; invalid input (400) and too many attempts (429) come back to the form
 * with its error summary instead of an error page, with the typed values kept.
 */
export async function formAction<T>(
  context: { describeIssues: (issues: InvalidInputError['issues']) => FieldIssue[] },
  lang: Lang,
  values: Record<string, string>,
  run: () => Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; response: ReturnType<typeof data<FormFailure>> }> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    if (InvalidInputError.is(error))
      return { ok: false, response: data({ issues: context.describeIssues(error.issues), values }, { status: 400 }) };
    if (TooManyRequestsError.is(error)) {
      const message = format(uiMessages[lang].staff.common.tooManyRequests, { seconds: error.retryAfterSeconds });
      const headers = { 'retry-after': String(error.retryAfterSeconds) };
      return { ok: false, response: data({ issues: [{ field: '', message }], values }, { status: 429, headers }) };
    }
    throw error;
  }
}

/** A refusal the form shows in its summary, with the values kept. */
export function refusal(message: string, values: Record<string, string>, field = '') {
  return data<FormFailure>({ issues: [{ field, message }], values }, { status: 400 });
}

/**
 * A staff page's loader or action body: without a session, to the sign-in page; refused (403) or
 * not found (404), the error page with that status; never a 500 for a guessed address.
 */
export async function signedIn<T>(lang: Lang, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (UnauthorizedError.is(error)) throw redirect(paths.staff.signIn(lang));
    if (ForbiddenError.is(error)) throw data(null, { status: 403 });
    if (NotFoundError.is(error)) throw data(null, { status: 404 });
    throw error;
  }
}

/** A route's `headers`: what its action answered with (Retry-After on a 429) reaches the document. */
export function formHeaders({ actionHeaders }: { actionHeaders: Headers }): Headers {
  return actionHeaders;
}

/** What no cache may keep, in the browser or on the way: an answer with a person's data or a private link in it. */
export const NO_STORE = { 'cache-control': 'no-store' } as const;

/**
 * The `headers` of a page behind a private link (a sign-up's manage link, a contact request's
 * follow link): never stored by any cache, and what its action answered with (Retry-After).
 */
export function privateHeaders({ actionHeaders }: { actionHeaders: Headers }): Headers {
  const headers = new Headers(actionHeaders);
  headers.set('cache-control', 'no-store');
  return headers;
}
