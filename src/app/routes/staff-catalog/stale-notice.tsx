import type { ChangeEntry } from '../../../modules/catalog/index.ts';
import { formatMoment } from '../../format.ts';
import { format, useI18n } from '../../i18n/index.ts';
import { shownValue } from './edit-fields.tsx';

/** Someone saved first: what they changed, so the second editor decides instead of overwriting. */
export function StaleNotice({ changes }: { changes: ChangeEntry[] }) {
  const { lang, m } = useI18n();
  const t = m.staffCatalog;
  return (
    <div className="notice notice--error" role="alert" aria-labelledby="stale-title">
      <h2 id="stale-title">{t.common.staleTitle}</h2>
      <p>{t.common.staleLead}</p>
      <ul>
        {changes.map((c, i) => (
          <li key={i}>
            {format(t.common.changedBy, {
              who: c.changedBy ?? t.common.unknownPerson,
              when: formatMoment(lang, c.occurredAt),
              field: fieldLabel(t.fields, c.field, t.common),
            })}
            : {shownValue(c.oldValue, t.common.empty)} → {shownValue(c.newValue, t.common.empty)}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A history field (`name.sv`, `hoursMonday`) in the reader's words. */
export function fieldLabel(fields: Record<string, string>, field: string, langs: { fi: string; sv: string; en: string }): string {
  const [base, lang] = field.split('.') as [string, 'fi' | 'sv' | 'en' | undefined];
  return `${fields[base] ?? base}${lang ? ` ${langs[lang]}` : ''}`;
}
