import { readFileSync } from 'node:fs';

/**
 * The OpenAPI document of /hsds: Open Referral's own HSDA description (hsds-openapi.source.json,
 * copied unchanged from the specification's 3.0 branch, CC BY-SA 4.0) with our title, servers and
 * licence filled in, our extra parameters added, and its one wrong reference corrected.
 */

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- a JSON document

const source = JSON.parse(readFileSync(new URL('./hsds-openapi.source.json', import.meta.url), 'utf8')) as Obj;
const COMPILED = 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/compiled/';

const extraParameters: Record<string, Obj> = {
  lang: {
    name: 'lang',
    in: 'query',
    required: false,
    description: 'Language of the texts: fi, sv or en (else Accept-Language, else fi). A text without a translation is given in Finnish.',
    schema: { type: 'string', enum: ['fi', 'sv', 'en'] },
  },
  minimum_age: {
    name: 'minimum_age',
    in: 'query',
    required: false,
    description: 'Open Referral UK: services open to people of at least this age.',
    schema: { type: 'integer', minimum: 0, maximum: 130 },
  },
  maximum_age: {
    name: 'maximum_age',
    in: 'query',
    required: false,
    description: 'Open Referral UK: services open to people of at most this age.',
    schema: { type: 'integer', minimum: 0, maximum: 130 },
  },
  day: {
    name: 'day',
    in: 'query',
    required: false,
    description: 'Open Referral UK: services open on this weekday (MO…SU or Monday…Sunday), in Finnish time.',
    schema: { type: 'string' },
  },
  start_time: {
    name: 'start_time',
    in: 'query',
    required: false,
    description: 'Open Referral UK: open at some time after HH:MM (Finnish time).',
    schema: { type: 'string', pattern: '^\\d\\d:\\d\\d$' },
  },
  end_time: {
    name: 'end_time',
    in: 'query',
    required: false,
    description: 'Open Referral UK: open at some time before HH:MM (Finnish time).',
    schema: { type: 'string', pattern: '^\\d\\d:\\d\\d$' },
  },
};

const DESCRIPTION = [
  'Open data of a Finnish family-centre service network (perhekeskus) in Open Referral HSDS 3.0.',
  'Licence of the data: CC BY 4.0. This description is adapted from the Open Referral HSDA OpenAPI document (CC BY-SA 4.0).',
  'One language per response: `lang=fi|sv|en`; ids are the same in every language, so responses merge by id. Untranslated texts are in Finnish.',
  'Times in schedules are Finnish wall-clock time; `timezone` is the UTC offset on those dates (2 in winter, 3 in summer), and schedules are split where it changes.',
  'Closed days and changed hours are one-day schedules marked by the `schedule-kinds` taxonomy; enumerations, areas and categories are terms of the taxonomies under /taxonomies.',
  'Lists are pages of at most 200 items (`per_page`, default 50); `format=ndjson` streams every match without pages.',
].join('\n\n');

export function hsdsOpenApiDocument(origin: string): Obj {
  const doc = structuredClone(source);
  doc.info = {
    title: 'Perhekeskus open data (Open Referral HSDS 3.0)',
    version: '3.0.0',
    description: DESCRIPTION,
    license: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  };
  doc.servers = [{ url: `${origin}/hsds` }];
  doc.components.parameters = { ...doc.components.parameters, ...extraParameters };
  for (const [path, item] of Object.entries(doc.paths as Obj)) {
    const parameters = (item.get.parameters ??= []) as Obj[];
    parameters.push({ $ref: '#/components/parameters/lang' });
    if (path === '/services' || path === '/service_at_locations')
      for (const name of ['minimum_age', 'maximum_age', 'day', 'start_time', 'end_time'])
        parameters.push({ $ref: `#/components/parameters/${name}` });
  }
  // The source points the nested service_at_location at the service schema.
  doc.paths['/service_at_locations/{id}'].get.responses['200'].content['application/json'].schema = {
    $ref: `${COMPILED}service_at_location.json`,
  };
  return doc;
}
