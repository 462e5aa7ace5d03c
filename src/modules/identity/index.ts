import { systemActor } from '../../platform/actor.ts';
import { withTables } from '../../platform/db/database.ts';
import { write } from '../../platform/db/transactions.ts';
import type { JobDefinition } from '../../platform/jobs/job-queue.ts';
import type { AppModule } from '../../platform/module.ts';
import { auditRetentionJob } from './audit-retention.ts';
import { identityActions } from './identity.actions.ts';
import { identityApi } from './identity.api.ts';
import { identityClient, type IdentityClient } from './identity.client.ts';
import { loadIdentityConfig } from './identity.config.ts';
import { identityProblemTexts } from './identity.problems.ts';
import { identityRoutes } from './identity.routes.ts';
import { seedIdentityDemo } from './identity.seed.ts';
import { createIdentityLimits, type IdentityServices } from './identity.services.ts';
import type { IdentityDb } from './identity.tables.ts';
import { createOidcClients } from './oidc.ts';
import { createPasswordHasher } from './passwords.ts';
import { sessionSlot } from './session-slot.ts';
import { deleteExpiredSessions } from './sessions.queries.ts';
import { createTotp } from './totp.ts';

/**
 * Staff identity: people, their accounts (local passwords with optional TOTP, or an
 * organisation's OpenID Connect provider), memberships and roles, server-side sessions, mailed
 * single-use links, the workspace home, organisation members and the audit viewer. It fills the
 * cookie group's session slot.
 */
export const identityModule: AppModule<'identity', IdentityClient> = {
  name: 'identity',
  problemTexts: identityProblemTexts,
  actions: identityActions,
  create({ db: pool, clock, logger, outbox, site, actionCatalogue }) {
    const db = withTables<IdentityDb>(pool);
    const config = loadIdentityConfig(site.env);
    const services: IdentityServices = {
      db,
      config,
      clock,
      logger,
      site,
      outbox,
      hasher: createPasswordHasher(config.argon2),
      totp: createTotp(site.secretKey),
      oidc: createOidcClients(config.oidcProviders, { allowInsecure: site.demoMode }),
      catalogue: actionCatalogue,
      limits: createIdentityLimits(config, clock),
    };
    const client = identityClient(services);
    const cleanup: JobDefinition = {
      name: 'identity-session-cleanup',
      schedule: '17 * * * *',
      async handle() {
        const now = clock.now();
        const idleSince = new Date(now.getTime() - config.session.idleMinutes * 60_000);
        await write(db, systemActor('identity-session-cleanup'), (tx) => deleteExpiredSessions(tx, now, idleSince));
      },
    };
    return {
      staffApi: identityApi(client, site),
      staffRoutes: identityRoutes(services),
      session: sessionSlot(services),
      client,
      jobs: [cleanup, auditRetentionJob(db, clock, config.auditRetentionYears)],
      seedDemo: (ctx, mode) => seedIdentityDemo(ctx, mode, { site, hasher: services.hasher }),
    };
  },
};

export type { IdentityClient } from './identity.client.ts';
export { staffPaths, STAFF_PAGES, STAFF_ROUTES } from './identity.paths.ts';
export { memberActions, auditActions, accountActions, IDENTITY_EVENTS } from './identity.actions.ts';
export { presentedSessionToken, sessionCookie, clearSessionCookie } from './session-cookies.ts';
export { startDemoIdentityProvider, DEMO_IDP_CLIENT_ID, type DemoIdentityProvider } from './demo/demo-identity-provider.ts';
export { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_IDP_ORGANIZATIONS, DEMO_IDP_USERS } from './demo/demo-accounts.ts';
export { secretVariableOf } from './identity.config.ts';
export { AUDIT_RETENTION_JOB } from './audit-retention.ts';
export type { IdentityTables } from './identity.tables.ts';
