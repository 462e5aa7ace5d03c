import { createContext, useContext } from 'react';
import type { Lang } from '../../platform/i18n-text.ts';
import type { Messages } from '../../platform/i18n/messages.ts';
import { en as catalogEn } from '../routes/catalog/i18n/en.ts';
import { fi as catalogFi } from '../routes/catalog/i18n/fi.ts';
import { sv as catalogSv } from '../routes/catalog/i18n/sv.ts';
import { en as interopEn } from '../routes/interop/i18n/en.ts';
import { fi as interopFi } from '../routes/interop/i18n/fi.ts';
import { sv as interopSv } from '../routes/interop/i18n/sv.ts';
import { en as knowledgeEn } from '../routes/knowledge/i18n/en.ts';
import { fi as knowledgeFi } from '../routes/knowledge/i18n/fi.ts';
import { sv as knowledgeSv } from '../routes/knowledge/i18n/sv.ts';
import { en as staffCatalogEn } from '../routes/staff-catalog/i18n/en.ts';
import { fi as staffCatalogFi } from '../routes/staff-catalog/i18n/fi.ts';
import { sv as staffCatalogSv } from '../routes/staff-catalog/i18n/sv.ts';
import { en as contactEn } from '../routes/contact/i18n/en.ts';
import { fi as contactFi } from '../routes/contact/i18n/fi.ts';
import { sv as contactSv } from '../routes/contact/i18n/sv.ts';
import { en as staffEn } from '../routes/staff/i18n/en.ts';
import { fi as staffFi } from '../routes/staff/i18n/fi.ts';
import { sv as staffSv } from '../routes/staff/i18n/sv.ts';
import { en as activitiesEn } from '../routes/activities/i18n/en.ts';
import { fi as activitiesFi } from '../routes/activities/i18n/fi.ts';
import { sv as activitiesSv } from '../routes/activities/i18n/sv.ts';
import { en } from './en.ts';
import { fi } from './fi.ts';
import { sv } from './sv.ts';

/** One module's page texts in every language, each translation typed by the Finnish source. */
function pageTexts<T>(fi: T, sv: Messages<NoInfer<T>>, en: Messages<NoInfer<T>>): Record<Lang, Messages<T>> {
  return { fi: fi as Messages<T>, sv, en };
}

/**
 * The texts of the modules with pages, each under its module's name: a page says
 * `m.catalog.search.title`, the shell's own texts stay at the top (`m.site.name`).
 * A module with pages adds its texts here, in one line.
 */
const moduleTexts = {
  catalog: pageTexts(catalogFi, catalogSv, catalogEn),
  interop: pageTexts(interopFi, interopSv, interopEn),
  staff: pageTexts(staffFi, staffSv, staffEn),
  knowledge: pageTexts(knowledgeFi, knowledgeSv, knowledgeEn),
  staffCatalog: pageTexts(staffCatalogFi, staffCatalogSv, staffCatalogEn),
  activities: pageTexts(activitiesFi, activitiesSv, activitiesEn),
  contact: pageTexts(contactFi, contactSv, contactEn),
};

type ShellMessages = Messages<typeof fi>;
type ModuleMessages = { readonly [K in keyof typeof moduleTexts]: (typeof moduleTexts)[K][Lang] };

/** A module's name cannot shadow a group of the shell's texts: the type check refuses the overlap. */
type Overlap = Extract<keyof ShellMessages, keyof ModuleMessages>;
const noOverlap: [Overlap] extends [never] ? true : { shadowedShellTexts: Overlap } = true;
void noOverlap;

export type UiMessages = ShellMessages & ModuleMessages;

function compose(lang: Lang, shell: ShellMessages): UiMessages {
  const modules = Object.fromEntries(Object.entries(moduleTexts).map(([name, texts]) => [name, texts[lang]])) as ModuleMessages;
  return { ...shell, ...modules };
}

export const uiMessages: Record<Lang, UiMessages> = { fi: compose('fi', fi), sv: compose('sv', sv), en: compose('en', en) };

export const I18nContext = createContext<{ lang: Lang; m: UiMessages }>({ lang: 'fi', m: uiMessages.fi });

export function useI18n() {
  return useContext(I18nContext);
}

export { format } from '../../platform/i18n/messages.ts';
