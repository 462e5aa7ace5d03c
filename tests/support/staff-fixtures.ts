import type { Kysely } from 'kysely';
import { systemActor, type Role } from '../../src/platform/actor.ts';
import { withTables, write } from '../../src/platform/db/database.ts';
import { randomToken, tokenHash } from '../../src/platform/secrets.ts';
import { insertPerson, setPassword } from '../../src/modules/identity/accounts.queries.ts';
import type { IdentityDb } from '../../src/modules/identity/identity.tables.ts';
import { insertMembership } from '../../src/modules/identity/memberships.queries.ts';
import { insertSession } from '../../src/modules/identity/sessions.queries.ts';
import { createPasswordHasher } from '../../src/modules/identity/passwords.ts';
import { Browser } from './browser.ts';

/** Tests hash at the lowest cost argon2 allows here: what they check is the flow, not the cost (bench measures that). */
export const testHasher = createPasswordHasher({ memoryKib: 8192, timeCost: 1 });

export interface StaffFixture {
  email: string;
  name?: string;
  password?: string;
  verified?: boolean;
  memberships?: { role: Role; organizationId?: string; regionId?: string }[];
}

let counter = 0;

/** A person with the memberships a test is about, and a local password when it gives one. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any test database
export async function addStaff(database: Kysely<any>, fixture: StaffFixture, now = new Date('2026-11-01T08:00:00Z')): Promise<string> {
  const db = withTables<IdentityDb>(database);
  const passwordHash = fixture.password ? await testHasher.hash(fixture.password) : null;
  return write(db, systemActor('test'), async (tx) => {
    const personId = await insertPerson(tx, {
      name: fixture.name ?? `Testi Henkilö ${++counter}`,
      email: fixture.email,
      verifiedAt: fixture.verified === false ? null : now,
      now,
    });
    if (passwordHash) await setPassword(tx, personId, passwordHash, now);
    for (const m of fixture.memberships ?? []) {
      await insertMembership(tx, {
        personId,
        role: m.role,
        organizationId: m.organizationId ?? null,
        regionId: m.regionId ?? null,
        now,
        createdBy: null,
      });
    }
    return personId;
  });
}

/** A signed-in session for a person without going through a sign-in form: its cookie value. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any test database
export async function sessionOf(database: Kysely<any>, personId: string, now: Date, hours = 12): Promise<string> {
  const db = withTables<IdentityDb>(database);
  const token = randomToken();
  await write(db, systemActor('test'), (tx) =>
    insertSession(tx, {
      tokenHash: tokenHash(token),
      personId,
      stage: 'signedIn',
      method: 'password',
      providerId: null,
      csrfToken: randomToken(24),
      now,
      expiresAt: new Date(now.getTime() + hours * 3_600_000),
      clientAddress: null,
      userAgent: 'test',
    }),
  );
  return token;
}

/** A browser signed in as a person (a session of `sessionOf`), for the staff pages and the staff API. */
export async function signedInBrowser(
  app: { request: (input: string, init?: RequestInit) => Response | Promise<Response> },
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any test database
  database: Kysely<any>,
  personId: string,
  now: Date,
  hours?: number,
): Promise<Browser> {
  const browser = new Browser(app);
  browser.setCookie('perhekeskus-session', await sessionOf(database, personId, now, hours));
  return browser;
}

/** The id of a person's membership in an organisation (the one a members page lists and removes). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any test database
export async function membershipIdOf(database: Kysely<any>, personId: string, organizationId: string): Promise<string> {
  const row = await withTables<IdentityDb>(database)
    .selectFrom('membership')
    .select('id')
    .where('person_id', '=', personId)
    .where('organization_id', '=', organizationId)
    .executeTakeFirstOrThrow();
  return row.id;
}
