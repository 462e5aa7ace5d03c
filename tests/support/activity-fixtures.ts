import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Actor, Grant, Role } from '../../src/platform/actor.ts';
import type { Clock } from '../../src/platform/clock.ts';
import { createLogger } from '../../src/platform/logger.ts';
import { activitiesModule, type ActivitiesClient } from '../../src/modules/activities/index.ts';
import type { ActivityInput } from '../../src/modules/activities/organiser.ts';
import { centralMeetingPlaceKey, demoMllOrganization, organizationId, placeId } from '../../src/modules/catalog/index.ts';
import { helsinkiMoment, addDays } from '../../src/platform/helsinki-time.ts';
import { actionCatalogue, jobDefinitions } from '../../src/server/modules.ts';
import { addStaff } from './staff-fixtures.ts';
import { testClock } from './test-clock.ts';
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

let staffCount = 0;
/** A signed-in organiser with these grants (a person row exists for the audit log). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any test database
export async function organiser(db: Kysely<any>, grants: { role: Role; organizationId?: string; regionId?: string }[]): Promise<Actor> {
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
