import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, type Actor } from '../../platform/actor.ts';
import { fixedClock } from '../../platform/clock.ts';
import { addDays, helsinkiMoment } from '../../platform/helsinki-time.ts';
import {
  activitiesOf,
  activitiesTestbed,
  family,
  FOLKHALSAN,
  MIKKELI_MEETING_PLACE,
  organiser,
  type ActivitiesTestbed,
} from '../../../tests/support/activity-fixtures.ts';
import type { TestDatabase } from '../../../tests/support/test-database.ts';
import { DEMO_REGION_ID } from '../catalog/index.ts';
import { helsinkiInstant } from './schedule.ts';

/*
 * Proposals from families, volunteers and experts by experience, through the organisers' inbox
 * (answered, accepted into an activity draft, declined with a reason) and back to the meeting
 * place's counts; and the figures for leadership over what was held.
 */

let bed: ActivitiesTestbed;
let database: TestDatabase;
let activities: ActivitiesTestbed['activities'];
let coordinator: Actor;
let stranger: Actor;
let editor: Actor;

beforeAll(async () => {
  bed = await activitiesTestbed();
  ({ database, activities, editor } = bed);
  coordinator = await organiser(database.db, [{ role: 'regionalCoordinator', regionId: DEMO_REGION_ID }]);
  stranger = await organiser(database.db, [{ role: 'editor', organizationId: FOLKHALSAN }]);
});
afterAll(() => bed?.close());

const propose = (text: string, contactEmail?: string) =>
  activities.as(anonymous).family.submitProposal(MIKKELI_MEETING_PLACE, {
    kind: 'topic',
    proposerRole: 'expertByExperience',
    text,
    ...(contactEmail ? { contactName: 'Ehdottaja', contactEmail } : {}),
  });

const mailsTo = (recipient: string) =>
  database.db.selectFrom('outbox').select(['purpose', 'text_body']).where('recipient', '=', recipient).execute();

describe('proposals', () => {
  it('reach the inbox, are answered, accepted into a draft or declined with a reason, and the place shows the counts', async () => {
    const before = await activities.as(anonymous).public.getProposalCounts(MIKKELI_MEETING_PLACE);
    const answered = await propose('Iltapäiväkahvit isille', 'isa@example.com');
    const accepted = await propose('Vertaisryhmä kaksosten vanhemmille');
    const declined = await propose('Uimakoulu', 'uima@example.com');

    const inbox = await activities.as(coordinator).organiser.listProposalInbox('received');
    expect(inbox.map((p) => p.id)).toEqual(expect.arrayContaining([answered.id, accepted.id, declined.id]));
    await expect(activities.as(stranger).organiser.listProposalInbox()).resolves.not.toContainEqual(
      expect.objectContaining({ id: answered.id }),
    );
    await expect(
      activities.as(stranger).organiser.decideProposal({ proposalId: answered.id, decision: 'answer', answer: 'Ei' }),
    ).rejects.toMatchObject({ status: 403 });

    await expect(
      activities.as(coordinator).organiser.decideProposal({ proposalId: answered.id, decision: 'answer' }),
    ).rejects.toMatchObject({ status: 400 });
    expect(
      await activities
        .as(coordinator)
        .organiser.decideProposal({ proposalId: answered.id, decision: 'answer', answer: 'Kiitos, kysymme isiltä.' }),
    ).toEqual({ status: 'answered', activityId: null });
    expect(await mailsTo('isa@example.com')).toEqual([
      expect.objectContaining({ purpose: 'activities.proposalAnswered', text_body: expect.stringContaining('Kiitos, kysymme isiltä.') }),
    ]);

    const draft = await activities.as(coordinator).organiser.decideProposal({ proposalId: accepted.id, decision: 'accept' });
    expect(draft.status).toBe('accepted');
    const activity = await database.db
      .selectFrom('activity')
      .select(['status', 'place_id', 'proposal_id', 'name'])
      .where('id', '=', draft.activityId!)
      .executeTakeFirstOrThrow();
    expect(activity).toMatchObject({ status: 'draft', place_id: MIKKELI_MEETING_PLACE, proposal_id: accepted.id });
    expect(activity.name).toMatchObject({ fi: 'Vertaisryhmä kaksosten vanhemmille' });
    // A draft is no family's business yet.
    expect((await activities.as(anonymous).public.listActivities({ municipality: '491' })).items.map((a) => a.id)).not.toContain(
      draft.activityId,
    );

    await expect(
      activities.as(coordinator).organiser.decideProposal({ proposalId: declined.id, decision: 'decline' }),
    ).rejects.toMatchObject({ status: 400 });
    await activities
      .as(coordinator)
      .organiser.decideProposal({ proposalId: declined.id, decision: 'decline', answer: 'Uimahalli ei ole meidän.' });
    expect((await mailsTo('uima@example.com')).map((m) => m.purpose)).toEqual(['activities.proposalAnswered']);
    await expect(
      activities.as(coordinator).organiser.decideProposal({ proposalId: declined.id, decision: 'accept' }),
    ).rejects.toMatchObject({ status: 409 });

    const after = await activities.as(anonymous).public.getProposalCounts(MIKKELI_MEETING_PLACE);
    expect(after).toEqual({ received: before.received + 3, actedOn: before.actedOn + 3, accepted: before.accepted + 1 });
  });

  it('are answered in the language the family wrote in, whatever language the organiser uses', async () => {
    const { id } = await activities.as(anonymous, 'sv').family.submitProposal(MIKKELI_MEETING_PLACE, {
      kind: 'activity',
      proposerRole: 'family',
      text: 'En svenskspråkig lekgrupp på lördagar',
      contactEmail: 'lekgrupp@example.com',
    });
    await activities
      .as(coordinator, 'fi')
      .organiser.decideProposal({ proposalId: id, decision: 'answer', answer: 'Tack, vi frågar Folkhälsan.' });
    const [mail] = await database.db
      .selectFrom('outbox')
      .select(['subject', 'text_body'])
      .where('recipient', '=', 'lekgrupp@example.com')
      .execute();
    expect(mail).toMatchObject({
      subject: 'Svar på ditt förslag',
      text_body: expect.stringContaining('tack för ditt förslag till mötesplatsen'),
    });
  });

  it('are limited per client when the limit is on', async () => {
    const limited = activitiesOf(database.db, { env: { ACTIVITY_PROPOSAL_RATE_LIMIT: '1/2' } });
    const as = () => limited.as(anonymous, 'fi', '198.51.100.7').family;
    const input = { kind: 'activity' as const, proposerRole: 'family' as const, text: 'Vauvauinti' };
    await as().submitProposal(MIKKELI_MEETING_PLACE, input);
    await as().submitProposal(MIKKELI_MEETING_PLACE, input);
    await expect(as().submitProposal(MIKKELI_MEETING_PLACE, input)).rejects.toMatchObject({ status: 429, retryAfterSeconds: 60 });
    await limited.as(anonymous, 'fi', '198.51.100.8').family.submitProposal(MIKKELI_MEETING_PLACE, input);
    await limited.jobs.stop();
  });
});

