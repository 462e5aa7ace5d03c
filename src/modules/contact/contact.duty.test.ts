import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/actor.ts';
import { fixedClock } from '../../platform/clock.ts';
import { addDays, helsinkiMoment } from '../../platform/helsinki-time.ts';
import { organiser } from '../../../tests/support/activity-fixtures.ts';
import { familyRequest } from '../../../tests/support/contact-fixtures.ts';
import { networkBuilder } from '../../../tests/support/network-builder.ts';
import { createTestApp, DEFAULT_TEST_TIME } from '../../../tests/support/test-app.ts';
import { openTestDatabase, type TestDatabase } from '../../../tests/support/test-database.ts';
import { testScope } from '../../../tests/support/test-scope.ts';
import { organizationId } from '../catalog/index.ts';
import type { ContactClient } from './index.ts';
import { helsinkiInstant } from './duty.ts';

/*
 * The duty roster and what the family side makes of it: live chat is open only while someone is
 * on duty for the municipality and language; outside duty hours the request queues and the
 * family is told when to expect an answer. A region of its own, so the demo roster stays out.
 */

const MUNICIPALITY = '903';
let database: TestDatabase;
let t: Awaited<ReturnType<typeof createTestApp>>;
const clock = fixedClock(DEFAULT_TEST_TIME);
let organization: string;
let advisor: Actor;
let colleague: Actor;

beforeAll(async () => {
  database = await openTestDatabase('demo');
  const b = networkBuilder();
  const region = b.region({ id: 'paivystysalue', code: 'P9' });
  b.municipality(region, { code: MUNICIPALITY });
  organization = organizationId(b.organization({ key: 'paivystyksen-neuvojat', regionId: region.id }).key);
  await b.load(database.db);
  t = await createTestApp(database, { clock, env: { CONTACT_REQUEST_RATE_LIMIT: '0', CONTACT_MESSAGE_RATE_LIMIT: '0' } });
  advisor = await organiser(database.db, [{ role: 'familyAdvisor', organizationId: organization }]);
  colleague = await organiser(database.db, [{ role: 'familyAdvisor', organizationId: organization }]);
});
afterAll(async () => {
  await t?.close();
  await database?.close();
});

const contactAs = (actor?: Actor): ContactClient =>
  t.modules.find((m) => m.definition.name === 'contact')!.instance.client!(
    testScope({ clock, ...(actor ? { actor } : {}) }),
  ) as ContactClient;
const personOf = (a: Actor) => (a.kind === 'staff' ? a.personId : '');
const expected = async (token: string) =>
  (
    (await (await t.app.request(`/api/v1/contact-requests/follow?token=${token}`)).json()) as {
      expected: { onDutyNow: boolean; by: string | null };
    }
  ).expected;

describe('the duty roster', () => {
  it('opens live chat only during a shift; outside it the family is told when the answer can be expected', async () => {
    const family = contactAs();
    expect(await family.liveChatStatus({ municipality: MUNICIPALITY, language: 'fi' })).toEqual({ open: false, nextOpening: null });
    const early = await familyRequest(t.app, { municipality: MUNICIPALITY, language: 'fi', channel: 'message' });
    expect(await expected(early.token)).toEqual({ onDutyNow: false, by: null, ahead: 0 });

    const tomorrow = addDays(helsinkiMoment(clock.now()).date, 1);
    const shift = {
      person: personOf(advisor),
      organization,
      municipality: MUNICIPALITY,
      language: 'fi',
      date: tomorrow,
      from: '08:00',
      to: '16:00',
    };
    await expect(contactAs(colleague).addShift(shift)).rejects.toMatchObject({ status: 403 });
    const { id } = await contactAs(advisor).addShift(shift);
    const opens = helsinkiInstant(tomorrow, '08:00');
    expect(await family.liveChatStatus({ municipality: MUNICIPALITY, language: 'fi' })).toEqual({ open: false, nextOpening: opens });
    expect(await family.liveChatStatus({ municipality: MUNICIPALITY, language: 'sv' })).toEqual({ open: false, nextOpening: null });
    // A minute later another request: it waits for the shift behind the first, ten minutes each.
    clock.set(new Date(clock.now().getTime() + 60_000));
    const queued = await familyRequest(t.app, { municipality: MUNICIPALITY, language: 'fi', channel: 'message' });
    const later = await expected(queued.token);
    expect(later.onDutyNow).toBe(false);
    expect(new Date(later.by!).getTime()).toBe(opens.getTime() + 20 * 60_000);

    await expect(contactAs(advisor).addShift({ ...shift, from: '15:00', to: '18:00' })).rejects.toMatchObject({
      status: 400,
      issues: [{ field: 'from', key: 'overlappingShift' }],
    });
    await expect(contactAs(advisor).addShift({ ...shift, from: '16:00', to: '09:00' })).rejects.toMatchObject({
      status: 400,
      issues: [{ field: 'to', key: 'endBeforeStart' }],
    });

    const held = clock.now();
    clock.set(new Date(opens.getTime() + 60 * 60_000));
    try {
      expect(await family.liveChatStatus({ municipality: MUNICIPALITY, language: 'fi' })).toEqual({ open: true, nextOpening: null });
      const onDuty = await expected(queued.token);
      expect(onDuty.onDutyNow).toBe(true);
    } finally {
      clock.set(held);
    }

    await contactAs(advisor).removeShift(id);
    expect(await family.liveChatStatus({ municipality: MUNICIPALITY, language: 'fi' })).toEqual({ open: false, nextOpening: null });
  });
});
