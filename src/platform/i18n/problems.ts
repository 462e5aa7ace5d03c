import type { InputIssue } from '../errors.ts';
import type { Lang } from '../i18n-text.ts';
import { format } from './messages.ts';
import { problemsEn } from './problems.en.ts';
import { problemsFi } from './problems.fi.ts';
import { problemsSv } from './problems.sv.ts';

/** One module's error texts in one language: resource names, detail texts and issue texts by key. */
export interface ProblemTextSet {
  readonly titles?: Readonly<Record<string, string>>;
  readonly details?: Readonly<Record<string, string>>;
  readonly resources?: Readonly<Record<string, string>>;
  readonly issues?: Readonly<Record<string, string>>;
}

export type ProblemTexts = Readonly<Record<Lang, ProblemTextSet>>;

type Section = keyof ProblemTextSet;
const SECTIONS: Section[] = ['titles', 'details', 'resources', 'issues'];

/** The platform's own texts: generic titles, details and the common issue keys. */
export const platformProblemTexts: ProblemTexts = { fi: problemsFi, sv: problemsSv, en: problemsEn };

/**
 * Every module's error texts joined into one look-up. A key defined twice is a mistake that would
 * make one module's message depend on the order of the module list, so it stops the start.
 */
export function createProblemTexts(sets: readonly ProblemTexts[]) {
  const merged = { fi: blank(), sv: blank(), en: blank() };
  for (const set of sets) {
    for (const lang of ['fi', 'sv', 'en'] as const) {
      for (const section of SECTIONS) {
        for (const [key, text] of Object.entries(set[lang][section] ?? {})) {
          if (key in merged[lang][section]) throw new Error(`Problem text ${section}.${key} is defined twice`);
          merged[lang][section][key] = text;
        }
      }
    }
  }
  const text = (lang: Lang, section: Section, key: string) => merged[lang][section][key] ?? merged.fi[section][key];
  return {
    title: (lang: Lang, type: string) => text(lang, 'titles', type) ?? text(lang, 'titles', 'internal')!,
    detail: (lang: Lang, key: string, params: Record<string, string | number> = {}) => format(text(lang, 'details', key) ?? key, params),
    resource: (lang: Lang, key: string) => text(lang, 'resources', key) ?? key,
    describeIssue: (issue: InputIssue, lang: Lang) =>
      format(text(lang, 'issues', issue.key) ?? text(lang, 'issues', 'invalid')!, issue.params),
  };
}

export type ProblemTextLookup = ReturnType<typeof createProblemTexts>;

function blank(): Record<Section, Record<string, string>> {
  return { titles: {}, details: {}, resources: {}, issues: {} };
}
