/**
 * Who a request or job acts for. Families use the tray anonymously; jobs and the start-up data
 * loader act as the system; signed-in staff carry their person and session ids.
 */
export type Actor =
  | { readonly kind: 'anonymous' }
  | { readonly kind: 'system'; readonly process: string }
  | { readonly kind: 'staff'; readonly personId: string; readonly sessionId: string };

export const anonymous: Actor = Object.freeze({ kind: 'anonymous' });

export function systemActor(process: string): Actor {
  return { kind: 'system', process };
}
