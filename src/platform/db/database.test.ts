import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { networkBuilder } from '../../../tests/support/network-builder.ts';
import { openTestDatabase, type TestDatabase } from '../../../tests/support/test-database.ts';
import { migrate } from './migrate.ts';

let database: TestDatabase;

beforeAll(async () => {
  database = await openTestDatabase('empty');
});
afterAll(() => database?.close());

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Lets a test start its second actor at a known point of the first one, not after a guessed delay. */
function signal() {
  let fire!: () => void;
  const fired = new Promise<void>((resolve) => (fire = resolve));
  return { fire, fired };
}
const regionRow = (id: string) => ({
  id,
  code: id
    .slice(-4)
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, 'X'),
  name: JSON.stringify({ fi: id }),
});
const regionIds = async () => (await database.db.selectFrom('region').select('id').orderBy('id').execute()).map((r) => r.id);

describe('transactions', () => {
  it('keep a concurrent request out of a transaction that rolls back', async () => {
    const aWrote = signal();
    const failing = database.db.transaction().execute(async (tx) => {
      await tx.insertInto('region').values(regionRow('tx-rolled-back')).execute();
      aWrote.fire();
      await pause(50);
      throw new Error('A fails');
    });
    // B starts while A's transaction is open and has written.
    await aWrote.fired;
    const concurrent = database.db.insertInto('region').values(regionRow('tx-concurrent')).execute();
    await expect(failing).rejects.toThrow('A fails');
    await concurrent;
    expect(await regionIds()).toContain('tx-concurrent');
    expect(await regionIds()).not.toContain('tx-rolled-back');
  });

  it('never let a reader see another transaction before it commits', async () => {
    const written = signal();
    const committed = database.db.transaction().execute(async (tx) => {
      await tx.insertInto('region').values(regionRow('tx-slow-commit')).execute();
      written.fire();
      await pause(50);
    });
    await written.fired;
    const seen = await regionIds();
    await committed;
    // PGlite queues the read until the commit; PostgreSQL reads the state before it. Never a half-state.
    if (database.kind === 'pglite') expect(seen).toContain('tx-slow-commit');
    else expect(seen).not.toContain('tx-slow-commit');
    expect(await regionIds()).toContain('tx-slow-commit');
  });

  it('run many small transactions side by side without losing one', async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        database.db.transaction().execute(async (tx) => {
          await tx
            .insertInto('region')
            .values(regionRow(`tx-many-${String(i).padStart(2, '0')}`))
            .execute();
          if (i % 3 === 0) await pause(2);
        }),
      ),
    );
    expect((await regionIds()).filter((id) => id.startsWith('tx-many-'))).toHaveLength(20);
  });
});

describe('migrations', () => {
  it('apply once: a second run has nothing to do', async () => {
    expect(await migrate(database.db)).toEqual([]);
  });
});

describe('invariants in the database', () => {
  const b = networkBuilder();
  const region = b.region({ id: 'invariants', code: 'INV' });
  const municipality = b.municipality(region, { code: '901' });
  const organization = b.organization({ regionId: region.id });
  const meetingPlace = b.place(organization, municipality, { kind: 'meetingPlace' });

  beforeAll(() => b.load(database.db));

  const rejects = (statement: Promise<unknown>) => expect(statement).rejects.toThrow();

  it('require a Finnish text and refuse unknown languages in translatable fields', async () => {
    await rejects(
      database.db
        .insertInto('region')
        .values({ id: 'no-finnish', code: 'NOFI', name: JSON.stringify({ sv: 'Bara svenska' }) })
        .execute(),
    );
    await rejects(
      database.db
        .insertInto('region')
        .values({ id: 'german', code: 'DE', name: JSON.stringify({ fi: 'x', de: 'y' }) })
        .execute(),
    );
    await rejects(
      database.db
        .insertInto('region')
        .values({ id: 'blank', code: 'BL', name: JSON.stringify({ fi: '   ' }) })
        .execute(),
    );
  });

  it('accept only Statistics Finland style municipality codes', async () => {
    await rejects(
      database.db
        .insertInto('municipality')
        .values({ code: '49', region_id: region.id, name: JSON.stringify({ fi: 'x' }) })
        .execute(),
    );
  });

  it('keep the hours of one owner from overlapping on a weekday', async () => {
    const first = { place_id: meetingPlace.id, weekday: 1, opens: '09:00', closes: '12:00' };
    await database.db.insertInto('opening_hours').values(first).execute();
    await database.db
      .insertInto('opening_hours')
      .values({ ...first, opens: '13:00', closes: '15:00' })
      .execute();
    await rejects(
      database.db
        .insertInto('opening_hours')
        .values({ ...first, opens: '11:00', closes: '14:00' })
        .execute(),
    );
    await rejects(
      database.db
        .insertInto('opening_hours')
        .values({ ...first, opens: '15:00', closes: '14:00' })
        .execute(),
    );
  });

  it('let only family centres serve an area', async () => {
    await rejects(
      database.db
        .insertInto('family_centre_area')
        .values({ family_centre_id: meetingPlace.id, municipality_code: municipality.code })
        .execute(),
    );
  });

  it('tie a national service to no region and a regional one to a region', async () => {
    const row = {
      organization_id: (
        await database.db.selectFrom('organization').select('id').where('region_id', '=', region.id).executeTakeFirstOrThrow()
      ).id,
      scope: 'national' as const,
      region_id: region.id,
      name: JSON.stringify({ fi: 'x' }),
      summary: JSON.stringify({ fi: 'x' }),
      level: 'basic' as const,
      sector: 'social' as const,
      target_groups: ['parents' as const],
      languages: ['fi' as const],
      delivery: ['phone' as const],
      access: ['openToAll' as const],
      cost: 'free' as const,
      last_checked: '2026-01-01',
    };
    await rejects(database.db.insertInto('service').values(row).execute());
    await rejects(
      database.db
        .insertInto('service')
        .values({ ...row, scope: 'region', target_groups: ['grandparents' as never] })
        .execute(),
    );
  });
});
