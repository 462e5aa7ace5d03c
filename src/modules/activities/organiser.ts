import { stringify } from 'csv-stringify/sync';
import { authorize, isPermitted, reachOf } from '../../platform/authorization/actions.ts';
import { ConflictError, InvalidInputError, NotFoundError, type InputIssue } from '../../platform/errors.ts';
import { addDays, helsinkiMoment } from '../../platform/helsinki-time.ts';
import type { I18nText } from '../../platform/i18n-text.ts';
import { activityActions } from './activities.actions.ts';
import { authorizeOnActivity, type ActivitiesReadContext, type ActivitiesWriteContext } from './activities.context.ts';
import { ageBandOf, type ActivityLanguage, type ActivityType, type CostKind, type Schedule, type SignUpMode } from './activities.domain.ts';
import {
  findActivity,
  findActivityOwners,
  findOccurrence,
  findOccurrenceActivityId,
  insertActivity,
  listActivityRows,
  lockActivity,
  markOccurrenceCancelled,
  placeOwner,
  scheduleOf,
  setHeadCount,
  syncOccurrences,
  updateActivityRow,
  type NewActivity,
} from './activities.queries.ts';
import {
  countPhoneOnly,
  listLiveContacts,
  listRoster,
  findRegistration,
  setAttendance,
  setRegistrationStatus,
} from './registrations.queries.ts';
import { isUsableRrule, occurrencesBetween, helsinkiInstant } from './schedule.ts';
import { aboutOccurrence, mailFamily, manageLink } from './sign-up.ts';
import {
  activityVersion,
  findOrganizationOwner,
  headCountOf,
  listKeptOutsideSchedule,
  listRecentOccurrences,
  organizationsInRegions,
} from './organiser.queries.ts';
import type { AGE_BANDS } from './activities.domain.ts';
import { randomToken, tokenHash } from '../../platform/secrets.ts';
import { setManageToken } from './registrations.queries.ts';
import type { Lang } from '../../platform/i18n-text.ts';

/* What organisers do in the staff workspace: activities and series, occurrences, rosters. */

export interface ActivityInput {
  readonly organizationId: string;
  readonly coOrganizerIds?: readonly string[];
  readonly placeId?: string | undefined;
  readonly municipalityCode?: string | undefined;
  readonly onlineUrl?: string | undefined;
  readonly type: ActivityType;
  readonly status?: 'draft' | 'published' | 'ended';
  readonly name: I18nText;
  readonly description?: I18nText | undefined;
  readonly targetGroups?: readonly string[];
  readonly ageMin?: number | undefined;
  readonly ageMax?: number | undefined;
  readonly languages: readonly ActivityLanguage[];
  readonly accessibilityNote?: I18nText | undefined;
  readonly cost: CostKind;
  readonly costNote?: I18nText | undefined;
  readonly signUp: SignUpMode;
  readonly capacity?: number | undefined;
  readonly signUpOpensDays?: number | undefined;
  readonly signUpClosesHours?: number | undefined;
  readonly schedule: Schedule;
}

async function rowOf(ctx: ActivitiesWriteContext, input: ActivityInput): Promise<NewActivity> {
  const issues: InputIssue[] = [];
  let municipality = input.municipalityCode;
  if (input.placeId) {
    const place = await placeOwner(ctx.tx, input.placeId);
    if (!place) issues.push({ field: 'placeId', key: 'invalid' });
    else municipality = place.municipality_code;
  } else if (!input.onlineUrl) issues.push({ field: 'placeId', key: 'placeOrOnline' });
  if (!municipality) issues.push({ field: 'municipalityCode', key: 'required' });
  if (input.signUp !== 'none' && !input.capacity) issues.push({ field: 'capacity', key: 'required' });
  if (input.schedule.rrule && !isUsableRrule(input.schedule.rrule)) issues.push({ field: 'rrule', key: 'invalidFormat' });
  if (input.ageMin !== undefined && input.ageMax !== undefined && input.ageMin > input.ageMax)
    issues.push({ field: 'ageMax', key: 'tooSmall', params: { min: input.ageMin } });
  if (issues.length) throw new InvalidInputError(issues);
  return {
    organization_id: input.organizationId,
    place_id: input.placeId ?? null,
    municipality_code: municipality!,
    online_url: input.onlineUrl ?? null,
    type: input.type,
    status: input.status ?? 'published',
    name: input.name,
    description: input.description ?? null,
    target_groups: [...(input.targetGroups ?? [])],
    age_min: input.ageMin ?? null,
    age_max: input.ageMax ?? null,
    languages: [...input.languages],
    accessibility_note: input.accessibilityNote ?? null,
    cost: input.cost,
    cost_note: input.costNote ?? null,
    sign_up: input.signUp,
    capacity: input.signUp === 'none' ? null : (input.capacity ?? null),
    sign_up_opens_days: input.signUpOpensDays ?? 30,
    sign_up_closes_hours: input.signUpClosesHours ?? 0,
    first_date: input.schedule.firstDate,
    start_time: input.schedule.startTime,
    duration_minutes: input.schedule.durationMinutes,
    rrule: input.schedule.rrule ?? null,
    exception_dates: [...(input.schedule.exceptionDates ?? [])],
    added_dates: [...(input.schedule.addedDates ?? [])],
    proposal_id: null,
  };
}

