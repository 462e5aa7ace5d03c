import { ConflictError, InvalidInputError, NotFoundError, type InputIssue } from '../../platform/errors.ts';
import { localize, type I18nText, type Lang } from '../../platform/i18n-text.ts';
import { randomToken, tokenHash } from '../../platform/secrets.ts';
import { ACTIVITY_EVENTS } from './activities.actions.ts';
import { linkOrigin, takeOrRefuse, type ActivitiesWriteContext } from './activities.context.ts';
import { CONSENT_VERSION, type SignUpInput, type SignUpResult } from './activities.domain.ts';
import { activityMail, whenText, type ActivityMailKind } from './activities.mail.ts';
import { activitiesPaths } from './activities.paths.ts';
import { findOccurrence, type OccurrenceDetail } from './activities.queries.ts';
import {
  findByTokenHash,
  findLiveByContact,
  firstWaitlisted,
  insertRegistration,
  setManageToken,
  setRegistrationStatus,
  waitlistPosition,
} from './registrations.queries.ts';

/** Whether sign-up is open for an occurrence at `now`: its mode, its window, not cancelled, not begun. */
export function signUpWindow(
  o: Pick<OccurrenceDetail, 'sign_up' | 'status' | 'starts_at' | 'sign_up_opens_days' | 'sign_up_closes_hours'>,
  now: Date,
) {
  if (o.sign_up === 'none' || o.status === 'cancelled') return { open: false } as const;
  const opens = new Date(o.starts_at.getTime() - o.sign_up_opens_days * 86_400_000);
  const closes = new Date(o.starts_at.getTime() - o.sign_up_closes_hours * 3_600_000);
  return { open: now >= opens && now < closes, opens, closes } as const;
}

/** The lower-cased e-mail, else the phone's digits: what "the same family twice" is compared on. */
export function contactKeyOf(email: string | undefined, phone: string | undefined): string {
  if (email) return `e:${email.trim().toLowerCase()}`;
  return `p:${(phone ?? '').replace(/[^0-9+]/g, '').replace(/^\+358/, '0')}`;
}

function checkInput(input: SignUpInput): InputIssue[] {
  const issues: InputIssue[] = [];
  if (!input.email && !input.phone) issues.push({ field: 'email', key: 'contactRequired' });
  if (!input.consent) issues.push({ field: 'consent', key: 'consentRequired' });
  if (input.adults + input.children.length === 0) issues.push({ field: 'adults', key: 'nobodyComing' });
  return issues;
}

export interface MailContext {
  readonly activityName: I18nText;
  readonly start: Date;
  readonly placeName: I18nText | null;
  readonly streetAddress: string | null;
  readonly onlineUrl: string | null;
}

/** Queues one mail to a family about its registration, in its language. */
export async function mailFamily(
  ctx: ActivitiesWriteContext,
  to: { email: string | null; name: string | null; lang: string },
  kind: ActivityMailKind,
  about: MailContext,
  extra: Record<string, string | number> = {},
) {
  if (!to.email) return;
  const lang = (['fi', 'sv', 'en'].includes(to.lang) ? to.lang : 'fi') as Lang;
  const where = about.placeName
    ? `${localize(about.placeName, lang).text}, ${about.streetAddress ?? ''}`.replace(/, $/, '')
    : (about.onlineUrl ?? '');
  const mail = activityMail(lang, kind, {
    name: to.name ?? '',
    activity: localize(about.activityName, lang).text,
    when: whenText(lang, about.start),
    where,
    link: '',
    position: '',
    ...extra,
  });
  await ctx.services.outbox.send(ctx.tx, { to: to.email, toName: to.name, ...mail, purpose: `activities.${kind}` }, ctx.requestId);
}

const aboutOccurrence = (o: OccurrenceDetail): MailContext => ({
  activityName: o.name,
  start: o.starts_at,
  placeName: o.place_name,
  streetAddress: o.street_address,
  onlineUrl: o.online_url,
});

