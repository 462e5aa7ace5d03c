import type { ProposalKind, ProposalStatus, ProposerRole } from './activities.domain.ts';
import type { ReadTx, WriteTx } from './activities.tables.ts';
import type { Reachable } from '../../platform/authorization/actions.ts';
import type { Lang } from '../../platform/i18n-text.ts';

export async function insertProposal(
  tx: WriteTx,
  p: {
    place_id: string;
    kind: ProposalKind;
    proposer_role: ProposerRole;
    text: string;
    contact_name: string | null;
    contact_email: string | null;
    lang: Lang;
  },
  now: Date,
) {
  const { id } = await tx
    .insertInto('activity_proposal')
    .values({ ...p, created_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function proposalCounts(tx: ReadTx, placeId: string): Promise<{ received: number; actedOn: number; accepted: number }> {
  const row = await tx
    .selectFrom('activity_proposal')
    .select((eb) => [
      eb.fn.countAll<number>().as('received'),
      eb.fn.count<number>('handled_at').as('acted_on'),
      eb.fn.sum<number>(eb.case().when('status', '=', 'accepted').then(1).else(0).end()).as('accepted'),
    ])
    .where('place_id', '=', placeId)
    .executeTakeFirstOrThrow();
  return { received: Number(row.received), actedOn: Number(row.acted_on), accepted: Number(row.accepted ?? 0) };
}

/** The organisers' inbox: proposals to the places the actor reaches, newest first. */
export async function listProposals(tx: ReadTx, reach: Reachable, status?: ProposalStatus) {
  return tx
    .selectFrom('activity_proposal as pr')
    .innerJoin('place as p', 'p.id', 'pr.place_id')
    .innerJoin('organization as o', 'o.id', 'p.organization_id')
    .select([
      'pr.id',
      'pr.kind',
      'pr.proposer_role',
      'pr.text',
      'pr.contact_name',
      'pr.contact_email',
      'pr.status',
      'pr.answer',
      'pr.activity_id',
      'pr.created_at',
      'pr.handled_at',
      'p.id as place_id',
      'p.name as place_name',
    ])
    .$if(!reach.everywhere, (q) =>
      q.where((eb) =>
        eb.or([
          ...(reach.organizationIds.length ? [eb('p.organization_id', 'in', reach.organizationIds)] : []),
          ...(reach.regionIds.length ? [eb('o.region_id', 'in', reach.regionIds)] : []),
          eb.val(false),
        ]),
      ),
    )
    .$if(status !== undefined, (q) => q.where('pr.status', '=', status!))
    .orderBy('pr.created_at', 'desc')
    .limit(200)
    .execute();
}

export async function lockProposal(tx: WriteTx, id: string) {
  return tx
    .selectFrom('activity_proposal as pr')
    .innerJoin('place as p', 'p.id', 'pr.place_id')
    .innerJoin('organization as o', 'o.id', 'p.organization_id')
    .select([
      'pr.id',
      'pr.status',
      'pr.text',
      'pr.kind',
      'pr.contact_email',
      'pr.lang',
      'p.id as place_id',
      'p.name as place_name',
      'p.municipality_code',
      'p.organization_id',
      'o.region_id',
    ])
    .where('pr.id', '=', id)
    .forUpdate('pr')
    .executeTakeFirst();
}

export async function settleProposal(
  tx: WriteTx,
  id: string,
  status: Exclude<ProposalStatus, 'received'>,
  answer: string | null,
  activityId: string | null,
  now: Date,
) {
  await tx
    .updateTable('activity_proposal')
    .set({ status, answer, activity_id: activityId, handled_at: now })
    .where('id', '=', id)
    .execute();
}
