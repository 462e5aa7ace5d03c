import type { Kysely } from 'kysely';
import { read, write } from './db/transactions.ts';
import type { ReadContext, RequestScope, WriteContext } from './request-context.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- the binders are generic over any use case's arguments */

/** A module's use cases as its callers see them: the context filled in, the inputs left. */
export type BoundUseCases<U> = {
  [K in keyof U]: U[K] extends (ctx: any, ...args: infer A) => infer R ? (...args: A) => R : never;
};

/**
 * Binds read-only use cases to one request: each call gets `{ ...scope, ...extra, tx }`, with
 * `tx` from `read()`. Edges (API handlers, page loaders) call the result and never see a tx.
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
        (...args: any[]) => read(db, (tx) => useCase({ ...scope, ...extra, tx }, ...args)),
      ]),
    ) as BoundUseCases<U>;
}

/** The same for use cases that write: each call is one `write()` transaction for the scope's actor. */
export function bindWriteUseCases<
  DB,
  Extra extends object,
  U extends Record<string, (ctx: WriteContext<DB> & Extra, ...args: any[]) => Promise<unknown>>,
>(db: Kysely<DB>, extra: Extra, useCases: U): (scope: RequestScope) => BoundUseCases<U> {
  return (scope) =>
    Object.fromEntries(
      Object.entries(useCases).map(([name, useCase]) => [
        name,
        (...args: any[]) => write(db, scope.actor, (tx) => useCase({ ...scope, ...extra, tx }, ...args)),
      ]),
    ) as BoundUseCases<U>;
}
