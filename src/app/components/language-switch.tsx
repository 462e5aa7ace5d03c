import { useLocation } from 'react-router';
import { LANGUAGES } from '../../platform/i18n-text.ts';
import { useI18n } from '../i18n/index.ts';
import { paths } from '../paths.ts';

const NAMES = { fi: 'Suomeksi', sv: 'På svenska', en: 'In English' } as const;

/** The same page, filters and all, in another language: only the prefix of the path changes. */
export function LanguageSwitch() {
  const { lang, m } = useI18n();
  const location = useLocation();
  return (
    <nav className="language-switch" aria-label={m.site.languages}>
      <ul>
        {LANGUAGES.map((l) => (
          <li key={l}>
            <a href={paths.inLanguage(l, location)} hrefLang={l} lang={l} aria-current={l === lang ? 'true' : undefined}>
              {NAMES[l]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
