import { authorize, permittedActions, reachOf, type ActionTarget } from '../../../platform/authorization/actions.ts';
import { InvalidInputError, NotFoundError, type InputIssue } from '../../../platform/errors.ts';
import { ACCESSIBILITY_FACTS } from '../catalog.domain.ts';
import type { Accessibility } from '../catalog.model.ts';
import { placeActions } from '../catalog.actions.ts';
import { fieldChanges } from './change-history.ts';
import { insertChanges, listChanges } from './changes.queries.ts';
import { helsinkiToday, staleBefore, type EditingContext, type EditingReadContext } from './editing.context.ts';
import type { ChangeEntry, EditablePlace, ExceptionEdit, PlaceEdit, PlaceHoursEdit } from './editing.model.ts';
import {
  EXCEPTION_ROWS_MAX,
  i18nOf,
  parseForm,
  PLACE_TEXTS,
  placeCreateSchema,
  placeEditSchema,
  placeHoursSchema,
  WEEKDAYS,
} from './editing.schema.ts';
import type { ReadTx } from './editing.tables.ts';
import { formatDayHours, parseDayHours } from './hours-text.ts';
import {
  findMunicipalityRegion,
  findOrganizationOwner,
  findPlaceForEdit,
  findPlaceHours,
  findPlaceOwner,
  insertPlace,
  listPlacesWithin,
  replacePlaceHours,
  updatePlaceRow,
} from './places-editing.queries.ts';
import type { SaveResult } from './services-editing.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function placeTarget(tx: ReadTx, id: string): Promise<ActionTarget> {
  const owner = UUID.test(id) ? await findPlaceOwner(tx, id) : null;
  if (!owner) throw new NotFoundError('place', id);
  return { type: 'place', id, ...owner };
}

function editorOf(ctx: EditingContext) {
  const actor = ctx.actor.kind === 'staff' ? ctx.actor : null;
  return { personId: actor?.personId ?? null, name: actor?.name ?? null, requestId: ctx.requestId, now: ctx.clock.now() };
}

async function loadEditable(ctx: EditingReadContext | EditingContext, target: ActionTarget): Promise<EditablePlace> {
  const [place, hours] = await Promise.all([findPlaceForEdit(ctx.tx, target.id!), findPlaceHours(ctx.tx, target.id!)]);
  if (!place) throw new NotFoundError('place', target.id!);
  return {
    ...place,
    hours: hours.hours,
    seasonalHours: hours.seasonal,
    stale: place.lastChecked < staleBefore(ctx.clock, ctx.freshness),
    permittedActions: permittedActions(ctx.actor, [placeActions.UPDATE, placeActions.CREATE], target),
  };
}

export async function getPlaceForEdit(ctx: EditingReadContext, id: string): Promise<EditablePlace> {
  const target = await placeTarget(ctx.tx, id);
  authorize(ctx, placeActions.UPDATE, target);
  return loadEditable(ctx, target);
}

/** History field names of the weekly hours, Monday first. */
export const WEEKDAY_FIELDS = [
  'hoursMonday',
  'hoursTuesday',
  'hoursWednesday',
  'hoursThursday',
  'hoursFriday',
  'hoursSaturday',
  'hoursSunday',
];

const TRI = { yes: true, no: false, unknown: null } as const;

