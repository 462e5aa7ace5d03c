import type { ContactPoint } from '../../modules/catalog/catalog.model.ts';
import type { I18nText, Lang } from '../../platform/i18n-text.ts';
import { format, useI18n } from '../i18n/index.ts';
import { telHref } from '../page-data.ts';
import { paths } from '../paths.ts';
import { T } from './localized.tsx';

/** A life situation opens the search on its topics and group, in the chosen municipality if any. */
export function situationHref(lang: Lang, s: { categories: string[]; targetGroup: string | null }, municipality?: string): string {
  const params = new URLSearchParams();
  if (municipality) params.set('municipality', municipality);
  for (const c of s.categories) params.append('topic', c);
  if (s.targetGroup) params.set('group', s.targetGroup);
  return paths.search(lang, params);
}

/** The region's family advisor: one number and a chat into the whole network, with their hours. */
export function AdvisorPanel({ advisor, headingLevel = 2 }: { advisor: ContactPoint | null; headingLevel?: 2 | 3 }) {
  const { lang, m } = useI18n();
  if (!advisor) return null;
  const Heading = `h${headingLevel}` as const;
  const w = m.catalog.wayIn;
  return (
    <section className="advisor-panel" aria-labelledby="advisor-heading">
      <Heading id="advisor-heading">{w.advisorHeading}</Heading>
      <p>{w.advisorLead}</p>
      <ul className="plain-list">
        {advisor.contacts.map((c, i) => (
          <li key={i}>
            {c.kind === 'phone' ? (
              <a href={telHref(c.value)} className="advisor-panel__phone">
                {format(w.call, { number: c.value })}
              </a>
            ) : (
              <a href={c.value}>{w.openChat}</a>
            )}
            {c.hoursNote && (
              <>
                {' '}
                (<T text={c.hoursNote} />)
              </>
            )}
          </li>
        ))}
        <li>
          <a href={paths.service(lang, advisor.id)}>
            <T text={advisor.name} />
          </a>
        </li>
      </ul>
    </section>
  );
}

/** Under an empty or thin result list: the advisor, the life situations and a broader search. */
export function WeakResultHelp({
  empty,
  advisor,
  lifeSituations,
  broaderSearch,
}: {
  empty: boolean;
  advisor: ContactPoint | null;
  lifeSituations: { code: string; name: I18nText; href: string }[];
  broaderSearch: string | null;
}) {
  const { m } = useI18n();
  return (
    <div className="weak-results">
      {empty && (
        <>
          <p>{m.catalog.search.noResults}</p>
          <p>{m.catalog.search.noResultsHelp}</p>
        </>
      )}
      {broaderSearch && (
        <p>
          <a href={broaderSearch}>{m.catalog.wayIn.broaderSearch}</a>
        </p>
      )}
      <AdvisorPanel advisor={advisor} />
      {lifeSituations.length > 0 && (
        <nav aria-labelledby="weak-situations">
          <h2 id="weak-situations">{m.catalog.wayIn.lifeSituations}</h2>
          <ul className="situation-links">
            {lifeSituations.map((s) => (
              <li key={s.code}>
                <a href={s.href}>
                  <T text={s.name} />
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </div>
  );
}

/** In every page's footer: 112 and the 24/7 crisis lines. */
export function CrisisLines({ lines }: { lines: ContactPoint[] }) {
  const { m } = useI18n();
  const w = m.catalog.wayIn;
  return (
    <section className="crisis-lines" aria-labelledby="crisis-heading">
      <h2 id="crisis-heading">{w.crisisHeading}</h2>
      <ul className="plain-list">
        <li>
          <a href="tel:112">{w.emergencyNumber}</a>
        </li>
        {lines.map((line) => {
          const phone = line.contacts.find((c) => c.kind === 'phone');
          return (
            phone && (
              <li key={line.id}>
                <T text={line.name} />: <a href={telHref(phone.value)}>{phone.value}</a>
              </li>
            )
          );
        })}
      </ul>
    </section>
  );
}
