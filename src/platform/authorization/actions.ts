import { isStaff, ROLES, type Actor, type Grant, type Role } from '../actor.ts';
import { ForbiddenError, UnauthorizedError } from '../errors.ts';

/**
 * The one action catalogue. A module declares the actions on what it owns (`Service.UPDATE` in the
 * catalog, `Member.INVITE` in identity) with one rule per role saying how far that role reaches:
 *
 *   everywhere    any target (platform admins)
 *   region        targets whose region is the grant's region (coordinators)
 *   organization  targets owned by the grant's organisation (organisation roles)
 *   self          the actor's own person (own account, own sessions)
 *
 * A role without a rule may not take the action at all. `anyStaff` gives a rule to every signed-in
 * person, whatever their memberships (only `self` makes sense there).
 */
export type Reach = 'everywhere' | 'region' | 'organization' | 'self';

export type ActionRules = Partial<Record<Role, Reach>> & { readonly anyStaff?: 'self' };

export interface Action {
  /** `Resource.VERB`, as it appears in the audit log and in `permittedActions`. */
  readonly name: string;
  readonly resource: string;
  readonly rules: ActionRules;
}

/** What an action is taken on: its owner, which the rules compare with the actor's grants. */
export interface ActionTarget {
  /** For the audit record: `service`, `person` … and its id. */
  readonly type?: string;
  readonly id?: string;
  readonly organizationId?: string | null;
  readonly regionId?: string | null;
  readonly personId?: string | null;
}

/**
 * Declares a resource's actions: `defineActions('Service', { UPDATE: { editor: 'organization', … } })`
 * gives `{ UPDATE: { name: 'Service.UPDATE', … } }`.
 */
export function defineActions<const R extends string, const A extends Record<string, ActionRules>>(
  resource: R,
  rules: A,
): { readonly [K in keyof A & string]: Action & { readonly name: `${R}.${K}` } } {
  for (const [verb, rule] of Object.entries(rules)) {
    if (!/^[A-Z][A-Z_]*$/.test(verb)) throw new Error(`Action verb ${resource}.${verb} must be UPPER_CASE`);
    for (const role of Object.keys(rule)) {
      if (role !== 'anyStaff' && !(ROLES as readonly string[]).includes(role)) throw new Error(`${resource}.${verb}: unknown role ${role}`);
    }
  }
  return Object.fromEntries(
    Object.entries(rules).map(([verb, rule]) => [verb, Object.freeze({ name: `${resource}.${verb}`, resource, rules: rule })]),
  ) as never;
}

function grantReaches(grant: Grant, reach: Reach, actor: Actor & { kind: 'staff' }, target: ActionTarget): boolean {
  switch (reach) {
    case 'everywhere':
      return true;
    case 'region':
      return grant.regionId !== null && target.regionId != null && grant.regionId === target.regionId;
    case 'organization':
      return grant.organizationId !== null && target.organizationId != null && grant.organizationId === target.organizationId;
    case 'self':
      return target.personId != null && target.personId === actor.personId;
  }
}

/**
 * Whether the actor may take the action on the target. Without a target: whether it may take the
 * action anywhere at all; a list then narrows itself in SQL with `reachOf`.
 */
export function isPermitted(actor: Actor, action: Action, target?: ActionTarget): boolean {
  if (!isStaff(actor)) return false;
  if (action.rules.anyStaff && (!target || (target.personId != null && target.personId === actor.personId))) return true;
  return actor.grants.some((grant) => {
    const reach = action.rules[grant.role];
    if (!reach) return false;
    return !target || grantReaches(grant, reach, actor, target);
  });
}

/**
 * Authorize first, before loading anything: no session → 401, not permitted → 403 (audited as a
 * refusal by write() and the read binder, outside the rolled-back transaction).
 */
export function authorize(ctx: { readonly actor: Actor }, action: Action, target?: ActionTarget): void {
  if (!isStaff(ctx.actor)) throw new UnauthorizedError();
  if (!isPermitted(ctx.actor, action, target)) {
    throw new ForbiddenError(action.name, {
      type: target?.type,
      id: target?.id,
      organizationId: target?.organizationId,
      regionId: target?.regionId,
    });
  }
}

/**
 * Where an action reaches for this actor, for list queries to filter in SQL:
 * `everywhere`, or rows of these regions, or of these organisations (or the actor's own).
 */
export interface Reachable {
  readonly everywhere: boolean;
  readonly regionIds: readonly string[];
  readonly organizationIds: readonly string[];
  /** The actor's person id when `self` applies, else null. */
  readonly personId: string | null;
}

export function reachOf(actor: Actor, action: Action): Reachable {
  if (!isStaff(actor)) return { everywhere: false, regionIds: [], organizationIds: [], personId: null };
  const regionIds = new Set<string>();
  const organizationIds = new Set<string>();
  let everywhere = false;
  let self = action.rules.anyStaff === 'self';
  for (const grant of actor.grants) {
    const reach = action.rules[grant.role];
    if (reach === 'everywhere') everywhere = true;
    else if (reach === 'region' && grant.regionId) regionIds.add(grant.regionId);
    else if (reach === 'organization' && grant.organizationId) organizationIds.add(grant.organizationId);
    else if (reach === 'self') self = true;
  }
  return { everywhere, regionIds: [...regionIds], organizationIds: [...organizationIds], personId: self ? actor.personId : null };
}

/** Whether a list filtered by `reachOf` can hold anything at all. */
export function reachesAnything(reach: Reachable): boolean {
  return reach.everywhere || reach.regionIds.length > 0 || reach.organizationIds.length > 0 || reach.personId !== null;
}

/** The names of the actions the actor may take on the target, for responses: the UI offers only these. */
export function permittedActions(actor: Actor, actions: readonly Action[], target: ActionTarget): string[] {
  return actions.filter((action) => isPermitted(actor, action, target)).map((action) => action.name);
}

/** Every action of an action set, for catalogues and tests. */
export function actionsOf(set: Readonly<Record<string, Action>>): Action[] {
  return Object.values(set);
}