export async function savePlace(ctx: EditingContext, id: string, fields: unknown): Promise<SaveResult<EditablePlace>> {
  const target = await placeTarget(ctx.tx, id);
  authorize(ctx, placeActions.UPDATE, target);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the schema has checked every field; required ones are present
  const v = parseForm(placeEditSchema, fields, PLACE_TEXTS) as Record<string, any>;
  const latitude = typeof v.latitude === 'number' ? v.latitude : null;
  const longitude = typeof v.longitude === 'number' ? v.longitude : null;
  const edit: PlaceEdit = {
    name: i18nOf(v, 'name')!,
    description: i18nOf(v, 'description'),
    postOffice: i18nOf(v, 'postOffice')!,
    transportNote: i18nOf(v, 'transportNote'),
    accessibilityNote: i18nOf(v, 'accessibilityNote'),
    statusNote: i18nOf(v, 'statusNote'),
    streetAddress: v.streetAddress,
    postalCode: v.postalCode,
    latitude,
    longitude,
    accessibility: Object.fromEntries(ACCESSIBILITY_FACTS.map((f) => [f, TRI[(v[f] as keyof typeof TRI) ?? 'unknown']])) as Accessibility,
    phone: v.phone ?? null,
    email: v.email ?? null,
    website: v.website ?? null,
    status: v.status,
  };
  const issues: InputIssue[] = [];
  if ((latitude === null) !== (longitude === null)) issues.push({ field: latitude === null ? 'latitude' : 'longitude', key: 'required' });
  if (edit.status !== 'active' && !edit.statusNote) issues.push({ field: 'statusNote.fi', key: 'statusReasonRequired' });
  if (issues.length) throw new InvalidInputError(issues);
  const before = await findPlaceForEdit(ctx.tx, id, true);
  if (!before) throw new NotFoundError('place', id);
  if (before.version !== v.version) {
    ctx.audit.record({ action: placeActions.UPDATE, target, outcome: 'failed', detail: { reason: 'staleEdit', version: v.version } });
    return {
      outcome: 'stale',
      changes: await listChanges(ctx.tx, { type: 'place', id }, { afterVersion: v.version }),
      current: await loadEditable(ctx, target),
    };
  }
  const changes = fieldChanges(before.fields as never, edit as never);
  const version = await updatePlaceRow(ctx.tx, id, edit, ctx.clock.now(), helsinkiToday(ctx.clock));
  await insertChanges(ctx.tx, { type: 'place', id, organizationId: before.organization.id, version }, changes, editorOf(ctx));
  ctx.audit.record({ action: placeActions.UPDATE, target, detail: { fields: changes.map((c) => c.field).join(','), version } });
  return { outcome: 'saved', version, changes: changes.length };
}

/** The form's weekday and exception rows as hours; every row that is not hours is an issue of its own. */
function hoursOf(values: Record<string, unknown>): PlaceHoursEdit {
  const issues: InputIssue[] = [];
  const weekly = WEEKDAYS.map((d) => {
    const parsed = parseDayHours(String(values[`day${d}`] ?? ''));
    if (!parsed) issues.push({ field: `day${d}`, key: 'hoursFormat' });
    return parsed ?? [];
  });
  const exceptions: ExceptionEdit[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < EXCEPTION_ROWS_MAX; i++) {
    const day = values[`exception${i}.day`] as string | undefined;
    const hoursText = String(values[`exception${i}.hours`] ?? '');
    const note = i18nOf(values, `exception${i}.note`);
    if (!day) {
      if (hoursText || note) issues.push({ field: `exception${i}.day`, key: 'required' });
      continue;
    }
    if (seen.has(day)) issues.push({ field: `exception${i}.day`, key: 'dayRepeated' });
    seen.add(day);
    const intervals = parseDayHours(hoursText);
    // An exception is closed, or open in one interval (the table holds one).
    if (!intervals || intervals.length > 1) issues.push({ field: `exception${i}.hours`, key: 'hoursFormat' });
    exceptions.push({ day, intervals: intervals?.slice(0, 1) ?? [], note });
  }
  if (issues.length) throw new InvalidInputError(issues);
  return { weekly, exceptions: exceptions.sort((a, b) => a.day.localeCompare(b.day)) };
}

/** The hours as the form shows them: `9–12, 17–19` per weekday, one row per exception. */
export function hoursFormValues(hours: PlaceHoursEdit): Record<string, string> {
  const values: Record<string, string> = {};
  hours.weekly.forEach((intervals, i) => (values[`day${i + 1}`] = formatDayHours(intervals)));
  hours.exceptions.forEach((x, i) => {
    values[`exception${i}.day`] = x.day;
    values[`exception${i}.hours`] = formatDayHours(x.intervals);
    for (const lang of ['fi', 'sv', 'en'] as const) values[`exception${i}.note.${lang}`] = x.note?.[lang] ?? '';
  });
  return values;
}

