import type { I18nText, Lang } from '../../platform/i18n-text.ts';

export const ACTIVITY_TYPES = ['openActivity', 'peerGroup', 'club', 'themeEvening', 'event', 'groupService'] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];
export const SIGN_UP_MODES = ['none', 'open', 'closed'] as const;
/** `none`: drop in; `open`: sign up while places last, then the waitlist; `closed`: apply, the organiser accepts. */
export type SignUpMode = (typeof SIGN_UP_MODES)[number];
export const ACTIVITY_STATUSES = ['draft', 'published', 'ended'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];
export const COST_KINDS = ['free', 'paid'] as const;
export type CostKind = (typeof COST_KINDS)[number];
export const ACTIVITY_LANGUAGES = ['fi', 'sv', 'en', 'se', 'ru', 'ar', 'so', 'uk', 'et'] as const;
export type ActivityLanguage = (typeof ACTIVITY_LANGUAGES)[number];
export const REGISTRATION_STATUSES = ['confirmed', 'waitlisted', 'applied', 'cancelled', 'declined'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];
export const PROPOSAL_KINDS = ['activity', 'topic'] as const;
export type ProposalKind = (typeof PROPOSAL_KINDS)[number];
export const PROPOSER_ROLES = ['family', 'volunteer', 'expertByExperience', 'other'] as const;
export type ProposerRole = (typeof PROPOSER_ROLES)[number];
export const PROPOSAL_STATUSES = ['received', 'answered', 'accepted', 'declined'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];
/** Age bands of the head counts and the figures. */
export const AGE_BANDS = ['0-2', '3-6', '7-12', '13-17'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export function ageBandOf(age: number): AgeBand {
  return age <= 2 ? '0-2' : age <= 6 ? '3-6' : age <= 12 ? '7-12' : '13-17';
}

/** The version of the consent text a family agrees to when signing up (the texts are in the page i18n). */
export const CONSENT_VERSION = '2026-12';

/** The schedule of an activity, in Europe/Helsinki wall-clock time. */
export interface Schedule {
  /** 'YYYY-MM-DD': the first occurrence (DTSTART's date). */
  readonly firstDate: string;
  /** 'HH:MM' */
  readonly startTime: string;
  readonly durationMinutes: number;
  /** An RFC 5545 RRULE without DTSTART (`FREQ=WEEKLY;BYDAY=TU;COUNT=10`); absent for a single date. */
  readonly rrule?: string | null;
  readonly exceptionDates?: readonly string[];
  readonly addedDates?: readonly string[];
}

export interface OccurrenceSummary {
  readonly id: string;
  readonly activityId: string;
  readonly start: Date;
  readonly end: Date;
  readonly localDate: string;
  readonly capacity: number | null;
  readonly confirmed: number;
  readonly waitlisted: number;
  readonly cancelled: boolean;
  /** Whether a family can sign up now (open window, not cancelled, a mode with sign-up). */
  readonly signUpOpen: boolean;
}

export interface ActivitySummary {
  readonly id: string;
  readonly type: ActivityType;
  readonly name: I18nText;
  readonly description: I18nText | null;
  readonly organization: { readonly id: string; readonly name: I18nText };
  readonly coOrganizers: readonly { readonly id: string; readonly name: I18nText }[];
  readonly place: {
    readonly id: string;
    readonly name: I18nText;
    readonly streetAddress: string;
    readonly accessibilityNote: I18nText | null;
    readonly stepFreeAccess: boolean | null;
  } | null;
  readonly municipality: { readonly code: string; readonly name: I18nText };
  readonly onlineUrl: string | null;
  readonly targetGroups: readonly string[];
  readonly ageMin: number | null;
  readonly ageMax: number | null;
  readonly languages: readonly ActivityLanguage[];
  readonly accessibilityNote: I18nText | null;
  readonly cost: CostKind;
  readonly costNote: I18nText | null;
  readonly signUp: SignUpMode;
  readonly capacity: number | null;
  readonly schedule: Schedule;
  readonly status: ActivityStatus;
}

export interface OccurrenceListItem extends OccurrenceSummary {
  readonly activity: Pick<ActivitySummary, 'id' | 'type' | 'name' | 'languages' | 'signUp' | 'cost' | 'ageMin' | 'ageMax'> & {
    readonly placeName: I18nText | null;
    readonly municipality: { readonly code: string; readonly name: I18nText };
  };
}

/** An activity as a place or a service page links to it: what it is and when it is next on. */
export interface ActivityLink {
  readonly id: string;
  readonly type: ActivityType;
  readonly name: I18nText;
  readonly languages: readonly ActivityLanguage[];
  readonly nextStart: Date | null;
}

/**
 * An activity a search question found, with its next occurrence: when and where, never how full
 * (see activity-search.ts).
 */
export interface ActivitySearchHit {
  readonly id: string;
  readonly type: ActivityType;
  readonly name: I18nText;
  readonly languages: readonly ActivityLanguage[];
  readonly cost: CostKind;
  readonly onlineUrl: string | null;
  readonly place: { readonly id: string; readonly name: I18nText } | null;
  readonly municipality: { readonly code: string; readonly name: I18nText };
  readonly next: { readonly occurrenceId: string; readonly start: Date; readonly end: Date };
}

export interface OccurrenceFilter {
  readonly municipality?: string;
  readonly place?: string;
  readonly activity?: string;
  readonly age?: number;
  readonly type?: ActivityType;
  readonly language?: ActivityLanguage;
  /** 'YYYY-MM-DD': only this day. */
  readonly day?: string;
  /** From this day for `days` days (default today, 7). */
  readonly from?: string;
  readonly days?: number;
  readonly free?: boolean;
  readonly placesLeft?: boolean;
  readonly page?: number;
  readonly pageSize?: number;
}

export interface SignUpInput {
  readonly name: string;
  readonly email?: string | undefined;
  readonly phone?: string | undefined;
  readonly adults: number;
  readonly children: readonly { readonly age: number }[];
  readonly needs?: string | undefined;
  readonly consent: boolean;
  readonly lang: Lang;
}

export interface SignUpResult {
  readonly id: string;
  readonly status: 'confirmed' | 'waitlisted' | 'applied';
  /** Present for a new registration; an existing one is not told its link again (it went by mail). */
  readonly manageToken: string | null;
  readonly existing: boolean;
}
