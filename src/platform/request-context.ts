import type { Actor } from './actor.ts';
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
}

/** A use case that only reads: `(ctx: ReadContext<Tables>, input) => result`. */
export interface ReadContext<DB> extends RequestScope {
  readonly tx: ReadTx<DB>;
}

/** A use case that writes: authorize → load → decide → write → audit, all in `tx`. */
export interface WriteContext<DB> extends RequestScope {
  readonly tx: WriteTx<DB>;
}
