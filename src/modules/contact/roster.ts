import { isStaff } from '../../platform/actor.ts';
import { authorize, permittedActions, reachOf } from '../../platform/authorization/actions.ts';
import { read, write } from '../../platform/db/transactions.ts';
import { addDays, helsinkiMoment } from '../../platform/helsinki-time.ts';
import { InvalidInputError, NotFoundError, UnauthorizedError } from '../../platform/errors.ts';
import type { RequestScope } from '../../platform/request-context.ts';
import { contactActions } from './contact.actions.ts';
import type { ContactLanguage } from './contact.domain.ts';
import { parseInput, ShiftSchema } from './contact.schema.ts';
import type { ContactServices } from './contact.services.ts';
import { chatAvailability, helsinkiInstant } from './duty.ts';
import { responseFigures } from './figures.queries.ts';
import { advisorOrganizations, findMunicipalityRegion, listAdvisorsOfRegion } from './requests.queries.ts';
import { deleteShift, findOrganizationRegion, findShift, insertShift, listShifts } from './roster.queries.ts';

function regionOfActor(scope: RequestScope): string {
  if (!isStaff(scope.actor)) throw new UnauthorizedError();
  const regionId = scope.actor.grants.find((g) => g.regionId)?.regionId;
  if (!regionId) throw new NotFoundError('region', 'none');
  return regionId;
}

/** The duty roster of the actor's region for the next seven days (from today in Helsinki). */
export async function getRoster(s: ContactServices, scope: RequestScope) {
  authorize(scope, contactActions.LIST);
  const regionId = regionOfActor(scope);
  const today = helsinkiMoment(scope.clock.now()).date;
  const from = helsinkiInstant(today, '00:00');
  const to = helsinkiInstant(addDays(today, 7), '00:00');
  return read(s.db, async (tx) => {
    const [shifts, advisors] = await Promise.all([listShifts(tx, regionId, from, to), listAdvisorsOfRegion(tx, regionId)]);
    return {
      regionId,
      today,
      shifts: shifts.map((sh) => ({
        ...sh,
        permittedActions: permittedActions(scope.actor, [contactActions.ROSTER], {
          personId: sh.personId,
          organizationId: sh.organizationId,
          regionId: sh.regionId,
        }),
      })),
      advisors: advisors.filter(
        (a) =>
          permittedActions(scope.actor, [contactActions.ROSTER], { personId: a.personId, organizationId: a.organizationId, regionId })
            .length > 0,
      ),
    };
  });
}

export async function addShift(s: ContactServices, scope: RequestScope, raw: unknown) {
  const input = parseInput(ShiftSchema, raw);
  const startsAt = helsinkiInstant(input.date, input.from);
  const endsAt = input.to === '24:00' ? helsinkiInstant(addDays(input.date, 1), '00:00') : helsinkiInstant(input.date, input.to);
  if (endsAt <= startsAt) throw new InvalidInputError([{ field: 'to', key: 'endBeforeStart' }]);
  return write(s.db, scope, async (tx, audit) => {
    const regionId = await findMunicipalityRegion(tx, input.municipality ?? '000');
    const organizations = await findOrganizationRegion(tx, input.organization);
    if (!organizations?.region_id) throw new InvalidInputError([{ field: 'organization', key: 'notOneOf', params: { allowed: '…' } }]);
    const target = { type: 'dutyShift', personId: input.person, organizationId: input.organization, regionId: organizations.region_id };
    authorize(scope, contactActions.ROSTER, target);
    if (input.municipality && regionId !== organizations.region_id)
      throw new InvalidInputError([{ field: 'municipality', key: 'unknownMunicipality' }]);
    if (!(await advisorOrganizations(tx, input.person, organizations.region_id)).includes(input.organization))
      throw new InvalidInputError([{ field: 'person', key: 'notAnAdvisor' }]);
    try {
      const id = await insertShift(tx, {
        personId: input.person,
        organizationId: input.organization,
        regionId: organizations.region_id,
        municipalityCode: input.municipality ?? null,
        language: input.language as ContactLanguage,
        startsAt,
        endsAt,
      });
      audit.record({ action: contactActions.ROSTER, target: { ...target, id } });
      return { id };
    } catch (error) {
      // The exclusion constraint: the same person on two shifts of one language at once.
      if ((error as { code?: string }).code === '23P01') throw new InvalidInputError([{ field: 'from', key: 'overlappingShift' }]);
      throw error;
    }
  });
}

export async function removeShift(s: ContactServices, scope: RequestScope, id: string) {
  return write(s.db, scope, async (tx, audit) => {
    const shift = await findShift(tx, id);
    if (!shift) throw new NotFoundError('dutyShift', id);
    const target = { type: 'dutyShift', id, personId: shift.person_id, organizationId: shift.organization_id, regionId: shift.region_id };
    authorize(scope, contactActions.ROSTER, target);
    await deleteShift(tx, id);
    audit.record({ action: contactActions.ROSTER, target, detail: { removed: true } });
  });
}

/** For the family side: is live chat open now for this municipality and language, and if not, when. */
export async function liveChatStatus(s: ContactServices, scope: RequestScope, q: { municipality: string; language: ContactLanguage }) {
  return read(s.db, async (tx) => {
    const regionId = await findMunicipalityRegion(tx, q.municipality);
    if (!regionId) return { open: false, nextOpening: null };
    return chatAvailability(tx, { regionId, municipalityCode: q.municipality, language: q.language, now: scope.clock.now() });
  });
}

/** Figures for leadership over the last `days` days: no personal data, so no read event. */
export async function contactFigures(s: ContactServices, scope: RequestScope, days = 30) {
  authorize(scope, contactActions.FIGURES);
  const reach = reachOf(scope.actor, contactActions.FIGURES);
  const to = scope.clock.now();
  const from = new Date(to.getTime() - days * 86_400_000);
  const q = { regionIds: reach.everywhere ? ('all' as const) : reach.regionIds, from, to, targetMinutes: s.config.targetResponseMinutes };
  return read(s.db, async (tx) => {
    const [byChannel, byMunicipality, byHour, byTopic] = await Promise.all([
      responseFigures(tx, { ...q, by: 'channel' }),
      responseFigures(tx, { ...q, by: 'municipality' }),
      responseFigures(tx, { ...q, by: 'hour' }),
      responseFigures(tx, { ...q, by: 'topic' }),
    ]);
    return { from, to, targetMinutes: s.config.targetResponseMinutes, byChannel, byMunicipality, byHour, byTopic };
  });
}
