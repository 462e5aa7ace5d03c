import type { Lang } from '../../platform/i18n-text.ts';
import { byName } from '../choices.ts';
import { T, useLocalize } from '../components/localized.tsx';
import { AdvisorPanel, situationHref } from '../components/way-in.tsx';
import { uiMessages, useI18n } from '../i18n/index.ts';
import { paths } from '../paths.ts';
import { ThisWeek } from '../components/activity-parts.tsx';
import type { Route } from './+types/home';

export async function loader({ context }: Route.LoaderArgs) {
  const { catalog } = context;
  const [taxonomy, municipalities, familyCentres, contactPoints, thisWeek] = await Promise.all([
    catalog.getTaxonomy(),
    catalog.listMunicipalities(),
    catalog.listPlaces({ kind: ['familyCentre'], pageSize: 100 }),
    catalog.getContactPoints(),
    context.activities.public.listUpcomingOccurrences({ pageSize: 6 }),
  ]);
  return {
    lifeSituations: taxonomy.lifeSituations,
    municipalities,
    familyCentres: familyCentres.items,
    advisor: contactPoints.advisors[0] ?? null,
    thisWeek: thisWeek.items,
  };
}

export function meta({ params }: Route.MetaArgs) {
  const m = uiMessages[(params.lang as Lang) ?? 'fi'];
  return [{ title: `${m.home.title} – ${m.site.name}` }, { name: 'description', content: m.site.description }];
}

export default function Home({ loaderData }: Route.ComponentProps) {
  const { lang, m } = useI18n();
  const localize = useLocalize();
  const { lifeSituations, familyCentres, advisor } = loaderData;
  // In the reader's language's order: "Åbo" is not sorted as "Turku" on the Swedish page.
  const municipalities = [...loaderData.municipalities].sort((a, b) => byName(lang)(localize(a.name), localize(b.name)));
  return (
    <main id="main" className="page home" tabIndex={-1}>
      <section className="hero" aria-labelledby="home-title">
        <h1 id="home-title">{m.home.title}</h1>
        <p className="lead">{m.home.lead}</p>
        <form method="get" action={paths.search(lang)} role="search" className="hero-search" aria-label={m.home.searchHeading}>
          <div className="field">
            <label htmlFor="home-q">{m.home.searchLabel}</label>
            <p className="hint" id="home-q-hint">
              {m.home.searchHint}
            </p>
            <input id="home-q" name="q" type="search" aria-describedby="home-q-hint" maxLength={200} autoComplete="off" />
          </div>
          <div className="field">
            <label htmlFor="home-municipality">{m.home.municipalityLabel}</label>
            <select id="home-municipality" name="municipality" defaultValue="">
              <option value="">{m.home.anyMunicipality}</option>
              {municipalities.map((mu) => (
                <option key={mu.code} value={mu.code}>
                  {localize(mu.name)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button">
            {m.home.searchButton}
          </button>
        </form>
      </section>

      <AdvisorPanel advisor={advisor} />
      <ThisWeek items={loaderData.thisWeek} />

      <section aria-labelledby="situations-title">
        <h2 id="situations-title">{m.home.lifeSituations}</h2>
        <p>{m.home.lifeSituationsLead}</p>
        <ul className="card-grid">
          {lifeSituations.map((s) => (
            <li key={s.code} className="link-card">
              <a href={situationHref(lang, s)}>
                <T text={s.name} />
              </a>
              <T as="p" text={s.description} />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="municipalities-title">
        <h2 id="municipalities-title">{m.home.municipalities}</h2>
        <p>{m.home.municipalitiesLead}</p>
        <ul className="municipality-list">
          {municipalities.map((mu) => (
            <li key={mu.code}>
              <a href={paths.municipality(lang, mu.code)}>
                <T text={mu.name} />
              </a>
            </li>
          ))}
        </ul>
      </section>

      {familyCentres.length > 0 && (
        <section aria-labelledby="centres-title">
          <h2 id="centres-title">{m.home.familyCentres}</h2>
          <p>{m.home.familyCentresLead}</p>
          <ul className="card-grid">
            {familyCentres.map((f) => (
              <li key={f.id} className="link-card">
                <a href={paths.familyCentre(lang, f.id)}>
                  <T text={f.name} />
                </a>
                <p>
                  {f.streetAddress}, <T text={f.postOffice} />
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}
