import { data } from 'react-router';
import { ConflictError, InvalidInputError, TooManyRequestsError } from '../../../platform/errors.ts';
import { CSRF_FIELD } from '../../../platform/http/csrf.ts';
import type { Lang } from '../../../platform/i18n-text.ts';
import type { FieldIssue } from '../../components/error-summary.tsx';
import { format, uiMessages } from '../../i18n/index.ts';

import type { EditFailure, FormValues } from './form-state.ts';

/** A posted form as the use cases read it: one value per field, a list for repeated ones (checkboxes), the CSRF field left out. */
export function formRecord(form: FormData): FormValues {
  const record: FormValues = {};
  for (const key of new Set(form.keys())) {
    if (key === CSRF_FIELD) continue;
    const values = form.getAll(key).filter((v): v is string => typeof v === 'string');
    record[key] = values.length === 1 ? values[0]! : values;
  }
  return record;
}

/**
 * Runs an edit: invalid input (400), a conflict (409) and too many requests (429) come back to the
 * form with its error summary and the typed values; anything else is the caller's.
 */
export async function editAction<T>(
  context: { describeIssues: (issues: InvalidInputError['issues']) => FieldIssue[] },
  lang: Lang,
  values: FormValues,
  run: () => Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; response: ReturnType<typeof data<EditFailure>> }> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    if (InvalidInputError.is(error))
      return { ok: false, response: data({ issues: context.describeIssues(error.issues), values }, { status: 400 }) };
    if (ConflictError.is(error))
      return {
        ok: false,
        response: data({ issues: [{ field: '', message: conflictText(lang, error.messageKey) }], values }, { status: 409 }),
      };
    if (TooManyRequestsError.is(error)) {
      const message = format(uiMessages[lang].staff.common.tooManyRequests, { seconds: error.retryAfterSeconds });
      return {
        ok: false,
        response: data(
          { issues: [{ field: '', message }], values },
          { status: 429, headers: { 'retry-after': String(error.retryAfterSeconds) } },
        ),
      };
    }
    throw error;
  }
}

function conflictText(lang: Lang, key: string): string {
  return (uiMessages[lang].staffCatalog.conflicts as Record<string, string>)[key] ?? uiMessages[lang].staffCatalog.conflicts.locationExists;
}
