import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { PtvFile } from '../ptv/ptv-import.ts';

/**
 * Where import bytes come from: a file, every JSON file of a folder (PTV answers saved as they
 * come), or an HTTP(S) address. Everything streams; nothing is read whole.
 */

export function fileBytes(path: string): AsyncIterable<Uint8Array> {
  return createReadStream(path);
}

export async function folderFiles(path: string): Promise<PtvFile[]> {
  const info = await stat(path);
  if (info.isFile()) return [{ name: path, open: () => fileBytes(path) }];
  const names = (await readdir(path, { recursive: true, encoding: 'utf8' })).filter((n) => n.toLowerCase().endsWith('.json')).sort();
  return names.map((name) => ({ name, open: () => fileBytes(join(path, name)) }));
}

/** The body of a GET as bytes, or an error saying the status. */
export async function* httpBytes(url: string, fetcher: typeof fetch = fetch): AsyncGenerator<Uint8Array> {
  const response = await fetcher(url, { headers: { accept: 'application/json, application/x-ndjson' } });
  if (!response.ok || !response.body) throw new Error(`GET ${url}: ${response.status}`);
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    yield value;
  }
}

/**
 * An HSDS API, its services page by page: the root (`…/hsds`) or a services list URL is read with
 * `full=true` until the last page; a file-like URL (NDJSON, a saved Page) is read as it is.
 */
export async function* hsdsApiBytes(url: string, fetcher: typeof fetch = fetch): AsyncGenerator<Uint8Array | string> {
  const u = new URL(url);
  const isList = /\/services\/?$/.test(u.pathname);
  const isRoot = !isList && !/\.(json|ndjson|jsonl)$/.test(u.pathname) && !/\/services\//.test(u.pathname);
  if (!isList && !isRoot) {
    yield* httpBytes(url, fetcher);
    return;
  }
  const list = isRoot ? new URL(`${u.pathname.replace(/\/$/, '')}/services`, u) : u;
  list.search = u.search;
  list.searchParams.set('full', 'true');
  if (list.searchParams.get('format') === 'ndjson') {
    yield* httpBytes(list.toString(), fetcher);
    return;
  }
  list.searchParams.set('per_page', list.searchParams.get('per_page') ?? '100');
  // Each page's contents go out as NDJSON lines, so the reader sees one stream of services.
  for (let page = 1; page <= 100_000; page++) {
    list.searchParams.set('page', String(page));
    const response = await fetcher(list.toString(), { headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(`GET ${list}: ${response.status}`);
    const body = (await response.json()) as { contents?: unknown[]; last_page?: boolean; total_pages?: number };
    for (const item of body.contents ?? []) yield `${JSON.stringify(item)}\n`;
    if (body.last_page || !body.contents?.length || (body.total_pages !== undefined && page >= body.total_pages)) return;
  }
}
