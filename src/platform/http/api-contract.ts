import { z } from '@hono/zod-openapi';
import { LANGUAGES } from '../i18n-text.ts';
import { enumParam, intParam } from './query-schema.ts';

/**
 * The parts of the JSON API contract every module shares: the language parameter, paging, path
 * ids, list envelopes and problem details, and helpers that declare responses for OpenAPI.
 */

export const MAX_PAGE = 500;
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export const langParam = enumParam(LANGUAGES).openapi({
  description: 'Language of texts: fi, sv or en. Untranslated texts fall back to Finnish.',
  example: 'fi',
});

/** A query schema with the `lang` parameter added. */
export const withLang = <T extends z.ZodRawShape>(schema: z.ZodObject<T>) => schema.extend({ lang: langParam });

export const pagingParams = {
  page: intParam(1, MAX_PAGE).openapi({ description: 'Page number, from 1.', example: 1 }),
  pageSize: intParam(1, MAX_PAGE_SIZE).openapi({ description: `Items per page (default ${DEFAULT_PAGE_SIZE}).`, example: 20 }),
};

/** A path id, documented with the id of a demo-region entity so that the example link works. */
export const idParam = (example: string) => z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' }, example }) });

export function listOf<T extends z.ZodType>(item: T, name: string) {
  return z
    .object({
      items: z.array(item),
      total: z.number().int().openapi({ description: 'Matching items on all pages.' }),
      page: z.number().int(),
      pageSize: z.number().int(),
    })
    .openapi(name);
}

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    errors: z.array(z.object({ parameter: z.string(), message: z.string() })).optional(),
  })
  .openapi('Problem');

export const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });

const problemContent = { 'application/problem+json': { schema: ProblemSchema } };
export const problemResponses = {
  400: { description: 'Invalid parameters', content: problemContent },
} as const;
export const notFoundResponse = { 404: { description: 'Not found', content: problemContent } } as const;
