import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, type StaffActor } from '../../platform/actor.ts';
import {
  activitiesTestbed,
  family,
  FOLKHALSAN,
  MIKKELI_MEETING_PLACE,
  MLL_MIKKELI,
  organiser,
  singleActivity,
  type ActivitiesTestbed,
} from '../../../tests/support/activity-fixtures.ts';
import { signedInBrowser } from '../../../tests/support/staff-fixtures.ts';
import { createTestApp } from '../../../tests/support/test-app.ts';
import type { TestDatabase } from '../../../tests/support/test-database.ts';
import { addDays, helsinkiMoment } from '../../platform/helsinki-time.ts';

/*
 * The organiser's use cases on one occurrence, as the staff pages call them: cancelling it,
 * deciding applications to a closed group, messaging everyone, attendance, head counts and the
 * roster export. Each is on record, and another organisation's editor is refused.
 */

let bed: ActivitiesTestbed;
let database: TestDatabase;
let t: Awaited<ReturnType<typeof createTestApp>>;
let activities: ActivitiesTestbed['activities'];
let editor: StaffActor;
let stranger: StaffActor;

beforeAll(async () => {
  bed = await activitiesTestbed();
  ({ database, activities, editor } = bed);
  t = await createTestApp(database, { pages: true });
  stranger = await organiser(database.db, [{ role: 'editor', organizationId: FOLKHALSAN }]);
});
afterAll(async () => {
  await t?.close();
  await bed?.close();
});

const newOccurrence = async (overrides = {}) => (await bed.occurrence(overrides)).id;
const occurrencesOf = (activityId: string) => bed.occurrencesOf(activityId);
const versionOf = async (id: string) =>
  (await database.db.selectFrom('activity').select('version').where('id', '=', id).executeTakeFirstOrThrow()).version;

const signUp = (occurrenceId: string, n: number, overrides: Record<string, unknown> = {}) =>
  activities.as(anonymous).family.signUp(occurrenceId, family(n, overrides));

const mails = (purpose: string) =>
  database.db
    .selectFrom('outbox')
    .select(['recipient', 'subject', 'text_body'])
    .where('purpose', '=', purpose)
    .orderBy('recipient')
    .execute();

const eventsOf = async (occurrenceId: string) =>
  (
    await sql<{ action: string; outcome: string; detail: Record<string, unknown> }>`
      select action, outcome, detail from audit_event where detail->>'occurrenceId' = ${occurrenceId}
        and actor_kind = 'staff' order by id`.execute(database.db)
  ).rows;

const registration = (id: string) =>
  database.db.selectFrom('registration').select(['status', 'attended']).where('id', '=', id).executeTakeFirstOrThrow();

describe('cancelling one occurrence', () => {
  it('tells everyone signed up with an e-mail through the outbox, closes sign-up with 409, and is on record', async () => {
    const id = await newOccurrence({ capacity: 1, name: { fi: 'Peruttava kerho', sv: 'Inställd klubb', en: 'Cancelled club' } });
    await signUp(id, 5001);
    await signUp(id, 5002, { lang: 'sv' });
    const phoneOnly = await signUp(id, 5003, { email: undefined, phone: '040 500 3000' });
    const gone = await signUp(id, 5004);
    await database.db.updateTable('registration').set({ status: 'cancelled' }).where('id', '=', gone.id).execute();
    expect(phoneOnly.status).toBe('waitlisted');

    await expect(activities.as(stranger).organiser.cancelOccurrence(id)).rejects.toMatchObject({ status: 403 });
    expect(await activities.as(editor).organiser.cancelOccurrence(id)).toEqual({ notified: 2, toCall: 1 });
    const sent = await mails('activities.occurrenceCancelled');
    const ours = sent.filter((m) => /perhe500[1-4]@/.test(m.recipient));
    expect(ours.map((m) => m.recipient)).toEqual(['perhe5001@example.com', 'perhe5002@example.com']);
    expect(ours[0]!.text_body).toContain('Peruttava kerho');
    expect(ours[1]!.text_body).toContain('Inställd klubb');

    await expect(signUp(id, 5005)).rejects.toMatchObject({ status: 409, messageKey: 'occurrenceCancelled' });
    // Cancelling again tells nobody a second time.
    expect(await activities.as(editor).organiser.cancelOccurrence(id)).toEqual({ notified: 0, toCall: 0 });
    expect((await mails('activities.occurrenceCancelled')).filter((m) => /perhe500[1-4]@/.test(m.recipient))).toHaveLength(2);
    const refused = await sql<{ action: string }>`
      select action from audit_event where outcome = 'denied' and actor_person_id = ${stranger.personId}`.execute(database.db);
    expect(refused.rows.map((r) => r.action)).toEqual(['Activity.UPDATE']);
    expect((await eventsOf(id)).find((e) => e.outcome === 'success')).toMatchObject({
      action: 'Activity.UPDATE',
      detail: { cancelled: true, notified: 2, toCall: 1 },
    });
    expect((await eventsOf(id)).at(-1)).toMatchObject({ action: 'Activity.UPDATE', detail: { already: true } });
  });
});

