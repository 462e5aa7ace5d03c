import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceId } from '../src/modules/catalog/network/network-loader.ts';
import { openTestDatabase, type TestDatabase } from './support/test-database.ts';

/*
 * The public data version (migration 0010) is what keeps the response cache correct: every
 * committed change to what families see bumps it once, a rolled-back one does not, and a new
 * table has to say whether families see it.
 */

/** Tables families never see through a page or the open API, and why. */
const NOT_PUBLIC: Record<string, string> = {
  schema_migration: "the migration runner's own",
  public_data_version: 'the version itself',
  public_data_change: 'which versions only re-stamped services, read with the version',
  import_run: 'staff-only import reports',
  import_provenance: 'where imported records came from, shown to staff',
  audit_event: 'the audit log',
  outbox: 'mail waiting to be sent',
  person: 'staff people',
  local_account: 'staff sign-in',
  recovery_code: 'staff sign-in',
  external_identity: 'staff sign-in',
  membership: 'staff roles',
  staff_session: 'staff sessions',
  account_token: 'single-use links',
  invitation: 'invitations to join an organisation as staff',
  oidc_sign_in: 'sign-ins in progress',
  catalog_change: 'change history, shown to staff',
  freshness_reminder: 'reminders to staff',
  join_request: 'requests to join the network, decided by coordinators',
  activity_proposal: 'families’ proposals, read by organisers',
  contact_request: 'a family’s request to an advisor',
  contact_message: 'a conversation',
  contact_note: 'advisors’ notes',
  contact_consent: 'a family’s consent',
  referral: 'a referral with consent',
  search_miss: 'counts of questions that found nothing, shown to editors',
};

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase('demo');
});
afterAll(() => database?.close());

const version = async () =>
  BigInt((await sql<{ version: string }>`select version::text from public_data_version`.execute(database.db)).rows[0]!.version);

describe('the public data version', () => {
  it('is bumped by a change to every table families see, and each table is on one list or the other', async () => {
    const tables = (
      await sql<{ name: string }>`select tablename as name from pg_tables where schemaname = current_schema() order by 1`.execute(
        database.db,
      )
    ).rows.map((r) => r.name);
    const triggered = new Set(
      (
        await sql<{ name: string }>`
          select c.relname as name from pg_trigger t join pg_class c on c.oid = t.tgrelid
          where (t.tgname like '%\\_bumps\\_public\\_data\\_version' or t.tgname like '%\\_bumps\\_registrations\\_version')
            and t.tgdeferrable`.execute(database.db)
      ).rows.map((r) => r.name),
    );
    const undecided = tables.filter((t) => !triggered.has(t) && !(t in NOT_PUBLIC));
    expect(undecided, 'add these to migration 0010-style triggers or to NOT_PUBLIC with a reason').toEqual([]);
    expect([...triggered].filter((t) => t in NOT_PUBLIC)).toEqual([]);
  });

  it('moves once per committed transaction, however many rows it wrote, and not for a rolled-back one', async () => {
    const before = await version();
    await database.db.transaction().execute(async (tx) => {
      await sql`update service set updated_at = updated_at where true`.execute(tx);
      await sql`update place set updated_at = updated_at where true`.execute(tx);
    });
    expect(await version()).toBe(before + 1n);

    await expect(
      database.db.transaction().execute(async (tx) => {
        await sql`update service set updated_at = updated_at where true`.execute(tx);
        throw new Error('changed our mind');
      }),
    ).rejects.toThrow('changed our mind');
    expect(await version()).toBe(before + 1n);

    // A transaction that only reads, or writes elsewhere, leaves it alone.
    await sql`update public_data_version set changed_at = changed_at`.execute(database.db);
    expect(await version()).toBe(before + 1n);
  });

  it('leaves a sign-up to a number of its own, which only answers showing places left are keyed by', async () => {
    const registrations = async () =>
      BigInt((await sql<{ v: string }>`select registrations_version::text as v from public_data_version`.execute(database.db)).rows[0]!.v);
    const [dataBefore, signUpsBefore] = [await version(), await registrations()];
    await sql`update registration set updated_at = updated_at where true`.execute(database.db);
    expect(await registrations()).toBe(signUpsBefore + 1n);
    expect(await version()).toBe(dataBefore);
  });

  describe('records a version whose transaction only re-stamped services (migration 0016)', () => {
    const [first, second] = ['lastenneuvola-mikkeli', 'mll-perhekahvila-mikkeli'].map((key) => serviceId(key)) as [string, string];
    const stampedAt = async (v: bigint) =>
      (
        await sql<{ services: string[] }>`select checked_services as services from public_data_change where version = ${String(v)}`.execute(
          database.db,
        )
      ).rows[0]?.services ?? null;
    const stamp = (id: string) =>
      sql`update service set last_checked = last_checked - 1, updated_at = updated_at + interval '1 second', version = version + 1 where id = ${id}`;

    it('with the services it re-stamped', async () => {
      await database.db.transaction().execute(async (tx) => {
        await stamp(first).execute(tx);
      });
      const v = await version();
      expect(await stampedAt(v)).toEqual([first]);

      await database.db.transaction().execute(async (tx) => {
        await stamp(first).execute(tx);
        await stamp(second).execute(tx);
        await stamp(first).execute(tx);
      });
      expect(await version()).toBe(v + 1n);
      expect(await stampedAt(v + 1n)).toEqual([first, second]);
    });

    it('with no service when only the modification time moved (checked twice in a day)', async () => {
      await sql`update service set updated_at = updated_at + interval '1 second', version = version + 1 where id = ${first}`.execute(
        database.db,
      );
      expect(await stampedAt(await version())).toEqual([]);
    });

    it('and nothing for a transaction that changed more, whichever change came first', async () => {
      const before = await version();
      await database.db.transaction().execute(async (tx) => {
        await stamp(first).execute(tx);
        await sql`update service set name = name || '{"en": "Child health clinic"}' where id = ${second}`.execute(tx);
      });
      await database.db.transaction().execute(async (tx) => {
        await sql`update place set updated_at = updated_at where true`.execute(tx);
        await stamp(first).execute(tx);
      });
      await database.db.transaction().execute(async (tx) => {
        await stamp(first).execute(tx);
        await sql`update opening_hours set opens = opens where true`.execute(tx);
      });
      expect(await version()).toBe(before + 3n);
      for (const v of [before + 1n, before + 2n, before + 3n]) expect(await stampedAt(v)).toBeNull();
    });

    it('and counts re-stamping many services at once as any change', async () => {
      await sql`update service set last_checked = last_checked - 1 where id in (select id from service limit 101)`.execute(database.db);
      expect(await stampedAt(await version())).toBeNull();
    });

    it('while an update that changes nothing is no change at all', async () => {
      const before = await version();
      await sql`update service set last_checked = last_checked, name = name where true`.execute(database.db);
      expect(await version()).toBe(before);
    });
  });
});
