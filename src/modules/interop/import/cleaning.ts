import sanitizeHtml from 'sanitize-html';
import type { ImportIssue } from '../../catalog/index.ts';

/**
 * What every reader does to a value from outside before the catalog's rules see it: texts
 * without HTML or control characters, phone numbers and e-mail addresses in the forms the
 * database takes, links upgraded to https. Whatever is changed or dropped is said in a warning.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/** Plain text: tags removed (their text kept, scripts and styles dropped), entities decoded. */
export function plainText(value: unknown, warnings: ImportIssue[], field: string, max = 20_000): string | undefined {
  // A text is a string: a number where a name should be is a wrong type, not a name.
  if (typeof value !== 'string') return undefined;
  let text = value;
  if (/[<>]/.test(text) || /&[#a-z0-9]+;/i.test(text)) {
    const stripped = sanitizeHtml(text, {
      allowedTags: [],
      allowedAttributes: {},
      disallowedTagsMode: 'discard',
      nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript'],
    }).replace(
      /&(#?[a-z0-9]+);/gi,
      (whole, name: string) => ENTITIES[name.toLowerCase()] ?? (name.startsWith('#') ? safeChar(name) : whole),
    );
    if (stripped !== text) warnings.push({ key: 'htmlRemoved', field });
    text = stripped;
  }
  // eslint-disable-next-line no-control-regex -- control characters are what is removed
  const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
  text = text.replace(/\r\n?/g, '\n').replace(CONTROL, '').trim();
  if (!text) return undefined;
  if (text.length > max) {
    warnings.push({ key: 'textShortened', field, params: { max } });
    text = text.slice(0, max).trimEnd();
  }
  return text;
}

function safeChar(code: string): string {
  const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
  return Number.isFinite(n) && n > 31 && n < 0x110000 && !(n >= 0xd800 && n <= 0xdfff) ? String.fromCodePoint(n) : '';
}

const PHONE = /^\+?[0-9 ()-]{5,20}$/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/;

export function phoneNumber(value: unknown, warnings: ImportIssue[], field: string): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const raw = String(value).trim();
  if (!raw) return undefined;
  const cleaned = raw
    .replace(/["'.\u00a0/]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (PHONE.test(cleaned)) return cleaned;
  warnings.push({ key: 'phoneDropped', field, params: { value: raw.slice(0, 40) } });
  return undefined;
}

export function emailAddress(value: unknown, warnings: ImportIssue[], field: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const email = value
    .trim()
    .replace(/^mailto:/i, '')
    .toLowerCase();
  if (!email) return undefined;
  if (EMAIL.test(email) && email.length <= 254) return email;
  warnings.push({ key: 'emailDropped', field, params: { value: value.slice(0, 80) } });
  return undefined;
}

/** An https link; http is upgraded (said in a warning), anything else is dropped. */
export function httpsUrl(value: unknown, warnings: ImportIssue[], field: string): string | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  let url = value.trim();
  if (/^http:\/\//i.test(url)) {
    url = `https://${url.slice(7)}`;
    warnings.push({ key: 'httpUpgraded', field });
  }
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'https:' && url.length <= 500 && parsed.hostname.includes('.')) return url;
  } catch {
    // not a URL at all
  }
  warnings.push({ key: 'linkDropped', field, params: { value: value.slice(0, 80) } });
  return undefined;
}

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
export const list = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? v.filter(isObject) : []);
export const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/** An identifier from outside: a short string (numbers are accepted and written as text). */
export function sourceId(v: unknown): string | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v !== 'string') return undefined;
  const id = v.trim();
  // eslint-disable-next-line no-control-regex -- an id with control characters is no id
  return id && id.length <= 200 && !/[\u0000-\u001f]/.test(id) ? id : undefined;
}

/** ISO 639 codes of the service tray, from ISO 639-1 or 639-2/3 forms. */
const LANGUAGE_ALIASES: Record<string, string> = {
  fin: 'fi',
  swe: 'sv',
  eng: 'en',
  sme: 'se',
  rus: 'ru',
  est: 'et',
  ara: 'ar',
  som: 'so',
  per: 'fa',
  fas: 'fa',
  kur: 'ku',
  ukr: 'uk',
  chi: 'zh',
  zho: 'zh',
  vie: 'vi',
  tha: 'th',
  fre: 'fr',
  fra: 'fr',
  ger: 'de',
  deu: 'de',
  spa: 'es',
  alb: 'sq',
  sqi: 'sq',
  tur: 'tr',
};
export function languageCode(v: unknown, known: readonly string[]): string | undefined {
  const code = typeof v === 'string' ? v.trim().toLowerCase().split(/[-_]/)[0]! : '';
  const mapped = LANGUAGE_ALIASES[code] ?? code;
  return known.includes(mapped) ? mapped : undefined;
}

/** 'YYYY-MM-DD' from a date or date-time (Helsinki's date when the time has a zone). */
export function localDate(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?)?$/.exec(v.trim());
  if (!m) return undefined;
  if (!m[3]) return Number.isNaN(Date.parse(`${m[1]}T00:00:00Z`)) ? undefined : m[1];
  const at = new Date(v.trim());
  if (Number.isNaN(at.getTime())) return undefined;
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki' }).format(at);
}
