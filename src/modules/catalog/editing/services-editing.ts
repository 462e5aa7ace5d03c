import { authorize, permittedActions, reachOf, type ActionTarget } from '../../../platform/authorization/actions.ts';
import { ConflictError, InvalidInputError, NotFoundError, type InputIssue } from '../../../platform/errors.ts';
import { serviceActions } from '../catalog.actions.ts';
import { fieldChanges } from './change-history.ts';
import { insertChanges, listChanges } from './changes.queries.ts';
import { helsinkiToday, staleBefore, type EditingContext, type EditingReadContext } from './editing.context.ts';
import type { ChangeEntry, EditableService, ServiceEdit, StaleEdit } from './editing.model.ts';
import { i18nOf, locationSchema, parseForm, SERVICE_TEXTS, serviceCreateSchema, serviceEditSchema } from './editing.schema.ts';
import type { ReadTx } from './editing.tables.ts';
import { findOrganizationOwner, placesOfOrganization } from './places-editing.queries.ts';
import {
  bumpServiceVersion,
  deleteLocation,
  findServiceForEdit,
  findServiceOwner,
  insertLocation,
  insertService,
  knownCategoryCodes,
  listServicesWithin,
  markServiceChecked,
  updateServiceRow,
} from './services-editing.queries.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SERVICE_ACTIONS = [serviceActions.UPDATE, serviceActions.CREATE];

/** The service as a target, from its owner alone: a guessed id of something real answers 403, of nothing 404. */
async function serviceTarget(tx: ReadTx, id: string): Promise<ActionTarget> {
  const owner = UUID.test(id) ? await findServiceOwner(tx, id) : null;
  if (!owner) throw new NotFoundError('service', id);
  return { type: 'service', id, ...owner };
}

function editorOf(ctx: EditingContext) {
  const actor = ctx.actor.kind === 'staff' ? ctx.actor : null;
  return { personId: actor?.personId ?? null, name: actor?.name ?? null, requestId: ctx.requestId, now: ctx.clock.now() };
}

async function loadEditable(ctx: EditingReadContext | EditingContext, target: ActionTarget): Promise<EditableService> {
  const service = await findServiceForEdit(ctx.tx, target.id!);
  if (!service) throw new NotFoundError('service', target.id!);
  return {
    ...service,
    stale: service.lastChecked < staleBefore(ctx.clock, ctx.freshness),
    placeChoices: await placesOfOrganization(ctx.tx, service.organization.id),
    permittedActions: permittedActions(ctx.actor, SERVICE_ACTIONS, target),
  };
}

export async function getServiceForEdit(ctx: EditingReadContext, id: string): Promise<EditableService> {
  const target = await serviceTarget(ctx.tx, id);
  authorize(ctx, serviceActions.UPDATE, target);
  return loadEditable(ctx, target);
}

/** The form's fields as a service edit, with the checks that span fields. */
function serviceEditOf(values: Record<string, unknown>, status: ServiceEdit['status']): ServiceEdit {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the schema has checked every field; required ones are present
  const v = values as Record<string, any>;
  const edit: ServiceEdit = {
    name: i18nOf(values, 'name')!,
    summary: i18nOf(values, 'summary')!,
    description: i18nOf(values, 'description'),
    keywords: i18nOf(values, 'keywords'),
    costNote: i18nOf(values, 'costNote'),
    statusNote: i18nOf(values, 'statusNote'),
    level: v.level,
    sector: v.sector,
    targetGroups: v.targetGroups,
    ageMin: v.ageMin ?? null,
    ageMax: v.ageMax ?? null,
    languages: v.languages,
    delivery: v.delivery,
    access: v.access,
    cost: v.cost,
    status,
    categories: v.categories ?? [],
  };
  const issues: InputIssue[] = [];
  if (edit.ageMin !== null && edit.ageMax !== null && edit.ageMin > edit.ageMax)
    issues.push({ field: 'ageMax', key: 'tooSmall', params: { min: edit.ageMin } });
  // Families are told why: a closed or ended service says so in Finnish at least.
  if (edit.status !== 'active' && !edit.statusNote) issues.push({ field: 'statusNote.fi', key: 'statusReasonRequired' });
  if (issues.length) throw new InvalidInputError(issues);
  return edit;
}

