import { actionsOf, defineActions } from '../../platform/authorization/actions.ts';

/**
 * What staff may do with the knowledge bank. Editors and admins of an organisation write and keep
 * its articles; a regional coordinator those of every organisation of the region; a platform admin
 * anywhere. The editors' list names owners and reviewers (staff's personal data), so reading it is
 * an action of its own and on record.
 */
export const articleActions = defineActions('Article', {
  LIST: { platformAdmin: 'everywhere', regionalCoordinator: 'region', organizationAdmin: 'organization', editor: 'organization' },
  CREATE: { platformAdmin: 'everywhere', regionalCoordinator: 'region', organizationAdmin: 'organization', editor: 'organization' },
  UPDATE: { platformAdmin: 'everywhere', regionalCoordinator: 'region', organizationAdmin: 'organization', editor: 'organization' },
});

export const knowledgeActions = actionsOf(articleActions);
