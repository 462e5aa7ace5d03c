import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, type StaffActor } from '../../platform/actor.ts';
import { ConflictError } from '../../platform/errors.ts';
import { activitiesOf, activitiesTestbed, family, type ActivitiesTestbed } from '../../../tests/support/activity-fixtures.ts';
import type { TestDatabase } from '../../../tests/support/test-database.ts';
import { postgresUrl } from '../../../tests/support/test-env.ts';

// The 200 on PostgreSQL; PGlite serialises every transaction anyway, so fewer prove the same there.
const FAMILIES = postgresUrl ? 200 : 50;

let bed: ActivitiesTestbed;
let database: TestDatabase;
let activities: ActivitiesTestbed['activities'];
let editor: StaffActor;

beforeAll(async () => {
  bed = await activitiesTestbed();
  ({ database, activities, editor } = bed);
});
afterAll(() => bed?.close());

const newOccurrence = async (capacity: number, overrides = {}) => (await bed.occurrence({ capacity, ...overrides })).id;

const statuses = async (occurrenceId: string) =>
  database.db
    .selectFrom('registration')
    .select(['id', 'status', 'email', 'arrival'])
    .where('occurrence_id', '=', occurrenceId)
    .orderBy('arrival')
    .execute();

describe('sign-up under concurrency', () => {
  it(`gives 20 places to exactly 20 of ${FAMILIES} simultaneous families and queues the rest in arrival order`, async () => {
    const occurrenceId = await newOccurrence(20);
    const results = await Promise.all(
      Array.from({ length: FAMILIES }, (_, n) => activities.as(anonymous).family.signUp(occurrenceId, family(n))),
    );
    expect(results.filter((r) => r.status === 'confirmed')).toHaveLength(20);
    expect(results.filter((r) => r.status === 'waitlisted')).toHaveLength(FAMILIES - 20);
    const rows = await statuses(occurrenceId);
    expect(rows).toHaveLength(FAMILIES);
    expect(new Set(rows.map((r) => r.email)).size).toBe(FAMILIES);
    // Arrival order: the first 20 who got in are confirmed, everyone after waits.
    expect(rows.slice(0, 20).every((r) => r.status === 'confirmed')).toBe(true);
    expect(rows.slice(20).every((r) => r.status === 'waitlisted')).toBe(true);
    const counters = await database.db
      .selectFrom('activity_occurrence')
      .select(['confirmed_count', 'waitlisted_count'])
      .where('id', '=', occurrenceId)
      .executeTakeFirstOrThrow();
    expect(counters).toEqual({ confirmed_count: 20, waitlisted_count: FAMILIES - 20 });

    // Five concurrent cancellations free five places: exactly five promoted, the next five in line.
    const tokens = results
      .filter((r) => r.status === 'confirmed')
      .slice(0, 5)
      .map((r) => r.manageToken!);
    const cancelled = await Promise.all([...tokens, ...tokens].map((token) => activities.as(anonymous).family.cancelRegistration(token)));
    expect(cancelled.filter((c) => c.promoted)).toHaveLength(5);
    const after = await statuses(occurrenceId);
    expect(after.filter((r) => r.status === 'confirmed')).toHaveLength(20);
    expect(after.filter((r) => r.status === 'cancelled')).toHaveLength(5);
    expect(after.slice(20, 25).every((r) => r.status === 'confirmed')).toBe(true);
    expect(after.slice(25).every((r) => r.status === 'waitlisted')).toBe(true);
  });

  it('refuses an over-full occurrence in the database itself, whatever the application does', async () => {
    const occurrenceId = await newOccurrence(1);
    await activities.as(anonymous).family.signUp(occurrenceId, family(1));
    await expect(
      sql`update registration set status = 'confirmed' where occurrence_id = ${occurrenceId}`.execute(database.db).then(() =>
        database.db
          .insertInto('registration')
          .values({
            occurrence_id: occurrenceId,
            status: 'confirmed',
            name: 'X',
            email: 'x@example.com',
            contact_key: 'e:x@example.com',
            adults: 1,
            lang: 'fi',
            consent_version: 'v',
            consented_at: new Date(),
            manage_token_hash: 'h1',
            created_at: new Date(),
            updated_at: new Date(),
          })
          .execute(),
      ),
    ).rejects.toThrow(/check constraint/);
  });
});

