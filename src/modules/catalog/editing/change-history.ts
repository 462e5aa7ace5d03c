import type { FieldChange } from './editing.model.ts';

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const I18N_KEYS = ['fi', 'sv', 'en'];
const isI18n = (v: unknown) => isPlainObject(v) && Object.keys(v).every((k) => I18N_KEYS.includes(k));

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * What changed between two versions of an entry, field by field: a text in three languages is
 * three fields (`name.sv`), so a history says which translation someone edited; nested records
 * (accessibility facts) one field per fact; lists compare as a whole.
 */
export function fieldChanges(before: Record<string, unknown>, after: Record<string, unknown>): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of Object.keys(after)) {
    const was = before[field];
    const now = after[field];
    if (isI18n(was) || isI18n(now)) {
      for (const lang of I18N_KEYS) {
        const old = (was as Record<string, unknown> | null)?.[lang] ?? null;
        const neu = (now as Record<string, unknown> | null)?.[lang] ?? null;
        if (!same(old, neu)) changes.push({ field: `${field}.${lang}`, oldValue: old, newValue: neu });
      }
    } else if (isPlainObject(was) && isPlainObject(now)) {
      for (const key of Object.keys(now))
        if (!same(was[key], now[key])) changes.push({ field: key, oldValue: was[key] ?? null, newValue: now[key] ?? null });
    } else if (Array.isArray(was) && Array.isArray(now) && field !== 'weekly') {
      const sorted = (xs: unknown[]) => [...xs].map((x) => JSON.stringify(x)).sort();
      if (!same(sorted(was), sorted(now))) changes.push({ field, oldValue: was, newValue: now });
    } else if (!same(was, now)) changes.push({ field, oldValue: was ?? null, newValue: now ?? null });
  }
  return changes;
}