async function requireCategories(ctx: EditingContext, codes: string[]) {
  if (!codes.length) return;
  const known = await knownCategoryCodes(ctx.tx, codes);
  const unknown = codes.filter((c) => !known.has(c));
  if (unknown.length)
    throw new InvalidInputError(unknown.map((value) => ({ field: 'categories', key: 'unknownCategory', params: { value } })));
}

export type SaveResult<Current> = { outcome: 'saved'; version: number; changes: number } | StaleEdit<Current>;

/**
 * Saves an edit made on `version`. When someone saved since, nothing is written: the editor gets
 * the changes made meanwhile and the entry as it is now, and decides again.
 */
export async function saveService(ctx: EditingContext, id: string, fields: unknown): Promise<SaveResult<EditableService>> {
  const target = await serviceTarget(ctx.tx, id);
  authorize(ctx, serviceActions.UPDATE, target);
  const values = parseForm(serviceEditSchema, fields, SERVICE_TEXTS);
  const edit = serviceEditOf(values, values.status!);
  await requireCategories(ctx, edit.categories);
  const before = await findServiceForEdit(ctx.tx, id, true);
  if (!before) throw new NotFoundError('service', id);
  if (before.version !== values.version) {
    ctx.audit.record({
      action: serviceActions.UPDATE,
      target,
      outcome: 'failed',
      detail: { reason: 'staleEdit', version: values.version! },
    });
    return {
      outcome: 'stale',
      changes: await listChanges(ctx.tx, { type: 'service', id }, { afterVersion: values.version! }),
      current: await loadEditable(ctx, target),
    };
  }
  const changes = fieldChanges(before.fields as never, edit as never);
  const version = await updateServiceRow(ctx.tx, id, edit, ctx.clock.now(), helsinkiToday(ctx.clock));
  const checked =
    before.lastChecked !== helsinkiToday(ctx.clock)
      ? [{ field: 'lastChecked', oldValue: before.lastChecked, newValue: helsinkiToday(ctx.clock) }]
      : [];
  await insertChanges(
    ctx.tx,
    { type: 'service', id, organizationId: before.organization.id, version },
    [...changes, ...checked],
    editorOf(ctx),
  );
  ctx.audit.record({ action: serviceActions.UPDATE, target, detail: { fields: changes.map((c) => c.field).join(','), version } });
  return { outcome: 'saved', version, changes: changes.length };
}

/** "Still correct": one click moves the last-checked date to today. */
export async function confirmServiceCurrent(ctx: EditingContext, id: string): Promise<{ lastChecked: string }> {
  const target = await serviceTarget(ctx.tx, id);
  authorize(ctx, serviceActions.UPDATE, target);
  const before = await findServiceForEdit(ctx.tx, id, true);
  if (!before) throw new NotFoundError('service', id);
  const today = helsinkiToday(ctx.clock);
  const version = await markServiceChecked(ctx.tx, id, today, ctx.clock.now());
  await insertChanges(
    ctx.tx,
    { type: 'service', id, organizationId: before.organization.id, version },
    [{ field: 'lastChecked', oldValue: before.lastChecked, newValue: today }],
    editorOf(ctx),
  );
  ctx.audit.record({ action: serviceActions.UPDATE, target, detail: { fields: 'lastChecked', confirmed: 'stillCorrect' } });
  return { lastChecked: today };
}

export async function createService(ctx: EditingContext, fields: unknown): Promise<{ id: string }> {
  const raw = fields as Record<string, unknown>;
  const organizationId = typeof raw?.organization === 'string' && UUID.test(raw.organization) ? raw.organization : null;
  const owner = organizationId ? await findOrganizationOwner(ctx.tx, organizationId) : null;
  if (!owner) throw new InvalidInputError([{ field: 'organization', key: 'required' }]);
  const target = { type: 'organization', id: owner.organizationId, ...owner };
  authorize(ctx, serviceActions.CREATE, target);
  const values = parseForm(serviceCreateSchema, fields, SERVICE_TEXTS);
  const edit = serviceEditOf(values, 'active');
  await requireCategories(ctx, edit.categories);
  const id = await insertService(ctx.tx, {
    ...edit,
    organizationId: owner.organizationId,
    regionId: owner.regionId,
    today: helsinkiToday(ctx.clock),
    now: ctx.clock.now(),
  });
  await insertChanges(
    ctx.tx,
    { type: 'service', id, organizationId: owner.organizationId, version: 1 },
    [{ field: 'created', oldValue: null, newValue: edit.name.fi }],
    editorOf(ctx),
  );
  ctx.audit.record({ action: serviceActions.CREATE, target: { type: 'service', id, ...owner } });
  return { id };
}