/**
 * Signs a family up without an account. The occurrence's row lock serialises every sign-up and
 * cancellation of that occurrence, so "is there a place" and "take it" are one decision; the
 * counters' CHECK in the database refuses an over-full commit even if this code were wrong.
 */
export async function signUp(
  ctx: ActivitiesWriteContext,
  occurrenceId: string,
  input: SignUpInput & { requestOrigin?: string },
): Promise<SignUpResult> {
  takeOrRefuse(ctx.services.limits.signUp, ctx.clientAddress);
  const issues = checkInput(input);
  if (issues.length) throw new InvalidInputError(issues);
  const occurrence = await findOccurrence(ctx.tx, occurrenceId, true);
  if (!occurrence || occurrence.activity_status !== 'published') throw new NotFoundError('occurrence', occurrenceId);
  if (occurrence.status === 'cancelled') throw new ConflictError('occurrenceCancelled', {});
  if (occurrence.sign_up === 'none') throw new ConflictError('noSignUp', {});
  if (!signUpWindow(occurrence, ctx.clock.now()).open) throw new ConflictError('signUpClosed', {});

  const contactKey = contactKeyOf(input.email, input.phone);
  const target = { type: 'registration', organizationId: occurrence.organization_id, regionId: occurrence.region_id };
  const existing = await findLiveByContact(ctx.tx, occurrenceId, contactKey);
  if (existing) {
    ctx.audit.record({ action: ACTIVITY_EVENTS.signUp, target: { ...target, id: existing.id }, detail: { occurrenceId, existing: true } });
    return { id: existing.id, status: existing.status as SignUpResult['status'], manageToken: null, existing: true };
  }
  const status: SignUpResult['status'] =
    occurrence.sign_up === 'closed' ? 'applied' : occurrence.confirmed_count < (occurrence.capacity ?? 0) ? 'confirmed' : 'waitlisted';
  const token = randomToken();
  const now = ctx.clock.now();
  const row = await insertRegistration(
    ctx.tx,
    {
      occurrence_id: occurrenceId,
      status,
      name: input.name.trim(),
      email: input.email?.trim() || null,
      phone: input.phone?.trim() || null,
      contact_key: contactKey,
      adults: input.adults,
      children_ages: input.children.map((c) => c.age),
      needs: input.needs?.trim() || null,
      lang: input.lang,
      consent_version: CONSENT_VERSION,
      consented_at: now,
      manage_token_hash: tokenHash(token),
    },
    now,
  );
  ctx.audit.record({ action: ACTIVITY_EVENTS.signUp, target: { ...target, id: row.id }, detail: { occurrenceId, status } });
  const position = status === 'waitlisted' ? await waitlistPosition(ctx.tx, occurrenceId, row.arrival) : 0;
  await mailFamily(ctx, { email: input.email ?? null, name: input.name, lang: input.lang }, status, aboutOccurrence(occurrence), {
    link: manageLink(ctx, input.lang, token, input.requestOrigin),
    position,
  });
  return { id: row.id, status, manageToken: token, existing: false };
}

export function manageLink(ctx: ActivitiesWriteContext, lang: Lang, token: string, requestOrigin?: string): string {
  return `${linkOrigin(ctx.services.site, requestOrigin)}${activitiesPaths.registration(lang, token)}`;
}

export interface RegistrationView {
  readonly id: string;
  readonly status: string;
  readonly name: string | null;
  readonly adults: number;
  readonly childrenAges: readonly number[];
  readonly needs: string | null;
  readonly waitlistPosition: number | null;
  readonly occurrence: {
    readonly id: string;
    readonly activityId: string;
    readonly name: I18nText;
    readonly start: Date;
    readonly end: Date;
    readonly cancelled: boolean;
    readonly placeName: I18nText | null;
  };
}

