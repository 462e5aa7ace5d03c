import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../platform/actor.ts';
import { fixedClock } from '../../platform/clock.ts';
import { write } from '../../platform/db/transactions.ts';
import { createTestApp, DEFAULT_TEST_TIME } from '../../../tests/support/test-app.ts';
import { openTestDatabase, type TestDatabase } from '../../../tests/support/test-database.ts';
import { testScope } from '../../../tests/support/test-scope.ts';
import { retentionCutoff } from './audit-retention.ts';
import { AUDIT_RETENTION_JOB } from './index.ts';

/*
 * The audit log keeps events for AUDIT_RETENTION_YEARS (default 12) and no longer: the nightly job
 * deletes older ones through the one path the append-only trigger opens, and nothing else can.
 * Time is the test's clock: events are written "years ago" by moving it back.
 */

let database: TestDatabase;
let t: Awaited<ReturnType<typeof createTestApp>>;
const clock = fixedClock(DEFAULT_TEST_TIME);
const YEAR = 365.25 * 24 * 3_600_000;

beforeAll(async () => {
  database = await openTestDatabase('empty');
  t = await createTestApp(database, { clock });
});
afterAll(async () => {
  await t?.close();
  await database?.close();
});

async function eventAt(at: Date, marker: string) {
  const then = fixedClock(at);
  await write(database.db, testScope({ actor: systemActor('test'), clock: then }), async (_tx, audit) =>
    audit.record({ action: 'Test.RETENTION_PROBE', detail: { marker } }),
  );
}

const markers = async () =>
  (await database.db.selectFrom('audit_event').select('detail').where('action', '=', 'Test.RETENTION_PROBE').orderBy('id').execute()).map(
    (r) => (r.detail as { marker: string }).marker,
  );

async function runRetention() {
  await write(database.db, systemActor('test'), (tx) => t.jobs.enqueue(tx, AUDIT_RETENTION_JOB, {}));
  return t.jobs.runDue(AUDIT_RETENTION_JOB);
}

describe('audit retention', () => {
  it('deletes events older than twelve years, keeps the rest, and records what it did', async () => {
    const now = clock.now();
    const cutoff = retentionCutoff(now, 12);
    await eventAt(new Date(now.getTime() - 13 * YEAR), 'thirteen years');
    await eventAt(new Date(cutoff.getTime() - 60_000), 'a minute too old');
    await eventAt(new Date(cutoff.getTime() + 60_000), 'a minute within');
    await eventAt(new Date(now.getTime() - YEAR), 'last year');
    expect(await runRetention()).toBe(1);
    expect(await markers()).toEqual(['a minute within', 'last year']);
    const [record] = await database.db
      .selectFrom('audit_event')
      .select(['actor_kind', 'actor_process', 'detail', 'occurred_at'])
      .where('action', '=', 'Audit.RETENTION_PURGE')
      .execute();
    expect(record).toMatchObject({ actor_kind: 'system', actor_process: AUDIT_RETENTION_JOB });
    expect(record!.detail).toMatchObject({ deleted: 2, before: cutoff.toISOString(), years: 12 });
    expect(record!.occurred_at.toISOString()).toBe(now.toISOString());

    // A day later the "minute within" has aged out; a run with nothing to delete leaves no record.
    clock.set(new Date(now.getTime() + 24 * 3_600_000));
    await runRetention();
    expect(await markers()).toEqual(['last year']);
    await runRetention();
    expect(await database.db.selectFrom('audit_event').select('id').where('action', '=', 'Audit.RETENTION_PURGE').execute()).toHaveLength(
      2,
    );
  });

  it('stays append-only for everything else: a delete without the cut-off, or past it, is refused', async () => {
    await eventAt(clock.now(), 'today');
    const del = () =>
      write(database.db, systemActor('test'), (tx) => tx.deleteFrom('audit_event').where('action', '=', 'Test.RETENTION_PROBE').execute());
    await expect(del()).rejects.toThrow(/append-only/);
    await expect(
      write(database.db, systemActor('test'), async (tx) => {
        // The cut-off set, but the rows are newer than it: still refused.
        await sql`select set_config('perhekeskus.audit_retention_before', '2000-01-01T00:00:00Z', true)`.execute(tx);
        return tx.deleteFrom('audit_event').where('action', '=', 'Test.RETENTION_PROBE').execute();
      }),
    ).rejects.toThrow(/append-only/);
    await expect(
      write(database.db, systemActor('test'), (tx) => tx.updateTable('audit_event').set({ action: 'Test.CHANGED' }).execute()),
    ).rejects.toThrow(/append-only/);
    expect(await markers()).toContain('today');
  });

  it('counts calendar years back, 29 February to 28 February', () => {
    expect(retentionCutoff(new Date('2028-02-29T01:00:00Z'), 12).toISOString()).toBe('2016-02-29T01:00:00.000Z');
    expect(retentionCutoff(new Date('2028-02-29T01:00:00Z'), 3).toISOString()).toBe('2025-02-28T01:00:00.000Z');
    expect(retentionCutoff(new Date('2026-11-23T12:00:00Z'), 12).toISOString()).toBe('2014-11-23T12:00:00.000Z');
  });
});
