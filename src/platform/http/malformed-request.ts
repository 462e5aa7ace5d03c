import { MalformedRequestError } from '../errors.ts';

// Room for a 10 kB search string to be refused by name rather than as an unreadable URL.
const MAX_URL_LENGTH = 15_000;

/**
 * URL parsers quietly keep undecodable bytes ("%FF") as literal text; we refuse them instead, so a
 * search never runs on garbage and nothing downstream meets a NUL (PostgreSQL text cannot hold one).
 */
export function checkRequestTarget(url: string): MalformedRequestError | null {
  if (url.length > MAX_URL_LENGTH) return new MalformedRequestError('uriTooLong');
  const queryStart = url.indexOf('?');
  const path = new URL(url).pathname;
  const parts = [path, ...(queryStart >= 0 ? url.slice(queryStart + 1).split(/[&=]/) : [])];
  for (const part of parts) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(part.replace(/\+/g, ' '));
    } catch {
      return new MalformedRequestError('invalidEncoding');
    }
    if (decoded.includes('\u0000')) return new MalformedRequestError('controlCharacter');
  }
  return null;
}
