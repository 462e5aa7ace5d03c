import type { ReactNode } from 'react';
import type { Lang } from '../../platform/i18n-text.ts';
import { Breadcrumbs } from '../components/breadcrumbs.tsx';
import { formatNodes } from '../components/rich-format.tsx';
import { format, uiMessages, useI18n } from '../i18n/index.ts';
import type { Route } from './+types/api-docs';

const SPECIFICATION_HREF = '/api/v1/openapi.json';
const DEFAULT_BASE = '/api/v1';
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'] as const;

// ---- Reading the OpenAPI 3.1 document: it arrives as `unknown`, and every field is checked. ----

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

function numberOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** Follows a local `$ref` (`#/components/...`) once or a few times; anything else stays as it is. */
function resolve(doc: JsonObject, value: unknown, depth = 0): unknown {
  if (!isObject(value) || depth > 5) return value;
  const ref = text(value.$ref);
  if (!ref?.startsWith('#/')) return value;
  let target: unknown = doc;
  for (const segment of ref.slice(2).split('/')) {
    const key = segment.replace(/~1/g, '/').replace(/~0/g, '~');
    target = isObject(target) ? target[key] : undefined;
  }
  return resolve(doc, target, depth + 1);
}

/** The JSON types a schema allows, without `null` (optional parameters are nullable). */
function typesOf(schema: JsonObject): string[] {
  const type = schema.type;
  const types = Array.isArray(type) ? type : [type];
  return types.filter((t): t is string => typeof t === 'string' && t !== 'null');
}

/** An example as query-string values: a list example gives one value per item. */
function exampleValues(value: unknown): string[] {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return [String(value)];
  if (Array.isArray(value))
    return value.flatMap((v) => (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? [String(v)] : []));
  return [];
}

interface ApiParameter {
  name: string;
  in: string;
  required: boolean;
  description: string | null;
  types: string[];
  itemTypes: string[];
  format: string | null;
  values: string[];
  minimum: number | null;
  maximum: number | null;
  example: string[];
}

interface ApiOperation {
  id: string;
  method: string;
  path: string;
  summary: string | null;
  description: string | null;
  parameters: ApiParameter[];
  responses: { status: string; description: string | null }[];
  exampleHref: string | null;
}

function readParameter(doc: JsonObject, raw: unknown): ApiParameter | null {
  const p = resolve(doc, raw);
  if (!isObject(p)) return null;
  const name = text(p.name);
  const location = text(p.in);
  if (!name || !location) return null;
  const schemaValue = resolve(doc, p.schema);
  const schema = isObject(schemaValue) ? schemaValue : {};
  const itemsValue = resolve(doc, schema.items);
  const items = isObject(itemsValue) ? itemsValue : {};
  const enumValues = Array.isArray(schema.enum) ? schema.enum : Array.isArray(items.enum) ? items.enum : [];
  const examples = Array.isArray(schema.examples) ? schema.examples : [];
  return {
    name,
    in: location,
    required: p.required === true,
    description: text(p.description) ?? text(schema.description),
    types: typesOf(schema),
    itemTypes: typesOf(items),
    format: text(schema.format) ?? text(items.format),
    values: enumValues.flatMap((v) => (typeof v === 'string' || typeof v === 'number' ? [String(v)] : [])),
    minimum: numberOrNull(schema.minimum),
    maximum: numberOrNull(schema.maximum),
    example: exampleValues(p.example ?? schema.example ?? examples[0]),
  };
}

/**
 * A request that shows a real answer: the path filled in and the text parameters' examples (a
 * search word, a municipality, a language) — enough to see the data without narrowing it to nothing.
 */
