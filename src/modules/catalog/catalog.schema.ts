import { z } from '@hono/zod-openapi';
import { langParam, listOf, pagingParams } from '../../platform/http/api-contract.ts';
import { LANGUAGES } from '../../platform/i18n-text.ts';
import { booleanParam, codeParam, enumParam, intParam, listParam, textParam } from '../../platform/http/query-schema.ts';
import type { OrganizationListInput, PlaceListInput, ServiceSearchInput } from './catalog.model.ts';
import {
  ACCESS_MODES,
  ACCESSIBILITY_FACTS,
  CONTACT_KINDS,
  COSTS,
  DELIVERY_MODES,
  ORGANIZATION_TYPES,
  PLACE_KINDS,
  SECTORS,
  SERVICE_LANGUAGES,
  SERVICE_LEVELS,
  SERVICE_SCOPES,
  STATUSES,
  TARGET_GROUPS,
} from './catalog.domain.ts';
import { MAX_QUERY_LENGTH } from './search/search-terms.ts';

const municipalityCode = /^[0-9]{3}$/;
const categoryCode = /^[a-z][a-z0-9-]{1,62}$/;

// ---- Query parameters, shared by the API and the family pages ----

export const serviceSearchQuery = z.object({
  q: textParam(MAX_QUERY_LENGTH).openapi({
    description: `Words to search for, at most ${MAX_QUERY_LENGTH} characters. Finnish, Swedish and English words, inflected forms, parts of compound words and everyday words ("vauva", "ero") are understood; a misspelt word gets a suggestion.`,
    example: 'neuvola',
  }),
  municipality: codeParam(municipalityCode).openapi({
    description:
      "Statistics Finland municipality code. Limits to services available there and ranks the municipality's own services first, then region-wide ones.",
    example: '491',
  }),
  age: intParam(0, 29).openapi({ description: "Child's or young person's age in years.", example: 4 }),
  group: enumParam(TARGET_GROUPS).openapi({ description: 'Who the service is for.' }),
  topic: listParam(z.string().regex(categoryCode), 20).openapi({
    description: 'Category codes (see /taxonomy); a topic includes its subcategories. Repeat or comma-separate.',
    example: ['clinics'],
  }),
  level: listParam(z.enum(SERVICE_LEVELS), 3).openapi({ description: 'Service levels.' }),
  language: listParam(z.enum(SERVICE_LANGUAGES), 10).openapi({ description: 'Languages the service is given in (any of).' }),
  delivery: listParam(z.enum(DELIVERY_MODES), 4).openapi({ description: 'How the service is given (any of).' }),
  cost: listParam(z.enum(COSTS), 3).openapi({ description: 'Cost (any of).' }),
  accessibility: listParam(z.enum(ACCESSIBILITY_FACTS), 6).openapi({
    description: 'Accessibility facts that a place of the service must all have.',
  }),
  openNow: booleanParam().openapi({ description: 'Only services open at this moment (Europe/Helsinki).' }),
  openOn: intParam(1, 7).openapi({ description: 'Only services with hours on this ISO weekday (1 = Monday … 7 = Sunday).' }),
  ...pagingParams,
}) satisfies z.ZodType<ServiceSearchInput>;

export const placeListQuery = z.object({
  q: textParam(100).openapi({ description: 'Words in the place name.', example: 'perhekeskus' }),
  municipality: codeParam(municipalityCode).openapi({ description: 'Statistics Finland municipality code.', example: '491' }),
  kind: listParam(z.enum(PLACE_KINDS), PLACE_KINDS.length).openapi({ description: 'Kinds of place (any of).' }),
  accessibility: listParam(z.enum(ACCESSIBILITY_FACTS), 6).openapi({ description: 'Accessibility facts the place must all have.' }),
  ...pagingParams,
}) satisfies z.ZodType<PlaceListInput>;

