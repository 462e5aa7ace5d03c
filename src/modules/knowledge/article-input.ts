import { InvalidInputError, type InputIssue } from '../../platform/errors.ts';
import type { I18nText, Lang } from '../../platform/i18n-text.ts';
import {
  ARTICLE_STATUSES,
  BODY_MAX,
  KEYWORDS_MAX,
  REVIEW_INTERVALS,
  SLUG,
  SLUG_MAX,
  SUMMARY_MAX,
  TITLE_MAX,
  type ArticleStatus,
} from './knowledge.domain.ts';
import type { ArticleInput } from './knowledge.model.ts';
import { plainTextOf, sanitizeArticleHtml } from './rich-text.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The article form's fields: `title.fi`, `body.sv` …, and lists as repeated fields. */
export type ArticleFields = Record<string, string | string[] | undefined>;

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';
const many = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? [v] : []).filter(Boolean);

function isRealDate(text: string): boolean {
  if (!DATE.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/**
 * Reads what an editor sent into an article: trims, checks lengths and forms, and cleans the body
 * with sanitize-html. Finnish is required; a Swedish or English translation is all or nothing, so
 * a family never gets half an article in their language. Throws every issue at once.
 */
export function readArticleInput(fields: ArticleFields): ArticleInput {
  const issues: InputIssue[] = [];
  const text = (field: string, max: number, required: boolean) => {
    const value = one(fields[field]).trim();
    if (!value && required) issues.push({ field, key: 'required' });
    else if (value.length > max) issues.push({ field, key: 'tooLong', params: { max } });
    return value;
  };
  const body = (field: string, required: boolean) => {
    const raw = one(fields[field]).trim();
    if (raw.length > BODY_MAX) {
      issues.push({ field, key: 'tooLong', params: { max: BODY_MAX } });
      return '';
    }
    const clean = raw ? sanitizeArticleHtml(raw) : '';
    if (required && !raw) issues.push({ field, key: 'required' });
    else if (raw && !plainTextOf(clean)) issues.push({ field, key: 'emptyBody' });
    return clean;
  };

  const slug = text('slug', SLUG_MAX, true).toLowerCase();
  if (slug && slug.length <= SLUG_MAX && !SLUG.test(slug)) issues.push({ field: 'slug', key: 'slugFormat' });

  const title: Partial<I18nText> = {};
  const summary: Partial<I18nText> = {};
  const bodies: Partial<I18nText> = {};
  const keywords: Partial<I18nText> = {};
  for (const lang of ['fi', 'sv', 'en'] as const satisfies readonly Lang[]) {
    const required = lang === 'fi';
    const t = text(`title.${lang}`, TITLE_MAX, required);
    const s = text(`summary.${lang}`, SUMMARY_MAX, required);
    const b = body(`body.${lang}`, required);
    const k = text(`keywords.${lang}`, KEYWORDS_MAX, false);
    if (!required && (t || s || b) && !(t && s && b)) issues.push({ field: `title.${lang}`, key: 'translationIncomplete' });
    if (t) title[lang] = t;
    if (s) summary[lang] = s;
    if (b) bodies[lang] = b;
    if (k) keywords[lang] = k;
  }

  const organizationId = one(fields.organizationId);
  if (!UUID.test(organizationId)) issues.push({ field: 'organizationId', key: 'unknownOrganization' });
  const reviewerPersonId = one(fields.reviewerPersonId);
  if (!UUID.test(reviewerPersonId)) issues.push({ field: 'reviewerPersonId', key: 'unknownReviewer' });

  const status = one(fields.status) as ArticleStatus;
  if (!ARTICLE_STATUSES.includes(status))
    issues.push({ field: 'status', key: 'notOneOf', params: { allowed: ARTICLE_STATUSES.join(', ') } });

  const reviewedOn = one(fields.reviewedOn);
  if (!reviewedOn) issues.push({ field: 'reviewedOn', key: 'required' });
  else if (!isRealDate(reviewedOn)) issues.push({ field: 'reviewedOn', key: 'invalidFormat' });

  const interval = Number(one(fields.reviewIntervalMonths));
  if (!(REVIEW_INTERVALS as readonly number[]).includes(interval))
    issues.push({ field: 'reviewIntervalMonths', key: 'notOneOf', params: { allowed: REVIEW_INTERVALS.join(', ') } });

  const categoryCodes = [...new Set(many(fields.categoryCodes))];
  const lifeSituationCodes = [...new Set(many(fields.lifeSituationCodes))];
  const serviceIds = [...new Set(many(fields.serviceIds))];
  if (categoryCodes.length > 20) issues.push({ field: 'categoryCodes', key: 'tooMany', params: { max: 20 } });
  if (lifeSituationCodes.length > 20) issues.push({ field: 'lifeSituationCodes', key: 'tooMany', params: { max: 20 } });
  if (serviceIds.length > 30) issues.push({ field: 'serviceIds', key: 'tooMany', params: { max: 30 } });
  for (const id of serviceIds)
    if (!UUID.test(id)) issues.push({ field: 'serviceIds', key: 'unknownCode', params: { value: id.slice(0, 40) } });

  if (issues.length) throw new InvalidInputError(issues);
  return {
    slug,
    organizationId,
    reviewerPersonId,
    status,
    title: title as I18nText,
    summary: summary as I18nText,
    body: bodies as I18nText,
    keywords: Object.keys(keywords).length ? (keywords as I18nText) : null,
    reviewedOn,
    reviewIntervalMonths: interval,
    categoryCodes,
    lifeSituationCodes,
    serviceIds,
  };
}

/** The words of a question for the article search: letters only, each once, at most eight. */
export function questionWords(q: string): string[] {
  const words = q
    .toLowerCase()
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 2 && w.length <= 40);
  return [...new Set(words)].slice(0, 8);
}
