import { z } from '@hono/zod-openapi';
import { InvalidInputError } from '../../../platform/errors.ts';
import {
  booleanParam,
  codeParam,
  enumParam,
  intParam,
  queryRecord,
  textParam,
  toInputIssues,
} from '../../../platform/http/query-schema.ts';
import { LANGUAGES } from '../../../platform/i18n-text.ts';

/** The HSDS API's query parameters: HSDS 3.0's, Open Referral UK's filters, and `lang`. */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const MAX_PER_PAGE = 200;
export const DEFAULT_PER_PAGE = 50;
const MAX_PAGE = 100_000;

const DAYS: Record<string, number> = { mo: 1, tu: 2, we: 3, th: 4, fr: 5, sa: 6, su: 7 };
const dayParam = z.preprocess((v, ctx) => {
  if (v === undefined || v === '') return undefined;
  const text = Array.isArray(v) ? '' : String(v).trim().toLowerCase();
  const day = DAYS[text.slice(0, 2)];
  // MO … SU, or the English day name (Open Referral UK).
  if (!day || (text.length > 2 && !['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].includes(text))) {
    ctx.addIssue({ code: 'custom', message: 'invalidDay', params: { key: 'invalidDay' } });
    return z.NEVER;
  }
  return day;
}, z.number().optional());

const dateTimeParam = z.preprocess((v, ctx) => {
  if (v === undefined || v === '') return undefined;
  const text = Array.isArray(v) ? '' : String(v).trim();
  const at = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(text)
    ? new Date(text.length === 10 ? `${text}T00:00:00Z` : text)
    : null;
  if (!at || Number.isNaN(at.getTime())) {
    ctx.addIssue({ code: 'custom', message: 'invalidDateTime', params: { key: 'invalidDateTime' } });
    return z.NEVER;
  }
  return at;
}, z.date().optional());

const common = {
  lang: enumParam(LANGUAGES),
  search: textParam(200),
  page: intParam(1, MAX_PAGE),
  per_page: intParam(1, MAX_PER_PAGE),
  format: enumParam(['json', 'ndjson']),
};

const serviceFilters = {
  taxonomy_term_id: codeParam(UUID),
  taxonomy_id: codeParam(UUID),
  organization_id: codeParam(UUID),
  modified_after: dateTimeParam,
  minimum_age: intParam(0, 130),
  maximum_age: intParam(0, 130),
  day: dayParam,
  start_time: codeParam(/^([01]\d|2[0-3]):[0-5]\d$/),
  end_time: codeParam(/^([01]\d|2[0-4]):[0-5]\d$/),
};

export const servicesQuery = z.object({ ...common, ...serviceFilters, full: booleanParam(), minimal: booleanParam() });
export const organizationsQuery = z.object({ ...common, full: booleanParam(), full_service: booleanParam() });
export const organizationQuery = z.object({ lang: common.lang, full_service: booleanParam() });
export const serviceAtLocationsQuery = z.object({
  ...common,
  ...serviceFilters,
  full: booleanParam(),
  postcode: codeParam(/^\d{5}$/),
  proximity: intParam(1, 500_000),
});
export const taxonomiesQuery = z.object(common);
export const taxonomyTermsQuery = z.object({
  ...common,
  taxonomy_id: codeParam(UUID),
  parent_id: codeParam(UUID),
  top_only: booleanParam(),
});
export const itemQuery = z.object({ lang: common.lang });
export const idParam = z.object({ id: codeParam(UUID) });

/** Parses a request's query; out-of-range or malformed values are a 400 with every issue named. */
export function parseQuery<T extends z.ZodType>(schema: T, params: URLSearchParams): z.infer<T> {
  const result = schema.safeParse(queryRecord(params));
  if (!result.success) throw new InvalidInputError(toInputIssues(result.error.issues));
  return result.data;
}

/** A path id that is no UUID names nothing here. */
export function isUuid(id: string): boolean {
  return UUID.test(id);
}
