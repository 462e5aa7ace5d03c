import '@fontsource/source-sans-3/latin-400.css';
import '@fontsource/source-sans-3/latin-ext-400.css';
import '@fontsource/source-sans-3/latin-600.css';
import '@fontsource/source-sans-3/latin-ext-600.css';
import type { ReactNode } from 'react';
import { isRouteErrorResponse, Links, Meta, Outlet, Scripts, ScrollRestoration, useMatches, useParams, useRouteError } from 'react-router';
import { isLang, type Lang } from '../platform/i18n-text.ts';
import { ErrorView } from './components/error-view.tsx';
import { I18nContext, uiMessages } from './i18n/index.ts';
import latin400 from '@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff2?url';
import latin600 from '@fontsource/source-sans-3/files/source-sans-3-latin-600-normal.woff2?url';
import appCss from './styles/app.css?url';
import tokensCss from './styles/tokens.css?url';
import type { Route } from './+types/root';

export const links: Route.LinksFunction = () => [
  { rel: 'stylesheet', href: tokensCss },
  { rel: 'stylesheet', href: appCss },
  // The two Latin faces every page uses, fetched with the CSS rather than after layout: late fonts
  // moved the search page (CLS up to 0.31).
  { rel: 'preload', href: latin400, as: 'font', type: 'font/woff2', crossOrigin: 'anonymous' },
  { rel: 'preload', href: latin600, as: 'font', type: 'font/woff2', crossOrigin: 'anonymous' },
  { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
];

/** A route that needs interactivity says so with `handle = { hydrate: true }`; the others ship no JavaScript. */
export interface RouteHandle {
  hydrate?: boolean;
}

function useLang(): Lang {
  const { lang } = useParams();
  return isLang(lang) ? lang : 'fi';
}

export function Layout({ children }: { children: ReactNode }) {
  const lang = useLang();
  const hydrate = useMatches().some((m) => (m.handle as RouteHandle | undefined)?.hydrate);
  return (
    <html lang={lang} data-theme="etela-savo">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="theme-color" content="#0b5563" />
        <Meta />
        <Links />
      </head>
      <body>
        <I18nContext.Provider value={{ lang, m: uiMessages[lang] }}>{children}</I18nContext.Provider>
        {hydrate && <ScrollRestoration />}
        {hydrate && <Scripts />}
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  return <ErrorView status={status} />;
}
