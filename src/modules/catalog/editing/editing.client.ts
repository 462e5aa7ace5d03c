import type { Kysely } from 'kysely';
import type { RateLimiter } from '../../../platform/http/rate-limit.ts';
import type { RequestScope } from '../../../platform/request-context.ts';
import { bindReadUseCases, bindWriteUseCases, type BoundUseCases } from '../../../platform/use-cases.ts';
import type { EditingDeps } from './editing.context.ts';
import type { EditingDb } from './editing.tables.ts';
import { staleDashboard } from './freshness.ts';
import { decideJoinRequest, listJoinRequests, submitJoinRequest } from './join-requests.ts';
import { createPlace, getPlaceForEdit, listEditablePlaces, placeHistory, savePlace, savePlaceHours } from './places-editing.ts';
import {
  addServiceLocation,
  confirmServiceCurrent,
  createService,
  getServiceForEdit,
  listEditableServices,
  removeServiceLocation,
  saveService,
  serviceHistory,
} from './services-editing.ts';

const editingReads = {
  getServiceForEdit,
  serviceHistory,
  listEditableServices,
  getPlaceForEdit,
  placeHistory,
  listEditablePlaces,
  staleDashboard,
};
const editingWrites = {
  saveService,
  confirmServiceCurrent,
  createService,
  addServiceLocation,
  removeServiceLocation,
  savePlace,
  savePlaceHours,
  createPlace,
  submitJoinRequest,
  listJoinRequests,
  decideJoinRequest,
};

export type EditingClient = BoundUseCases<typeof editingReads> & BoundUseCases<typeof editingWrites>;

/**
 * Organisation self-service, bound to one request: reads in a read transaction, edits each in one
 * write() with its audit events; after an edit commits, the catalog forgets what it keeps at hand,
 * so the family pages show the edit at once.
 */
export function editingClient(
  db: Kysely<EditingDb>,
  deps: EditingDeps & { joinLimiter: RateLimiter | null },
): (scope: RequestScope) => EditingClient {
  const reads = bindReadUseCases(db, deps, editingReads);
  const writes = bindWriteUseCases(db, deps, editingWrites);
  return (scope) => {
    const bound = writes(scope);
    const afterCommit = Object.fromEntries(
      Object.entries(bound).map(([name, run]) => [
        name,
        async (...args: unknown[]) => {
          const result = await (run as (...a: unknown[]) => Promise<unknown>)(...args);
          deps.changed();
          return result;
        },
      ]),
    ) as typeof bound;
    return { ...reads(scope), ...afterCommit };
  };
}
