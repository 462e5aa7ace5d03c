import { registrationBody } from '../../../modules/activities/activities.schema.ts';
import { toInputIssues } from '../../../platform/http/query-schema.ts';
import type { InputIssue } from '../../../platform/errors.ts';

export const SIGN_UP_FIELDS = ['name', 'email', 'phone', 'adults', 'childrenAges', 'needs'] as const;

/**
 * The sign-up form as the API's JSON: '' is absent, the children's ages a comma list. The issues
 * name the form's fields, so the summary links to them.
 */
export function parseSignUpForm(
  form: FormData,
): { ok: true; value: ReturnType<typeof registrationBody.parse> } | { ok: false; issues: InputIssue[] } {
  const text = (name: string) => {
    const v = form.get(name);
    return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
  };
  const ages = (text('childrenAges') ?? '').split(/[,;\s]+/).filter(Boolean);
  const issues: InputIssue[] = [];
  if (!text('email') && !text('phone')) issues.push({ field: 'email', key: 'contactRequired' });
  if (ages.some((a) => !/^\d{1,2}$/.test(a))) issues.push({ field: 'childrenAges', key: 'notWholeNumber' });
  const adults = text('adults') ?? '1';
  if (!/^\d{1,2}$/.test(adults)) issues.push({ field: 'adults', key: 'notWholeNumber' });
  const parsed = registrationBody.safeParse({
    name: text('name'),
    email: text('email'),
    phone: text('phone'),
    adults: Number(adults),
    children: ages.filter((a) => /^\d{1,2}$/.test(a)).map((a) => ({ age: Number(a) })),
    needs: text('needs'),
    consent: form.get('consent') === 'yes' ? true : undefined,
  });
  if (!parsed.success) {
    for (const issue of toInputIssues(parsed.error.issues)) {
      const field = issue.field.startsWith('children') ? 'childrenAges' : issue.field;
      if (field === 'consent') issues.push({ field, key: 'consentRequired' });
      else issues.push({ ...issue, field });
    }
  }
  if (issues.length || !parsed.success) return { ok: false, issues };
  return { ok: true, value: parsed.data };
}