async function loadByToken(ctx: ActivitiesWriteContext, token: string) {
  const registration = /^[A-Za-z0-9_-]{20,100}$/.test(token) ? await findByTokenHash(ctx.tx, tokenHash(token)) : undefined;
  if (!registration || registration.anonymised_at) throw new NotFoundError('registration', 'link');
  return registration;
}

/** What the mailed link shows: the family's own registration (reading it is on record). */
export async function viewRegistration(ctx: ActivitiesWriteContext, token: string): Promise<RegistrationView> {
  const r = await loadByToken(ctx, token);
  const o = (await findOccurrence(ctx.tx, r.occurrence_id))!;
  ctx.audit.record({
    action: ACTIVITY_EVENTS.read,
    target: { type: 'registration', id: r.id, organizationId: o.organization_id, regionId: o.region_id },
  });
  return {
    id: r.id,
    status: r.status,
    name: r.name,
    adults: r.adults,
    childrenAges: r.children_ages,
    needs: r.needs,
    waitlistPosition: r.status === 'waitlisted' ? await waitlistPosition(ctx.tx, r.occurrence_id, r.arrival) : null,
    occurrence: {
      id: o.id,
      activityId: o.activity_id,
      name: o.name,
      start: o.starts_at,
      end: o.ends_at,
      cancelled: o.status === 'cancelled',
      placeName: o.place_name,
    },
  };
}

/**
 * Cancels through the mailed link (a POST the family confirmed). A freed place goes to the first
 * on the waiting list, under the occurrence's lock: one freed place, exactly one promotion.
 */
export async function cancelRegistration(
  ctx: ActivitiesWriteContext,
  token: string,
  requestOrigin?: string,
): Promise<{ status: 'cancelled'; promoted: boolean }> {
  const found = await loadByToken(ctx, token);
  const o = (await findOccurrence(ctx.tx, found.occurrence_id, true))!;
  // Read again under the lock: a concurrent cancel of the same registration may have won.
  const r = (await findByTokenHash(ctx.tx, tokenHash(token)))!;
  const target = { type: 'registration', id: r.id, organizationId: o.organization_id, regionId: o.region_id };
  if (r.status === 'cancelled' || r.status === 'declined') {
    ctx.audit.record({ action: ACTIVITY_EVENTS.cancel, target, detail: { already: true } });
    return { status: 'cancelled', promoted: false };
  }
  await setRegistrationStatus(ctx.tx, r.id, 'cancelled', ctx.clock.now());
  ctx.audit.record({ action: ACTIVITY_EVENTS.cancel, target, detail: { from: r.status } });
  await mailFamily(ctx, { email: r.email, name: r.name, lang: r.lang }, 'cancelled', aboutOccurrence(o));
  const promoted = r.status === 'confirmed' && o.status === 'scheduled' ? await promoteNext(ctx, o, requestOrigin) : false;
  return { status: 'cancelled', promoted };
}

/** Gives a freed place to the first on the waiting list and tells them. The caller holds the occurrence's lock. */
export async function promoteNext(ctx: ActivitiesWriteContext, o: OccurrenceDetail, requestOrigin?: string): Promise<boolean> {
  const next = await firstWaitlisted(ctx.tx, o.id);
  if (!next) return false;
  await setRegistrationStatus(ctx.tx, next.id, 'confirmed', ctx.clock.now());
  ctx.audit.record({
    action: ACTIVITY_EVENTS.promote,
    target: { type: 'registration', id: next.id, organizationId: o.organization_id, regionId: o.region_id },
  });
  // Only the link's hash is stored, so the promoted family gets a fresh link (the old one stops working).
  const token = randomToken();
  await setManageToken(ctx.tx, next.id, tokenHash(token));
  await mailFamily(ctx, next, 'promoted', aboutOccurrence(o), { link: manageLink(ctx, next.lang as Lang, token, requestOrigin) });
  return true;
}

export { aboutOccurrence };
