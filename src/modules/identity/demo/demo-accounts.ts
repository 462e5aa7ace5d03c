import type { Role } from '../../../platform/actor.ts';
import { DEMO_ORGANIZATIONS, DEMO_REGION_ID, demoMllOrganization, demoParishOrganization, organizationId } from '../../catalog/index.ts';

/** Every demo account's password: demo mode only, never on an https deployment (README lists them). */
export const DEMO_PASSWORD = 'Perhekeskus-demo-2026';

export interface DemoAccount {
  email: string;
  name: string;
  /** Local password, or none: the person signs in at the demo identity provider. */
  password: boolean;
  memberships: { role: Role; organizationKey?: string; regionId?: string }[];
}

/**
 * The demo region's staff: a regional coordinator; an admin and an editor of the Mikkeli MLL
 * association and of Mikkeli Cathedral Parish; an editor of another municipality's organisation
 * (MLL Savonlinna); and a county employee who signs in through the demo identity provider.
 */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    email: 'koordinaattori@perhekeskus.example',
    name: 'Kaisa Koordinaattori',
    password: true,
    memberships: [{ role: 'regionalCoordinator', regionId: DEMO_REGION_ID }],
  },
  {
    email: 'mll.admin@perhekeskus.example',
    name: 'Mikko Mäkelä',
    password: true,
    memberships: [{ role: 'organizationAdmin', organizationKey: demoMllOrganization('mikkeli') }],
  },
  {
    email: 'mll.editori@perhekeskus.example',
    name: 'Eeva Eskola',
    password: true,
    memberships: [{ role: 'editor', organizationKey: demoMllOrganization('mikkeli') }],
  },
  {
    email: 'seurakunta.admin@perhekeskus.example',
    name: 'Sari Salonen',
    password: true,
    memberships: [{ role: 'organizationAdmin', organizationKey: demoParishOrganization('mikkeli') }],
  },
  {
    email: 'seurakunta.editori@perhekeskus.example',
    name: 'Pekka Pesonen',
    password: true,
    memberships: [{ role: 'editor', organizationKey: demoParishOrganization('mikkeli') }],
  },
  {
    email: 'savonlinna.editori@perhekeskus.example',
    name: 'Liisa Laine',
    password: true,
    memberships: [{ role: 'editor', organizationKey: demoMllOrganization('savonlinna') }],
  },
  // The family-advisor network's demo duty roster (src/modules/contact/contact.seed.ts) puts these two on duty.
  {
    email: 'neuvoja.mll@perhekeskus.example',
    name: 'Anni Aaltonen',
    password: true,
    memberships: [{ role: 'familyAdvisor', organizationKey: demoMllOrganization('mikkeli') }],
  },
  {
    email: 'neuvoja.seurakunta@perhekeskus.example',
    name: 'Stina Sundqvist',
    password: true,
    memberships: [{ role: 'familyAdvisor', organizationKey: demoParishOrganization('mikkeli') }],
  },
  {
    email: 'hanna.heikkinen@perhekeskus.example',
    name: 'Hanna Heikkinen',
    password: false,
    memberships: [
      { role: 'editor', organizationKey: DEMO_ORGANIZATIONS.county },
      { role: 'familyAdvisor', organizationKey: DEMO_ORGANIZATIONS.county },
    ],
  },
];

/**
 * The demo identity provider's users, signing in with any password: `hanna` is Hanna Heikkinen
 * above; `ulla` has no account here until someone invites her address to the county (the
 * coordinator may), which shows an invitation accepted through the organisation's provider.
 */
export const DEMO_IDP_USERS: Record<string, { email: string; name: string }> = {
  hanna: { email: 'hanna.heikkinen@perhekeskus.example', name: 'Hanna Heikkinen' },
  ulla: { email: 'ulla.uusitalo@perhekeskus.example', name: 'Ulla Uusitalo' },
};

/** The demo identity provider serves the county's staff. */
export const DEMO_IDP_ORGANIZATIONS = [organizationId(DEMO_ORGANIZATIONS.county)];

export { organizationId as demoOrganizationId, demoMllOrganization };
