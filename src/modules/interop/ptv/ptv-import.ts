import type { ImportIssue, ImportRecord } from '../../catalog/index.ts';
import type { JsonLimits } from '../import/json-records.ts';
import type { MunicipalityResolver } from '../import/municipality-resolver.ts';

export interface PtvFile {
  name: string;
  body: AsyncIterable<Uint8Array | string>;
}

export interface PtvOptions {
  resolver: MunicipalityResolver;
  categories: ReadonlySet<string>;
  methods: ReadonlySet<string>;
  today: string;
  limits: JsonLimits;
}

export async function* ptvRecords(
  files: AsyncIterable<PtvFile>,
  options: PtvOptions,
  problems: (ImportIssue & { fatal: boolean })[],
): AsyncGenerator<ImportRecord> {
  void files;
  void options;
  void problems;
}
