/**
 * The life-situation guide as pure logic: a short path of plain questions, each answer carried in
 * the query string (GET forms, no JavaScript), and what the last page shows for the answers.
 */

export const GUIDE_WHO = ['expecting', 'child', 'parent', 'young'] as const;
export const GUIDE_AGES = ['under1', '1to2', '3to6', '7to12', '13to17'] as const;
export const GUIDE_URGENCY = ['danger', 'soon', 'later'] as const;
/** "I would rather not say": the services of the whole region, none first for being local. */
export const NO_MUNICIPALITY = 'none';

export type GuideWho = (typeof GUIDE_WHO)[number];
export type GuideAge = (typeof GUIDE_AGES)[number];
export type GuideUrgency = (typeof GUIDE_URGENCY)[number];

/**
 * What may be going on, each pointing at a life situation of the tray (its categories pick the
 * services) or, for a crisis, straight at the crisis categories. `urgent` answers put 112 and the
 * crisis lines first whatever the urgency answer was.
 */
export const GUIDE_SITUATIONS = [
  { key: 'exhausted', lifeSituation: 'exhausted', urgent: false },
  { key: 'baby', lifeSituation: 'baby', urgent: false },
  { key: 'expecting', lifeSituation: 'expecting', urgent: false },
  { key: 'development', lifeSituation: 'development-worry', urgent: false },
  { key: 'school', lifeSituation: 'school-child', urgent: false },
  { key: 'relationship', lifeSituation: 'relationship', urgent: false },
  { key: 'money', lifeSituation: 'money', urgent: false },
  { key: 'substances', lifeSituation: 'substances', urgent: false },
  { key: 'violence', lifeSituation: 'violence', urgent: true },
  { key: 'crisis', lifeSituation: null, urgent: true },
] as const;
export type GuideSituationKey = (typeof GUIDE_SITUATIONS)[number]['key'];
const SITUATION_KEYS = GUIDE_SITUATIONS.map((s) => s.key) as readonly string[];

/** The categories of a crisis answer (no life situation covers "something terrible happened"). */
export const CRISIS_CATEGORIES = ['crisis-help', 'mental-health', 'child-protection'];

export interface GuideAnswers {
  who?: GuideWho;
  age?: GuideAge;
  situation?: GuideSituationKey;
  urgency?: GuideUrgency;
  /** A municipality code, or NO_MUNICIPALITY. */
  municipality?: string;
}

export type GuideStep = 'who' | 'age' | 'situation' | 'urgency' | 'municipality' | 'done';
export const GUIDE_STEPS: readonly Exclude<GuideStep, 'done'>[] = ['who', 'age', 'situation', 'urgency', 'municipality'];

/** Ages the tray's age filter takes for each band: a typical age inside it. */
const AGE_OF: Record<GuideAge, number> = { under1: 0, '1to2': 1, '3to6': 4, '7to12': 9, '13to17': 15 };

const oneOf = <T extends string>(values: readonly T[], value: string | undefined): T | undefined =>
  value !== undefined && (values as readonly string[]).includes(value) ? (value as T) : undefined;

/**
 * The answers from a query string. An answer that is not one of the choices is dropped and named
 * in `invalid`, so its question comes again with an error rather than a wrong result.
 */
export function readGuideAnswers(raw: Record<string, string | undefined>, municipalityCodes: ReadonlySet<string>) {
  const answers: GuideAnswers = {};
  const invalid: (keyof GuideAnswers)[] = [];
  const take = <K extends keyof GuideAnswers>(key: K, value: GuideAnswers[K] | undefined) => {
    if (value !== undefined) answers[key] = value;
    else if (raw[key]) invalid.push(key);
  };
  take('who', oneOf(GUIDE_WHO, raw.who));
  take('age', oneOf(GUIDE_AGES, raw.age));
  take('situation', oneOf(SITUATION_KEYS, raw.situation) as GuideSituationKey | undefined);
  take('urgency', oneOf(GUIDE_URGENCY, raw.urgency));
  const m = raw.municipality;
  take('municipality', m && (m === NO_MUNICIPALITY || municipalityCodes.has(m)) ? m : undefined);
  return { answers, invalid };
}

/** Whether the age question applies: not while the baby is still on the way. */
export const asksAge = (answers: GuideAnswers) => answers.who !== 'expecting';

/** The next question to ask, or 'done'. */
export function guideStep(answers: GuideAnswers): GuideStep {
  if (!answers.who) return 'who';
  if (asksAge(answers) && !answers.age) return 'age';
  if (!answers.situation) return 'situation';
  if (!answers.urgency) return 'urgency';
  if (!answers.municipality) return 'municipality';
  return 'done';
}

/** The answers given before a step, for the hidden fields of its form and its "back" link. */
export function answersBefore(answers: GuideAnswers, step: GuideStep): GuideAnswers {
  const index = step === 'done' ? GUIDE_STEPS.length : GUIDE_STEPS.indexOf(step);
  const kept: GuideAnswers = {};
  for (const key of GUIDE_STEPS.slice(0, index)) if (answers[key] !== undefined) (kept as Record<string, string>)[key] = answers[key]!;
  return kept;
}

export function answersQuery(answers: GuideAnswers): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of GUIDE_STEPS) if (answers[key] !== undefined) params.set(key, answers[key]!);
  return params;
}

/** What the last page is made of, from complete answers. */
export interface GuideOutcome {
  situation: (typeof GUIDE_SITUATIONS)[number];
  /** 112 and the crisis lines first. */
  urgent: boolean;
  /** The tray's age filter, when an age was given. */
  age: number | undefined;
  municipality: string | undefined;
  /** A crisis answer's own categories; otherwise the life situation's. */
  categories: string[] | null;
}

export function guideOutcome(answers: Required<Pick<GuideAnswers, 'situation' | 'urgency'>> & GuideAnswers): GuideOutcome {
  const situation = GUIDE_SITUATIONS.find((s) => s.key === answers.situation)!;
  return {
    situation,
    urgent: situation.urgent || answers.urgency === 'danger',
    age: answers.age && asksAge(answers) ? AGE_OF[answers.age] : undefined,
    municipality: answers.municipality && answers.municipality !== NO_MUNICIPALITY ? answers.municipality : undefined,
    categories: situation.lifeSituation === null ? CRISIS_CATEGORIES : null,
  };
}
