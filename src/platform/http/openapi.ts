import type { Hook } from '@hono/zod-openapi';
import { InvalidInputError } from '../errors.ts';
import type { AppEnv } from './app-env.ts';
import { toInputIssues } from './query-schema.ts';

/** Validation failures become InvalidInputError, which the error handler turns into problem+json. */
export const validationHook: Hook<unknown, AppEnv, string, unknown> = (result) => {
  if (!result.success) throw new InvalidInputError(toInputIssues(result.error.issues));
};