describe('the figures', () => {
  it('count what was held, cancelled, who came by age band, the waiting list and the no-shows, per municipality', async () => {
    // Read three days on, when tomorrow's occurrences are over; the demo's own are in both readings.
    const later = activitiesOf(database.db, { clock: fixedClock(new Date(activities.clock.now().getTime() + 3 * 86_400_000)) });
    const tomorrow = addDays(helsinkiMoment(activities.clock.now()).date, 1);
    const range = {
      from: helsinkiInstant(tomorrow, '00:00'),
      to: helsinkiInstant(addDays(tomorrow, 1), '00:00'),
      fromDate: tomorrow,
      toDate: tomorrow,
    };
    const mikkeli = async () =>
      (await later.as(coordinator).organiser.activityFigures(range)).byMunicipality.find((m) => m.code === '491')!;
    const before = await mikkeli();

    const create = async (overrides = {}) => (await bed.occurrence(overrides)).id;
    const club = await create({ capacity: 2 });
    const came = await activities.as(anonymous).family.signUp(club, family(6001, { adults: 1, children: [{ age: 1 }, { age: 4 }] }));
    await activities.as(anonymous).family.signUp(club, family(6002, { adults: 2, children: [{ age: 8 }] }));
    await activities.as(anonymous).family.signUp(club, family(6003));
    await activities.as(editor).organiser.markAttendance(club, [came.id]);
    const dropIn = await create({ signUp: 'none', capacity: undefined, type: 'openActivity' });
    await activities.as(editor).organiser.recordHeadCount(dropIn, { adults: 3, children: { '0-2': 2, '3-6': 0, '7-12': 0, '13-17': 1 } });
    await activities.as(editor).organiser.cancelOccurrence(await create());

    const after = await mikkeli();
    expect(after.occurrencesHeld - before.occurrencesHeld).toBe(2);
    expect(after.occurrencesCancelled - before.occurrencesCancelled).toBe(1);
    expect(after.adults - before.adults).toBe(1 + 2 + 3);
    expect({
      '0-2': after.children['0-2'] - before.children['0-2'],
      '3-6': after.children['3-6'] - before.children['3-6'],
      '7-12': after.children['7-12'] - before.children['7-12'],
      '13-17': after.children['13-17'] - before.children['13-17'],
    }).toEqual({ '0-2': 3, '3-6': 1, '7-12': 1, '13-17': 1 });
    expect(after.waitlisted - before.waitlisted).toBe(1);
    expect(after.noShows - before.noShows).toBe(1);
    await expect(later.as(editor).organiser.activityFigures(range)).rejects.toMatchObject({ status: 403 });
    await later.jobs.stop();
  });
});
