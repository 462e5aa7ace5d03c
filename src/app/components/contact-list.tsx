import type { ContactChannel } from '../../modules/catalog/catalog.model.ts';
import { useI18n } from '../i18n/index.ts';
import { telHref } from '../page-data.ts';
import { T } from './localized.tsx';

function hrefFor(c: ContactChannel): string {
  if (c.kind === 'phone') return telHref(c.value);
  if (c.kind === 'email') return `mailto:${c.value}`;
  return c.value;
}

export function ContactList({ contacts }: { contacts: ContactChannel[] }) {
  const { m } = useI18n();
  return (
    <ul className="plain-list contact-list">
      {contacts.map((c, i) => (
        <li key={i}>
          <strong>{c.label ? <T text={c.label} /> : m.catalog.enums.contactKind[c.kind]}:</strong>{' '}
          <a href={hrefFor(c)}>{c.kind === 'phone' || c.kind === 'email' ? c.value : m.catalog.enums.contactKind[c.kind]}</a>
          {c.hoursNote && (
            <>
              {' '}
              (<T text={c.hoursNote} />)
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