function exampleHref(base: string, path: string, parameters: ApiParameter[]): string | null {
  let filled = path;
  for (const p of parameters.filter((p) => p.in === 'path')) {
    const value = p.example[0];
    if (value === undefined) return null;
    filled = filled.replace(`{${p.name}}`, encodeURIComponent(value));
  }
  if (/\{[^}]*\}/.test(filled)) return null;
  const query = new URLSearchParams();
  for (const p of parameters.filter((p) => p.in === 'query')) {
    const scalarText = p.types.includes('string') && p.example.length === 1;
    if (!p.required && !scalarText) continue;
    for (const value of p.example) query.append(p.name, value);
  }
  const search = query.toString();
  return `${base}${filled}${search ? `?${search}` : ''}`;
}

function readApiDocument(document: unknown) {
  const doc = isObject(document) ? document : {};
  const info = isObject(doc.info) ? doc.info : {};
  const license = isObject(info.license) ? info.license : {};
  const firstServer = Array.isArray(doc.servers) ? doc.servers[0] : undefined;
  const serverUrl = isObject(firstServer) ? text(firstServer.url) : null;
  // Only a path on this site: the page links to it.
  const base = serverUrl?.startsWith('/') ? serverUrl.replace(/\/$/, '') : DEFAULT_BASE;
  const operations: ApiOperation[] = [];
  for (const [path, itemValue] of Object.entries(isObject(doc.paths) ? doc.paths : {})) {
    const item = resolve(doc, itemValue);
    if (!isObject(item)) continue;
    const shared = Array.isArray(item.parameters) ? item.parameters : [];
    for (const method of METHODS) {
      const op = item[method];
      if (!isObject(op)) continue;
      const own = Array.isArray(op.parameters) ? op.parameters : [];
      const parameters = [...shared, ...own].flatMap((raw) => readParameter(doc, raw) ?? []);
      const responses = Object.entries(isObject(op.responses) ? op.responses : {}).map(([status, r]) => {
        const response = resolve(doc, r);
        return { status, description: isObject(response) ? text(response.description) : null };
      });
      operations.push({
        id: `op-${method}-${path.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '')}`,
        method: method.toUpperCase(),
        path: `${base}${path}`,
        summary: text(op.summary),
        description: text(op.description),
        parameters,
        responses,
        exampleHref: exampleHref(base, path, parameters),
      });
    }
  }
  return { licenseUrl: text(license.url), operations };
}

// ---- The page ----

export function loader({ context }: Route.LoaderArgs) {
  return readApiDocument(context.apiDocument());
}

export function meta({ params }: Route.MetaArgs) {
  const m = uiMessages[(params.lang as Lang) ?? 'fi'];
  return [{ title: `${m.apiDocs.title} – ${m.site.name}` }, { name: 'description', content: m.apiDocs.lead }];
}

/** The document's own words are English: marked so, on the Finnish and Swedish pages. */
function English({ children, as: Tag = 'span', className }: { children: ReactNode; as?: 'span' | 'p'; className?: string }) {
  const { lang } = useI18n();
  return (
    <Tag lang={lang === 'en' ? undefined : 'en'} className={className}>
      {children}
    </Tag>
  );
}

function codeList(values: string[]): ReactNode {
  return values.map((v, i) => (
    <span key={v}>
      {i > 0 && ', '}
      <code>{v}</code>
    </span>
  ));
}

function ParameterValues({ p }: { p: ApiParameter }) {
  const { m } = useI18n();
  const type = (types: string[], format: string | null) =>
    types.length > 0 ? <code>{`${types.join(' | ')}${format ? ` (${format})` : ''}`}</code> : null;
  return (
    <>
      {p.types.includes('array') ? formatNodes(m.apiDocs.listOf, { type: type(p.itemTypes, p.format) }) : type(p.types, p.format)}
      {p.values.length > 0 && <p className="api-values">{formatNodes(m.apiDocs.allowedValues, { values: codeList(p.values) })}</p>}
      {p.minimum !== null && p.maximum !== null && (
        <p className="api-values">{format(m.apiDocs.range, { min: p.minimum, max: p.maximum })}</p>
      )}
    </>
  );
}

