import { z } from '@hono/zod-openapi';
import type { I18nText } from '../../../platform/i18n-text.ts';
import { codeParam, enumParam, intParam, listParam, textParam, toInputIssues } from '../../../platform/http/query-schema.ts';
import { InvalidInputError } from '../../../platform/errors.ts';
import {
  ACCESS_MODES,
  ACCESSIBILITY_FACTS,
  COSTS,
  DELIVERY_MODES,
  PLACE_KINDS,
  SECTORS,
  SERVICE_LANGUAGES,
  SERVICE_LEVELS,
  STATUSES,
  TARGET_GROUPS,
  type AccessibilityFact,
} from '../catalog.domain.ts';

/**
 * The self-service forms' inputs. A form posts flat fields (`name.fi`, repeated `languages`), the
 * JSON API the same keys; both arrive as strings or lists of strings and are checked here.
 * Texts in three languages are three fields, Finnish required where the text is.
 */

const LANGS = ['fi', 'sv', 'en'] as const;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function required<T extends z.ZodType>(schema: T) {
  return schema.refine((v) => v !== undefined, { params: { key: 'required' } });
}

/** `name.fi`, `name.sv`, `name.en`: Finnish required when the text is. */
function i18nFields<const N extends string>(name: N, max: number, isRequired: boolean) {
  return Object.fromEntries(
    LANGS.map((lang) => [`${name}.${lang}`, lang === 'fi' && isRequired ? required(textParam(max)) : textParam(max)]),
  ) as Record<`${N}.${(typeof LANGS)[number]}`, ReturnType<typeof textParam>>;
}

/** The three fields back as one stored text; Swedish or English without Finnish is an issue the caller raises. */
export function i18nOf(values: Record<string, unknown>, name: string): I18nText | null {
  const fi = values[`${name}.fi`] as string | undefined;
  const sv = values[`${name}.sv`] as string | undefined;
  const en = values[`${name}.en`] as string | undefined;
  if (!fi) return null;
  return { fi, ...(sv ? { sv } : {}), ...(en ? { en } : {}) };
}

/** A translation without its Finnish source: the field to name in the summary. */
function orphanTranslations(values: Record<string, unknown>, names: readonly string[]) {
  return names.filter((n) => !values[`${n}.fi`] && (values[`${n}.sv`] || values[`${n}.en`])).map((n) => `${n}.fi`);
}

