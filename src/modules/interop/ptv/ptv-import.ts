import type { ImportIssue, ImportRecord } from '../../catalog/index.ts';
import { jsonRecords, type JsonItem, type JsonLimits } from '../import/json-records.ts';
import type { MunicipalityResolver } from '../import/municipality-resolver.ts';
import { ptvChannelContacts, ptvOrganization, ptvService, ptvServiceLocation, type ChannelInfo } from './ptv-map.ts';
import { recognise } from './ptv-shapes.ts';

/**
 * A folder of saved PTV open-API answers (or what the sync job fetched) as import records. Each
 * file holds pages (`{pageNumber, pageCount, itemList}`), arrays (`…/list?guids=` answers) or
 * single objects, in any order and under any name: every value is recognised by its shape. Two
 * passes: first organisations and channels (service locations become places; the other channels'
 * contacts are kept, small), then services, which need their channels.
 */

export interface PtvFile {
  name: string;
  /** Opens the file's bytes; called once per pass. */
  open(): AsyncIterable<Uint8Array | string>;
}

export interface PtvOptions {
  resolver: MunicipalityResolver;
  categories: ReadonlySet<string>;
  methods: ReadonlySet<string>;
  today: string;
  limits: JsonLimits;
}

type Problem = ImportIssue & { fatal: boolean };

/** Lines that are `//` comments (PTV's own example of the organisation ends with two) are left out. */
async function* withoutCommentLines(input: AsyncIterable<Uint8Array | string>): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  let carry = '';
  for await (const chunk of input) {
    const text = carry + (typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
    const cut = text.lastIndexOf('\n');
    if (cut < 0) {
      carry = text;
      continue;
    }
    carry = text.slice(cut + 1);
    yield text.slice(0, cut + 1).replace(/^[ \t]*\/\/.*$/gm, '');
  }
  yield carry.replace(/^[ \t]*\/\/.*$/gm, '');
}

async function* valuesOf(file: PtvFile, limits: JsonLimits, problems: Problem[]): AsyncGenerator<JsonItem> {
  try {
    yield* jsonRecords(withoutCommentLines(file.open()), limits);
  } catch (error) {
    problems.push({
      key: 'invalidJson',
      fatal: true,
      params: { value: file.name, detail: String((error as Error).message).slice(0, 200) },
    });
  }
}

export async function* ptvRecords(
  files: AsyncIterable<PtvFile> | PtvFile[],
  options: PtvOptions,
  problems: Problem[],
): AsyncGenerator<ImportRecord> {
  const list: PtvFile[] = [];
  for await (const f of files) list.push(f);
  const channels = new Map<string, ChannelInfo>();
  const locations = new Set<string>();
  const unknown = new Map<string, number>();

  for (const file of list) {
    for await (const item of valuesOf(file, options.limits, problems)) {
      if (item.kind === 'skipped') {
        yield { kind: 'service', sourceId: `${file.name}#${item.index + 1}`, rejected: [{ key: item.reason }] };
        continue;
      }
      const shape = recognise(item.value);
      const value = item.value as Record<string, unknown>;
      if (shape === 'organization') {
        const record = ptvOrganization(value, options);
        if (record) yield record;
      } else if (shape === 'channel:ServiceLocation') {
        const record = ptvServiceLocation(value, options);
        if (record) {
          locations.add(record.sourceId);
          yield record;
        }
      } else if (shape.startsWith('channel:')) {
        const type = shape.slice('channel:'.length);
        const { contacts, delivery } = ptvChannelContacts(value, type);
        if (typeof value.id === 'string') channels.set(value.id, { type, contacts, delivery });
      } else if (shape === 'unknown') unknown.set(file.name, (unknown.get(file.name) ?? 0) + 1);
    }
  }
  for (const file of list) {
    for await (const item of valuesOf(file, options.limits, [])) {
      if (item.kind !== 'record' || recognise(item.value) !== 'service') continue;
      const record = ptvService(item.value as Record<string, unknown>, channels, locations, options);
      if (record) yield record;
    }
  }
  for (const [name, count] of unknown) problems.push({ key: 'notPtv', fatal: false, params: { value: name, count } });
}
