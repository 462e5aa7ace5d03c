import { createContext, useContext } from 'react';
import type { Lang } from '../../platform/i18n-text.ts';
import type { Messages } from '../../platform/i18n/messages.ts';
import { en } from './en.ts';
import { fi } from './fi.ts';
import { sv } from './sv.ts';

export type UiMessages = Messages<typeof fi>;

export const uiMessages: Record<Lang, UiMessages> = { fi, sv, en };

export const I18nContext = createContext<{ lang: Lang; m: UiMessages }>({ lang: 'fi', m: fi });

export function useI18n() {
  return useContext(I18nContext);
}

export { format } from '../../platform/i18n/messages.ts';
