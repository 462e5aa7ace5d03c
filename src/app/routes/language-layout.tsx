import { data, Outlet, useRouteError, useRouteLoaderData, isRouteErrorResponse } from 'react-router';
import { isLang } from '../../platform/i18n-text.ts';
import type { ContactPoint } from '../../modules/catalog/catalog.model.ts';
import { CrisisLines } from '../components/way-in.tsx';
import { ErrorView } from '../components/error-view.tsx';
import { LanguageSwitch } from '../components/language-switch.tsx';
import { T } from '../components/localized.tsx';
import { useI18n } from '../i18n/index.ts';
import { paths } from '../paths.ts';
import type { Route } from './+types/language-layout';

export async function loader({ params, context }: Route.LoaderArgs) {
  if (!isLang(params.lang)) throw data(null, { status: 404 });
  const [regions, contactPoints] = await Promise.all([context.catalog.listRegions(), context.catalog.getContactPoints()]);
  // The deployment's own county names the site; a database of many regions stays generic.
  return { region: regions.length === 1 ? regions[0]! : null, crisisLines: contactPoints.crisisLines };
}

function Header({ region }: { region: Route.ComponentProps['loaderData']['region'] | null }) {
  const { lang, m } = useI18n();
  return (
    <>
      <a className="skip-link" href="#main">
        {m.site.skipToContent}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <a className="site-name" href={paths.home(lang)}>
            <span className="site-name__title">{m.site.name}</span>
            {region && <T className="site-name__region" text={region.name} />}
          </a>
          <nav aria-label={m.site.mainNavigation} className="main-nav">
            <ul>
              <li>
                <a href={paths.search(lang)}>{m.site.search}</a>
              </li>
              <li>
                <a href={paths.contact.contactStart(lang)}>{m.contact.link}</a>
              </li>
            </ul>
          </nav>
          <LanguageSwitch />
        </div>
      </header>
    </>
  );
}

function Footer({ crisisLines }: { crisisLines: ContactPoint[] }) {
  const { lang, m } = useI18n();
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <CrisisLines lines={crisisLines} />
        <p>{m.site.footerText}</p>
        <p>
          <a href={paths.openData(lang)}>{m.site.openData}</a>
        </p>
      </div>
    </footer>
  );
}

export default function LanguageLayout({ loaderData }: Route.ComponentProps) {
  return (
    <>
      <Header region={loaderData.region} />
      <Outlet />
      <Footer crisisLines={loaderData.crisisLines} />
    </>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  // A page's own error (a 404 below the layout) still has the layout's data: keep the crisis lines.
  const layout = useRouteLoaderData<typeof loader>('routes/language-layout');
  return (
    <>
      <Header region={null} />
      <ErrorView status={status} />
      <Footer crisisLines={layout?.crisisLines ?? []} />
    </>
  );
}