function plannedOf(ctx: Pick<ActivitiesReadContext, 'clock' | 'services'>, schedule: Schedule) {
  const today = helsinkiMoment(ctx.clock.now()).date;
  return { today, planned: occurrencesBetween(schedule, today, addDays(today, ctx.services.config.horizonDays)) };
}

/** Writes out an activity's occurrences from today up to the horizon. */
export async function materialise(
  ctx: Pick<ActivitiesWriteContext, 'tx' | 'clock' | 'services'>,
  activityId: string,
  schedule: Schedule,
  capacity: number | null,
) {
  const { today, planned } = plannedOf(ctx, schedule);
  await syncOccurrences(ctx.tx, activityId, planned, capacity, helsinkiInstant(today, '00:00'));
}

/** A meeting still to come that the schedule no longer has, kept because families are signed up to it. */
export interface KeptOccurrence {
  readonly id: string;
  readonly start: Date;
  readonly end: Date;
  readonly confirmed: number;
  readonly waitlisted: number;
}

/**
 * The activity's meetings still to come that families signed up to and that its schedule no
 * longer holds (with `only`, of those ids). Without a schedule in force (the activity ended or went
 * back to draft, so families no longer see it), that is every such meeting.
 */
async function keptOutsideSchedule(
  ctx: ActivitiesReadContext | ActivitiesWriteContext,
  activityId: string,
  schedule: Schedule | null,
  only?: readonly string[],
): Promise<KeptOccurrence[]> {
  const starts = schedule ? plannedOf(ctx, schedule).planned.map((o) => o.start) : [];
  const ids = only?.filter((o) => UUID.test(o));
  const rows = await listKeptOutsideSchedule(ctx.tx, activityId, starts, ctx.clock.now(), ids);
  return rows.map((r) => ({ id: r.id, start: r.starts_at, end: r.ends_at, confirmed: r.confirmed_count, waitlisted: r.waitlisted_count }));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function createActivity(ctx: ActivitiesWriteContext, input: ActivityInput): Promise<{ id: string }> {
  const owner = await findOrganizationOwner(ctx.tx, input.organizationId);
  if (!owner) throw new InvalidInputError([{ field: 'organizationId', key: 'invalid' }]);
  const target = { type: 'activity', organizationId: owner.id, regionId: owner.region_id };
  authorize(ctx, activityActions.CREATE, target);
  const row = await rowOf(ctx, input);
  const id = await insertActivity(
    ctx.tx,
    row,
    ctx.clock.now(),
    (input.coOrganizerIds ?? []).filter((o) => o !== owner.id),
  );
  if (row.status === 'published') await materialise(ctx, id, input.schedule, row.capacity);
  ctx.audit.record({ action: activityActions.CREATE, target: { ...target, id } });
  return { id };
}

export async function updateActivity(
  ctx: ActivitiesWriteContext,
  id: string,
  version: number,
  input: ActivityInput,
): Promise<{ id: string; keptOutsideSchedule: KeptOccurrence[] }> {
  const owners = await findActivityOwners(ctx.tx, id);
  if (!owners) throw new NotFoundError('activity', id);
  const target = authorizeOnActivity(ctx, activityActions.UPDATE, id, owners);
  const locked = await lockActivity(ctx.tx, id);
  if (!locked) throw new NotFoundError('activity', id);
  if (locked.version !== version) throw new ConflictError('activityStaleEdit', {});
  // The owner stays: handing an activity to another organisation is not an edit.
  const row = await rowOf(ctx, { ...input, organizationId: owners[0]!.organizationId });
  await updateActivityRow(ctx.tx, id, row, ctx.clock.now());
  const published = row.status === 'published';
  if (published) await materialise(ctx, id, input.schedule, row.capacity);
  // Nobody loses a place silently, not even when the activity ends: the organiser is shown these,
  // to cancel (families are told) or keep.
  const kept = await keptOutsideSchedule(ctx, id, published ? input.schedule : null);
  ctx.audit.record({ action: activityActions.UPDATE, target, ...(kept.length ? { detail: { keptOutsideSchedule: kept.length } } : {}) });
  return { id, keptOutsideSchedule: kept };
}

/** The activities the actor may edit, with their next occurrences' fill. */
export async function listOwnActivities(ctx: ActivitiesReadContext) {
  authorize(ctx, activityActions.UPDATE);
  const reach = reachOf(ctx.actor, activityActions.UPDATE);
  let organizationIds: string[] | undefined;
  if (!reach.everywhere) {
    const inRegions = reach.regionIds.length ? await organizationsInRegions(ctx.tx, reach.regionIds) : [];
    organizationIds = [...reach.organizationIds, ...inRegions];
  }
  const { ids } = await listActivityRows(
    ctx.tx,
    { allStatuses: true, ...(organizationIds ? { organizationIds } : {}) },
    { limit: 200, offset: 0 },
  );
  const activities = await Promise.all(ids.map((a) => findActivity(ctx.tx, a)));
  return activities.filter((a) => a !== null);
}

/**
 * An activity with its version, for the edit form; with `keptIds` (from the address after a save),
 * those of them that really are this activity's meetings outside its schedule with sign-ups.
 */
export async function getActivityForEdit(ctx: ActivitiesReadContext, id: string, keptIds: readonly string[] = []) {
  const owners = await findActivityOwners(ctx.tx, id);
  if (!owners) throw new NotFoundError('activity', id);
  authorizeOnActivity(ctx, activityActions.UPDATE, id, owners);
  const activity = (await findActivity(ctx.tx, id))!;
  const version = await activityVersion(ctx.tx, id);
  const occurrences = await listRecentOccurrences(ctx.tx, id, new Date(ctx.clock.now().getTime() - 14 * 86_400_000));
  const schedule = activity.status === 'published' ? activity.schedule : null;
  const kept = keptIds.length ? await keptOutsideSchedule(ctx, id, schedule, keptIds.slice(0, 100)) : [];
  return { activity, version, occurrences, kept };
}

async function occurrenceTarget(
  ctx: ActivitiesWriteContext,
  occurrenceId: string,
  action: (typeof activityActions)[keyof typeof activityActions],
) {
  const activityId = await findOccurrenceActivityId(ctx.tx, occurrenceId);
  if (!activityId) throw new NotFoundError('occurrence', occurrenceId);
  const owners = (await findActivityOwners(ctx.tx, activityId))!;
  return authorizeOnActivity(ctx, action, activityId, owners);
}

/** Cancels one occurrence; everyone signed up hears of it. */
/**
 * Cancels one occurrence and mails everyone signed up with an e-mail. Those who gave only a phone
 * number are counted, not mailed (there is no text-message gateway): the organiser calls them,
 * their numbers are on the roster.
 */
export async function cancelOccurrence(ctx: ActivitiesWriteContext, occurrenceId: string): Promise<{ notified: number; toCall: number }> {
  const target = await occurrenceTarget(ctx, occurrenceId, activityActions.UPDATE);
  const o = (await findOccurrence(ctx.tx, occurrenceId, true))!;
  // Cancelled already (a second click, another organiser): nobody is told twice, and the attempt is on record.
  if (o.status === 'cancelled') {
    ctx.audit.record({ action: activityActions.UPDATE, target, detail: { occurrenceId, cancelled: true, already: true } });
    return { notified: 0, toCall: 0 };
  }
  await markOccurrenceCancelled(ctx.tx, occurrenceId, ctx.clock.now());
  const people = await listLiveContacts(ctx.tx, occurrenceId);
  const toCall = await countPhoneOnly(ctx.tx, occurrenceId);
  for (const p of people) await mailFamily(ctx, p, 'occurrenceCancelled', aboutOccurrence(o));
  ctx.audit.record({ action: activityActions.UPDATE, target, detail: { occurrenceId, cancelled: true, notified: people.length, toCall } });
  return { notified: people.length, toCall };
}

/** The roster of one occurrence with contact details: each read is on record. */
export async function getRoster(ctx: ActivitiesWriteContext, occurrenceId: string) {
  const target = await occurrenceTarget(ctx, occurrenceId, activityActions.READ_ROSTER);
  const o = (await findOccurrence(ctx.tx, occurrenceId))!;
  const registrations = await listRoster(ctx.tx, occurrenceId);
  ctx.audit.record({ action: activityActions.READ_ROSTER, target, detail: { occurrenceId, rows: registrations.length } });
  const head = await headCountOf(ctx.tx, occurrenceId);
  return {
    occurrence: {
      id: o.id,
      activityId: o.activity_id,
      name: o.name,
      start: o.starts_at,
      end: o.ends_at,
      capacity: o.capacity,
      confirmed: o.confirmed_count,
      waitlisted: o.waitlisted_count,
      cancelled: o.status === 'cancelled',
      signUp: o.sign_up,
    },
    registrations,
    headCount: head,
    permitted: {
      manage: isPermitted(ctx.actor, activityActions.MANAGE_PARTICIPANTS, target),
      export: isPermitted(ctx.actor, activityActions.EXPORT_ROSTER, target),
      update: isPermitted(ctx.actor, activityActions.UPDATE, target),
    },
  };
}

export async function markAttendance(ctx: ActivitiesWriteContext, occurrenceId: string, attended: readonly string[]) {
  const target = await occurrenceTarget(ctx, occurrenceId, activityActions.MANAGE_PARTICIPANTS);
  await findOccurrence(ctx.tx, occurrenceId, true);
  await setAttendance(ctx.tx, occurrenceId, attended, ctx.clock.now());
  ctx.audit.record({ action: activityActions.MANAGE_PARTICIPANTS, target, detail: { occurrenceId, attendance: attended.length } });
}

/** Accepts or declines an application to a closed group; accepting needs a free place. */
export async function decideApplication(ctx: ActivitiesWriteContext, registrationId: string, accept: boolean, requestOrigin?: string) {
  const found = await findRegistration(ctx.tx, registrationId);
  if (!found) throw new NotFoundError('registration', registrationId);
  const target = await occurrenceTarget(ctx, found.occurrence_id, activityActions.MANAGE_PARTICIPANTS);
  const o = (await findOccurrence(ctx.tx, found.occurrence_id, true))!;
  const r = (await findRegistration(ctx.tx, registrationId))!;
  if (r.status !== 'applied') throw new ConflictError('notAnApplication', {});
  if (accept && o.capacity !== null && o.confirmed_count >= o.capacity) throw new ConflictError('occurrenceFull', {});
  await setRegistrationStatus(ctx.tx, r.id, accept ? 'confirmed' : 'declined', ctx.clock.now());
  let link = '';
  if (accept) {
    const token = randomToken();
    await setManageToken(ctx.tx, r.id, tokenHash(token));
    link = manageLink(ctx, r.lang as Lang, token, requestOrigin);
  }
  await mailFamily(ctx, r, accept ? 'accepted' : 'declined', aboutOccurrence(o), { link });
  ctx.audit.record({ action: activityActions.MANAGE_PARTICIPANTS, target, detail: { registrationId, accepted: accept } });
}

export async function recordHeadCount(
  ctx: ActivitiesWriteContext,
  occurrenceId: string,
  counts: { adults: number; children: Record<(typeof AGE_BANDS)[number], number> },
) {
  const target = await occurrenceTarget(ctx, occurrenceId, activityActions.UPDATE);
  await setHeadCount(ctx.tx, occurrenceId, counts);
  ctx.audit.record({ action: activityActions.UPDATE, target, detail: { occurrenceId, headCount: true } });
}

/** A message from the organiser to everyone signed up (confirmed, waiting or applied). */
export async function messageParticipants(ctx: ActivitiesWriteContext, occurrenceId: string, message: { subject: string; text: string }) {
  const target = await occurrenceTarget(ctx, occurrenceId, activityActions.MANAGE_PARTICIPANTS);
  const o = (await findOccurrence(ctx.tx, occurrenceId))!;
  const people = await listLiveContacts(ctx.tx, occurrenceId);
  const toCall = await countPhoneOnly(ctx.tx, occurrenceId);
  for (const p of people) await mailFamily(ctx, p, 'message', aboutOccurrence(o), { subject: message.subject, text: message.text });
  ctx.audit.record({ action: activityActions.MANAGE_PARTICIPANTS, target, detail: { occurrenceId, messaged: people.length, toCall } });
  return { sent: people.length, toCall };
}

/** The roster as CSV (`;`, BOM for spreadsheets, cells that would start a formula defused). */
export async function exportRoster(ctx: ActivitiesWriteContext, occurrenceId: string): Promise<string> {
  const target = await occurrenceTarget(ctx, occurrenceId, activityActions.EXPORT_ROSTER);
  const rows = await listRoster(ctx.tx, occurrenceId);
  ctx.audit.record({ action: activityActions.EXPORT_ROSTER, target, detail: { occurrenceId, rows: rows.length } });
  const defuse = (v: string | null) => (v && /^[=+\-@\t\r]/.test(v) ? `'${v}` : (v ?? ''));
  const body = stringify(
    rows.map((r) => [
      r.arrival,
      r.status,
      defuse(r.name),
      defuse(r.email),
      defuse(r.phone),
      r.adults,
      r.children_ages.join(' '),
      r.children_ages.map(ageBandOf).join(' '),
      defuse(r.needs),
      r.attended === null ? '' : r.attended ? 'x' : '-',
    ]),
    {
      header: true,
      columns: ['#', 'status', 'name', 'email', 'phone', 'adults', 'children ages', 'age bands', 'needs', 'attended'],
      delimiter: ';',
      quoted: true,
      record_delimiter: '\r\n',
    },
  );
  return `\uFEFF${body}`;
}

export { scheduleOf };