export default function ApiDocs({ loaderData }: Route.ComponentProps) {
  const { lang, m } = useI18n();
  const { licenseUrl, operations } = loaderData;
  const locationName = (location: string) =>
    location in m.apiDocs.locations ? m.apiDocs.locations[location as keyof typeof m.apiDocs.locations] : location;
  return (
    <main id="main" className="page" tabIndex={-1}>
      <Breadcrumbs items={[{ label: m.apiDocs.title }]} />
      <h1>{m.apiDocs.title}</h1>
      <p className="lead">{m.apiDocs.lead}</p>
      <ul className="api-facts">
        <li>
          <a href={SPECIFICATION_HREF}>{m.apiDocs.specification}</a>: <code>{SPECIFICATION_HREF}</code>
        </li>
        <li>{m.apiDocs.access}</li>
        <li>{m.apiDocs.errors}</li>
        <li>{licenseUrl ? <a href={licenseUrl}>{m.apiDocs.license}</a> : m.apiDocs.license}</li>
        {lang !== 'en' && <li>{m.apiDocs.englishNote}</li>}
      </ul>

      <section aria-labelledby="endpoints-heading">
        <h2 id="endpoints-heading">{m.apiDocs.endpoints}</h2>
        <ul className="api-toc">
          {operations.map((op) => (
            <li key={op.id}>
              <a href={`#${op.id}`}>
                <code>
                  {op.method} {op.path}
                </code>
              </a>
              {op.summary && (
                <>
                  {' – '}
                  <English>{op.summary}</English>
                </>
              )}
            </li>
          ))}
        </ul>

        {operations.map((op) => (
          <section key={op.id} className="api-operation" aria-labelledby={op.id}>
            <h3 id={op.id}>
              <code className="api-method">{op.method}</code> <code>{op.path}</code>
            </h3>
            {op.summary && (
              <English as="p" className="api-summary">
                {op.summary}
              </English>
            )}
            {op.description && <English as="p">{op.description}</English>}

            {op.parameters.length > 0 && (
              <table className="api">
                <caption>
                  {m.apiDocs.parameters}
                  <span className="visually-hidden">
                    {' – '}
                    {op.method} {op.path}
                  </span>
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{m.apiDocs.parameter}</th>
                    <th scope="col">{m.apiDocs.location}</th>
                    <th scope="col">{m.apiDocs.required}</th>
                    <th scope="col">{m.apiDocs.description}</th>
                    <th scope="col">{m.apiDocs.type}</th>
                    <th scope="col">{m.apiDocs.example}</th>
                  </tr>
                </thead>
                <tbody>
                  {op.parameters.map((p) => (
                    <tr key={`${p.in}-${p.name}`}>
                      <th scope="row">
                        <code>{p.name}</code>
                      </th>
                      <td data-label={m.apiDocs.location}>{locationName(p.in)}</td>
                      <td data-label={m.apiDocs.required}>{p.required ? m.apiDocs.yes : m.apiDocs.no}</td>
                      <td data-label={m.apiDocs.description}>{p.description && <English>{p.description}</English>}</td>
                      <td data-label={m.apiDocs.type}>
                        <ParameterValues p={p} />
                      </td>
                      <td data-label={m.apiDocs.example}>{p.example.length > 0 && codeList(p.example)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}

            {op.responses.length > 0 && (
              <>
                <h4>{m.apiDocs.responses}</h4>
                <ul className="plain-list">
                  {op.responses.map((r) => (
                    <li key={r.status}>
                      <code>{r.status}</code>
                      {r.description && (
                        <>
                          {' – '}
                          <English>{r.description}</English>
                        </>
                      )}
                    </li>
                  ))}
                </ul>
              </>
            )}

            {op.exampleHref && (
              <>
                <h4>{m.apiDocs.exampleRequest}</h4>
                <p>
                  <a href={op.exampleHref}>
                    <code>{op.exampleHref}</code>
                  </a>
                </p>
              </>
            )}
          </section>
        ))}
      </section>
    </main>
  );
}
