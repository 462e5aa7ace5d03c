import type { Kysely, Transaction } from 'kysely';
import type { Actor } from '../actor.ts';

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
}

/**
 * The only way to a WriteTx: one transaction around the whole use case, committed when `fn`
 * resolves and rolled back when it throws. The actor is who the change is recorded for.
 */
export async function write<DB, T>(
  db: Kysely<DB>,
  actor: Actor,
  fn: (tx: WriteTx<DB>) => Promise<T>,
  options: WriteOptions = {},
): Promise<T> {
  void actor;
  let builder = db.transaction();
  if (options.isolation) builder = builder.setIsolationLevel(options.isolation);
  return builder.execute((tx) => fn(tx as WriteTx<DB>));
}