/** Offers the service at one of its organisation's places. */
export async function addServiceLocation(ctx: EditingContext, serviceId: string, fields: unknown): Promise<SaveResult<EditableService>> {
  const target = await serviceTarget(ctx.tx, serviceId);
  authorize(ctx, serviceActions.UPDATE, target);
  const values = parseForm(locationSchema, fields, ['note']);
  const before = await findServiceForEdit(ctx.tx, serviceId, true);
  if (!before) throw new NotFoundError('service', serviceId);
  if (before.version !== values.version)
    return {
      outcome: 'stale',
      changes: await listChanges(ctx.tx, { type: 'service', id: serviceId }, { afterVersion: values.version! }),
      current: await loadEditable(ctx, target),
    };
  const place = (await placesOfOrganization(ctx.tx, before.organization.id)).find((p) => p.id === values.place);
  if (!place) throw new InvalidInputError([{ field: 'place', key: 'notOwnPlace' }]);
  const added = await insertLocation(ctx.tx, {
    serviceId,
    placeId: place.id,
    phone: values.phone ?? null,
    email: values.email ?? null,
    note: i18nOf(values, 'note'),
  });
  if (!added) throw new ConflictError('locationExists');
  const version = await bumpServiceVersion(ctx.tx, serviceId, ctx.clock.now());
  await insertChanges(
    ctx.tx,
    { type: 'service', id: serviceId, organizationId: before.organization.id, version },
    [{ field: 'locations', oldValue: null, newValue: place.name.fi }],
    editorOf(ctx),
  );
  ctx.audit.record({ action: serviceActions.UPDATE, target, detail: { fields: 'locations', placeId: place.id, version } });
  return { outcome: 'saved', version, changes: 1 };
}

export async function removeServiceLocation(ctx: EditingContext, serviceId: string, locationId: unknown): Promise<{ version: number }> {
  const target = await serviceTarget(ctx.tx, serviceId);
  authorize(ctx, serviceActions.UPDATE, target);
  const before = await findServiceForEdit(ctx.tx, serviceId, true);
  if (!before) throw new NotFoundError('service', serviceId);
  const location = before.locations.find((l) => l.id === locationId);
  if (!location || !(await deleteLocation(ctx.tx, serviceId, location.id))) throw new NotFoundError('service', String(locationId));
  const version = await bumpServiceVersion(ctx.tx, serviceId, ctx.clock.now());
  await insertChanges(
    ctx.tx,
    { type: 'service', id: serviceId, organizationId: before.organization.id, version },
    [{ field: 'locations', oldValue: location.placeName.fi, newValue: null }],
    editorOf(ctx),
  );
  ctx.audit.record({ action: serviceActions.UPDATE, target, detail: { fields: 'locations', placeId: location.placeId, version } });
  return { version };
}

export async function serviceHistory(ctx: EditingReadContext, id: string): Promise<{ service: EditableService; changes: ChangeEntry[] }> {
  const target = await serviceTarget(ctx.tx, id);
  authorize(ctx, serviceActions.UPDATE, target);
  const [service, changes] = await Promise.all([loadEditable(ctx, target), listChanges(ctx.tx, { type: 'service', id })]);
  return { service, changes };
}

/** The services the actor may edit (their organisations', a coordinator's region's), stale ones flagged. */
export async function listEditableServices(ctx: EditingReadContext, input: { staleOnly?: boolean } = {}) {
  authorize(ctx, serviceActions.UPDATE);
  const cutoff = staleBefore(ctx.clock, ctx.freshness);
  const rows = await listServicesWithin(ctx.tx, reachOf(ctx.actor, serviceActions.UPDATE), {
    checkedBefore: input.staleOnly ? cutoff : null,
  });
  return {
    staleBefore: cutoff,
    staleAfterMonths: ctx.freshness.staleAfterMonths,
    items: rows.map((r) => ({ ...r, stale: r.status !== 'ended' && r.lastChecked < cutoff })),
  };
}
