import { sql } from 'kysely';
import type { I18nText } from '../../../platform/i18n-text.ts';
import type { ReadTx, WriteTx } from './editing.tables.ts';

/** Organisations with services checked before `cutoff` whose editors were not reminded since `remindedSince`. */
export async function organizationsToRemind(
  tx: ReadTx,
  cutoff: string,
  remindedSince: Date,
): Promise<{ id: string; name: I18nText; services: string[] }[]> {
  return tx
    .selectFrom('service as s')
    .innerJoin('organization as o', 'o.id', 's.organization_id')
    .leftJoin('freshness_reminder as r', 'r.organization_id', 's.organization_id')
    .where('s.last_checked', '<', cutoff)
    .where('s.status', '<>', 'ended')
    .where((eb) => eb.or([eb('r.sent_at', 'is', null), eb('r.sent_at', '<', remindedSince)]))
    .select(['o.id', 'o.name', sql<string[]>`array_agg(s.name ->> 'fi' order by s.name ->> 'fi')`.as('services')])
    .groupBy(['o.id', 'o.name'])
    .execute();
}

export function editorContactsOf(tx: ReadTx, organizationId: string) {
  return tx.selectFrom('organization_editor_contact').select(['email', 'name']).where('organization_id', '=', organizationId).execute();
}

export async function recordReminder(tx: WriteTx, organizationId: string, now: Date, staleServices: number): Promise<void> {
  await tx
    .insertInto('freshness_reminder')
    .values({ organization_id: organizationId, sent_at: now, stale_services: staleServices })
    .onConflict((oc) => oc.column('organization_id').doUpdateSet({ sent_at: now, stale_services: staleServices }))
    .execute();
}