const phone = codeParam(/^\+?[0-9 ()-]{5,20}$/);
const email = codeParam(/^[^@\s<>"]+@[^@\s<>"]+\.[A-Za-z]{2,}$/);
const website = codeParam(/^https:\/\/[^\s<>"]{3,490}$/);
const version = required(intParam(1, 2_000_000_000));

export const SERVICE_TEXTS = ['name', 'summary', 'description', 'keywords', 'costNote', 'statusNote'] as const;

export const serviceEditSchema = z.object({
  version,
  ...i18nFields('name', 200, true),
  ...i18nFields('summary', 500, true),
  ...i18nFields('description', 5000, false),
  ...i18nFields('keywords', 500, false),
  ...i18nFields('costNote', 500, false),
  ...i18nFields('statusNote', 500, false),
  level: required(enumParam(SERVICE_LEVELS)),
  sector: required(enumParam(SECTORS)),
  targetGroups: required(listParam(z.enum(TARGET_GROUPS), TARGET_GROUPS.length)),
  ageMin: intParam(0, 29),
  ageMax: intParam(0, 29),
  languages: required(listParam(z.enum(SERVICE_LANGUAGES), SERVICE_LANGUAGES.length)),
  delivery: required(listParam(z.enum(DELIVERY_MODES), DELIVERY_MODES.length)),
  access: required(listParam(z.enum(ACCESS_MODES), ACCESS_MODES.length)),
  cost: required(enumParam(COSTS)),
  status: required(enumParam(STATUSES)),
  categories: listParam(codeParam(/^[a-z][a-z0-9-]{1,62}$/).pipe(z.string()), 20),
});

export const serviceCreateSchema = serviceEditSchema.omit({ version: true, status: true }).extend({
  organization: required(codeParam(uuid)),
});

export const TRI_STATE = ['yes', 'no', 'unknown'] as const;

export const PLACE_TEXTS = ['name', 'description', 'postOffice', 'transportNote', 'accessibilityNote', 'statusNote'] as const;

const accessibilityFields = Object.fromEntries(ACCESSIBILITY_FACTS.map((f) => [f, enumParam(TRI_STATE)])) as Record<
  AccessibilityFact,
  ReturnType<typeof enumParam<typeof TRI_STATE>>
>;

const coordinate = (min: number, max: number) =>
  z.preprocess(
    (v) => (typeof v === 'string' ? v.trim().replace(',', '.') : v),
    z.union([z.literal(''), z.undefined(), z.coerce.number().min(min).max(max)]),
  );

export const placeEditSchema = z.object({
  version,
  ...i18nFields('name', 200, true),
  ...i18nFields('description', 5000, false),
  ...i18nFields('postOffice', 100, true),
  ...i18nFields('transportNote', 1000, false),
  ...i18nFields('accessibilityNote', 1000, false),
  ...i18nFields('statusNote', 500, false),
  streetAddress: required(textParam(200)),
  postalCode: required(codeParam(/^[0-9]{5}$/)),
  latitude: coordinate(59.5, 70.1),
  longitude: coordinate(19, 31.6),
  ...accessibilityFields,
  phone,
  email,
  website,
  status: required(enumParam(STATUSES)),
});

export const placeCreateSchema = z.object({
  organization: required(codeParam(uuid)),
  kind: required(enumParam(PLACE_KINDS)),
  municipality: required(codeParam(/^[0-9]{3}$/)),
  ...i18nFields('name', 200, true),
  ...i18nFields('postOffice', 100, true),
  streetAddress: required(textParam(200)),
  postalCode: required(codeParam(/^[0-9]{5}$/)),
});

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
/** Rows of exceptions a form offers: the existing ones and this many empty. */
export const EXCEPTION_ROWS_FREE = 3;
export const EXCEPTION_ROWS_MAX = 60;

const day = codeParam(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/);

export const placeHoursSchema = z.object({
  version,
  ...Object.fromEntries(WEEKDAYS.map((d) => [`day${d}`, textParam(100)])),
  ...Object.fromEntries(
    Array.from({ length: EXCEPTION_ROWS_MAX }, (_, i) => [
      [`exception${i}.day`, day],
      [`exception${i}.hours`, textParam(100)],
      ...LANGS.map((lang) => [`exception${i}.note.${lang}`, textParam(200)]),
    ]).flat(),
  ),
});

export const locationSchema = z.object({
  version,
  place: required(codeParam(uuid)),
  phone,
  email,
  ...i18nFields('note', 500, false),
});

export const joinRequestSchema = z.object({
  organizationName: required(textParam(200)),
  organizationType: required(enumParam(['ngo', 'parish', 'company', 'municipality'] as const)),
  municipality: required(codeParam(/^[0-9]{3}$/)),
  businessId: codeParam(/^[0-9]{7}-[0-9]$/),
  website,
  contactName: required(textParam(200)),
  contactEmail: required(email),
  message: textParam(2000),
});

/** Checks a form's fields against its schema: the parsed values, or the issues by field for the summary. */
export function parseForm<S extends z.ZodObject>(schema: S, fields: unknown, i18nNames: readonly string[] = []): z.infer<S> {
  // Every field counts as sent: zod skips the checks of optional keys that are absent, and a form
  // leaves out a field nobody filled (an unticked checkbox), which `required` must still see.
  const given = typeof fields === 'object' && fields !== null ? (fields as Record<string, unknown>) : {};
  const parsed = schema.safeParse({ ...Object.fromEntries(Object.keys(schema.shape).map((k) => [k, undefined])), ...given });
  const issues = parsed.success ? [] : toInputIssues(parsed.error.issues);
  if (parsed.success) {
    for (const field of orphanTranslations(parsed.data as Record<string, unknown>, i18nNames)) issues.push({ field, key: 'required' });
  }
  if (issues.length || !parsed.success) throw new InvalidInputError(issues);
  return parsed.data;
}