export const organizationListQuery = z.object({
  region: codeParam(/^[a-z][a-z0-9-]{1,62}$/).openapi({
    description: 'Region id; national organisations are always included.',
    example: 'etela-savo',
  }),
  municipality: codeParam(municipalityCode).openapi({ description: 'Organisations of, or with a place in, this municipality.' }),
  type: listParam(z.enum(ORGANIZATION_TYPES), ORGANIZATION_TYPES.length).openapi({ description: 'Organisation types (any of).' }),
  ...pagingParams,
}) satisfies z.ZodType<OrganizationListInput>;

export const municipalityListQuery = z.object({
  region: codeParam(/^[a-z][a-z0-9-]{1,62}$/).openapi({ description: 'Region id.', example: 'etela-savo' }),
  lang: langParam,
});

export const municipalityCodeParam = z.object({
  code: z
    .string()
    .regex(municipalityCode)
    .openapi({ param: { name: 'code', in: 'path' }, example: '491' }),
});

// ---- Responses ----

const LangEnum = z.enum(LANGUAGES);
const localized = {
  language: LangEnum.openapi({ description: 'The language asked for.' }),
  untranslatedFields: z.array(z.string()).openapi({ description: 'Fields shown in Finnish because no translation exists.' }),
};

export const MunicipalityRefSchema = z.object({ code: z.string(), name: z.string() }).openapi('MunicipalityRef');
export const OrganizationRefSchema = z
  .object({ id: z.uuid(), type: z.enum(ORGANIZATION_TYPES), name: z.string() })
  .openapi('OrganizationRef');
export const PlaceRefSchema = z
  .object({ id: z.uuid(), kind: z.enum(PLACE_KINDS), name: z.string(), municipality: MunicipalityRefSchema })
  .openapi('PlaceRef');

const AccessibilitySchema = z
  .object(
    Object.fromEntries(ACCESSIBILITY_FACTS.map((f) => [f, z.boolean().nullable()])) as Record<
      (typeof ACCESSIBILITY_FACTS)[number],
      z.ZodNullable<z.ZodBoolean>
    >,
  )
  .openapi('Accessibility', { description: 'true: present; false: known to be missing; null: not checked.' });

const HoursSchema = z
  .object({
    weekly: z.array(
      z.object({
        weekday: z.number().int().min(1).max(7),
        opens: z.string().openapi({ example: '08:00' }),
        closes: z.string().openapi({ example: '16:00' }),
        validFrom: z.string().nullable(),
        validTo: z.string().nullable(),
      }),
    ),
    exceptions: z.array(
      z.object({
        day: z.string().openapi({ example: '2026-12-24' }),
        closed: z.boolean(),
        opens: z.string().nullable(),
        closes: z.string().nullable(),
        note: z.string().nullable(),
      }),
    ),
    aroundTheClock: z.boolean().openapi({ description: 'Open around the clock every day; the weekly hours do not limit it.' }),
    openOnHolidays: z
      .boolean()
      .openapi({ description: 'The weekly hours hold on public holidays too; otherwise a public holiday closes the day.' }),
    openNow: z.boolean().openapi({ description: 'Open at the time of the response (Europe/Helsinki), holidays included.' }),
  })
  .openapi('Hours');

const serviceCore = {
  id: z.uuid(),
  url: z.string().openapi({ description: 'The service page.' }),
  name: z.string(),
  summary: z.string(),
  organization: OrganizationRefSchema,
  scope: z.enum(SERVICE_SCOPES),
  regionId: z.string().nullable(),
  level: z.enum(SERVICE_LEVELS),
  sector: z.enum(SECTORS),
  targetGroups: z.array(z.enum(TARGET_GROUPS)),
  ageMin: z.number().int().nullable(),
  ageMax: z.number().int().nullable(),
  languages: z.array(z.enum(SERVICE_LANGUAGES)),
  delivery: z.array(z.enum(DELIVERY_MODES)),
  access: z.array(z.enum(ACCESS_MODES)),
  cost: z.enum(COSTS),
  status: z.enum(STATUSES),
  statusNote: z.string().nullable(),
  lastChecked: z.string().openapi({ example: '2026-10-01' }),
  places: z.array(PlaceRefSchema),
  areas: z.array(MunicipalityRefSchema),
  ...localized,
};

