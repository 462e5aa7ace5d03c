/**
 * Who a request or job acts for. Families use the tray anonymously; jobs and the start-up data
 * loader act as the system; signed-in staff carry their person and session ids and the grants of
 * their memberships, read with the session once per request (one indexed query), so that
 * authorization is a pure decision and a membership taken away counts from the next request.
 */
export type Actor = { readonly kind: 'anonymous' } | { readonly kind: 'system'; readonly process: string } | StaffActor;

export interface StaffActor {
  readonly kind: 'staff';
  readonly personId: string;
  readonly sessionId: string;
  readonly grants: readonly Grant[];
  /** The person's name as the session read it, for histories that say who changed what. */
  readonly name?: string | undefined;
}

/** The roles of the staff workspace. A person holds each through a membership (or as a coordinator of a region). */
export const ROLES = ['platformAdmin', 'regionalCoordinator', 'organizationAdmin', 'editor', 'familyAdvisor', 'professional'] as const;
export type Role = (typeof ROLES)[number];

/** Roles held in one organisation; the others are held for a region or for the whole platform. */
export const ORGANIZATION_ROLES = ['organizationAdmin', 'editor', 'familyAdvisor', 'professional'] as const satisfies readonly Role[];
export type OrganizationRole = (typeof ORGANIZATION_ROLES)[number];

/**
 * One role and where it reaches: a platform admin everywhere, a coordinator in one region, the
 * organisation roles in one organisation (whose region is carried along for display and filtering).
 */
export type Grant =
  | { readonly role: 'platformAdmin'; readonly organizationId: null; readonly regionId: null }
  | { readonly role: 'regionalCoordinator'; readonly organizationId: null; readonly regionId: string }
  | { readonly role: OrganizationRole; readonly organizationId: string; readonly regionId: string | null };

export const anonymous: Actor = Object.freeze({ kind: 'anonymous' });

export function systemActor(process: string): Actor {
  return { kind: 'system', process };
}

export function isStaff(actor: Actor): actor is StaffActor {
  return actor.kind === 'staff';
}
