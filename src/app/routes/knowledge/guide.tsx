import type { Lang } from '../../../platform/i18n-text.ts';
import { answersBefore, guideOutcome, guideStep, readGuideAnswers, type GuideAnswers } from '../../../modules/knowledge/guide.ts';
import { choicesOf } from '../../choices.ts';
import { Breadcrumbs } from '../../components/breadcrumbs.tsx';
import { uiMessages, useI18n } from '../../i18n/index.ts';
import { paths } from '../../paths.ts';
import { GuideQuestion } from './guide-question.tsx';
import { GuideResult, type GuideResultData } from './guide-result.tsx';
import type { Route } from './+types/guide';

/** How many services of each level the last page lists: enough to choose from, short enough to read on a phone. */
const SERVICES_PER_LEVEL = 10;

export async function loader({ request, context }: Route.LoaderArgs) {
  const lang = context.lang;
  const search = new URL(request.url).searchParams;
  const raw = Object.fromEntries(
    ['who', 'age', 'situation', 'urgency', 'municipality', 'asked'].map((k) => [k, search.get(k) ?? undefined]),
  );
  const municipalities = await context.catalog.listMunicipalities();
  const { answers, invalid } = readGuideAnswers(raw, new Set(municipalities.map((mu) => mu.code)));
  const step = guideStep(answers);
  // A question sent back without a choice, or with one that is not among the choices, comes again with an error.
  const missing = step !== 'done' && (raw.asked === step || invalid.includes(step));
  if (step !== 'done') {
    return {
      step,
      answers: answersBefore(answers, step),
      missing,
      municipalities: step === 'municipality' ? choicesOf(municipalities, lang, 'byLabel') : [],
      result: null,
    };
  }
  return { step, answers, missing: false, municipalities: [], result: await guideResult(context, answers as Required<GuideAnswers>) };
}

async function guideResult(context: Route.LoaderArgs['context'], answers: Required<GuideAnswers>): Promise<GuideResultData> {
  const outcome = guideOutcome(answers);
  const { catalog, knowledge } = context;
  const taxonomy = await catalog.getTaxonomy();
  const situation = outcome.situation.lifeSituation
    ? taxonomy.lifeSituations.find((s) => s.code === outcome.situation.lifeSituation)
    : null;
  const categories = outcome.categories ?? situation?.categories ?? [];
  const place = outcome.municipality;
  const [services, crisisLines, articles, advisorPlaces] = await Promise.all([
    categories.length
      ? catalog.searchServices({ topic: categories, municipality: place, age: outcome.age, pageSize: 100 })
      : Promise.resolve(null),
    catalog.searchServices({ topic: ['crisis-help'], municipality: place, pageSize: 8 }),
    outcome.situation.lifeSituation ? knowledge.articlesForSituation(outcome.situation.lifeSituation, 4) : Promise.resolve([]),
    place ? catalog.listPlaces({ municipality: place, kind: ['familyCentre', 'centralMeetingPlace', 'meetingPlace'], pageSize: 4 }) : null,
  ]);
  const perLevel = new Map<string, number>();
  const listed = (services?.items ?? []).filter((s) => {
    const n = perLevel.get(s.level) ?? 0;
    perLevel.set(s.level, n + 1);
    return n < SERVICES_PER_LEVEL;
  });
  return {
    urgent: outcome.urgent,
    articles: articles.map((a) => ({ slug: a.slug, title: a.title, summary: a.summary })),
    services: listed.map((s) => ({ id: s.id, name: s.name, summary: s.summary, level: s.level, status: s.status, note: null })),
    crisisLines: crisisLines.items.map((s) => ({ id: s.id, name: s.name, summary: s.summary })),
    advisorPlaces: (advisorPlaces?.items ?? []).map((p) => ({ id: p.id, name: p.name, kind: p.kind })),
    municipality: place ?? null,
    // The seam for this week's activities at the nearest meeting places: the activities module
    // fills this from its own use case once it exists; until then there is nothing to show.
    activities: null,
  };
}

export function meta({ params }: Route.MetaArgs) {
  const m = uiMessages[(params.lang as Lang) ?? 'fi'];
  return [{ title: `${m.knowledge.guide.title} – ${m.site.name}` }, { name: 'robots', content: 'noindex, follow' }];
}

export default function GuidePage({ loaderData }: Route.ComponentProps) {
  const { lang, m } = useI18n();
  const { step, answers, missing, municipalities, result } = loaderData;
  return (
    <main id="main" className="page narrow" tabIndex={-1}>
      <Breadcrumbs items={[{ label: m.knowledge.guide.title }]} />
      {step === 'done' && result ? (
        <GuideResult result={result} answers={answers} />
      ) : (
        <GuideQuestion step={step} answers={answers} missing={missing} municipalities={municipalities} />
      )}
      {Object.keys(answers).length > 0 && (
        <p>
          <a href={paths.knowledge.guide(lang)}>{m.knowledge.guide.restart}</a>
        </p>
      )}
    </main>
  );
}
