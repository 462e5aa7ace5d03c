import type { DemoDataMode, SiteSettings } from '../../platform/module.ts';
import type { WriteContext } from '../../platform/request-context.ts';
import { findAccountByEmail, insertPerson, setPassword } from './accounts.queries.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, demoMllOrganization, demoOrganizationId } from './demo/demo-accounts.ts';
import type { IdentityDb } from './identity.tables.ts';
import { findOrganizationOwner, insertMembership } from './memberships.queries.ts';
import type { PasswordHasher } from './passwords.ts';

/**
 * The demo staff accounts, into a database that has the demo region and not yet these people.
 * Only in demo mode: a deployment never gets accounts with a published password.
 */
export async function seedIdentityDemo(
  ctx: WriteContext<IdentityDb>,
  mode: DemoDataMode,
  deps: { site: SiteSettings; hasher: PasswordHasher },
): Promise<boolean> {
  if (mode === 'never' || !deps.site.demoMode) return false;
  // The demo region is there (the catalog loads it first) and these people are not yet.
  if (!(await findOrganizationOwner(ctx.tx, demoOrganizationId(demoMllOrganization('mikkeli'))))) return false;
  if (await findAccountByEmail(ctx.tx, DEMO_ACCOUNTS[0]!.email)) return false;
  const now = ctx.clock.now();
  for (const account of DEMO_ACCOUNTS) {
    const personId = await insertPerson(ctx.tx, { name: account.name, email: account.email, verifiedAt: now, now });
    if (account.password) await setPassword(ctx.tx, personId, await deps.hasher.hash(DEMO_PASSWORD), now);
    for (const m of account.memberships) {
      await insertMembership(ctx.tx, {
        personId,
        role: m.role,
        organizationId: m.organizationKey ? demoOrganizationId(m.organizationKey) : null,
        regionId: m.regionId ?? null,
        now,
        createdBy: null,
      });
    }
  }
  ctx.logger.info({ accounts: DEMO_ACCOUNTS.length }, 'loaded the demo staff accounts');
  return true;
}
