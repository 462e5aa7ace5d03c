import {
  answersBefore,
  answersQuery,
  asksAge,
  GUIDE_AGES,
  GUIDE_SITUATIONS,
  GUIDE_STEPS,
  GUIDE_URGENCY,
  GUIDE_WHO,
  NO_MUNICIPALITY,
  type GuideAnswers,
  type GuideStep,
} from '../../../modules/knowledge/guide.ts';
import type { Choice } from '../../choices.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { format, useI18n } from '../../i18n/index.ts';
import { paths } from '../../paths.ts';

type QuestionStep = Exclude<GuideStep, 'done'>;

/**
 * One question of the guide as a GET form: the answers so far ride along as hidden fields, so the
 * path works without JavaScript and each step is a link that can be opened again.
 */
export function GuideQuestion({
  step,
  answers,
  missing,
  municipalities,
}: {
  step: QuestionStep;
  answers: GuideAnswers;
  missing: boolean;
  municipalities: readonly Choice[];
}) {
  const { lang, m } = useI18n();
  const t = m.knowledge.guide;
  const steps = GUIDE_STEPS.filter((s) => s !== 'age' || asksAge(answers));
  const index = steps.indexOf(step);
  const previous = index > 0 ? steps[index - 1]! : null;
  const legend = t[step].legend;
  const options: readonly { value: string; label: string }[] =
    step === 'who'
      ? GUIDE_WHO.map((v) => ({ value: v, label: t.who[v] }))
      : step === 'age'
        ? GUIDE_AGES.map((v) => ({ value: v, label: t.age[v] }))
        : step === 'situation'
          ? GUIDE_SITUATIONS.map((s) => ({ value: s.key, label: t.situation[s.key] }))
          : step === 'urgency'
            ? GUIDE_URGENCY.map((v) => ({ value: v, label: t.urgency[v] }))
            : [];
  const issues = missing ? [{ field: step, message: t.chooseOne }] : [];
  return (
    <>
      <h1>{t.title}</h1>
      {index === 0 && <p>{t.intro}</p>}
      <ErrorSummary title={t.errorSummary} issues={issues} labels={{ [step]: legend }} />
      <form method="get" action={paths.knowledge.guide(lang)} className="guide-form">
        {Object.entries(answers).map(([key, value]) => (
          <input key={key} type="hidden" name={key} value={value} />
        ))}
        <input type="hidden" name="asked" value={step} />
        <p className="hint">{format(t.stepOf, { step: index + 1, count: steps.length })}</p>
        {step === 'municipality' ? (
          <div className={missing ? 'field field--error' : 'field'}>
            <label htmlFor={`f-${step}`} className="guide-legend">
              {legend}
            </label>
            {missing && (
              <p className="field-error" id={`f-${step}-error`}>
                {t.chooseOne}
              </p>
            )}
            <select id={`f-${step}`} name="municipality" defaultValue="" aria-describedby={missing ? `f-${step}-error` : undefined}>
              <option value="">{t.municipality.label}</option>
              <option value={NO_MUNICIPALITY}>{t.municipality.none}</option>
              {municipalities.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
        ) : (
          <fieldset className={missing ? 'field field--error' : 'field'} aria-describedby={missing ? `f-${step}-error` : undefined}>
            <legend className="guide-legend">{legend}</legend>
            {missing && (
              <p className="field-error" id={`f-${step}-error`}>
                {t.chooseOne}
              </p>
            )}
            {options.map((o, i) => (
              <div className="checkbox" key={o.value}>
                <input type="radio" name={step} value={o.value} id={i === 0 ? `f-${step}` : `f-${step}-${o.value}`} />
                <label htmlFor={i === 0 ? `f-${step}` : `f-${step}-${o.value}`}>{o.label}</label>
              </div>
            ))}
          </fieldset>
        )}
        <button type="submit" className="button">
          {t.next}
        </button>
      </form>
      {previous && (
        <p>
          <a href={paths.knowledge.guide(lang, answersQuery(answersBefore(answers, previous)))}>{t.back}</a>
        </p>
      )}
    </>
  );
}
