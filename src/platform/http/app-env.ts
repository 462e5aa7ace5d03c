import type { Lang } from '../i18n-text.ts';
import type { Logger } from '../logger.ts';

/** What middleware puts on every request's context. */
export type AppEnv = {
  Variables: {
    requestId: string;
    logger: Logger;
    /** Nonce for the Content-Security-Policy, for the rare script a page needs. */
    nonce: string;
    /** The language of the response: the page prefix, the `lang` parameter or Accept-Language. */
    lang: Lang;
  };
};
