import type { Actor } from '../actor.ts';
import type { Clock } from '../clock.ts';
import type { Lang } from '../i18n-text.ts';
import type { Logger } from '../logger.ts';
import type { CookiePolicy } from './cookies.ts';
import type { RequestScope } from '../request-context.ts';

/** What middleware puts on every request's context. */
export type AppEnv = {
  Variables: {
    requestId: string;
    logger: Logger;
    /** Nonce for the Content-Security-Policy, for the rare script a page needs. */
    nonce: string;
    /** The language of the response: the page prefix, the `lang` parameter or Accept-Language. */
    lang: Lang;
    /** Who the request acts for: anonymous on public routes, the signed-in person on staff routes. */
    actor: Actor;
    clock: Clock;
    /** The client's address (see clientAddress in rate-limit.ts), for rate limits and the audit log. */
    clientAddress: string;
    /**
     * What a form or API client in the cookie group must send back (hidden `_csrf` field or the
     * `x-csrf-token` header): the session's token, or before sign-in the pre-session cookie's. Set
     * by the session slot.
     */
    csrfToken: string | null;
    /** How this request's cookies are named and flagged (https, or plain-http localhost). */
    cookies: CookiePolicy;
    /**
     * Set by a handler whose answer depends on the data alone, never on the clock (no "open now",
     * no "this week"): the response cache then keeps it across minutes, until the data changes.
     */
    clockIndependent?: boolean;
    /**
     * Set by a page that knows when what it shows from the clock next changes (ms since the epoch):
     * the response cache keeps it until then instead of for its minute. It must account for
     * everything the page shows from the clock; a page that does not know leaves it unset.
     */
    clockHorizon?: number;
    /**
     * Set through `answerShows` by a handler that lists services: the services its answer shows.
     * The response cache keeps the answer across changes that only re-stamp other services.
     */
    answerShows?: Set<string>;
  };
};

/** The use-case scope of a request; `lang` may be overridden by an explicit `lang` parameter. */
export function scopeOf(c: { var: AppEnv['Variables'] }, lang: Lang = c.var.lang): RequestScope {
  return {
    actor: c.var.actor,
    clock: c.var.clock,
    requestId: c.var.requestId,
    lang,
    logger: c.var.logger,
    clientAddress: c.var.clientAddress,
  };
}

/**
 * Says which services an answer shows, for the response cache: a change that only re-stamps
 * services (a "still correct" click, migration 0016) then sends it back to rendering only when it
 * moved the check date of one of them. Only for an answer that shows no modification time, and
 * whose matching, filters and order depend on no service's stamps, as the searches'; calls add up.
 */
export function answerShows(
  c: { get: (key: 'answerShows') => Set<string> | undefined; set: (key: 'answerShows', value: Set<string>) => void },
  serviceIds: Iterable<string>,
): void {
  const shown = c.get('answerShows') ?? new Set<string>();
  for (const id of serviceIds) shown.add(id);
  c.set('answerShows', shown);
}
