import type { Kysely } from 'kysely';
import { systemActor } from '../../src/platform/actor.ts';
import { withTables, write } from '../../src/platform/db/database.ts';
import type { CatalogDb } from '../../src/modules/catalog/catalog.tables.ts';
import { loadNetworkDataset, placeId, serviceId } from '../../src/modules/catalog/network/network-loader.ts';
import type {
  MunicipalitySeed,
  NetworkDataset,
  OrganizationSeed,
  PlaceSeed,
  RegionSeed,
  ServiceSeed,
} from '../../src/modules/catalog/network/network-dataset.ts';

/**
 * Small service networks for tests: every entity gets working defaults, a test states only what it
 * is about. `load()` writes them with the same loader the demo region uses.
 */
export function networkBuilder() {
  const data: NetworkDataset = { regions: [], municipalities: [], organizations: [], places: [], services: [] };
  let n = 0;
  const next = () => ++n;

  const builder = {
    data,
    region(overrides: Partial<RegionSeed> = {}): RegionSeed {
      const i = next();
      const region: RegionSeed = {
        id: `test-region-${i}`,
        code: `T${i}`,
        name: { fi: `Testialue ${i}`, sv: `Testområde ${i}` },
        ...overrides,
      };
      data.regions.push(region);
      return region;
    },
    municipality(region: RegionSeed, overrides: Partial<MunicipalitySeed> & { code: string }): MunicipalitySeed {
      const municipality: MunicipalitySeed = {
        regionId: region.id,
        name: { fi: `Kunta ${overrides.code}`, sv: `Kommun ${overrides.code}` },
        ...overrides,
      };
      data.municipalities.push(municipality);
      return municipality;
    },
    organization(overrides: Partial<OrganizationSeed> = {}): OrganizationSeed {
      const i = next();
      const organization: OrganizationSeed = {
        key: `org-${i}`,
        regionId: data.regions[0]?.id ?? null,
        type: 'ngo',
        name: { fi: `Testiyhdistys ${i}`, sv: `Testförening ${i}` },
        ...overrides,
      };
      data.organizations.push(organization);
      return organization;
    },
    place(organization: OrganizationSeed, municipality: MunicipalitySeed, overrides: Partial<PlaceSeed> = {}): PlaceSeed & { id: string } {
      const i = next();
      const place: PlaceSeed = {
        key: `place-${i}`,
        organization: organization.key,
        municipality: municipality.code,
        kind: 'meetingPlace',
        name: { fi: `Paikka ${i}`, sv: `Plats ${i}` },
        streetAddress: `Testikatu ${i}`,
        postalCode: '50100',
        postOffice: { fi: 'Mikkeli', sv: 'S:t Michel' },
        accessibility: {},
        lastChecked: '2026-10-01',
        ...overrides,
      };
      data.places.push(place);
      return { ...place, id: placeId(place.key) };
    },
    service(organization: OrganizationSeed, overrides: Partial<ServiceSeed> = {}): ServiceSeed & { id: string } {
      const i = next();
      const regionId = overrides.scope === 'national' ? null : (organization.regionId ?? data.regions[0]?.id ?? null);
      const service: ServiceSeed = {
        key: `service-${i}`,
        organization: organization.key,
        regionId,
        scope: 'region',
        name: { fi: `Palvelu ${i}`, sv: `Tjänst ${i}` },
        summary: { fi: `Palvelun ${i} kuvaus.`, sv: `Beskrivning av tjänst ${i}.` },
        level: 'basic',
        sector: 'social',
        targetGroups: ['wholeFamily'],
        languages: ['fi'],
        delivery: ['inPerson'],
        access: ['booking'],
        cost: 'free',
        lastChecked: '2026-10-01',
        categories: [],
        ...overrides,
      };
      data.services.push(service);
      return { ...service, id: serviceId(service.key) };
    },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any test database: its tables include the catalog's
    async load(db: Kysely<any>) {
      await write(withTables<CatalogDb>(db), systemActor('test'), (tx) => loadNetworkDataset(tx, data));
    },
  };
  return builder;
}
