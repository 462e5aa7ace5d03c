import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isObject, list, sourceId } from '../import/cleaning.ts';
import { folderFiles } from '../import/sources.ts';
import type { PtvFile } from './ptv-import.ts';

/**
 * Reading the PTV v11 open API for a region: everything (the weekly full sync) or what changed
 * since a moment (the daily job). Answers are saved as they come into a folder, which the folder
 * importer then reads like any saved answers: memory holds one page at a time. DVV's advice: read
 * changes daily and everything weekly, since a changed connection does not move `modified`.
 */

export const PTV_BASE_URL = 'https://api.palvelutietovaranto.suomi.fi/api/v11/';
/** GUIDs per `…/list?guids=` call (the API's maximum). */
const GUID_BATCH = 100;
const MAX_PAGES = 2_000;

export interface PtvReadOptions {
  baseUrl?: string | undefined;
  /** The region's municipalities (Statistics Finland codes). */
  municipalities: string[];
  /** Nationwide services too (Kela …): PTV leaves them out of municipality queries otherwise. */
  includeWholeCountry?: boolean | undefined;
  fetcher?: typeof fetch | undefined;
}

export interface SavedAnswers {
  files: PtvFile[];
  /** The calls made, for the report and the log. */
  calls: number;
  dispose(): Promise<void>;
}

type Obj = Record<string, unknown>;

class Reader {
  readonly ids = { channels: new Set<string>(), organizations: new Set<string>() };
  calls = 0;
  private saved = 0;
  constructor(
    private readonly o: PtvReadOptions,
    readonly folder: string,
  ) {}

  async get(path: string): Promise<unknown> {
    const url = new URL(path, this.o.baseUrl ?? PTV_BASE_URL);
    this.calls++;
    const response = await (this.o.fetcher ?? fetch)(url.toString(), { headers: { accept: 'application/json' } });
    // An unknown municipality or id is a 404 with a message: nothing to read there.
    if (response.status === 404) return null;
    if (!response.ok) throw new Error(`GET ${url}: ${response.status}`);
    return response.json();
  }

  async save(value: unknown) {
    await writeFile(join(this.folder, `answer-${String(++this.saved).padStart(5, '0')}.json`), JSON.stringify(value));
  }

  /** Services into the folder; their channels and organisations remembered for later. */
  async keepServices(services: Obj[]) {
    for (const s of services) {
      for (const c of list(s.serviceChannels)) if (isObject(c.serviceChannel)) this.ids.channels.add(String(c.serviceChannel.id));
      for (const o of list(s.organizations)) if (isObject(o.organization)) this.ids.organizations.add(String(o.organization.id));
    }
    if (services.length) await this.save(services);
  }

  async byGuids(path: 'Service/list' | 'ServiceChannel/list' | 'Organization/list', ids: Iterable<string>, keep?: (o: Obj) => boolean) {
    const all = [...ids];
    const out: Obj[] = [];
    for (let i = 0; i < all.length; i += GUID_BATCH) {
      const answer = await this.get(`${path}?guids=${all.slice(i, i + GUID_BATCH).join(',')}`);
      const items = list(answer).filter((o) => !keep || keep(o));
      if (path === 'Service/list') await this.keepServices(items);
      else if (items.length) await this.save(items);
      out.push(...items);
    }
    return out;
  }

  async pages(path: string, each: (items: Obj[]) => Promise<void>) {
    for (let page = 1; page <= MAX_PAGES; page++) {
      const answer = (await this.get(`${path}${path.includes('?') ? '&' : '?'}page=${page}`)) as Obj | null;
      if (!answer) return;
      await each(list(answer.itemList));
      if (page >= Number(answer.pageCount ?? 0)) return;
    }
  }

  async channelsAndOrganizations() {
    const channels = await this.byGuids('ServiceChannel/list', this.ids.channels);
    for (const c of channels) if (sourceId(c.organizationId)) this.ids.organizations.add(String(c.organizationId));
    await this.byGuids('Organization/list', this.ids.organizations);
  }
}

async function saved(reader: Reader): Promise<SavedAnswers> {
  return {
    files: await folderFiles(reader.folder),
    calls: reader.calls,
    dispose: () => rm(reader.folder, { recursive: true, force: true }),
  };
}

/** Everything of the region: its municipalities' services, then their channels and organisations. */
export async function readPtvRegion(o: PtvReadOptions): Promise<SavedAnswers> {
  const reader = new Reader(o, await mkdtemp(join(tmpdir(), 'ptv-')));
  for (const code of o.municipalities)
    await reader.pages(
      `Service/list/area/Municipality/code/${code}?includeWholeCountry=${o.includeWholeCountry ? 'true' : 'false'}`,
      (items) => reader.keepServices(items),
    );
  await reader.channelsAndOrganizations();
  return saved(reader);
}

/** PTV's `date` parameter: UTC, yyyy-MM-ddTHH:mm:ss. */
export const ptvDate = (at: Date) => at.toISOString().slice(0, 19);

/**
 * What changed since `since`: services changed anywhere, kept when they serve the region (or the
 * whole country, when asked), with their channels and organisations read afresh.
 */
export async function readPtvChanges(o: PtvReadOptions, since: Date): Promise<SavedAnswers> {
  const reader = new Reader(o, await mkdtemp(join(tmpdir(), 'ptv-')));
  const changed: string[] = [];
  await reader.pages(`Service?date=${ptvDate(since)}`, async (items) => {
    for (const item of items) if (sourceId(item.id)) changed.push(String(item.id));
  });
  const region = new Set(o.municipalities);
  await reader.byGuids('Service/list', changed, (s) => {
    if (s.areaType === 'Nationwide' || s.areaType === 'NationwideExceptAlandIslands') return Boolean(o.includeWholeCountry);
    return list(s.areas).some((a) => list(a.municipalities).some((m) => region.has(String(m.code))));
  });
  await reader.channelsAndOrganizations();
  return saved(reader);
}
