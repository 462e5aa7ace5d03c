import type { Accessibility } from '../../modules/catalog/catalog.model.ts';
import { ACCESSIBILITY_FACTS } from '../../modules/catalog/catalog.domain.ts';
import { format, useI18n } from '../i18n/index.ts';

/**
 * A short summary (the facts that are present), and behind it every fact said in words: present,
 * known to be missing, or not checked.
 */
export function AccessibilityFacts({ accessibility }: { accessibility: Accessibility }) {
  const { m } = useI18n();
  const present = ACCESSIBILITY_FACTS.filter((fact) => accessibility[fact] === true).map((fact) => m.catalog.enums.accessibility[fact]);
  return (
    <>
      <p>
        {present.length
          ? format(m.catalog.wayIn.accessibilitySummary, { facts: present.join(', ').toLowerCase() })
          : m.catalog.wayIn.accessibilityNoneKnown}
      </p>
      <details>
        <summary>{m.catalog.wayIn.accessibilityAll}</summary>
        <dl className="facts">
          {ACCESSIBILITY_FACTS.map((fact) => {
            const value = accessibility[fact];
            return (
              <div key={fact} className="facts__row">
                <dt>{m.catalog.enums.accessibility[fact]}</dt>
                <dd>
                  {value === null
                    ? m.catalog.place.accessibilityUnknown
                    : value
                      ? m.catalog.place.accessibilityYes
                      : m.catalog.place.accessibilityNo}
                </dd>
              </div>
            );
          })}
        </dl>
      </details>
    </>
  );
}
