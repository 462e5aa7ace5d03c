import { randomBytes } from 'node:crypto';

/** What a family may want to talk about; the advisor's queue filters by it. */
export const CONTACT_TOPICS = [
  'parenting',
  'relationship',
  'divorce',
  'everydayLife',
  'childDevelopment',
  'wellbeing',
  'services',
  'other',
] as const;
export type ContactTopic = (typeof CONTACT_TOPICS)[number];

/** How the family wants to be reached. */
export const CONTACT_CHANNELS = ['chat', 'message', 'callback', 'meeting'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

export const CONTACT_LANGUAGES = ['fi', 'sv', 'en'] as const;
export type ContactLanguage = (typeof CONTACT_LANGUAGES)[number];

export const CONTACT_STATUSES = ['waiting', 'claimed', 'closed'] as const;
export type ContactStatus = (typeof CONTACT_STATUSES)[number];

export const CONTACT_OUTCOMES = ['adviceGiven', 'guidedToService', 'signedUpToActivity', 'referredWithConsent', 'noFurtherAction'] as const;
export type ContactOutcome = (typeof CONTACT_OUTCOMES)[number];

/** What of the family's data a consent lets the advisor pass on. */
export const CONSENT_DATA_ITEMS = ['contactDetails', 'conversation', 'topic', 'municipality'] as const;
export type ConsentDataItem = (typeof CONSENT_DATA_ITEMS)[number];

export const REFERRAL_STATUSES = ['sent', 'opened', 'accepted', 'declined', 'outcomeRecorded', 'closed'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

export const DECLINE_REASONS = ['notEligible', 'noCapacity', 'wrongService', 'familyUnreachable', 'consentWithdrawn'] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

/**
 * The referral's state machine: sent → opened → accepted | declined → outcomeRecorded → closed.
 * The database's trigger (migrations/0010) holds the same table, so a transition that skips this
 * code is refused there too.
 */
export const REFERRAL_TRANSITIONS: Readonly<Record<ReferralStatus, readonly ReferralStatus[]>> = {
  sent: ['opened'],
  opened: ['accepted', 'declined'],
  accepted: ['outcomeRecorded'],
  declined: ['outcomeRecorded'],
  outcomeRecorded: ['closed'],
  closed: [],
};

export function canTransition(from: ReferralStatus, to: ReferralStatus): boolean {
  return REFERRAL_TRANSITIONS[from].includes(to);
}

/** A message is plain text of at most 10 kB (UTF-8), as the database's CHECK says. */
export const MESSAGE_MAX_BYTES = 10_240;

export function messageBytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** Letters and digits that cannot be mistaken for each other on the phone (no 0/O, 1/I/L). */
const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** The reference a family quotes: `K7QM-3XPA`. Not a secret: the follow token is. */
export function newReference(bytes: Buffer = randomBytes(8)): string {
  const chars = [...bytes].map((b) => REFERENCE_ALPHABET[b % REFERENCE_ALPHABET.length]);
  return `${chars.slice(0, 4).join('')}-${chars.slice(4, 8).join('')}`;
}

/** The follow link's token: 32 random bytes (256 bits), base64url. */
export const FOLLOW_TOKEN = /^[A-Za-z0-9_-]{43}$/;
