import { actionsOf, defineActions } from '../../platform/authorization/actions.ts';

/**
 * What staff may do with the service network. Editors and admins of an organisation keep its own
 * services and places current; a regional coordinator may do so for every organisation of the
 * region; a platform admin anywhere. Family advisors and professionals read the tray like families.
 */
export const serviceActions = defineActions('Service', {
  CREATE: { platformAdmin: 'everywhere', regionalCoordinator: 'region', organizationAdmin: 'organization', editor: 'organization' },
  UPDATE: { platformAdmin: 'everywhere', regionalCoordinator: 'region', organizationAdmin: 'organization', editor: 'organization' },
});

export const placeActions = defineActions('Place', {
  CREATE: { platformAdmin: 'everywhere', regionalCoordinator: 'region', organizationAdmin: 'organization', editor: 'organization' },
  UPDATE: { platformAdmin: 'everywhere', regionalCoordinator: 'region', organizationAdmin: 'organization', editor: 'organization' },
});

export const organizationActions = defineActions('Organization', {
  UPDATE: { platformAdmin: 'everywhere', regionalCoordinator: 'region', organizationAdmin: 'organization' },
});

/**
 * Teaching the search families' words: editors see the questions that found nothing and add a word
 * to a concept. The vocabulary is shared by every region, so the right is not tied to one target.
 */
export const searchVocabularyActions = defineActions('SearchVocabulary', {
  READ_MISSES: { platformAdmin: 'everywhere', regionalCoordinator: 'region', organizationAdmin: 'organization', editor: 'organization' },
  ADD_WORD: { platformAdmin: 'everywhere', regionalCoordinator: 'region', organizationAdmin: 'organization', editor: 'organization' },
});

export const catalogActions = [
  ...actionsOf(serviceActions),
  ...actionsOf(placeActions),
  ...actionsOf(organizationActions),
  ...actionsOf(searchVocabularyActions),
];
