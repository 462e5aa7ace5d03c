import type { AppError, InputIssue } from '../errors.ts';
import type { Lang } from '../i18n-text.ts';
import { format } from './messages.ts';
import { problemsEn } from './problems.en.ts';
import { problemsFi } from './problems.fi.ts';
import { problemsSv } from './problems.sv.ts';

export const problemMessages = { fi: problemsFi, sv: problemsSv, en: problemsEn };

export function describeIssue(issue: InputIssue, lang: Lang): string {
  return format(problemMessages[lang].issues[issue.key], issue.params);
}

export function problemTitle(type: AppError['type'] | 'internal' | 'too-many-requests', lang: Lang): string {
  return problemMessages[lang].titles[type as keyof typeof problemsFi.titles] ?? problemMessages[lang].titles.internal;
}
