import { actionsOf, defineActions } from '../../platform/authorization/actions.ts';

/**
 * Importing into the service network from the staff workspace. Platform admins import anything;
 * a regional coordinator imports for their region only: the import rejects organisations of other
 * regions, and their places and services with them (NetworkImportInput.onlyRegion).
 */
export const importActions = defineActions('Import', {
  RUN: { platformAdmin: 'everywhere', regionalCoordinator: 'region' },
});

export const interopActions = actionsOf(importActions);
