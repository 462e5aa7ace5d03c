import type { Kysely } from 'kysely';
import type { Logger } from '../../platform/logger.ts';
import type { ContactDb, WriteTx } from './contact.tables.ts';
import { findMessage, notify, type MessageRow } from './requests.queries.ts';

/** The one channel every instance LISTENs on. Payloads carry ids only, never what anyone typed. */
export const CONTACT_CHANNEL = 'contact_events';

export type ContactSignal =
  | { k: 'message'; r: string; region: string; m: string }
  | { k: 'typing'; r: string; region: string; who: 'family' | 'advisor' }
  | { k: 'read'; r: string; region: string; who: 'family' | 'advisor' }
  | { k: 'status'; r: string; region: string };

/** What a stream sends: a message in full (loaded once per instance), or a small change. */
export type ContactStreamEvent =
  | { type: 'message'; requestId: string; message: MessageRow }
  | { type: 'typing'; requestId: string; who: 'family' | 'advisor' }
  | { type: 'read'; requestId: string; who: 'family' | 'advisor' }
  | { type: 'status'; requestId: string }
  | { type: 'queue'; requestId: string };

type Subscriber = (event: ContactStreamEvent) => void;

/**
 * NOTIFY inside the use case's transaction: PostgreSQL delivers it at COMMIT, to every instance
 * listening on the database, and never for a rollback.
 */
export async function signal(tx: WriteTx, s: ContactSignal): Promise<void> {
  await notify(tx, CONTACT_CHANNEL, JSON.stringify(s));
}

export type Listen = (channel: string, fn: (payload: string) => void) => Promise<() => Promise<void>>;

/**
 * This instance's open streams, by request (a family or an advisor in a conversation) and by
 * region (the queue). One notification is turned into a stream event once, whatever the number
 * of streams it goes to.
 */
export function createContactHub(options: { db: Kysely<ContactDb>; listen: Listen | undefined; logger: Logger }) {
  const byRequest = new Map<string, Set<Subscriber>>();
  const byRegion = new Map<string, Set<Subscriber>>();
  let stop: (() => Promise<void>) | null = null;
  let started: Promise<void> | null = null;

  const deliver = (map: Map<string, Set<Subscriber>>, key: string, event: ContactStreamEvent) => {
    for (const fn of map.get(key) ?? []) {
      try {
        fn(event);
      } catch (error) {
        options.logger.warn({ err: error }, 'a contact stream failed to take an event');
      }
    }
  };

  async function onPayload(payload: string) {
    let s: ContactSignal;
    try {
      s = JSON.parse(payload) as ContactSignal;
    } catch {
      return;
    }
    deliver(byRegion, s.region, { type: 'queue', requestId: s.r });
    if (!byRequest.has(s.r)) return;
    if (s.k === 'message') {
      const message = await findMessage(options.db, s.m);
      if (message)
        deliver(byRequest, s.r, {
          type: 'message',
          requestId: s.r,
          message: {
            id: message.id,
            author: message.author,
            authorName: message.authorName,
            body: message.body,
            createdAt: message.createdAt,
          },
        });
    } else if (s.k === 'status') {
      deliver(byRequest, s.r, { type: 'status', requestId: s.r });
    } else {
      deliver(byRequest, s.r, { type: s.k, requestId: s.r, who: s.who });
    }
  }

  const add = (map: Map<string, Set<Subscriber>>, key: string, fn: Subscriber) => {
    let set = map.get(key);
    if (!set) map.set(key, (set = new Set()));
    set.add(fn);
    return () => {
      set.delete(fn);
      if (set.size === 0) map.delete(key);
    };
  };

  return {
    /** Starts listening (once); without a database that can LISTEN, streams only keep alive. */
    start(): Promise<void> {
      started ??= (async () => {
        if (!options.listen) return;
        stop = await options.listen(CONTACT_CHANNEL, (payload) => {
          onPayload(payload).catch((error: unknown) => options.logger.warn({ err: error }, 'a contact event could not be delivered'));
        });
      })();
      return started;
    },
    subscribeRequest: (requestId: string, fn: Subscriber) => add(byRequest, requestId, fn),
    subscribeRegion: (regionId: string, fn: Subscriber) => add(byRegion, regionId, fn),
    get openStreams() {
      let n = 0;
      for (const set of [...byRequest.values(), ...byRegion.values()]) n += set.size;
      return n;
    },
    async close() {
      await stop?.();
    },
  };
}

export type ContactHub = ReturnType<typeof createContactHub>;
