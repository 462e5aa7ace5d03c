import type { ReactNode } from 'react';
import type { Lang } from '../../../platform/i18n-text.ts';
import { Breadcrumbs } from '../../components/breadcrumbs.tsx';
import { formatNodes } from '../../components/rich-format.tsx';
import { uiMessages, useI18n } from '../../i18n/index.ts';
import { paths } from '../../paths.ts';
import type { Route } from './+types/open-data';

/**
 * The "Open data" page: the licence, how often the data changes, the two interfaces, and the
 * conventions of the HSDS API (its `profile`, which GET /hsds names). It needs no data of its own.
 */

export function meta({ params }: Route.MetaArgs) {
  const m = uiMessages[(params.lang as Lang) ?? 'fi'];
  return [{ title: `${m.interop.openData.title} – ${m.site.name}` }, { name: 'description', content: m.interop.openData.lead }];
}

const LICENCE_URL = 'https://creativecommons.org/licenses/by/4.0/';

/** A link whose text is the address itself, set as code. */
function CodeLink({ href }: { href: string }) {
  return (
    <a href={href}>
      <code>{href}</code>
    </a>
  );
}

function Section({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {children}
    </section>
  );
}

export default function OpenData() {
  const { lang, m } = useI18n();
  const t = m.interop.openData;
  const query = (params: Record<string, string>) => new URLSearchParams({ ...params, lang }).toString();
  const endpoints: { path: string; what: string; example?: string }[] = [
    { path: paths.hsdsRoot(), what: t.endpoints.root, example: paths.hsdsRoot() },
    { path: paths.hsdsList('services'), what: t.endpoints.services, example: `${paths.hsdsList('services')}?${query({ per_page: '10' })}` },
    { path: `${paths.hsdsList('services')}/{id}`, what: t.endpoints.service },
    { path: paths.hsdsList('organizations'), what: t.endpoints.organizations, example: `${paths.hsdsList('organizations')}?${query({})}` },
    {
      path: paths.hsdsList('service_at_locations'),
      what: t.endpoints.serviceAtLocations,
      example: `${paths.hsdsList('service_at_locations')}?${query({ postcode: '50100', proximity: '2000' })}`,
    },
    { path: paths.hsdsList('taxonomies'), what: t.endpoints.taxonomies, example: `${paths.hsdsList('taxonomies')}?${query({})}` },
    {
      path: paths.hsdsList('taxonomy_terms'),
      what: t.endpoints.taxonomyTerms,
      example: `${paths.hsdsList('taxonomy_terms')}?${query({ top_only: 'true' })}`,
    },
    { path: paths.hsdsOpenApi(), what: t.endpoints.openapi, example: paths.hsdsOpenApi() },
  ];
  const download = `${paths.hsdsList('services')}?${new URLSearchParams({ format: 'ndjson', full: 'true', lang: 'fi' })}`;
  return (
    <main id="main" className="page" tabIndex={-1}>
      <Breadcrumbs items={[{ label: t.title }]} />
      <h1>{t.title}</h1>
      <p className="lead">{t.lead}</p>

      <Section id="licence-heading" heading={t.licenceHeading}>
        <p>{formatNodes(t.licence, { licence: <a href={LICENCE_URL}>{t.licenceName}</a> })}</p>
      </Section>

      <Section id="updates-heading" heading={t.updatesHeading}>
        <p>{t.updates}</p>
        <p>{t.updatesSync}</p>
      </Section>

      <Section id="interfaces-heading" heading={t.interfacesHeading}>
        <ul className="api-facts">
          <li>
            <strong>{t.hsdsName}</strong>:{' '}
            {formatNodes(t.hsds, { root: <CodeLink href={paths.hsdsRoot()} />, openapi: <CodeLink href={paths.hsdsOpenApi()} /> })}
          </li>
          <li>
            <strong>{t.jsonName}</strong>: {formatNodes(t.json, { docs: <a href={paths.apiDocs(lang)}>{t.jsonDocs}</a> })}
          </li>
        </ul>
      </Section>

      <Section id="endpoints-heading" heading={t.endpointsHeading}>
        <table className="api">
          <caption className="visually-hidden">{t.endpointsHeading}</caption>
          <thead>
            <tr>
              <th scope="col">{t.endpointPath}</th>
              <th scope="col">{t.endpointWhat}</th>
              <th scope="col">{t.endpointExample}</th>
            </tr>
          </thead>
          <tbody>
            {endpoints.map((e) => (
              <tr key={e.path}>
                <th scope="row">
                  <code>GET {e.path}</code>
                </th>
                <td data-label={t.endpointWhat}>{e.what}</td>
                <td data-label={t.endpointExample}>{e.example && <CodeLink href={e.example} />}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>

      <Section id="parameters-heading" heading={t.parametersHeading}>
        <ul className="api-facts">
          {Object.entries(t.parameters).map(([key, text]) => (
            <li key={key}>{text}</li>
          ))}
        </ul>
      </Section>

      <Section id="download-heading" heading={t.downloadHeading}>
        <p>{formatNodes(t.download, { link: <CodeLink href={download} /> })}</p>
      </Section>

      <Section id="languages-heading" heading={t.languagesHeading}>
        {t.languages.map((text) => (
          <p key={text}>{text}</p>
        ))}
      </Section>

      <Section id="mapping-heading" heading={t.mappingHeading}>
        <ul className="api-facts">
          {t.mapping.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      </Section>

      <Section id="limits-heading" heading={t.limitsHeading}>
        <p>{t.limits}</p>
      </Section>
    </main>
  );
}
