import type { FieldIssue } from '../../components/error-summary.tsx';

export type FormValues = Record<string, string | string[]>;

/** What a failed post answers: the summary's issues and everything typed, so nothing is lost. */
export interface EditFailure {
  readonly issues: FieldIssue[];
  readonly values: FormValues;
}

export function isFailure(value: unknown): value is EditFailure {
  return typeof value === 'object' && value !== null && 'issues' in value && 'values' in value;
}
