import type { Actor } from './actor.ts';
import type { AuditRecorder } from './audit/audit.ts';
import type { Clock } from './clock.ts';
import type { ReadTx, WriteTx } from './db/transactions.ts';
import type { Lang } from './i18n-text.ts';
import type { Logger } from './logger.ts';

/** What every use case knows about the request it serves, whichever edge (API, page, job) called it. */
export interface RequestScope {
  readonly actor: Actor;
  readonly clock: Clock;
  readonly requestId: string;
  readonly lang: Lang;
  readonly logger: Logger;
  /** The client's address as the server saw it (or as the trusted proxy reported it); null for jobs. */
  readonly clientAddress: string | null;
}

/** A use case that only reads: `(ctx: ReadContext<Tables>, input) => result`. */
export interface ReadContext<DB> extends RequestScope {
  readonly tx: ReadTx<DB>;
}

/**
 * A use case that writes: authorize → load → decide → write → audit, all in `tx`. Events
 * recorded with `audit.record()` are inserted in `tx` just before COMMIT; a write for a person or
 * an anonymous request that records none cannot commit.
 */
export interface WriteContext<DB> extends RequestScope {
  readonly tx: WriteTx<DB>;
  readonly audit: AuditRecorder;
}
