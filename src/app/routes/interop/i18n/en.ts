import type { Messages } from '../../../../platform/i18n/messages.ts';
import type { fi } from './fi.ts';

export const en: Messages<typeof fi> = {
  openData: {
    title: 'Open data',
    lead: 'Every service, place and opening time of the service tray is open data. You may use it freely, as long as you name the source.',
    licenceHeading: 'Licence',
    licence: 'The data is published under {licence}. Name “Perhekeskus” and the address of this service as the source.',
    licenceName: 'Creative Commons Attribution 4.0 (CC BY 4.0)',
    updatesHeading: 'Updates',
    updates:
      'The interfaces read straight from the service’s database: a change shows as soon as it is saved. Data imported from the Suomi.fi Finnish Service Catalogue (PTV) is refreshed whenever the import runs; scheduled, that is every night for what has changed, and in full once a week.',
    updatesSync:
      'A system that synchronises can fetch only the changed services with the modified_after parameter, or only ids and times of change with minimal=true.',
    interfacesHeading: 'Two interfaces',
    hsdsName: 'Open Referral HSDS 3.0',
    hsds: 'The international standard for service data, for other directories, information and referral services and researchers. Root: {root}, description: {openapi}.',
    jsonName: 'The Perhekeskus JSON API',
    json: 'The service tray’s own interface, on which this site is built: search, services, places and classifications in three languages. {docs}.',
    jsonDocs: 'Description of the API',
    endpointsHeading: 'Addresses of the HSDS API',
    endpointPath: 'Address',
    endpointWhat: 'What it returns',
    endpointExample: 'Example',
    endpoints: {
      root: 'The version, and the addresses of this profile and of the OpenAPI description',
      services: 'A page of services (HSDS Page); full=true gives whole services',
      service: 'One service with everything: organisations, places, opening hours, areas and classifications',
      organizations: 'A page of organisations; one organisation with its places and services',
      serviceAtLocations: 'A service at a place; postcode and proximity narrow by distance',
      taxonomies: 'The published taxonomies',
      taxonomyTerms: 'The taxonomies’ terms; narrowed by taxonomy_id, parent_id and top_only',
      openapi: 'The OpenAPI 3.1 description of every address and parameter',
    },
    parametersHeading: 'Parameters',
    parameters: {
      search: 'search – free-text search in names, descriptions and keywords',
      paging: 'page and per_page – the page (1, 2, …) and its size, 1–200 (default 50)',
      full: 'full=true – nested data in lists too',
      ndjson: 'format=ndjson – every match without pages, one JSON object a line; for downloading the whole dataset',
      filters: 'taxonomy_term_id, taxonomy_id, organization_id, modified_after – narrow by term, taxonomy, organisation or time of change',
      uk: 'minimum_age, maximum_age, day, start_time, end_time – the Open Referral UK filters by age and opening time (Finnish time)',
      errors: 'A wrong value, or one out of range, returns status 400 with an explanation in RFC 9457 form (application/problem+json).',
    },
    downloadHeading: 'The whole dataset',
    download: 'The whole dataset in one request, in Finnish: {link}. The same in Swedish and English with the lang parameter.',
    languagesHeading: 'Languages',
    languages: [
      'In HSDS a text is in one language, so one response is in one language: lang=fi, lang=sv or lang=en; without it the browser’s Accept-Language, else Finnish. The response’s language is in its Content-Language header.',
      'Ids are the same in every language, so responses in the three languages can be merged by id.',
      'A text without a translation is given in Finnish. Taxonomy terms have a language field.',
      'The languages of a service (languages) are ISO 639 codes, sign languages (fse, fss) included.',
    ],
    mappingHeading: 'How the data is expressed',
    mapping: [
      'Places are physical locations (location_type physical) with their address and coordinates (WGS84); chat, e-services and booking are virtual locations.',
      'Opening hours are weekly schedules (freq WEEKLY) in Finnish time. The timezone field is the UTC offset on their dates: 2 in winter and 3 in summer, so a schedule is split where the clocks change. Current hours are published a year ahead.',
      'Exception days are one-day schedules with a term of the schedule-kinds taxonomy: closed, or changed hours that replace the weekly ones. Public holidays, Midsummer Eve and Christmas Eve are closed unless stated otherwise; the schedule’s description says so.',
      'Topics, methods, service level, sector, target groups, ways of delivery and the other lists are terms of taxonomies (attributes), found under /hsds/taxonomies and /hsds/taxonomy_terms.',
      'Areas are terms of the areas taxonomy: all of Finland, the wellbeing services counties and the municipalities by their Statistics Finland codes. A service’s service_areas refer to them.',
      'Empty HSDS fields are left out (no null values), and every response follows Open Referral’s official schemas.',
    ],
    limitsHeading: 'Use',
    limits:
      'The interfaces are open: they need no key and can be called from any website (CORS). Requests are limited per client; too frequent requests get status 429 and a Retry-After header.',
  },
  record: {
    link: 'This service as open data (HSDS)',
  },
};
