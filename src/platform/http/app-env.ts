import type { Actor } from '../actor.ts';
import type { Clock } from '../clock.ts';
import type { Lang } from '../i18n-text.ts';
import type { Logger } from '../logger.ts';
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
  };
};

/** The use-case scope of a request; `lang` may be overridden by an explicit `lang` parameter. */
export function scopeOf(c: { var: AppEnv['Variables'] }, lang: Lang = c.var.lang): RequestScope {
  return { actor: c.var.actor, clock: c.var.clock, requestId: c.var.requestId, lang, logger: c.var.logger };
}
