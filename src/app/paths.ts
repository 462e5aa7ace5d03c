import { catalogPaths } from '../modules/catalog/catalog.paths.ts';
import { interopPaths } from '../modules/interop/interop.paths.ts';
import { staffPaths } from '../modules/identity/identity.paths.ts';
import { knowledgePaths } from '../modules/knowledge/knowledge.paths.ts';
import { staffCatalogPaths } from '../modules/catalog/editing/editing.paths.ts';
import { activitiesPaths } from '../modules/activities/activities.paths.ts';
import { contactPaths } from '../modules/contact/contact.paths.ts';
import { pageUrl } from '../platform/http/page-url.ts';
import { LANGUAGES, type Lang } from '../platform/i18n-text.ts';

/** The shell's own pages, relative to the language prefix: the route table uses these patterns. */
export const SHELL_PAGES = {
  home: '',
  apiDocs: 'api-docs',
  /** Any path under a language that no page answers. */
  notFound: '*',
} as const;

const LANGUAGE_PREFIX = new RegExp(`^/(${LANGUAGES.join('|')})(?=/|$)`);

/** Every link to a page of the shell. */
export const shellPaths = {
  home: (lang: Lang) => pageUrl(lang, SHELL_PAGES.home),
  apiDocs: (lang: Lang) => pageUrl(lang, SHELL_PAGES.apiDocs),
  /** The same page, filters and all, in another language: only the language prefix of the path changes. */
  inLanguage: (lang: Lang, location: { pathname: string; search: string }) =>
    `/${lang}${location.pathname.replace(LANGUAGE_PREFIX, '')}${location.search}`,
};

/** A module's link builder cannot shadow the shell's: the type check refuses the overlap. */
type Overlap = Extract<
  keyof typeof shellPaths,
  keyof typeof catalogPaths | keyof typeof interopPaths | 'staff' | 'knowledge' | 'staffCatalog' | 'activities' | 'contact'
>;
const noOverlap: [Overlap] extends [never] ? true : { shadowedShellPaths: Overlap } = true;
void noOverlap;

/**
 * Every page URL the pages link to, from the same patterns as the route table:
 * `paths.service(lang, id)`, `paths.search(lang, params)`, `paths.home(lang)`.
 * A module with pages spreads its builders in here.
 */
export const paths = {
  ...shellPaths,
  ...catalogPaths,
  ...interopPaths,
  staff: staffPaths,
  knowledge: knowledgePaths,
  staffCatalog: staffCatalogPaths,
  activities: activitiesPaths,
  contact: contactPaths,
};

export { catalogPaths, interopPaths, staffPaths };
