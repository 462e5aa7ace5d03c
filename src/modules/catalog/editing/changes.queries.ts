import type { ChangeEntry, FieldChange } from './editing.model.ts';
import type { ReadTx, WriteTx } from './editing.tables.ts';

export async function insertChanges(
  tx: WriteTx,
  subject: { type: 'service' | 'place'; id: string; organizationId: string; version: number },
  changes: FieldChange[],
  by: { personId: string | null; name: string | null; requestId: string | null; now: Date },
): Promise<void> {
  if (changes.length === 0) return;
  await tx
    .insertInto('catalog_change')
    .values(
      changes.map((c) => ({
        occurred_at: by.now,
        subject_type: subject.type,
        subject_id: subject.id,
        organization_id: subject.organizationId,
        version: subject.version,
        field: c.field,
        old_value: c.oldValue === null || c.oldValue === undefined ? null : JSON.stringify({ value: c.oldValue }),
        new_value: c.newValue === null || c.newValue === undefined ? null : JSON.stringify({ value: c.newValue }),
        changed_by: by.personId,
        changed_by_name: by.name,
        request_id: by.requestId,
      })),
    )
    .execute();
}

/** The history of one service or place, newest first; since a version: what a stale save missed. */
export async function listChanges(
  tx: ReadTx,
  subject: { type: 'service' | 'place'; id: string },
  options: { afterVersion?: number; limit?: number } = {},
): Promise<ChangeEntry[]> {
  let query = tx
    .selectFrom('catalog_change')
    .select(['occurred_at', 'version', 'field', 'old_value', 'new_value', 'changed_by_name'])
    .where('subject_type', '=', subject.type)
    .where('subject_id', '=', subject.id);
  if (options.afterVersion !== undefined) query = query.where('version', '>', options.afterVersion);
  const rows = await query
    .orderBy('occurred_at', 'desc')
    .orderBy('id', 'desc')
    .limit(options.limit ?? 200)
    .execute();
  return rows.map((r) => ({
    occurredAt: r.occurred_at,
    version: r.version,
    field: r.field,
    oldValue: r.old_value?.value ?? null,
    newValue: r.new_value?.value ?? null,
    changedBy: r.changed_by_name,
  }));
}
