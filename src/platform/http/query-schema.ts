import { z } from '@hono/zod-openapi';
import type { CommonIssueKey as IssueKey, InputIssue } from '../errors.ts';

/**
 * Query-string parameters arrive as a string, or as a list when repeated. These builders turn them
 * into typed values, treat an empty value as absent (an HTML form sends `municipality=` for "all"),
 * and report problems by message key.
 */
type Raw = string | string[] | undefined;

function issue(ctx: z.core.ParsePayload | { addIssue: (i: never) => void }, key: IssueKey, params?: Record<string, string | number>) {
  (ctx as { addIssue: (i: unknown) => void }).addIssue({ code: 'custom', message: key, params: { key, ...params } });
}

function single(value: unknown, ctx: { addIssue: (i: never) => void }): string | undefined | typeof z.NEVER {
  if (Array.isArray(value)) {
    issue(ctx, 'repeated');
    return z.NEVER;
  }
  if (value === undefined || value === null) return undefined;
  const text = String(value).trim();
  return text === '' ? undefined : text;
}

export function textParam(maxLength: number) {
  return z.preprocess(
    (v, ctx) => single(v as Raw, ctx),
    z
      .string()
      .max(maxLength)
      // Control characters have no place in a search, and PostgreSQL text cannot hold NUL.
      // eslint-disable-next-line no-control-regex -- matching control characters is the point
      .refine((s) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(s), { params: { key: 'invalidFormat' } })
      .optional(),
  );
}

export function intParam(min: number, max: number) {
  return z.preprocess((v, ctx) => {
    const text = single(v as Raw, ctx);
    if (typeof text !== 'string') return text;
    if (!/^[+-]?\d{1,9}$/.test(text)) {
      issue(ctx, 'notWholeNumber');
      return z.NEVER;
    }
    return Number(text);
  }, z.number().int().min(min).max(max).optional());
}

export function enumParam<const T extends readonly [string, ...string[]]>(values: T) {
  return z.preprocess((v, ctx) => single(v as Raw, ctx), z.enum(values).optional());
}

export function booleanParam() {
  return z.preprocess((v, ctx) => {
    const text = single(v as Raw, ctx);
    if (typeof text !== 'string') return text;
    if (['true', '1', 'on', 'yes'].includes(text)) return true;
    if (['false', '0', 'off', 'no'].includes(text)) return false;
    issue(ctx, 'notOneOf', { allowed: 'true, false' });
    return z.NEVER;
  }, z.boolean().optional());
}

/** Repeated (`level=basic&level=special`) or comma-separated (`level=basic,special`). */
export function listParam<T extends z.ZodType<string>>(item: T, maxItems: number) {
  return z.preprocess((v) => {
    if (v === undefined || v === null) return undefined;
    const values = (Array.isArray(v) ? v : [v])
      .flatMap((s) => String(s).split(','))
      .map((s) => s.trim())
      .filter(Boolean);
    return values.length ? [...new Set(values)] : undefined;
  }, z.array(item).max(maxItems).optional());
}

export function codeParam(pattern: RegExp) {
  return z.preprocess((v, ctx) => single(v as Raw, ctx), z.string().regex(pattern).optional());
}

/** The record a zod query schema reads: a value per key, a list for repeated keys. */
export function queryRecord(params: URLSearchParams): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    record[key] = values.length === 1 ? values[0]! : values;
  }
  return record;
}

/** Zod's issues in the project's terms: which parameter, which message key. */
export function toInputIssues(issues: readonly z.core.$ZodIssue[]): InputIssue[] {
  return issues.map((i): InputIssue => {
    const field = String(i.path[0] ?? '');
    switch (i.code) {
      case 'custom': {
        const { key, ...params } = (i.params ?? {}) as { key?: IssueKey } & Record<string, string | number>;
        return { field, key: key ?? 'invalid', params };
      }
      case 'too_big':
        return {
          field,
          key: i.origin === 'string' ? 'tooLong' : i.origin === 'array' ? 'tooMany' : 'tooLarge',
          params: { max: Number(i.maximum) },
        };
      case 'too_small':
        return { field, key: i.origin === 'string' ? 'tooShort' : 'tooSmall', params: { min: Number(i.minimum) } };
      case 'invalid_value':
        return { field, key: 'notOneOf', params: { allowed: i.values.map(String).join(', ') } };
      case 'invalid_format':
        return { field, key: 'invalidFormat' };
      case 'invalid_type':
        return { field, key: i.expected === 'number' ? 'notWholeNumber' : 'invalid' };
      default:
        return { field, key: 'invalid' };
    }
  });
}
