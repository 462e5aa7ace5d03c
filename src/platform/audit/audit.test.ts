import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../../tests/support/test-database.ts';
import { testClock } from '../../../tests/support/test-clock.ts';
import { systemActor, type Actor } from '../actor.ts';
import { defineActions, authorize } from '../authorization/actions.ts';
import { truncateAllTables } from '../db/maintenance.queries.ts';
import { write, type WriteTx } from '../db/transactions.ts';
import type { TestTables } from '../../../tests/support/test-tables.ts';
import { ConflictError, ForbiddenError } from '../errors.ts';
import type { AuditOrigin } from './audit.ts';
import { UnauditedWriteError } from './audit.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase('empty');
});
afterAll(() => database?.close());

const editor: Actor = {
  kind: 'staff',
  personId: '11111111-1111-4111-8111-111111111111',
  sessionId: '22222222-2222-4222-8222-222222222222',
  grants: [],
};
const origin = (actor: Actor = editor): AuditOrigin => ({
  actor,
  clock: testClock(),
  requestId: 'req-audit-test',
  clientAddress: '192.0.2.7',
});
const testActions = defineActions('Thing', { UPDATE: { platformAdmin: 'everywhere' } });
const events = () => database.db.selectFrom('audit_event').selectAll().orderBy('id').execute();
const outboxRows = () => database.db.selectFrom('outbox').select('id').execute();

describe('the audit log', () => {
  it('gets a write’s events in the same transaction, with actor, time, client and request', async () => {
    const before = (await events()).length;
    await write(database.db, origin(), async (tx, audit) => {
      await tx
        .insertInto('outbox')
        .values({ created_at: new Date(), purpose: 'test.audit', recipient: 'a@b.fi', subject: 's', text_body: 't' })
        .execute();
      audit.record({
        action: testActions.UPDATE,
        target: { type: 'thing', id: 'x1', organizationId: null, regionId: 'r1' },
        detail: { fields: ['name'] },
      });
    });
    const rows = await events();
    expect(rows.length).toBe(before + 1);
    expect(rows.at(-1)).toMatchObject({
      action: 'Thing.UPDATE',
      outcome: 'success',
      actor_kind: 'staff',
      actor_person_id: editor.kind === 'staff' ? editor.personId : null,
      region_id: 'r1',
      target_type: 'thing',
      target_id: 'x1',
      detail: { fields: ['name'] },
      client_address: '192.0.2.7',
      request_id: 'req-audit-test',
      occurred_at: testClock().now(),
    });
  });

  it('keeps none of a failing write’s events, and the change is gone too', async () => {
    const [eventsBefore, outboxBefore] = [(await events()).length, (await outboxRows()).length];
    await expect(
      write(database.db, origin(), async (tx, audit) => {
        await tx
          .insertInto('outbox')
          .values({ created_at: new Date(), purpose: 'test.audit', recipient: 'a@b.fi', subject: 's', text_body: 't' })
          .execute();
        audit.record({ action: testActions.UPDATE });
        throw new ConflictError('stale');
      }),
    ).rejects.toThrow(ConflictError);
    expect((await events()).length).toBe(eventsBefore);
    expect((await outboxRows()).length).toBe(outboxBefore);
  });

  it('refuses to commit a write for a person that recorded no event; system loaders may', async () => {
    const outboxBefore = (await outboxRows()).length;
    const insert = async (tx: WriteTx<TestTables>) => {
      await tx
        .insertInto('outbox')
        .values({ created_at: new Date(), purpose: 'test.audit', recipient: 'a@b.fi', subject: 's', text_body: 't' })
        .execute();
    };
    await expect(write(database.db, origin(), insert)).rejects.toThrow(UnauditedWriteError);
    await expect(write(database.db, origin({ kind: 'anonymous' }), insert)).rejects.toThrow(UnauditedWriteError);
    expect((await outboxRows()).length).toBe(outboxBefore);
    await write(database.db, systemActor('loader'), insert);
    await write(database.db, origin(), insert, { unaudited: 'a reason the test gives' });
    expect((await outboxRows()).length).toBe(outboxBefore + 2);
  });

  it('records a refusal on its own after the transaction rolled back', async () => {
    const before = (await events()).length;
    await expect(
      write(database.db, origin(), async (tx, audit) => {
        await tx
          .insertInto('outbox')
          .values({ created_at: new Date(), purpose: 'test.audit', recipient: 'a@b.fi', subject: 's', text_body: 't' })
          .execute();
        audit.record({ action: testActions.UPDATE });
        authorize({ actor: editor }, testActions.UPDATE, {
          type: 'thing',
          id: 'x2',
          organizationId: '33333333-3333-4333-8333-333333333333',
        });
      }),
    ).rejects.toThrow(ForbiddenError);
    const rows = await events();
    expect(rows.length).toBe(before + 1);
    expect(rows.at(-1)).toMatchObject({
      action: 'Thing.UPDATE',
      outcome: 'denied',
      target_id: 'x2',
      organization_id: '33333333-3333-4333-8333-333333333333',
    });
  });

  it('is append-only: UPDATE, DELETE and TRUNCATE are refused by the database itself', async () => {
    const count = (await events()).length;
    expect(count).toBeGreaterThan(0);
    await expect(sql`update audit_event set outcome = 'failed'`.execute(database.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_event`.execute(database.db)).rejects.toThrow(/append-only/);
    await expect(sql`truncate audit_event`.execute(database.db)).rejects.toThrow(/append-only/);
    expect((await events()).length).toBe(count);
    // Only the e2e reset empties it, saying so for its own transaction.
    await truncateAllTables(database.db);
    expect(await events()).toEqual([]);
    await expect(sql`truncate audit_event`.execute(database.db)).rejects.toThrow(/append-only/);
  });
});