export const ServiceListItemSchema = z
  .object({
    ...serviceCore,
    categories: z.array(z.string()),
    locality: z.enum(['municipality', 'region', 'national']).openapi({
      description: 'How the service relates to the municipality searched for (or its scope without one).',
    }),
  })
  .openapi('ServiceListItem');

export const ServiceSchema = z
  .object({
    ...serviceCore,
    description: z.string().nullable(),
    keywords: z.array(z.string()),
    costNote: z.string().nullable(),
    categories: z.array(z.object({ code: z.string(), parentCode: z.string().nullable(), name: z.string() })),
    methods: z.array(z.object({ code: z.string(), name: z.string(), website: z.string().nullable() })),
    contacts: z.array(
      z.object({ kind: z.enum(CONTACT_KINDS), value: z.string(), label: z.string().nullable(), hoursNote: z.string().nullable() }),
    ),
    hours: HoursSchema,
    locations: z.array(
      z.object({
        place: PlaceRefSchema.extend({
          streetAddress: z.string(),
          postalCode: z.string(),
          postOffice: z.string(),
          latitude: z.number().nullable(),
          longitude: z.number().nullable(),
          accessibility: AccessibilitySchema,
          status: z.enum(STATUSES),
        }),
        phone: z.string().nullable(),
        email: z.string().nullable(),
        note: z.string().nullable(),
        hours: HoursSchema,
      }),
    ),
  })
  .openapi('Service');

const placeCore = {
  id: z.uuid(),
  url: z.string(),
  kind: z.enum(PLACE_KINDS),
  name: z.string(),
  municipality: MunicipalityRefSchema,
  organization: OrganizationRefSchema,
  streetAddress: z.string(),
  postalCode: z.string(),
  postOffice: z.string(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  accessibility: AccessibilitySchema,
  status: z.enum(STATUSES),
  ...localized,
};

export const PlaceListItemSchema = z.object(placeCore).openapi('PlaceListItem');

export const PlaceSchema = z
  .object({
    ...placeCore,
    description: z.string().nullable(),
    transportNote: z.string().nullable(),
    accessibilityNote: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    website: z.string().nullable(),
    statusNote: z.string().nullable(),
    lastChecked: z.string(),
    hours: HoursSchema,
    services: z.array(
      z.object({
        id: z.uuid(),
        name: z.string(),
        summary: z.string(),
        level: z.enum(SERVICE_LEVELS),
        status: z.enum(STATUSES),
        note: z.string().nullable(),
      }),
    ),
    servesMunicipalities: z.array(MunicipalityRefSchema),
    familyCentres: z.array(PlaceRefSchema),
  })
  .openapi('Place');

export const MunicipalitySchema = z
  .object({ code: z.string(), name: z.string(), regionId: z.string(), url: z.string(), language: LangEnum })
  .openapi('Municipality');

export const OrganizationSchema = z
  .object({
    id: z.uuid(),
    type: z.enum(ORGANIZATION_TYPES),
    name: z.string(),
    regionId: z.string().nullable(),
    municipalityCode: z.string().nullable(),
    description: z.string().nullable(),
    website: z.string().nullable(),
    businessId: z.string().nullable(),
    ...localized,
  })
  .openapi('Organization');

export const TaxonomySchema = z
  .object({
    language: LangEnum,
    categories: z.array(
      z.object({ code: z.string(), parentCode: z.string().nullable(), name: z.string(), description: z.string().nullable() }),
    ),
    methods: z.array(z.object({ code: z.string(), name: z.string(), description: z.string().nullable(), website: z.string().nullable() })),
    lifeSituations: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        description: z.string().nullable(),
        categories: z.array(z.string()),
        targetGroup: z.enum(TARGET_GROUPS).nullable(),
      }),
    ),
    enums: z.record(z.string(), z.array(z.string())),
  })
  .openapi('Taxonomy');

export const ServiceSearchResultSchema = listOf(ServiceListItemSchema, 'ServiceSearchResult').extend({
  suggestedQuery: z.string().nullable().openapi({
    description:
      'A likely spelling of words the services never use ("did you mean"), with its accents; the items are what the question as typed found.',
  }),
});
