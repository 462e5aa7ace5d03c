import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Actor, Grant, Role, StaffActor } from '../../src/platform/actor.ts';
import type { Clock } from '../../src/platform/clock.ts';
import { createLogger } from '../../src/platform/logger.ts';
import { activitiesModule, type ActivitiesClient } from '../../src/modules/activities/index.ts';
import type { ActivityInput } from '../../src/modules/activities/organiser.ts';
import {
  centralMeetingPlaceKey,
  DEMO_ORGANIZATIONS,
  demoMllOrganization,
  organizationId,
  placeId,
} from '../../src/modules/catalog/index.ts';
import { helsinkiMoment, addDays } from '../../src/platform/helsinki-time.ts';
import { actionCatalogue, jobDefinitions } from '../../src/server/modules.ts';
import { addStaff } from './staff-fixtures.ts';
import { testClock } from './test-clock.ts';
import { openTestDatabase, type TestDatabase } from './test-database.ts';
import { testScope } from './test-scope.ts';
import { testModuleDeps } from './test-services.ts';

const silent = createLogger('silent');

/**
 * The activities module over a test database, without rate limits unless the test sets them, and
 * its use cases for any actor: `activities.as(anonymous).family.signUp(...)`.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any test database
export function activitiesOf(db: Kysely<any>, options: { clock?: Clock; env?: Record<string, string> } = {}) {
  const clock = options.clock ?? testClock();
  const deps = testModuleDeps(db, clock, silent, {
    env: { ACTIVITY_SIGN_UP_RATE_LIMIT: '0', ACTIVITY_PROPOSAL_RATE_LIMIT: '0', ...options.env },
  });
  const instance = activitiesModule.create({ ...deps, actionCatalogue: actionCatalogue() });
  deps.jobs.register(jobDefinitions([{ definition: activitiesModule, instance }], []));
  let address = 0;
  return {
    clock,
    jobs: deps.jobs,
    instance,
    /** Each call its own client address, as many families would be. */
    as: (actor: Actor, lang: 'fi' | 'sv' | 'en' = 'fi', clientAddress = `192.0.2.${++address % 250}`): ActivitiesClient =>
      instance.client!(testScope({ actor, clock, lang, clientAddress })),
  };
}

type OrganiserGrant = { role: Role; organizationId?: string; regionId?: string };

let staffCount = 0;
/** A signed-in organiser with these grants (a person row exists for the audit log). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any test database
export async function organiser(db: Kysely<any>, grants: OrganiserGrant[]): Promise<StaffActor> {
  const personId = await addStaff(db, {
    email: `activities.organiser${++staffCount}@perhekeskus.example`,
    memberships: grants.map((g) => ({
      role: g.role,
      ...(g.organizationId ? { organizationId: g.organizationId } : {}),
      ...(g.regionId ? { regionId: g.regionId } : {}),
    })),
  });
  return {
    kind: 'staff',
    personId,
    sessionId: randomUUID(),
    grants: grants.map((g) => ({
      role: g.role,
      organizationId: g.organizationId ?? null,
      regionId: g.regionId ?? null,
    })) as unknown as Grant[],
  };
}

export const MLL_MIKKELI = organizationId(demoMllOrganization('mikkeli'));
/** Another organisation than the one the activities of these tests belong to: its editors are refused. */
export const FOLKHALSAN = organizationId(DEMO_ORGANIZATIONS.folkhalsan);
export const MIKKELI_MEETING_PLACE = placeId(centralMeetingPlaceKey('mikkeli'));

/** A single-date activity with open sign-up, tomorrow at 10:00 Helsinki time, at Mikkeli's meeting place. */
export function singleActivity(clock: Clock, overrides: Partial<ActivityInput> = {}): ActivityInput {
  const tomorrow = addDays(helsinkiMoment(clock.now()).date, 1);
  return {
    organizationId: MLL_MIKKELI,
    placeId: MIKKELI_MEETING_PLACE,
    type: 'club',
    name: { fi: 'Testikerho', sv: 'Testklubb', en: 'Test club' },
    languages: ['fi'],
    cost: 'free',
    signUp: 'open',
    capacity: 20,
    schedule: { firstDate: tomorrow, startTime: '10:00', durationMinutes: 60 },
    ...overrides,
  };
}

export const family = (n: number, overrides: Record<string, unknown> = {}) => ({
  name: `Perhe ${n}`,
  email: `perhe${n}@example.com`,
  adults: 1,
  children: [{ age: 2 }],
  consent: true,
  lang: 'fi' as const,
  ...overrides,
});

/**
 * A test file's own demo database with the activities module over it (options as `activitiesOf`)
 * and an editor of MLL Mikkeli, whose meeting place the activities of `occurrence()` are at.
 */
export async function activitiesTestbed(options: { clock?: Clock; env?: Record<string, string> } = {}) {
  const database: TestDatabase = await openTestDatabase('demo');
  try {
    const activities = activitiesOf(database.db, options);
    const editor = await organiser(database.db, [{ role: 'editor', organizationId: MLL_MIKKELI }]);
    /** An activity's occurrences as its schedule wrote them out, in time order. */
    const occurrencesOf = (activityId: string) =>
      database.db
        .selectFrom('activity_occurrence')
        .select(['id', 'local_date', 'starts_at', 'ends_at', 'status', 'capacity', 'confirmed_count'])
        .where('activity_id', '=', activityId)
        .orderBy('starts_at')
        .execute();
    return {
      database,
      activities,
      editor,
      occurrencesOf,
      /** The editor creates `singleActivity(clock, overrides)`; its first occurrence. */
      async occurrence(overrides: Partial<ActivityInput> = {}) {
        const { id: activityId } = await activities.as(editor).organiser.createActivity(singleActivity(activities.clock, overrides));
        const [o] = await occurrencesOf(activityId);
        if (!o) throw new Error(`activity ${activityId} has no occurrence`);
        return { id: o.id, activityId, startsAt: o.starts_at, endsAt: o.ends_at };
      },
      async close() {
        await activities.jobs.stop();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}

export type ActivitiesTestbed = Awaited<ReturnType<typeof activitiesTestbed>>;
