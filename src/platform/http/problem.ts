import type { Context } from 'hono';
import type { AppEnv } from './app-env.ts';
import { AppError, InvalidInputError, MalformedRequestError, NotFoundError } from '../errors.ts';
import type { Lang } from '../i18n-text.ts';
import { format } from '../i18n/messages.ts';
import { describeIssue, problemMessages, problemTitle } from '../i18n/problems.ts';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: { parameter: string; message: string }[];
}

const PROBLEM_TYPE_BASE = '/api/v1/problems/';

/** RFC 9457 problem details for any error, in the asker's language; internals never leak. */
export function problemFor(error: unknown, lang: Lang, requestId: string): Problem {
  const m = problemMessages[lang];
  if (error instanceof InvalidInputError) {
    const errors = error.issues.map((i) => ({ parameter: i.field, message: `${i.field}: ${describeIssue(i, lang)}` }));
    return {
      type: PROBLEM_TYPE_BASE + error.type,
      title: problemTitle(error.type, lang),
      status: error.status,
      detail: format(m.details.invalidInput, { fields: errors.map((e) => e.message).join('; ') }),
      errors,
    };
  }
  if (error instanceof MalformedRequestError) {
    return { type: PROBLEM_TYPE_BASE + error.type, title: problemTitle(error.type, lang), status: error.status, detail: m.details[error.reason] };
  }
  if (error instanceof NotFoundError) {
    return {
      type: PROBLEM_TYPE_BASE + error.type,
      title: problemTitle(error.type, lang),
      status: 404,
      detail: format(m.details.notFound, { resource: m.resources[error.resource] }),
    };
  }
  if (error instanceof AppError) {
    return { type: PROBLEM_TYPE_BASE + error.type, title: problemTitle(error.type, lang), status: error.status, detail: error.message };
  }
  return {
    type: PROBLEM_TYPE_BASE + 'internal',
    title: problemTitle('internal', lang),
    status: 500,
    detail: format(m.details.internal, { requestId }),
  };
}

export function problemResponse(c: Context<AppEnv>, problem: Problem): Response {
  return new Response(JSON.stringify({ ...problem, instance: problem.instance ?? c.req.path }), {
    status: problem.status,
    headers: { 'content-type': 'application/problem+json; charset=utf-8', 'content-language': c.get('lang') ?? 'fi' },
  });
}
