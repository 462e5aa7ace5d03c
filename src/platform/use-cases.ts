import type { Kysely } from 'kysely';
import { recordRefusal } from './audit/audit.ts';
import { read, write, type WriteOptions } from './db/transactions.ts';
import { ForbiddenError } from './errors.ts';
import type { ReadContext, RequestScope, WriteContext } from './request-context.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- the binders are generic over any use case's arguments */

/** A module's use cases as its callers see them: the context filled in, the inputs left. */
export type BoundUseCases<U> = {
  [K in keyof U]: U[K] extends (ctx: any, ...args: infer A) => infer R ? (...args: A) => R : never;
};

/**
 * Binds read-only use cases to one request: each call gets `{ ...scope, ...extra, tx }`, with
 * `tx` from `read()`. Edges (API handlers, page loaders) call the result and never see a tx.
 * A refusal is recorded in the audit log, as write() records its own.
 */
export function bindReadUseCases<
  DB,
  Extra extends object,
  U extends Record<string, (ctx: ReadContext<DB> & Extra, ...args: any[]) => Promise<unknown>>,
>(db: Kysely<DB>, extra: Extra, useCases: U): (scope: RequestScope) => BoundUseCases<U> {
  return (scope) =>
    Object.fromEntries(
      Object.entries(useCases).map(([name, useCase]) => [
        name,
        async (...args: any[]) => {
          try {
            return await read(db, (tx) => useCase({ ...scope, ...extra, tx }, ...args));
          } catch (error) {
            if (ForbiddenError.is(error)) await recordRefusal(db, scope, error);
            throw error;
          }
        },
      ]),
    ) as BoundUseCases<U>;
}

/**
 * The same for use cases that write: each call is one `write()` transaction for the scope, with
 * `ctx.audit` to record its events. Reads of personal data are bound here too, to record theirs.
 */
export function bindWriteUseCases<
  DB,
  Extra extends object,
  U extends Record<string, (ctx: WriteContext<DB> & Extra, ...args: any[]) => Promise<unknown>>,
>(db: Kysely<DB>, extra: Extra, useCases: U, options: WriteOptions = {}): (scope: RequestScope) => BoundUseCases<U> {
  return (scope) =>
    Object.fromEntries(
      Object.entries(useCases).map(([name, useCase]) => [
        name,
        (...args: any[]) => write(db, scope, (tx, audit) => useCase({ ...scope, ...extra, tx, audit }, ...args), options),
      ]),
    ) as BoundUseCases<U>;
}
