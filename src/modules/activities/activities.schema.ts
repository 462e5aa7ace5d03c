import { z } from '@hono/zod-openapi';
import { pagingParams } from '../../platform/http/api-contract.ts';
import { booleanParam, codeParam, enumParam, intParam, textParam } from '../../platform/http/query-schema.ts';
import { ACTIVITY_LANGUAGES, ACTIVITY_TYPES, COST_KINDS, PROPOSAL_KINDS, PROPOSER_ROLES, SIGN_UP_MODES } from './activities.domain.ts';
import type { OccurrenceFilter } from './activities.domain.ts';

const dateParam = () => codeParam(/^\d{4}-\d{2}-\d{2}$/);

/** The calendar's filters, in the query string of the page and of the API alike. */
export const occurrenceQuery = z.object({
  municipality: codeParam(/^[0-9]{3}$/).openapi({ description: 'Statistics Finland municipality code.', example: '593' }),
  place: codeParam(/^[0-9a-f-]{36}$/).openapi({ description: 'A place id: its activities only.' }),
  activity: codeParam(/^[0-9a-f-]{36}$/).openapi({ description: 'One activity: its occurrences.' }),
  age: intParam(0, 29).openapi({ description: "The child's age in years.", example: 2 }),
  type: enumParam(ACTIVITY_TYPES).openapi({ description: 'The kind of activity.' }),
  language: enumParam(ACTIVITY_LANGUAGES).openapi({ description: 'The language it is held in.', example: 'sv' }),
  day: dateParam().openapi({ description: 'Only this day (YYYY-MM-DD, Helsinki).' }),
  from: dateParam().openapi({ description: 'From this day (default: today).' }),
  days: intParam(1, 62).openapi({ description: 'For this many days (default 7).' }),
  free: booleanParam().openapi({ description: 'Only free activities.' }),
  placesLeft: booleanParam().openapi({ description: 'Only occurrences with places left (or without sign-up).' }),
  ...pagingParams,
}) satisfies z.ZodType<OccurrenceFilter>;

export const activityListQuery = z.object({
  municipality: codeParam(/^[0-9]{3}$/).openapi({ example: '593' }),
  place: codeParam(/^[0-9a-f-]{36}$/),
  ...pagingParams,
});

const I18n = z.object({ fi: z.string(), sv: z.string().optional(), en: z.string().optional() }).openapi('ActivityText');

export const OccurrenceSchema = z
  .object({
    id: z.uuid(),
    activityId: z.uuid(),
    name: z.string(),
    type: z.enum(ACTIVITY_TYPES),
    start: z.string().openapi({ description: 'ISO 8601 with the Helsinki offset of that date.', example: '2026-12-08T10:00:00+02:00' }),
    end: z.string(),
    capacity: z.number().int().nullable().openapi({ description: 'Places, null when there is no sign-up.' }),
    confirmed: z.number().int(),
    waitlisted: z.number().int(),
    cancelled: z.boolean(),
    signUpOpen: z.boolean(),
    languages: z.array(z.enum(ACTIVITY_LANGUAGES)),
    municipality: z.object({ code: z.string(), name: z.string() }),
    placeName: z.string().nullable(),
    url: z.string().openapi({ description: 'Its family page.' }),
    icsUrl: z.string().openapi({ description: 'Its calendar file (text/calendar).' }),
    registrationsUrl: z.string().nullable().openapi({ description: 'Where to POST a sign-up, when it has sign-up.' }),
  })
  .openapi('Occurrence');

export const ActivitySchema = z
  .object({
    id: z.uuid(),
    type: z.enum(ACTIVITY_TYPES),
    name: z.string(),
    description: z.string().nullable(),
    organization: z.object({ id: z.uuid(), name: z.string() }),
    coOrganizers: z.array(z.object({ id: z.uuid(), name: z.string() })),
    place: z.object({ id: z.uuid(), name: z.string(), streetAddress: z.string() }).nullable(),
    municipality: z.object({ code: z.string(), name: z.string() }),
    onlineUrl: z.string().nullable(),
    ageMin: z.number().int().nullable(),
    ageMax: z.number().int().nullable(),
    languages: z.array(z.enum(ACTIVITY_LANGUAGES)),
    cost: z.enum(COST_KINDS),
    signUp: z.enum(SIGN_UP_MODES),
    capacity: z.number().int().nullable(),
    schedule: z.object({
      firstDate: z.string(),
      startTime: z.string(),
      durationMinutes: z.number().int(),
      rrule: z.string().nullable().openapi({ description: 'RFC 5545 RRULE in Europe/Helsinki wall-clock time.' }),
      exceptionDates: z.array(z.string()),
      addedDates: z.array(z.string()),
    }),
    url: z.string(),
  })
  .openapi('Activity');
void I18n;

const trimmed = (max: number) => z.string().trim().max(max);

/** A sign-up as the API takes it; the family form is parsed with the same schema. */
export const registrationBody = z
  .object({
    name: trimmed(120).min(1),
    email: z.email().max(200).optional(),
    phone: z
      .string()
      .trim()
      .regex(/^\+?[0-9 ()-]{5,20}$/)
      .optional(),
    adults: z.number().int().min(0).max(10),
    children: z.array(z.object({ age: z.number().int().min(0).max(17) })).max(12),
    needs: trimmed(500).optional(),
    consent: z.literal(true).openapi({ description: 'The family accepts the consent text shown with the form.' }),
  })
  .openapi('RegistrationRequest');

export const RegistrationCreatedSchema = z
  .object({
    id: z.uuid(),
    status: z.enum(['confirmed', 'waitlisted', 'applied']),
    cancelUrl: z
      .string()
      .nullable()
      .openapi({ description: 'The family page to view or cancel it; null when the sign-up existed already (the link went by mail).' }),
  })
  .openapi('RegistrationCreated');

export const proposalBody = z.object({
  kind: z.enum(PROPOSAL_KINDS),
  proposerRole: z.enum(PROPOSER_ROLES),
  text: trimmed(2000).min(1),
  contactName: trimmed(120).optional(),
  contactEmail: z.email().max(200).optional(),
});

export const textLine = textParam;

/** An activity as a search finds it (`GET /api/v1/search`): what, when next and where; never how full. */
export const ActivitySearchHitSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    kind: z.enum(ACTIVITY_TYPES).openapi({ description: 'The kind of activity (`type` labels the hit).' }),
    languages: z.array(z.enum(ACTIVITY_LANGUAGES)),
    cost: z.enum(COST_KINDS),
    next: z.object({
      occurrenceId: z.uuid(),
      start: z.string().openapi({ description: 'ISO 8601 with the Helsinki offset of that date.', example: '2026-12-08T10:00:00+02:00' }),
      end: z.string(),
      url: z.string().openapi({ description: 'The occurrence page.', example: '/fi/occurrences/7d0c…' }),
    }),
    place: z.object({ id: z.uuid(), name: z.string() }).nullable().openapi({ description: 'Null for an activity held online.' }),
    online: z.boolean(),
    municipality: z.object({ code: z.string(), name: z.string() }),
    url: z.string().openapi({ description: 'The activity page for families.', example: '/fi/activities/5b1e…' }),
    language: z.enum(['fi', 'sv', 'en']).openapi({ description: 'The language asked for.' }),
    untranslatedFields: z.array(z.string()).openapi({ description: 'Fields shown in Finnish because they are not translated.' }),
  })
  .openapi('ActivitySearchHit');
