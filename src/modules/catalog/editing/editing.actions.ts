import { actionsOf, defineActions } from '../../../platform/authorization/actions.ts';

/** Requests to join the tray: a coordinator of the region (or a platform admin) decides. */
export const joinRequestActions = defineActions('JoinRequest', {
  DECIDE: { platformAdmin: 'everywhere', regionalCoordinator: 'region' },
});

/** Events on record that are no permission: an anonymous request, a coordinator reading the pending ones. */
export const JOIN_REQUEST_EVENTS = { submit: 'JoinRequest.SUBMIT', list: 'JoinRequest.LIST' } as const;

export const editingActions = actionsOf(joinRequestActions);
