import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, systemActor, type StaffActor } from '../../platform/actor.ts';
import { write } from '../../platform/db/transactions.ts';
import { addDays, helsinkiMoment } from '../../platform/helsinki-time.ts';
import { activitiesTestbed, family, singleActivity, type ActivitiesTestbed } from '../../../tests/support/activity-fixtures.ts';
import type { TestDatabase } from '../../../tests/support/test-database.ts';
import { testClock } from '../../../tests/support/test-clock.ts';
import { HORIZON_JOB, REMINDER_JOB, RETENTION_JOB } from './index.ts';

/* The module's jobs, run as the queue runs them: the day-before reminder, retention, the horizon. */

const RETENTION_DAYS = 10;
const HORIZON_DAYS = 21;
const HOUR = 3_600_000;

let bed: ActivitiesTestbed;
let database: TestDatabase;
const clock = testClock();
let activities: ActivitiesTestbed['activities'];
let editor: StaffActor;

beforeAll(async () => {
  bed = await activitiesTestbed({
    clock,
    env: { ACTIVITY_RETENTION_DAYS: String(RETENTION_DAYS), ACTIVITY_HORIZON_DAYS: String(HORIZON_DAYS) },
  });
  ({ database, activities, editor } = bed);
});
afterAll(() => bed?.close());

async function run(job: string) {
  await write(database.db, systemActor('test'), (tx) => activities.jobs.enqueue(tx, job, {}));
  await activities.jobs.runDue(job);
}

const mailsTo = (recipient: string, purpose: string) =>
  database.db.selectFrom('outbox').select('id').where('recipient', '=', recipient).where('purpose', '=', purpose).execute();

describe('the activity jobs', () => {
  it('remind confirmed families the day before, once, and not those waiting', async () => {
    clock.set('2026-11-23T12:00:00Z');
    const o = await bed.occurrence({ capacity: 1 });
    const coming = await activities.as(anonymous).family.signUp(o.id, family(3001));
    const waiting = await activities.as(anonymous).family.signUp(o.id, family(3002));
    expect([coming.status, waiting.status]).toEqual(['confirmed', 'waitlisted']);

    clock.set(new Date(o.startsAt.getTime() - 30 * HOUR)); // too early: the day before is 23–25 hours ahead
    await run(REMINDER_JOB);
    expect(await mailsTo('perhe3001@example.com', 'activities.reminder')).toHaveLength(0);

    clock.set(new Date(o.startsAt.getTime() - 24 * HOUR));
    await run(REMINDER_JOB);
    await run(REMINDER_JOB); // the next hour's run does not send it again
    expect(await mailsTo('perhe3001@example.com', 'activities.reminder')).toHaveLength(1);
    expect(await mailsTo('perhe3002@example.com', 'activities.reminder')).toHaveLength(0);
  });

  it(`delete participants' personal data ${RETENTION_DAYS} days after the occurrence, which the consent text says`, async () => {
    clock.set('2026-11-23T12:00:00Z');
    const o = await bed.occurrence();
    expect((await activities.as(anonymous).public.getOccurrence(o.id)).retentionDays).toBe(RETENTION_DAYS);
    const signedUp = await activities.as(anonymous).family.signUp(o.id, family(3101, { needs: 'pähkinäallergia' }));
    const row = () =>
      database.db
        .selectFrom('registration')
        .select(['name', 'email', 'needs', 'anonymised_at', 'adults', 'children_ages'])
        .where('id', '=', signedUp.id)
        .executeTakeFirstOrThrow();

    clock.set(new Date(o.endsAt.getTime() + (RETENTION_DAYS - 1) * 24 * HOUR));
    await run(RETENTION_JOB);
    expect(await row()).toMatchObject({ name: 'Perhe 3101', email: 'perhe3101@example.com', anonymised_at: null });

    clock.set(new Date(o.endsAt.getTime() + (RETENTION_DAYS * 24 + 1) * HOUR));
    await run(RETENTION_JOB);
    // Who came is gone; how many came (for the figures) stays.
    expect(await row()).toMatchObject({ name: null, email: null, needs: null, adults: 1, children_ages: [2] });
    expect((await row()).anonymised_at).not.toBeNull();
    await expect(activities.as(anonymous).family.viewRegistration(signedUp.manageToken!)).rejects.toMatchObject({ status: 404 });
  });

  it(`write recurring occurrences out ${HORIZON_DAYS} days ahead, and further as the days pass`, async () => {
    clock.set('2026-11-23T12:00:00Z');
    const today = helsinkiMoment(clock.now()).date;
    const { id } = await activities.as(editor).organiser.createActivity(
      singleActivity(clock, {
        schedule: { firstDate: addDays(today, 1), startTime: '10:00', durationMinutes: 60, rrule: 'FREQ=DAILY' },
      }),
    );
    const lastDate = async () => {
      const r = await database.db
        .selectFrom('activity_occurrence')
        .select((eb) => eb.fn.max('local_date').as('last'))
        .where('activity_id', '=', id)
        .executeTakeFirstOrThrow();
      return String(r.last);
    };
    const before = await lastDate();
    expect(before <= addDays(today, HORIZON_DAYS)).toBe(true);
    expect(before >= addDays(today, HORIZON_DAYS - 1)).toBe(true);

    clock.set(new Date(clock.now().getTime() + 7 * 24 * HOUR));
    await run(HORIZON_JOB);
    expect(await lastDate()).toBe(addDays(before, 7));
  });
});
