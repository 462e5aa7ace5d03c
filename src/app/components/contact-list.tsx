import type { ContactChannel } from '../../modules/catalog/catalog.model.ts';
import { useI18n } from '../i18n/index.ts';
import { telHref } from '../page-data.ts';
import { T } from './localized.tsx';

function hrefFor(c: ContactChannel): string {
  if (c.kind === 'phone') return telHref(c.value);
  if (c.kind === 'email') return `mailto:${c.value}`;
  return c.value;
}

const hostOf = (url: string) => {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
};

/**
 * Every contact channel. A phone or address is its own link text; a web link says where it goes
 * (its label, else its kind, and the site's name), never "Web page: Web page".
 */
export function ContactList({ contacts }: { contacts: ContactChannel[] }) {
  const { m } = useI18n();
  return (
    <ul className="plain-list contact-list">
      {contacts.map((c, i) => {
        const kind = m.catalog.enums.contactKind[c.kind];
        const direct = c.kind === 'phone' || c.kind === 'email';
        return (
          <li key={i}>
            {direct ? (
              <>
                <strong>{c.label ? <T text={c.label} /> : kind}:</strong> <a href={hrefFor(c)}>{c.value}</a>
              </>
            ) : (
              <a href={hrefFor(c)}>
                {c.label ? <T text={c.label} /> : kind} <span className="hint">({hostOf(c.value)})</span>
              </a>
            )}
            {c.hoursNote && (
              <>
                {' '}
                (<T text={c.hoursNote} />)
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
