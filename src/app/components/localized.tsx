import type { ElementType } from 'react';
import { localize, type I18nText } from '../../platform/i18n-text.ts';
import { useI18n } from '../i18n/index.ts';

/**
 * A text of the service network in the reader's language. When only the Finnish original exists it
 * is shown, marked lang="fi" so screen readers pronounce it right; block texts also say so visibly.
 */
export function T({
  text,
  as: Tag = 'span',
  block = false,
  className,
}: {
  text: I18nText | null | undefined;
  as?: ElementType;
  block?: boolean;
  className?: string;
}) {
  const { lang, m } = useI18n();
  const shown = localize(text, lang);
  if (!shown) return null;
  const fallback = shown.lang !== lang;
  return (
    <>
      <Tag lang={fallback ? shown.lang : undefined} className={className}>
        {shown.text}
      </Tag>
      {fallback && block && <p className="fallback-note">{m.site.notTranslated}</p>}
    </>
  );
}

/** Plain string for attributes and titles, where markup cannot go. */
export function useLocalize() {
  const { lang } = useI18n();
  return (text: I18nText) => localize(text, lang).text;
}
