import type { Kysely, Transaction } from 'kysely';
import type { Actor } from '../actor.ts';
import { createAuditRecorder, originOf, recordRefusal, UnauditedWriteError, type AuditOrigin, type AuditRecorder } from '../audit/audit.ts';
import { insertAuditEvents } from '../audit/audit.queries.ts';
import { ForbiddenError } from '../errors.ts';

/**
 * What a query function that only reads takes first. It has no insertInto/updateTable/deleteFrom,
 * so a read path cannot write by accident; a WriteTx is also a ReadTx.
 */
export type ReadTx<DB> = Pick<Kysely<DB>, 'selectFrom' | 'selectNoFrom' | 'with' | 'withRecursive' | 'fn' | 'dynamic' | 'getExecutor'>;

declare const writeTransaction: unique symbol;

/**
 * What a query function that writes takes first: an open transaction that only `write()` hands
 * out, so every write happens inside one, with its actor known (the audit seam).
 */
export type WriteTx<DB> = Transaction<DB> & { readonly [writeTransaction]: true };

/**
 * Reads run straight on the pool: one statement sees one snapshot, and a read-only request does
 * not pay for BEGIN and COMMIT round trips. Reads that must agree across statements belong in
 * a write transaction or a dedicated snapshot, not here.
 */
export function read<DB, T>(db: Kysely<DB>, fn: (tx: ReadTx<DB>) => Promise<T>): Promise<T> {
  return fn(db);
}

export interface WriteOptions {
  /** For the rare use case that needs more than row locks (claims and capacity use row locks). */
  isolation?: 'read committed' | 'repeatable read' | 'serializable';
  /**
   * Why this write needs no audit event (session bookkeeping, mail delivery status). Without it,
   * a write for a person or an anonymous request that records no event is refused before COMMIT.
   * System writes (loaders, jobs) may record events but need not.
   */
  unaudited?: string;
}

/**
 * The only way to a WriteTx: one transaction around the whole use case, committed when `fn`
 * resolves and rolled back when it throws. The audit events `fn` records are inserted in the same
 * transaction, just before COMMIT, so a change and its record commit or vanish together. A
 * refusal (ForbiddenError) rolls back and is then recorded on its own.
 *
 * `who` is the request's scope (actor, clock, request id, client address) or, for jobs and
 * loaders, a bare actor.
 */
export async function write<DB, T>(
  db: Kysely<DB>,
  who: Actor | AuditOrigin,
  fn: (tx: WriteTx<DB>, audit: AuditRecorder) => Promise<T>,
  options: WriteOptions = {},
): Promise<T> {
  const origin = originOf(who);
  const audit = createAuditRecorder(origin);
  let builder = db.transaction();
  if (options.isolation) builder = builder.setIsolationLevel(options.isolation);
  try {
    return await builder.execute(async (tx) => {
      const result = await fn(tx as WriteTx<DB>, audit);
      if (audit.pending.length === 0 && origin.actor.kind !== 'system' && !options.unaudited) throw new UnauditedWriteError(origin.actor);
      await insertAuditEvents(tx, audit.pending);
      return result;
    });
  } catch (error) {
    if (ForbiddenError.is(error)) await recordRefusal(db, origin, error);
    throw error;
  }
}
