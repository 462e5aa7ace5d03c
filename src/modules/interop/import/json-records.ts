/**
 * JSON records from a stream of any size, in bounded memory: the items of a top-level array, the
 * items of `contents` (an HSDS Page) or `itemList` (a PTV page) in a top-level object, or a
 * top-level object itself; several top-level values one after another (NDJSON) are read the
 * same way. A scanner finds where each record begins and ends (nesting, strings and escapes),
 * keeping only the record's own text; each record is then parsed with JSON.parse. So a 50 MB
 * file is never one string, and limits hold per record: one too deep, too long or with too long
 * a text is skipped and reported, and reading goes on with the next. A document that is not
 * JSON, or ends in the middle, throws `JsonInputError`.
 *
 * (A token-stream parser, stream-json, was tried first: correct, but its one await per token read
 * the 9 MB demo export in 4 s, this in a tenth of that.)
 */

export interface JsonLimits {
  /** Nesting within one record. */
  maxDepth: number;
  /** Characters of one record. */
  maxRecordChars: number;
  /** Characters of one string. */
  maxStringChars: number;
}

export const DEFAULT_LIMITS: JsonLimits = { maxDepth: 40, maxRecordChars: 4_000_000, maxStringChars: 200_000 };

export type SkipReason = 'tooDeep' | 'tooLarge' | 'stringTooLong';
export type JsonItem = { kind: 'record'; index: number; value: unknown } | { kind: 'skipped'; index: number; reason: SkipReason };

export class JsonInputError extends Error {
  override name = 'JsonInputError';
}

/** The keys whose array holds the records of a page object. */
const LIST_KEYS = new Set(['contents', 'itemList']);
const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const DELIMITERS = new Set([',', ']', '}', ' ', '\t', '\n', '\r']);

