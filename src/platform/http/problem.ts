import type { Context } from 'hono';
import { InvalidInputError, isAppError, NotFoundError } from '../errors.ts';
import type { Lang } from '../i18n-text.ts';
import type { ProblemTextLookup } from '../i18n/problems.ts';
import type { AppEnv } from './app-env.ts';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: { parameter: string; message: string }[];
}

export const PROBLEM_TYPE_BASE = '/api/v1/problems/';

/**
 * RFC 9457 problem details for any error, in the asker's language; internals never leak. Any
 * AppError carries what it needs (status, type, message key, parameters), so this knows no module.
 */
export function problemFor(error: unknown, lang: Lang, requestId: string, texts: ProblemTextLookup): Problem {
  if (!isAppError(error)) {
    return {
      type: PROBLEM_TYPE_BASE + 'internal',
      title: texts.title(lang, 'internal'),
      status: 500,
      detail: texts.detail(lang, 'internal', { requestId }),
    };
  }
  const problem: Problem = { type: PROBLEM_TYPE_BASE + error.type, title: texts.title(lang, error.type), status: error.status, detail: '' };
  if (InvalidInputError.is(error)) {
    problem.errors = error.issues.map((i) => ({ parameter: i.field, message: `${i.field}: ${texts.describeIssue(i, lang)}` }));
    problem.detail = texts.detail(lang, error.messageKey, { fields: problem.errors.map((e) => e.message).join('; ') });
  } else if (NotFoundError.is(error)) {
    problem.detail = texts.detail(lang, error.messageKey, { resource: texts.resource(lang, error.resource) });
  } else {
    problem.detail = texts.detail(lang, error.messageKey, { requestId, ...error.params });
  }
  return problem;
}

export function problemResponse(c: Context<AppEnv>, problem: Problem, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ ...problem, instance: problem.instance ?? c.req.path }), {
    status: problem.status,
    headers: { 'content-type': 'application/problem+json; charset=utf-8', 'content-language': c.get('lang') ?? 'fi', ...headers },
  });
}
