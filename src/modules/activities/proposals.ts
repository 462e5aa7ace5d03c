import { authorize, reachOf } from '../../platform/authorization/actions.ts';
import { ConflictError, InvalidInputError, NotFoundError } from '../../platform/errors.ts';
import { addDays, helsinkiMoment } from '../../platform/helsinki-time.ts';
import { localize, type Lang } from '../../platform/i18n-text.ts';
import { ACTIVITY_EVENTS, proposalActions } from './activities.actions.ts';
import { takeOrRefuse, type ActivitiesWriteContext } from './activities.context.ts';
import type { ProposalKind, ProposalStatus, ProposerRole } from './activities.domain.ts';
import { activityMail } from './activities.mail.ts';
import { insertActivity, placeOwner } from './activities.queries.ts';
import { insertProposal, listProposals, lockProposal, settleProposal } from './proposals.queries.ts';

export interface ProposalInput {
  readonly kind: ProposalKind;
  readonly proposerRole: ProposerRole;
  readonly text: string;
  readonly contactName?: string | undefined;
  readonly contactEmail?: string | undefined;
}

/** A family, volunteer or expert by experience proposes an activity or a topic; no account, contact optional. */
export async function submitProposal(ctx: ActivitiesWriteContext, placeId: string, input: ProposalInput): Promise<{ id: string }> {
  takeOrRefuse(ctx.services.limits.proposal, ctx.clientAddress);
  const place = await placeOwner(ctx.tx, placeId);
  if (!place) throw new NotFoundError('place', placeId);
  const id = await insertProposal(
    ctx.tx,
    {
      place_id: placeId,
      kind: input.kind,
      proposer_role: input.proposerRole,
      text: input.text.trim(),
      contact_name: input.contactName?.trim() || null,
      contact_email: input.contactEmail?.trim() || null,
      lang: ctx.lang,
    },
    ctx.clock.now(),
  );
  ctx.audit.record({
    action: ACTIVITY_EVENTS.propose,
    target: { type: 'proposal', id, organizationId: place.organizationId, regionId: place.regionId },
    detail: { kind: input.kind },
  });
  return { id };
}

/** The organisers' inbox: reading it shows contacts, so it is on record. */
export async function listProposalInbox(ctx: ActivitiesWriteContext, status?: ProposalStatus) {
  authorize(ctx, proposalActions.ANSWER);
  const rows = await listProposals(ctx.tx, reachOf(ctx.actor, proposalActions.ANSWER), status);
  ctx.audit.record({ action: ACTIVITY_EVENTS.listProposals, target: { type: 'proposal' }, detail: { count: rows.length } });
  return rows;
}

export interface ProposalDecision {
  readonly proposalId: string;
  readonly decision: 'answer' | 'accept' | 'decline';
  readonly answer?: string | undefined;
}

/**
 * Answers a proposal, accepts it (an activity draft at the place, for the organiser to finish) or
 * declines it with a reason. The proposer hears back when they left an address.
 */
export async function decideProposal(
  ctx: ActivitiesWriteContext,
  input: ProposalDecision,
): Promise<{ status: ProposalStatus; activityId: string | null }> {
  const proposal = await lockProposal(ctx.tx, input.proposalId);
  if (!proposal) throw new NotFoundError('proposal', input.proposalId);
  const target = { type: 'proposal', id: proposal.id, organizationId: proposal.organization_id, regionId: proposal.region_id };
  authorize(ctx, proposalActions.ANSWER, target);
  const answer = input.answer?.trim() || null;
  if ((input.decision === 'decline' || input.decision === 'answer') && !answer)
    throw new InvalidInputError([{ field: 'answer', key: 'required' }]);
  if (proposal.status === 'accepted' || proposal.status === 'declined') throw new ConflictError('proposalSettled', {});
  const now = ctx.clock.now();
  let activityId: string | null = null;
  if (input.decision === 'accept') {
    const title = proposal.text.length > 80 ? `${proposal.text.slice(0, 77)}…` : proposal.text;
    activityId = await insertActivity(
      ctx.tx,
      {
        organization_id: proposal.organization_id,
        place_id: proposal.place_id,
        municipality_code: proposal.municipality_code,
        online_url: null,
        type: proposal.kind === 'topic' ? 'themeEvening' : 'openActivity',
        status: 'draft',
        name: { fi: title },
        description: { fi: proposal.text },
        target_groups: [],
        age_min: null,
        age_max: null,
        languages: ['fi'],
        accessibility_note: null,
        cost: 'free',
        cost_note: null,
        sign_up: 'none',
        capacity: null,
        sign_up_opens_days: 30,
        sign_up_closes_hours: 0,
        first_date: addDays(helsinkiMoment(now).date, 28),
        start_time: '17:00',
        duration_minutes: 90,
        rrule: null,
        exception_dates: [],
        added_dates: [],
        proposal_id: proposal.id,
      },
      now,
      [],
    );
  }
  const status: ProposalStatus = input.decision === 'accept' ? 'accepted' : input.decision === 'decline' ? 'declined' : 'answered';
  await settleProposal(ctx.tx, proposal.id, status, answer, activityId, now);
  ctx.audit.record({ action: proposalActions.ANSWER, target, detail: { status, activityId } });
  if (proposal.contact_email && answer) {
    // In the proposer's language, whatever language the organiser works in.
    const lang: Lang = proposal.lang;
    const mail = activityMail(lang, 'proposalAnswered', { place: localize(proposal.place_name, lang).text, text: answer });
    await ctx.services.outbox.send(ctx.tx, { to: proposal.contact_email, ...mail, purpose: 'activities.proposalAnswered' }, ctx.requestId);
  }
  return { status, activityId };
}