export async function* jsonRecords(
  input: AsyncIterable<Uint8Array | string>,
  limits: JsonLimits = DEFAULT_LIMITS,
): AsyncGenerator<JsonItem> {
  const decoder = new TextDecoder('utf-8', { fatal: false });
  let index = 0;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let stringLength = 0;
  /** The depth at which values are records: 1 in a top-level array, 2 in a page's list, 0 for a top-level value. */
  let recordDepth = 0;
  /** Whether the top-level value is an object (a page or a record) whose keys are watched. */
  let topObject = false;
  let page = false;
  // The key being read at depth 1 of a top-level object, and the last one read.
  let expectKey = false;
  let keyChars: string[] | null = null;
  let lastKey = '';
  let afterListKey = false;
  // The record being read: its text so far (null while between records), or why it is skipped.
  let parts: string[] | null = null;
  let partStart = 0;
  let recordChars = 0;
  let scalar = false;
  let skipped: SkipReason | null = null;
  let first = true;
  const out: JsonItem[] = [];

  const startRecord = (at: number, isScalar: boolean) => {
    parts = [];
    partStart = at;
    recordChars = 0;
    scalar = isScalar;
    skipped = null;
  };
  const endRecord = (chunk: string, endAt: number) => {
    if (skipped) out.push({ kind: 'skipped', index: index++, reason: skipped });
    else {
      parts!.push(chunk.slice(partStart, endAt));
      const text = parts!.join('');
      try {
        const value: unknown = JSON.parse(text);
        out.push({ kind: 'record', index: index++, value });
      } catch (error) {
        throw new JsonInputError(`record ${index + 1} is not JSON: ${(error as Error).message}`);
      }
    }
    parts = null;
    skipped = null;
  };
  const skip = (reason: SkipReason) => {
    if (skipped) return;
    skipped = reason;
    parts!.length = 0;
  };

  for await (const raw of input) {
    let chunk = typeof raw === 'string' ? raw : decoder.decode(raw, { stream: true });
    if (first && chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    if (chunk.length) first = false;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i]!;
      if (inString) {
        if (!escaped && c !== '\\' && c !== '"') {
          // The plain run of the string up to its next quote or backslash, in one step.
          let end = i;
          while (end < chunk.length && chunk.charCodeAt(end) !== 34 && chunk.charCodeAt(end) !== 92) end++;
          const run = end - i;
          stringLength += run;
          if (keyChars && keyChars.length < 100) keyChars.push(chunk.slice(i, Math.min(end, i + 100 - keyChars.length)));
          if (parts && !skipped) {
            recordChars += run;
            if (stringLength > limits.maxStringChars) skip('stringTooLong');
            else if (recordChars > limits.maxRecordChars) skip('tooLarge');
          }
          i = end - 1;
          continue;
        }
        if (escaped) escaped = false;
        else if (c === '\\') escaped = true;
        else if (c === '"') {
          inString = false;
          if (keyChars) {
            lastKey = keyChars.join('');
            keyChars = null;
          }
          if (parts && scalar && depth === recordDepth) {
            endRecord(chunk, i + 1);
            continue;
          }
        }
        if (inString) {
          stringLength++;
          if (keyChars && keyChars.length < 100) keyChars.push(c);
          if (parts && stringLength > limits.maxStringChars) skip('stringTooLong');
        }
        if (parts && !skipped && ++recordChars > limits.maxRecordChars) skip('tooLarge');
        continue;
      }
      if (WHITESPACE.has(c)) {
        if (parts && scalar && depth === recordDepth) endRecord(chunk, i);
        continue;
      }
      // A scalar record (in a list, or at the top) ends at a delimiter.
      if (parts && scalar && depth === recordDepth && DELIMITERS.has(c)) endRecord(chunk, i);

      if (depth === 0 && !parts && (c === ',' || c === ':' || c === ']' || c === '}')) throw new JsonInputError(`unexpected ${c}`);
      const atRecordDepth = depth === recordDepth && !parts && (recordDepth > 0 || depth === 0);
      if (atRecordDepth && c !== ',' && c !== ']' && c !== '}' && c !== ':') {
        if (depth === 0 && c === '[') {
          // A top-level array: its items are the records.
          depth = 1;
          recordDepth = 1;
          continue;
        }
        if (depth === 0 && c === '{') {
          topObject = true;
          page = false;
          expectKey = true;
        }
        startRecord(i, c !== '{' && c !== '[' && c !== '"');
        if (c === '"') scalar = true;
      }
      switch (c) {
        case '"':
          inString = true;
          stringLength = 0;
          if (topObject && depth === 1 && expectKey) {
            keyChars = [];
            expectKey = false;
          }
          break;
        case ':':
          if (topObject && depth === 1) afterListKey = LIST_KEYS.has(lastKey);
          break;
        case ',':
          if (topObject && depth === 1) expectKey = true;
          break;
        case '{':
        case '[':
          depth++;
          if (topObject && depth === 2 && afterListKey && c === '[') {
            // A page: drop the envelope read so far; the list's items are the records.
            page = true;
            parts = null;
            skipped = null;
            recordDepth = 2;
            afterListKey = false;
            continue;
          }
          afterListKey = false;
          if (parts && depth - Math.max(recordDepth, 1) + (recordDepth === 0 ? 1 : 0) > limits.maxDepth) skip('tooDeep');
          break;
        case '}':
        case ']':
          depth--;
          if (depth < 0) throw new JsonInputError(`unexpected ${c}`);
          if (page && recordDepth === 2 && depth === 1 && c === ']') {
            recordDepth = 0;
            break;
          }
          if (depth === 0 && topObject) {
            topObject = false;
            if (!page && parts) endRecord(chunk, i + 1);
            page = false;
            recordDepth = 0;
            break;
          }
          if (depth === 0 && recordDepth === 1 && c === ']') {
            recordDepth = 0;
            break;
          }
          if (parts && !scalar && depth === recordDepth) endRecord(chunk, i + 1);
          break;
        default:
          afterListKey = false;
      }
      if (parts && !skipped && ++recordChars > limits.maxRecordChars) skip('tooLarge');
      while (out.length) yield out.shift()!;
    }
    if (parts) {
      // The record goes on in the next chunk; a skipped one keeps no text.
      if (!skipped) (parts as string[]).push(chunk.slice(partStart));
      partStart = 0;
    }
    while (out.length) yield out.shift()!;
  }
  if (parts && scalar && depth === recordDepth && !inString) endRecord('', 0);
  while (out.length) yield out.shift()!;
  if (inString || depth !== 0 || parts) throw new JsonInputError('the input ends in the middle of a value');
}
