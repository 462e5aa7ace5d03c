import { z } from '@hono/zod-openapi';
import { InvalidInputError } from '../../platform/errors.ts';
import { toInputIssues } from '../../platform/http/query-schema.ts';
import {
  CONSENT_DATA_ITEMS,
  CONTACT_CHANNELS,
  CONTACT_LANGUAGES,
  CONTACT_OUTCOMES,
  CONTACT_TOPICS,
  DECLINE_REASONS,
  MESSAGE_MAX_BYTES,
  messageBytes,
} from './contact.domain.ts';

/** Plain text, trimmed, 10 kB at most in UTF-8; the error says the limit. */
export const messageText = z
  .string()
  .trim()
  .min(1)
  .refine((s) => messageBytes(s) <= MESSAGE_MAX_BYTES, { params: { key: 'messageTooLarge', max: MESSAGE_MAX_BYTES } });

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((s) => (s ? s : undefined));

export const NewContactRequestSchema = z
  .object({
    topic: z.enum(CONTACT_TOPICS),
    municipality: z.string().regex(/^[0-9]{3}$/),
    language: z.enum(CONTACT_LANGUAGES),
    channel: z.enum(CONTACT_CHANNELS),
    message: messageText,
    contact: z
      .object({
        name: optionalText(200),
        phone: optionalText(30).refine((p) => p === undefined || /^\+?[0-9 ()-]{5,30}$/.test(p), { params: { key: 'invalidPhone' } }),
      })
      .optional(),
  })
  .refine((r) => r.channel !== 'callback' || Boolean(r.contact?.phone), { path: ['phone'], params: { key: 'phoneForCallback' } })
  .openapi('NewContactRequest');
export type NewContactRequestInput = z.infer<typeof NewContactRequestSchema>;

export const MessageSchema = z.object({ message: messageText }).openapi('ContactMessageInput');

export const QueueQuerySchema = z.object({
  municipality: z
    .string()
    .regex(/^[0-9]{3}$/)
    .optional()
    .or(z.literal('').transform(() => undefined)),
  topic: z
    .enum(CONTACT_TOPICS)
    .optional()
    .or(z.literal('').transform(() => undefined)),
  language: z
    .enum(CONTACT_LANGUAGES)
    .optional()
    .or(z.literal('').transform(() => undefined)),
  waiting: z.coerce
    .number()
    .int()
    .min(0)
    .max(10_080)
    .optional()
    .or(z.literal('').transform(() => undefined)),
  status: z.enum(['open', 'closed']).default('open'),
});
export type QueueQuery = z.infer<typeof QueueQuerySchema>;

export const TransferSchema = z
  .object({
    toPerson: z
      .string()
      .uuid()
      .optional()
      .or(z.literal('').transform(() => undefined)),
    toOrganization: z
      .string()
      .uuid()
      .optional()
      .or(z.literal('').transform(() => undefined)),
    note: messageText,
  })
  .refine((t) => Boolean(t.toPerson) !== Boolean(t.toOrganization), { path: ['toPerson'], params: { key: 'personOrOrganization' } });

export const CloseSchema = z.object({
  outcome: z.enum(CONTACT_OUTCOMES),
  service: z
    .string()
    .uuid()
    .optional()
    .or(z.literal('').transform(() => undefined)),
});

export const ReferralSchema = z.object({
  service: z.string().uuid(),
  givenBy: z.string().trim().min(1).max(200),
  dataItems: z.array(z.enum(CONSENT_DATA_ITEMS)).min(1).max(CONSENT_DATA_ITEMS.length),
  purpose: z.string().trim().min(1).max(1000),
  validDays: z.coerce.number().int().min(1).max(365),
});

export const ReferralResponseSchema = z
  .object({
    step: z.enum(['open', 'accept', 'decline', 'recordOutcome', 'close']),
    reason: z
      .enum(DECLINE_REASONS)
      .optional()
      .or(z.literal('').transform(() => undefined)),
    outcome: optionalText(2000),
  })
  .refine((r) => r.step !== 'decline' || Boolean(r.reason), { path: ['reason'], params: { key: 'required' } });

export const ShiftSchema = z.object({
  person: z.string().uuid(),
  organization: z.string().uuid(),
  municipality: z
    .string()
    .regex(/^[0-9]{3}$/)
    .optional()
    .or(z.literal('').transform(() => undefined)),
  language: z.enum(CONTACT_LANGUAGES),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  from: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
  to: z.string().regex(/^([01]\d|2[0-4]):[0-5]\d$/),
});

/** Parses raw input (a form's fields or a JSON body) or throws the issues, named as the client named them. */
export function parseInput<T extends z.ZodType>(schema: T, raw: unknown): z.infer<T> {
  const result = schema.safeParse(raw);
  if (!result.success) throw new InvalidInputError(toInputIssues(result.error.issues));
  return result.data;
}

export const ContactRequestCreatedSchema = z.object({ reference: z.string(), followUrl: z.string() }).openapi('ContactRequestCreated');