describe('a family signing up', () => {
  it('gets the existing registration for the same e-mail or phone twice, not a second one', async () => {
    const occurrenceId = await newOccurrence(5);
    const first = await activities.as(anonymous).family.signUp(occurrenceId, family(1, { email: 'Sama@Example.com' }));
    const again = await activities.as(anonymous).family.signUp(occurrenceId, family(1, { email: 'sama@example.com '.trim() }));
    expect(again).toMatchObject({ id: first.id, existing: true, manageToken: null });
    const byPhone = await activities.as(anonymous).family.signUp(occurrenceId, family(2, { email: undefined, phone: '+358 40 123 4567' }));
    const byPhoneAgain = await activities.as(anonymous).family.signUp(occurrenceId, family(2, { email: undefined, phone: '040 1234567' }));
    expect(byPhoneAgain.id).toBe(byPhone.id);
    expect(await statuses(occurrenceId)).toHaveLength(2);
  });

  it('is told 409 when sign-up is closed or the occurrence cancelled, and 400 without a contact or consent', async () => {
    const drop = await newOccurrence(5);
    await activities.as(editor).organiser.cancelOccurrence(drop);
    await expect(activities.as(anonymous).family.signUp(drop, family(1))).rejects.toSatisfy(
      (e) => ConflictError.is(e) && (e as ConflictError).messageKey === 'occurrenceCancelled',
    );
    const later = await newOccurrence(5, { signUpOpensDays: 0 });
    await expect(activities.as(anonymous).family.signUp(later, family(1))).rejects.toSatisfy(
      (e) => ConflictError.is(e) && (e as ConflictError).messageKey === 'signUpClosed',
    );
    const open = await newOccurrence(5);
    await expect(activities.as(anonymous).family.signUp(open, family(1, { email: undefined }))).rejects.toMatchObject({ status: 400 });
    await expect(activities.as(anonymous).family.signUp(open, family(1, { consent: false }))).rejects.toMatchObject({ status: 400 });
  });

  it('gets its confirmation through the outbox with a link that shows and cancels it, and the sign-up is on record', async () => {
    const occurrenceId = await newOccurrence(1);
    const a = await activities.as(anonymous).family.signUp(occurrenceId, family(1010));
    const b = await activities.as(anonymous, 'sv').family.signUp(occurrenceId, family(1011, { lang: 'sv' }));
    expect([a.status, b.status]).toEqual(['confirmed', 'waitlisted']);
    const mails = await database.db
      .selectFrom('outbox')
      .select(['recipient', 'subject', 'text_body', 'purpose'])
      .where('recipient', 'in', ['perhe1010@example.com', 'perhe1011@example.com'])
      .orderBy('created_at')
      .execute();
    expect(mails.map((m) => m.purpose)).toEqual(['activities.confirmed', 'activities.waitlisted']);
    expect(mails[0]!.text_body).toContain(`/fi/registrations/${a.manageToken}`);
    expect(mails[1]!.subject).toMatch(/^Du står i kö/);
    expect(mails[1]!.text_body).toContain('plats 1');

    const view = await activities.as(anonymous).family.viewRegistration(a.manageToken!);
    expect(view).toMatchObject({ status: 'confirmed', name: 'Perhe 1010', childrenAges: [2] });
    const cancelled = await activities.as(anonymous).family.cancelRegistration(a.manageToken!);
    expect(cancelled).toEqual({ status: 'cancelled', promoted: true });
    const promotedMail = await database.db
      .selectFrom('outbox')
      .select(['text_body', 'purpose'])
      .where('recipient', '=', 'perhe1011@example.com')
      .where('purpose', '=', 'activities.promoted')
      .executeTakeFirstOrThrow();
    const link = /\/sv\/registrations\/([A-Za-z0-9_-]+)/.exec(promotedMail.text_body ?? '')![1]!;
    expect((await activities.as(anonymous).family.viewRegistration(link)).status).toBe('confirmed');

    const events = await database.db.selectFrom('audit_event').select('action').where('target_id', '=', a.id).execute();
    expect(events.map((e) => e.action).sort()).toEqual(['Registration.CANCEL', 'Registration.CREATE', 'Registration.READ']);
  });

  it('is limited per client when the limit is on', async () => {
    const limited = activitiesOf(database.db, { env: { ACTIVITY_SIGN_UP_RATE_LIMIT: '1/2' } });
    const occurrenceId = await newOccurrence(10);
    await limited.as(anonymous, 'fi', '198.51.100.1').family.signUp(occurrenceId, family(20));
    await limited.as(anonymous, 'fi', '198.51.100.1').family.signUp(occurrenceId, family(21));
    await expect(limited.as(anonymous, 'fi', '198.51.100.1').family.signUp(occurrenceId, family(22))).rejects.toMatchObject({
      status: 429,
    });
    await limited.jobs.stop();
  });
});