export async function savePlaceHours(ctx: EditingContext, id: string, fields: unknown): Promise<SaveResult<EditablePlace>> {
  const target = await placeTarget(ctx.tx, id);
  authorize(ctx, placeActions.UPDATE, target);
  const values = parseForm(placeHoursSchema, fields) as Record<string, unknown>;
  const hours = hoursOf(values);
  const before = await findPlaceForEdit(ctx.tx, id, true);
  if (!before) throw new NotFoundError('place', id);
  if (before.version !== values.version) {
    ctx.audit.record({
      action: placeActions.UPDATE,
      target,
      outcome: 'failed',
      detail: { reason: 'staleEdit', version: Number(values.version) },
    });
    return {
      outcome: 'stale',
      changes: await listChanges(ctx.tx, { type: 'place', id }, { afterVersion: Number(values.version) }),
      current: await loadEditable(ctx, target),
    };
  }
  const old = hoursFormValues((await findPlaceHours(ctx.tx, id)).hours);
  const neu = hoursFormValues(hours);
  const version = await replacePlaceHours(ctx.tx, id, hours, ctx.clock.now(), helsinkiToday(ctx.clock));
  const changes = [
    ...WEEKDAYS.filter((d) => old[`day${d}`] !== neu[`day${d}`]).map((d) => ({
      field: WEEKDAY_FIELDS[d - 1]!,
      oldValue: old[`day${d}`] || null,
      newValue: neu[`day${d}`] || null,
    })),
    ...exceptionChanges(old, neu),
  ];
  await insertChanges(ctx.tx, { type: 'place', id, organizationId: before.organization.id, version }, changes, editorOf(ctx));
  ctx.audit.record({ action: placeActions.UPDATE, target, detail: { fields: changes.map((c) => c.field).join(','), version } });
  return { outcome: 'saved', version, changes: changes.length };
}

/** Exceptions compared by day: added, removed or changed, each a change of its own. */
function exceptionChanges(old: Record<string, string>, neu: Record<string, string>) {
  const byDay = (values: Record<string, string>) => {
    const days = new Map<string, string>();
    for (let i = 0; values[`exception${i}.day`]; i++) {
      const hours = values[`exception${i}.hours`] || '–';
      days.set(values[`exception${i}.day`]!, [hours, values[`exception${i}.note.fi`]].filter(Boolean).join(' '));
    }
    return days;
  };
  const before = byDay(old);
  const after = byDay(neu);
  const days = [...new Set([...before.keys(), ...after.keys()])].sort();
  return days
    .filter((d) => before.get(d) !== after.get(d))
    .map((d) => ({
      field: 'hoursException',
      oldValue: before.has(d) ? `${d} ${before.get(d)}` : null,
      newValue: after.has(d) ? `${d} ${after.get(d)}` : null,
    }));
}

export async function createPlace(ctx: EditingContext, fields: unknown): Promise<{ id: string }> {
  const raw = fields as Record<string, unknown>;
  const organizationId = typeof raw?.organization === 'string' && UUID.test(raw.organization) ? raw.organization : null;
  const owner = organizationId ? await findOrganizationOwner(ctx.tx, organizationId) : null;
  if (!owner) throw new InvalidInputError([{ field: 'organization', key: 'required' }]);
  const values = parseForm(placeCreateSchema, fields, ['name', 'postOffice']);
  const regionId = await findMunicipalityRegion(ctx.tx, values.municipality!);
  if (!regionId)
    throw new InvalidInputError([{ field: 'municipality', key: 'unknownMunicipality', params: { value: values.municipality! } }]);
  // A place's region is its municipality's: a coordinator may add places only in their region.
  const target = { type: 'place', organizationId: owner.organizationId, regionId };
  authorize(ctx, placeActions.CREATE, target);
  const id = await insertPlace(ctx.tx, {
    organizationId: owner.organizationId,
    kind: values.kind!,
    municipalityCode: values.municipality!,
    name: i18nOf(values, 'name')!,
    postOffice: i18nOf(values, 'postOffice')!,
    streetAddress: values.streetAddress!,
    postalCode: values.postalCode!,
    today: helsinkiToday(ctx.clock),
    now: ctx.clock.now(),
  });
  await insertChanges(
    ctx.tx,
    { type: 'place', id, organizationId: owner.organizationId, version: 1 },
    [{ field: 'created', oldValue: null, newValue: i18nOf(values, 'name')!.fi }],
    editorOf(ctx),
  );
  ctx.audit.record({ action: placeActions.CREATE, target: { ...target, id } });
  return { id };
}

export async function placeHistory(ctx: EditingReadContext, id: string): Promise<{ place: EditablePlace; changes: ChangeEntry[] }> {
  const target = await placeTarget(ctx.tx, id);
  authorize(ctx, placeActions.UPDATE, target);
  const [place, changes] = await Promise.all([loadEditable(ctx, target), listChanges(ctx.tx, { type: 'place', id })]);
  return { place, changes };
}

export async function listEditablePlaces(ctx: EditingReadContext) {
  authorize(ctx, placeActions.UPDATE);
  const cutoff = staleBefore(ctx.clock, ctx.freshness);
  const rows = await listPlacesWithin(ctx.tx, reachOf(ctx.actor, placeActions.UPDATE));
  return rows.map((r) => ({ ...r, stale: r.status !== 'ended' && r.lastChecked < cutoff }));
}
