import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { repositoryRoot, sharedPath } from './shared-data.ts';

/**
 * Validators for every HSDS 3.0 response, from Open Referral's official compiled schemas (ajv 8,
 * `strict: false`: the schemas carry keywords of their own). The schemas are a copy in
 * tests/fixtures/reference (HSDS_SCHEMA_DIR overrides it).
 * What the specification leaves out is derived from it: the Page wrapper and the API root come
 * from its openapi.json, taxonomy and taxonomy_term from their copies nested in service.json.
 * Compiling takes seconds, so the compiled code is kept (by the schemas' hash) and loaded after.
 */

const root = repositoryRoot;
const BASE = 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/';
const COMPILED = [
  'service',
  'service_list',
  'organization',
  'organization_list',
  'service_at_location',
  'service_at_location_list',
] as const;

/** The official schemas: HSDS_SCHEMA_DIR, else tests/fixtures/reference/openreferral-hsds-3.0 (tests/support/shared-data.ts). */
export function hsdsSchemaDirectory(): string {
  return sharedPath('openreferral-hsds-3.0', join('compiled', 'service.json'), process.env.HSDS_SCHEMA_DIR);
}

export type Validate = ((data: unknown) => boolean) & { errors?: { instancePath: string; message?: string }[] | null };
export type HsdsValidators = Record<
  | 'root'
  | 'service'
  | 'organization'
  | 'serviceAtLocation'
  | 'taxonomy'
  | 'taxonomyTerm'
  | 'servicePage'
  | 'serviceFullPage'
  | 'organizationPage'
  | 'serviceAtLocationPage'
  | 'taxonomyPage'
  | 'taxonomyTermPage',
  Validate
>;

const pageOf = (item: string) => ({
  allOf: [{ $ref: 'urn:hsds:Page' }],
  properties: { contents: { type: 'array', items: { $ref: item } } },
  required: ['contents'],
});

function sources(directory: string) {
  const load = (file: string) => readFileSync(join(directory, file), 'utf8');
  const compiled = Object.fromEntries(COMPILED.map((n) => [n, load(`compiled/${n}.json`)]));
  const api = load('openapi.json');
  return {
    compiled,
    api,
    hash: createHash('sha256')
      .update(JSON.stringify(['first-error', compiled, api]))
      .digest('hex')
      .slice(0, 16),
  };
}

function compile(directory: string): string {
  const { compiled, api } = sources(directory);
  // The first error is enough to fail a test, and stopping there validates several times faster.
  const ajv = new Ajv({ strict: false, allErrors: false, code: { source: true } });
  addFormats(ajv);
  for (const n of COMPILED) ajv.addSchema(JSON.parse(compiled[n]!), `${BASE}compiled/${n}.json`);
  const service = JSON.parse(compiled.service!);
  const term = service.properties.attributes.items.properties.taxonomy_term;
  ajv.addSchema(term, `${BASE}taxonomy_term.json`);
  ajv.addSchema(term.properties.taxonomy_detail, `${BASE}taxonomy.json`);
  const openapi = JSON.parse(api);
  ajv.addSchema(openapi.components.schemas.Page, 'urn:hsds:Page');
  ajv.addSchema(openapi.paths['/'].get.responses['200'].content['application/json'].schema, 'urn:hsds:Root');
  const extra: Record<string, object> = {
    'urn:hsds:ServicePage': pageOf(`${BASE}compiled/service_list.json`),
    'urn:hsds:ServiceFullPage': pageOf(`${BASE}compiled/service.json`),
    'urn:hsds:OrganizationPage': pageOf(`${BASE}compiled/organization_list.json`),
    'urn:hsds:ServiceAtLocationPage': pageOf(`${BASE}compiled/service_at_location_list.json`),
    'urn:hsds:TaxonomyPage': pageOf(`${BASE}taxonomy.json`),
    'urn:hsds:TaxonomyTermPage': pageOf(`${BASE}taxonomy_term.json`),
  };
  for (const [id, schema] of Object.entries(extra)) ajv.addSchema(schema, id);
  return standaloneCode(ajv, {
    root: 'urn:hsds:Root',
    service: `${BASE}compiled/service.json`,
    organization: `${BASE}compiled/organization.json`,
    serviceAtLocation: `${BASE}compiled/service_at_location.json`,
    taxonomy: `${BASE}taxonomy.json`,
    taxonomyTerm: `${BASE}taxonomy_term.json`,
    servicePage: 'urn:hsds:ServicePage',
    serviceFullPage: 'urn:hsds:ServiceFullPage',
    organizationPage: 'urn:hsds:OrganizationPage',
    serviceAtLocationPage: 'urn:hsds:ServiceAtLocationPage',
    taxonomyPage: 'urn:hsds:TaxonomyPage',
    taxonomyTermPage: 'urn:hsds:TaxonomyTermPage',
  });
}

export function hsdsValidators(): HsdsValidators {
  const directory = hsdsSchemaDirectory();
  const cacheDirectory = join(root, 'node_modules', '.cache', 'perhekeskus-hsds');
  const file = join(cacheDirectory, `validators-${sources(directory).hash}.cjs`);
  if (!existsSync(file)) {
    mkdirSync(cacheDirectory, { recursive: true });
    // Written under another name first: two test workers may compile at once.
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, compile(directory));
    renameSync(partial, file);
  }
  return createRequire(import.meta.url)(file) as HsdsValidators;
}

/**
 * For the global setup: the validators compiled once before any test file starts, so that no file
 * pays for it (seconds) and two workers never compile at once. Without the schemas nothing
 * happens here; the tests that need them fail with hsdsSchemaDirectory()'s message.
 */
export function precompileHsdsValidators(): void {
  try {
    hsdsSchemaDirectory();
  } catch {
    return;
  }
  hsdsValidators();
}

/** The first few reasons a value failed, for an assertion message. */
export function failures(validate: Validate, what: string): string {
  return `${what}: ${(validate.errors ?? [])
    .slice(0, 5)
    .map((e) => `${e.instancePath} ${e.message}`)
    .join('; ')}`;
}
