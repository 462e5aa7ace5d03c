import type { ServiceLevel, Status } from '../../../modules/catalog/catalog.domain.ts';
import { answersQuery, type GuideAnswers } from '../../../modules/knowledge/guide.ts';
import type { I18nText } from '../../../platform/i18n-text.ts';
import { T } from '../../components/localized.tsx';
import { ServicesByLevel } from '../../components/place-parts.tsx';
import { useI18n } from '../../i18n/index.ts';
import { paths } from '../../paths.ts';

/** What the guide's last page shows, already narrowed to what the page needs. */
export interface GuideResultData {
  urgent: boolean;
  articles: { slug: string; title: I18nText; summary: I18nText }[];
  services: { id: string; name: I18nText; summary: I18nText; level: ServiceLevel; status: Status; note: null }[];
  crisisLines: { id: string; name: I18nText; summary: I18nText }[];
  advisorPlaces: { id: string; name: I18nText; kind: string }[];
  municipality: string | null;
  /** This week's activities at the nearest meeting places, once the activities module provides them. */
  activities: { id: string; name: I18nText; when: string; href: string }[] | null;
}

function Emergency({ later, crisisLines }: { later: boolean; crisisLines: GuideResultData['crisisLines'] }) {
  const { lang, m } = useI18n();
  const t = m.knowledge.guide.result;
  return (
    <section className={later ? 'guide-crisis' : 'guide-crisis guide-crisis--urgent'} aria-labelledby="guide-emergency">
      <h2 id="guide-emergency">{later ? t.crisisLinesLater : t.emergencyTitle}</h2>
      <p>
        <a className="emergency-number" href="tel:112">
          112
        </a>{' '}
        {t.emergencyText}
      </p>
      <h3>{t.crisisLines}</h3>
      <ul className="link-list">
        {crisisLines.map((s) => (
          <li key={s.id}>
            <a className="link-list__title" href={paths.service(lang, s.id)}>
              <T text={s.name} />
            </a>
            <T as="p" text={s.summary} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * The end of the guide: urgent answers open with 112 and the crisis lines; then what to read, the
 * services near the family from universal to special, this week's activities (when there are
 * any), and how to reach a family advisor. Others find the crisis lines at the end.
 */
export function GuideResult({ result, answers }: { result: GuideResultData; answers: GuideAnswers }) {
  const { lang, m } = useI18n();
  const t = m.knowledge.guide.result;
  return (
    <>
      <h1>{t.title}</h1>
      {result.urgent && <Emergency later={false} crisisLines={result.crisisLines} />}
      {result.articles.length > 0 && (
        <section aria-labelledby="guide-articles">
          <h2 id="guide-articles">{t.articles}</h2>
          <ul className="link-list">
            {result.articles.map((a) => (
              <li key={a.slug}>
                <a className="link-list__title" href={paths.knowledge.article(lang, a.slug)}>
                  <T text={a.title} />
                </a>
                <T as="p" text={a.summary} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="guide-services">
        <h2 id="guide-services">{t.services}</h2>
        {result.services.length > 0 ? (
          <>
            <p>{t.servicesIntro}</p>
            <ServicesByLevel services={result.services} />
          </>
        ) : (
          <p>{t.noServices}</p>
        )}
      </section>
      {result.activities && result.activities.length > 0 && (
        <section aria-labelledby="guide-activities">
          <h2 id="guide-activities">{t.activitiesTitle}</h2>
          <ul className="link-list">
            {result.activities.map((a) => (
              <li key={a.id}>
                <a href={a.href}>
                  <T text={a.name} />
                </a>{' '}
                {a.when}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="guide-advisor">
        <h2 id="guide-advisor">{t.advisorTitle}</h2>
        <p>{t.advisorText}</p>
        <ul className="link-list">
          {result.advisorPlaces.map((p) => (
            <li key={p.id}>
              <a href={p.kind === 'familyCentre' ? paths.familyCentre(lang, p.id) : paths.place(lang, p.id)}>
                <T text={p.name} />
              </a>
            </li>
          ))}
          {result.municipality && (
            <li>
              <a href={paths.municipality(lang, result.municipality)}>{t.advisorMunicipality}</a>
            </li>
          )}
        </ul>
      </section>
      {!result.urgent && <Emergency later crisisLines={result.crisisLines} />}
      <p>
        <a href={paths.knowledge.guide(lang, answersQuery({ ...answers, municipality: undefined }))}>{t.change}</a>
      </p>
    </>
  );
}
