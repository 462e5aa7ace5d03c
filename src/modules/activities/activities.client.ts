import type { Kysely } from 'kysely';
import { bindReadUseCases, bindWriteUseCases } from '../../platform/use-cases.ts';
import type { RequestScope } from '../../platform/request-context.ts';
import type { ActivitiesServices } from './activities.context.ts';
import type { ActivitiesDb } from './activities.tables.ts';
import * as publicUseCases from './activities.use-cases.ts';
import { activityFigures } from './figures.ts';
import { activityFormChoices } from './staff-choices.ts';
import {
  cancelOccurrence,
  createActivity,
  decideApplication,
  exportRoster,
  getActivityForEdit,
  getRoster,
  listOwnActivities,
  markAttendance,
  messageParticipants,
  recordHeadCount,
  updateActivity,
} from './organiser.ts';
import { decideProposal, listProposalInbox, submitProposal } from './proposals.ts';
import { cancelRegistration, signUp, viewRegistration } from './sign-up.ts';

/** What families do without an account: every call is one write() that records its event. */
const familyUseCases = { signUp, viewRegistration, cancelRegistration, submitProposal };

/** The organisers' use cases; reads of rosters and the inbox are writes too, to record them. */
const organiserUseCases = {
  createActivity,
  updateActivity,
  cancelOccurrence,
  getRoster,
  markAttendance,
  decideApplication,
  recordHeadCount,
  messageParticipants,
  exportRoster,
  listProposalInbox,
  decideProposal,
  activityFigures,
};

export function activitiesClient(db: Kysely<ActivitiesDb>, services: ActivitiesServices) {
  const pub = bindReadUseCases(db, { services }, publicUseCases);
  const family = bindWriteUseCases(db, { services }, familyUseCases);
  const organiser = bindWriteUseCases(db, { services }, organiserUseCases);
  const choices = bindReadUseCases(db, { services }, { activityFormChoices, listOwnActivities, getActivityForEdit });
  return (scope: RequestScope) => ({ public: pub(scope), family: family(scope), organiser: { ...organiser(scope), ...choices(scope) } });
}

export type ActivitiesClient = ReturnType<ReturnType<typeof activitiesClient>>;