describe('a closed group', () => {
  it('takes applications; the organiser accepts one with a manage link, declines another, and cannot overfill it', async () => {
    const id = await newOccurrence({ signUp: 'closed', capacity: 1 });
    const first = await signUp(id, 5101);
    const second = await signUp(id, 5102);
    expect([first.status, second.status]).toEqual(['applied', 'applied']);
    expect((await mails('activities.applied')).map((m) => m.recipient)).toContain('perhe5101@example.com');

    await expect(activities.as(stranger).organiser.decideApplication(first.id, true)).rejects.toMatchObject({ status: 403 });
    await activities.as(editor).organiser.decideApplication(first.id, true, 'https://perhekeskus.example');
    expect(await registration(first.id)).toMatchObject({ status: 'confirmed' });
    const accepted = (await mails('activities.accepted')).find((m) => m.recipient === 'perhe5101@example.com')!;
    const link = /https:\/\/perhekeskus\.example\/fi\/registrations\/([A-Za-z0-9_-]+)/.exec(accepted.text_body ?? '')![1]!;
    expect(await activities.as(anonymous).family.viewRegistration(link)).toMatchObject({ id: first.id, status: 'confirmed' });

    await expect(activities.as(editor).organiser.decideApplication(second.id, true)).rejects.toMatchObject({
      status: 409,
      messageKey: 'occurrenceFull',
    });
    await activities.as(editor).organiser.decideApplication(second.id, false);
    expect(await registration(second.id)).toMatchObject({ status: 'declined' });
    expect((await mails('activities.declined')).map((m) => m.recipient)).toContain('perhe5102@example.com');
    await expect(activities.as(editor).organiser.decideApplication(second.id, true)).rejects.toMatchObject({
      status: 409,
      messageKey: 'notAnApplication',
    });
    const counters = await database.db
      .selectFrom('activity_occurrence')
      .select(['confirmed_count'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(counters.confirmed_count).toBe(1);
    const decided = await sql<{ detail: { registrationId: string; accepted: boolean } }>`
      select detail from audit_event where action = 'Activity.MANAGE_PARTICIPANTS' and outcome = 'success'
        and detail->>'registrationId' in (${first.id}, ${second.id}) order by id`.execute(database.db);
    expect(decided.rows.map((r) => r.detail)).toEqual([
      { registrationId: first.id, accepted: true },
      { registrationId: second.id, accepted: false },
    ]);
  });
});

describe('the participants of one occurrence', () => {
  it('all get the organiser’s message, waiting ones included, cancelled ones not', async () => {
    const id = await newOccurrence({ capacity: 1 });
    await signUp(id, 5201);
    await signUp(id, 5202);
    const cancelled = await signUp(id, 5203);
    await activities.as(anonymous).family.cancelRegistration(cancelled.manageToken!);
    await expect(
      activities.as(stranger).organiser.messageParticipants(id, { subject: 'Ei sinun', text: 'Ei sinun ryhmäsi' }),
    ).rejects.toMatchObject({ status: 403 });
    const result = await activities.as(editor).organiser.messageParticipants(id, {
      subject: 'Tuokaa sisäkengät',
      text: 'Muistakaa sisäkengät huomenna.',
    });
    expect(result).toEqual({ sent: 2, toCall: 0 });
    const sent = (await mails('activities.message')).filter((m) => /perhe520[1-3]@/.test(m.recipient));
    expect(sent.map((m) => m.recipient)).toEqual(['perhe5201@example.com', 'perhe5202@example.com']);
    expect(sent[0]!.subject).toContain('Tuokaa sisäkengät');
    expect(sent[0]!.text_body).toContain('Muistakaa sisäkengät huomenna.');
    expect((await eventsOf(id)).at(-1)).toMatchObject({ action: 'Activity.MANAGE_PARTICIPANTS', detail: { messaged: 2 } });
  });

  it('are marked present or absent (confirmed ones only), and a drop-in gets head counts by age band', async () => {
    const id = await newOccurrence({ capacity: 2 });
    const came = await signUp(id, 5301);
    const stayedAway = await signUp(id, 5302);
    const waiting = await signUp(id, 5303);
    await expect(activities.as(stranger).organiser.markAttendance(id, [came.id])).rejects.toMatchObject({ status: 403 });
    await activities.as(editor).organiser.markAttendance(id, [came.id, waiting.id]);
    expect(await registration(came.id)).toMatchObject({ attended: true });
    expect(await registration(stayedAway.id)).toMatchObject({ attended: false });
    expect(await registration(waiting.id)).toMatchObject({ status: 'waitlisted', attended: null });

    const dropIn = await newOccurrence({ signUp: 'none', capacity: undefined, type: 'openActivity' });
    const counts = { adults: 7, children: { '0-2': 4, '3-6': 3, '7-12': 1, '13-17': 0 } };
    await expect(activities.as(stranger).organiser.recordHeadCount(dropIn, counts)).rejects.toMatchObject({ status: 403 });
    await activities.as(editor).organiser.recordHeadCount(dropIn, counts);
    const roster = await activities.as(editor).organiser.getRoster(dropIn);
    expect(roster.headCount).toEqual({
      head_adults: 7,
      head_children_0_2: 4,
      head_children_3_6: 3,
      head_children_7_12: 1,
      head_children_13_17: 0,
    });
    expect((await eventsOf(dropIn)).map((e) => [e.action, e.detail.headCount ?? null])).toEqual([
      ['Activity.UPDATE', true],
      ['Activity.READ_ROSTER', null],
    ]);
  });
});

describe('the roster export', () => {
  it('is CSV for spreadsheets (BOM, semicolons, formulas defused), with attendance, and on record', async () => {
    const id = await newOccurrence({ capacity: 5 });
    const a = await signUp(id, 5401, { name: '=HYPERLINK("http://x")', needs: 'pähkinäallergia', children: [{ age: 1 }, { age: 8 }] });
    await signUp(id, 5402, { email: undefined, phone: '+358 40 540 2000' });
    await activities.as(editor).organiser.markAttendance(id, [a.id]);
    await expect(activities.as(stranger).organiser.exportRoster(id)).rejects.toMatchObject({ status: 403 });
    const csv = await activities.as(editor).organiser.exportRoster(id);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('"#";"status";"name";"email";"phone";"adults";"children ages";"age bands";"needs";"attended"');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(lines[1]).toContain('"perhe5401@example.com"');
    expect(lines[1]).toContain('"1 8";"0-2 7-12";"pähkinäallergia";"x"');
    expect(lines[2]).toContain(`"'+358 40 540 2000"`);
    expect(lines[2]).toMatch(/;"-"$/);
    expect((await eventsOf(id)).at(-1)).toMatchObject({ action: 'Activity.EXPORT_ROSTER', outcome: 'success', detail: { rows: 2 } });
  });
});

describe('editing a series', () => {
  it('refuses a stale edit, drops an excepted date nobody signed up for, keeps one with families, and never caps below who is in', async () => {
    const tomorrow = addDays(helsinkiMoment(activities.clock.now()).date, 1);
    const input = singleActivity(activities.clock, {
      capacity: 3,
      schedule: { firstDate: tomorrow, startTime: '10:00', durationMinutes: 60, rrule: 'FREQ=WEEKLY;COUNT=4' },
    });
    const { id } = await activities.as(editor).organiser.createActivity(input);
    const occurrences = () => occurrencesOf(id);
    const weeks = await occurrences();
    expect(weeks.map((w) => w.local_date)).toEqual([0, 7, 14, 21].map((d) => addDays(tomorrow, d)));
    await signUp(weeks[2]!.id, 5501);
    await signUp(weeks[2]!.id, 5502);
    const version = await versionOf(id);

    const edit = { ...input, capacity: 1, schedule: { ...input.schedule, exceptionDates: [weeks[1]!.local_date, weeks[2]!.local_date] } };
    await expect(activities.as(stranger).organiser.updateActivity(id, version, edit)).rejects.toMatchObject({ status: 403 });
    await expect(activities.as(editor).organiser.updateActivity(id, version + 1, edit)).rejects.toMatchObject({
      status: 409,
      messageKey: 'activityStaleEdit',
    });
    const { keptOutsideSchedule } = await activities.as(editor).organiser.updateActivity(id, version, edit);
    expect(keptOutsideSchedule.map((o) => [o.id, o.confirmed])).toEqual([[weeks[2]!.id, 2]]);
    const after = await occurrences();
    expect(after.map((w) => [w.local_date, w.capacity, w.confirmed_count])).toEqual([
      [weeks[0]!.local_date, 1, 0],
      // Signed-up families are never dropped by an edit: the organiser cancels that date if it is off.
      [weeks[2]!.local_date, 2, 2],
      [weeks[3]!.local_date, 1, 0],
    ]);
    // The same version again is stale now: the first edit moved it on.
    await expect(activities.as(editor).organiser.updateActivity(id, version, edit)).rejects.toMatchObject({ status: 409 });
  });
});

describe('moving a weekly series to another time', () => {
  const weekly = (name: string) => {
    const tomorrow = addDays(helsinkiMoment(activities.clock.now()).date, 1);
    return singleActivity(activities.clock, {
      name: { fi: name, sv: `${name} sv`, en: `${name} en` },
      capacity: 3,
      schedule: { firstDate: tomorrow, startTime: '10:00', durationMinutes: 60, rrule: 'FREQ=WEEKLY;COUNT=3' },
    });
  };
  const familyPage = async (id: string) =>
    (await activities.as(anonymous).public.getActivity(id)).occurrences.map((o) => [helsinkiMoment(o.start).time, o.cancelled]);
  const KEPT_HEADING = 'Tallennettu – nämä kerrat jäivät aikataulun ulkopuolelle';

  it('answers the meeting a family is signed up to; the edit page offers to cancel it, which tells the family and is on record', async () => {
    const input = weekly('Siirtyvä kerho');
    const { id } = await activities.as(editor).organiser.createActivity(input);
    const [next] = await occurrencesOf(id);
    await signUp(next!.id, 5601);

    const moved = { ...input, schedule: { ...input.schedule, startTime: '11:00' } };
    const { keptOutsideSchedule } = await activities.as(editor).organiser.updateActivity(id, await versionOf(id), moved);
    expect(keptOutsideSchedule).toEqual([{ id: next!.id, start: next!.starts_at, end: next!.ends_at, confirmed: 1, waitlisted: 0 }]);
    // Until the organiser decides, the family page has the old meeting beside the new one.
    expect((await familyPage(id)).slice(0, 2)).toEqual([
      ['10:00', false],
      ['11:00', false],
    ]);

    const browser = await signedInBrowser(t.app, database.db, editor.personId, t.clock.now());
    const edit = `/fi/staff/activities/${id}`;
    expect((await browser.get(edit)).status).toBe(200);
    // Saving the form again (now 12:00) goes to the page naming the meeting still kept, without JavaScript.
    const saved = await browser.post(edit, {
      ...{ organizationId: MLL_MIKKELI, placeId: MIKKELI_MEETING_PLACE, type: 'club', nameFi: 'Siirtyvä kerho', cost: 'free' },
      ...{ signUp: 'open', capacity: '3', firstDate: input.schedule.firstDate, startTime: '12:00', durationMinutes: '60' },
      ...{ rrule: 'FREQ=WEEKLY;COUNT=3', status: 'published', languages: 'fi', version: String(await versionOf(id)) },
    });
    expect(saved.status).toBe(303);
    const location = saved.headers.get('location')!;
    expect(new URL(location, 'http://localhost').searchParams.get('kept')).toBe(next!.id);
    const page = await browser.get(location);
    expect(page.text).toContain(KEPT_HEADING);
    expect(page.text).toContain('1 vahvistettu, 0 jonossa');
    // The address is checked again: another activity's meeting, one in the schedule or no id at all shows nothing.
    const other = (await occurrencesOf((await activities.as(editor).organiser.createActivity(weekly('Muu kerho'))).id))[0]!;
    const inSchedule = (await occurrencesOf(id)).find((o) => o.id !== next!.id)!;
    const forged = await browser.get(`${edit}?kept=${other.id},${inSchedule.id},x`);
    expect(forged.status).toBe(200);
    expect(forged.text).not.toContain(KEPT_HEADING);

    // A family that gave only a phone number cannot be mailed: the organiser is told to call.
    await signUp(next!.id, 5602, { email: undefined, phone: '040 560 2000' });
    const cancelled = await browser.post(location, { intent: 'cancelOccurrence', occurrenceId: next!.id });
    expect(cancelled.status).toBe(200);
    expect(cancelled.text).toContain('Kerta on peruttu ja ilmoittautuneille on lähtenyt viesti.');
    expect(cancelled.text).toContain('1 perhettä antoi vain puhelinnumeron: soita heille');
    expect(cancelled.text).toContain(`/fi/staff/occurrences/${next!.id}`);
    expect(cancelled.text).not.toContain(KEPT_HEADING);
    const told = (await mails('activities.occurrenceCancelled')).filter((m) => m.recipient === 'perhe5601@example.com');
    expect(told).toHaveLength(1);
    expect(told[0]!.text_body).toContain('Siirtyvä kerho');
    expect((await eventsOf(next!.id)).at(-1)).toMatchObject({
      action: 'Activity.UPDATE',
      outcome: 'success',
      detail: { cancelled: true, notified: 1, toCall: 1 },
    });
    expect((await familyPage(id)).slice(0, 2)).toEqual([
      ['10:00', true],
      ['12:00', false],
    ]);
  });

  it('also names a meeting whose only family has cancelled, so nothing stays on the family page unseen', async () => {
    const input = weekly('Kerho, josta perhe perui');
    const { id } = await activities.as(editor).organiser.createActivity(input);
    const [next] = await occurrencesOf(id);
    const gone = await signUp(next!.id, 5701);
    await activities.as(anonymous).family.cancelRegistration(gone.manageToken!);
    const moved = { ...input, schedule: { ...input.schedule, startTime: '11:00' } };
    const { keptOutsideSchedule } = await activities.as(editor).organiser.updateActivity(id, await versionOf(id), moved);
    expect(keptOutsideSchedule).toMatchObject([{ id: next!.id, confirmed: 0, waitlisted: 0 }]);
    expect(await activities.as(editor).organiser.cancelOccurrence(next!.id)).toEqual({ notified: 0, toCall: 0 });
  });

  it('ending the activity keeps the meetings families signed up to, and the edit page offers to cancel them', async () => {
    const input = weekly('Päättyvä kerho');
    const { id } = await activities.as(editor).organiser.createActivity(input);
    const [, later] = await occurrencesOf(id);
    await signUp(later!.id, 5801);
    const ended = { ...input, status: 'ended' as const };
    const { keptOutsideSchedule } = await activities.as(editor).organiser.updateActivity(id, await versionOf(id), ended);
    expect(keptOutsideSchedule.map((o) => [o.id, o.confirmed])).toEqual([[later!.id, 1]]);

    const browser = await signedInBrowser(t.app, database.db, editor.personId, t.clock.now());
    const edit = `/fi/staff/activities/${id}?kept=${later!.id}`;
    const page = await browser.get(edit);
    expect(page.text).toContain('Tallennettu – näille kerroille on yhä ilmoittautuneita');
    expect(page.text).not.toContain(KEPT_HEADING);
    expect((await browser.post(edit, { intent: 'cancelOccurrence', occurrenceId: later!.id })).status).toBe(200);
    expect((await mails('activities.occurrenceCancelled')).filter((m) => m.recipient === 'perhe5801@example.com')).toHaveLength(1);
  });

  it('without sign-ups simply moves: the old meetings are gone and nothing is kept', async () => {
    const input = weekly('Kerho ilman ilmoittautuneita');
    const { id } = await activities.as(editor).organiser.createActivity(input);
    const moved = { ...input, schedule: { ...input.schedule, startTime: '11:00' } };
    const { keptOutsideSchedule } = await activities.as(editor).organiser.updateActivity(id, await versionOf(id), moved);
    expect(keptOutsideSchedule).toEqual([]);
    expect((await occurrencesOf(id)).map((o) => helsinkiMoment(o.starts_at).time)).toEqual(['11:00', '11:00', '11:00']);
    expect(await familyPage(id)).toEqual([
      ['11:00', false],
      ['11:00', false],
      ['11:00', false],
    ]);
  });
});
