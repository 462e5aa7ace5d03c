import type { Accessibility } from '../../modules/catalog/catalog.model.ts';
import { ACCESSIBILITY_FACTS } from '../../modules/catalog/catalog.domain.ts';
import { useI18n } from '../i18n/index.ts';

/** Every fact, said in words: present, known to be missing, or not checked. */
export function AccessibilityFacts({ accessibility }: { accessibility: Accessibility }) {
  const { m } = useI18n();
  return (
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
  );
}
